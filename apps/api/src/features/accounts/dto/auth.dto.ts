import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  MESSAGE_LANGS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  type AuthUser,
  type ChangePasswordRequest,
  type LoginRequest,
  type LoginResponse,
  type MessageLang,
  type PasswordResetConfirm,
  type PasswordResetRequest,
  type RegisterRequest,
  type Role,
  type UpdateMeRequest,
} from '@cqo/contracts';
import { AcceptablePassword } from '../password-policy';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class RegisterDto implements RegisterRequest {
  @ApiProperty({
    example: 'li.ming@example.com',
    maxLength: EMAIL_MAX_LENGTH,
    description: 'Sign-in e-mail; stored lower-cased',
  })
  @Transform(normaliseEmail)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail()
  email!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Not one of the common passwords',
  })
  @AcceptablePassword()
  password!: string;

  @ApiProperty({ example: '李明', maxLength: DISPLAY_NAME_MAX_LENGTH, description: 'Name shown to others' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @ApiPropertyOptional({
    enum: MESSAGE_LANGS,
    description: 'The language of the sign-up page (default zh-CN)',
  })
  @IsOptional()
  @IsIn(MESSAGE_LANGS)
  language?: MessageLang;
}

export class UpdateMeDto implements UpdateMeRequest {
  @ApiProperty({ enum: MESSAGE_LANGS, description: 'The language the user reads; their e-mails follow it' })
  @IsIn(MESSAGE_LANGS)
  language!: MessageLang;
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'li.ming@example.com', description: 'Sign-in e-mail' })
  @Transform(normaliseEmail)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @ApiProperty({ description: 'Password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ description: 'The password used now' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'The new password',
  })
  @AcceptablePassword()
  newPassword!: string;
}

export class PasswordResetRequestDto implements PasswordResetRequest {
  @ApiProperty({ description: 'E-mail of the account; the answer is the same whether it exists or not' })
  @Transform(normaliseEmail)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail()
  email!: string;
}

export class PasswordResetConfirmDto implements PasswordResetConfirm {
  @ApiProperty({ description: 'The token from the e-mailed link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'The new password',
  })
  @AcceptablePassword()
  newPassword!: string;
}

export class AuthUserDto implements AuthUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'li.ming@example.com' }) email!: string;
  @ApiProperty({ example: '李明' }) displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true, description: 'applicant, member, staff, admin' }) roles!: Role[];
  @ApiProperty({ enum: MESSAGE_LANGS }) language!: MessageLang;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class RegisterResponseDto {
  @ApiProperty({ type: AuthUserDto }) user!: AuthUserDto;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: 'Bearer token for the Authorization header' }) accessToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ type: AuthUserDto }) user!: AuthUserDto;
}
