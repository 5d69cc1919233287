import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { ROLES, type AdminUser, type Role, type UpdateUserRequest } from '@cqo/contracts';
import { PageQuery } from '../../../platform/http/page-query.dto';
import { AuthUserDto } from './auth.dto';

export class UserListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the e-mail or the display name' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES, description: 'Only users with this role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: ROLES, isArray: true, description: 'The complete new set of roles' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ description: 'true: the user cannot sign in and every session ends at once' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ description: 'Why (kept in the audit log)', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason?: string;
}

export class AdminUserDto extends AuthUserDto implements AdminUser {
  @ApiProperty({ description: 'The account is disabled' }) disabled!: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastLoginAt!: string | null;
}

export class AdminUserPageDto {
  @ApiProperty({ type: [AdminUserDto] }) items!: AdminUserDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
