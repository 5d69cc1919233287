import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Patch,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, Permission } from '@cqo/contracts';
import { AppConfig } from '../../platform/config/app-config';
import { CurrentUser, Public, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiException } from '../../platform/errors/api.exception';
import {
  AuthUserDto,
  ChangePasswordDto,
  LoginDto,
  LoginResponseDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  RegisterDto,
  RegisterResponseDto,
  UpdateMeDto,
} from './dto/auth.dto';
import {
  clearRefreshCookie,
  clientIp,
  clientMeta,
  readRefreshCookie,
  setRefreshCookie,
} from './refresh-cookie';
import type { User } from './entities/user.entity';
import { AuthService, type SignedIn } from './services/auth.service';
import { SignInGuard } from './sign-in.guard';
import { PasswordResetService } from './services/password-reset.service';
import { SessionsService } from './services/sessions.service';
import { UsersService } from './services/users.service';
import { toAuthUser } from './user.mapper';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly resets: PasswordResetService,
    private readonly config: AppConfig,
  ) {}

  @Post('register')
  @Public()
  @ApiOperation({ summary: 'Sign up. Every new account is an applicant.' })
  @ApiCreatedResponse({ type: RegisterResponseDto })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED with a code per field (e.g. PASSWORD_TOO_COMMON)',
  })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN' })
  @ApiTooManyRequestsResponse({
    description: 'Too many sign-ups for the address or from the IP; see Retry-After',
  })
  async register(@Body() dto: RegisterDto, @Req() req: FastifyRequest): Promise<RegisterResponseDto> {
    return { user: toAuthUser(await this.auth.register(dto, clientIp(req))) };
  }

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in. Sets the refresh cookie and returns an access token.' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED with a code per field, before any credential check',
  })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed sign-ins for the account or the IP; see Retry-After',
  })
  @ApiBody({ type: LoginDto })
  @UseGuards(SignInGuard)
  async login(
    @Req() req: FastifyRequest & { user: User },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponseDto> {
    return this.respond(reply, await this.auth.startSession(req.user, clientMeta(req)));
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiCookieAuth('cqo_rt')
  @ApiOperation({ summary: 'Exchange the refresh cookie for a new access token (the cookie rotates)' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({
    description: 'REFRESH_TOKEN_MISSING, REFRESH_TOKEN_INVALID or REFRESH_TOKEN_REUSED',
  })
  async refresh(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponseDto> {
    const token = readRefreshCookie(req);
    if (!token) throw new ApiException(ErrorCode.REFRESH_TOKEN_MISSING, 'Not signed in.');
    try {
      return this.respond(reply, await this.auth.refresh(token, clientMeta(req)));
    } catch (error) {
      clearRefreshCookie(reply, this.config.COOKIE_SECURE);
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out: ends this session and clears the cookie' })
  @ApiNoContentResponse()
  async logout(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(readRefreshCookie(req));
    clearRefreshCookie(reply, this.config.COOKIE_SECURE);
  }

  @Get('me')
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: AuthUserDto })
  async me(@CurrentUser() user: RequestUser): Promise<AuthUserDto> {
    return toAuthUser(await this.users.getById(user.id));
  }

  @Patch('me')
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({ summary: 'Change one’s own settings: the language (e-mails are written in it)' })
  @ApiOkResponse({ type: AuthUserDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: an unknown language' })
  async updateMe(@CurrentUser() user: RequestUser, @Body() dto: UpdateMeDto): Promise<AuthUserDto> {
    return toAuthUser(await this.users.setLanguage(user.id, dto.language));
  }

  @Post('password')
  @RequirePermission(Permission.AccountSelf)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Change the password; ends every other session and returns a fresh one' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({ description: 'PASSWORD_WRONG, or VALIDATION_FAILED for the new password' })
  async changePassword(
    @CurrentUser() user: RequestUser,
    @Body() dto: ChangePasswordDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponseDto> {
    return this.respond(
      reply,
      await this.auth.changePassword(user.id, dto.currentPassword, dto.newPassword, clientMeta(req)),
    );
  }

  @Post('password-reset/request')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'E-mail a reset link (same answer whether the account exists or not)' })
  @ApiAcceptedResponse()
  @ApiTooManyRequestsResponse({
    description: 'Too many requests for the address or from the IP; see Retry-After',
  })
  async requestReset(
    @Body() dto: PasswordResetRequestDto,
    @Req() req: FastifyRequest,
  ): Promise<{ accepted: true }> {
    await this.resets.request(dto.email, clientIp(req));
    return { accepted: true };
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Set a new password with the token from the e-mail; ends every session' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'RESET_TOKEN_INVALID, or VALIDATION_FAILED for the new password' })
  async confirmReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    await this.resets.confirm(dto.token, dto.newPassword);
  }

  private respond(reply: FastifyReply, signedIn: SignedIn): LoginResponseDto {
    setRefreshCookie(reply, signedIn.refreshToken, this.sessions.ttlSeconds, this.config.COOKIE_SECURE);
    void reply.header('cache-control', 'no-store');
    return signedIn.response;
  }
}
