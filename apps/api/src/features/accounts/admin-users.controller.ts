import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Permission } from '@cqo/contracts';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { AdminUserDto, AdminUserPageDto, UpdateUserDto, UserListQuery } from './dto/admin-users.dto';
import { UserAdminService } from './services/user-admin.service';
import { UsersService } from './services/users.service';
import { toAdminUser } from './user.mapper';

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly admin: UserAdminService,
  ) {}

  @Get()
  @RequirePermission(Permission.UsersManage)
  @ApiOperation({ summary: 'List and search users' })
  @ApiOkResponse({ type: AdminUserPageDto })
  async list(@Query() query: UserListQuery): Promise<AdminUserPageDto> {
    const { items, total } = await this.users.search(query);
    return { items: items.map(toAdminUser), total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @RequirePermission(Permission.UsersManage)
  @ApiOperation({ summary: 'One user' })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiNotFoundResponse({ description: 'USER_NOT_FOUND' })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<AdminUserDto> {
    return toAdminUser(await this.users.getById(id));
  }

  @Patch(':id')
  @RequirePermission(Permission.UsersManage)
  @ApiOperation({
    summary: 'Change roles or disable / enable a user (disabling ends their sessions at once)',
  })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiConflictResponse({ description: 'LAST_ADMIN or CANNOT_DISABLE_SELF' })
  async update(
    @CurrentUser() actor: RequestUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateUserDto,
    @Req() req: FastifyRequest,
  ): Promise<AdminUserDto> {
    return toAdminUser(await this.admin.update(actor, id, dto, req.ip ?? null));
  }
}
