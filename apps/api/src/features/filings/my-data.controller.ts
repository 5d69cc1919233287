import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Permission } from '@cqo/contracts';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { toAuthUser, UsersService } from '../accounts';
import { FilingsService } from './services/filings.service';

@ApiTags('auth')
@Controller('me')
export class MyDataController {
  constructor(
    private readonly users: UsersService,
    private readonly filings: FilingsService,
  ) {}

  @Get('data-export')
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({
    summary:
      'Everything the platform holds about you, as JSON (personal numbers in clear: it is your own data)',
  })
  @ApiOkResponse({ description: 'A JSON file: account and filings with their history' })
  async export(
    @CurrentUser() user: RequestUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    void reply
      .header('content-disposition', 'attachment; filename="my-cqo-data.json"')
      .header('cache-control', 'no-store');
    return {
      exportedAt: new Date().toISOString(),
      account: toAuthUser(await this.users.getById(user.id)),
      filings: await this.filings.exportOwn(user.id),
    };
  }
}
