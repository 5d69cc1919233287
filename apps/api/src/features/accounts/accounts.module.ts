import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from '../../platform/auth/auth.guard';
import { JwtStrategy } from '../../platform/auth/jwt.strategy';
import { UserDirectory } from '../../platform/auth/user-directory';
import { AdminUsersController } from './admin-users.controller';
import { AuthController } from './auth.controller';
import { AccountsFilingReactions } from './filing-reactions';
import { LocalStrategy } from './sign-in.guard';
import { PasswordReset } from './entities/password-reset.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { ActiveUserCache } from './services/active-user-cache.service';
import { AccountRequestLimits } from './services/account-request-limits.service';
import { AuthService } from './services/auth.service';
import { InitialAdminService } from './services/initial-admin.service';
import { LoginThrottleService } from './services/login-throttle.service';
import { PasswordHasher } from './services/password-hasher.service';
import { PasswordResetService } from './services/password-reset.service';
import { SessionsService } from './services/sessions.service';
import { UserAdminService } from './services/user-admin.service';
import { UsersService } from './services/users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, RefreshToken, PasswordReset])],
  controllers: [AuthController, AdminUsersController],
  providers: [
    ActiveUserCache,
    UsersService,
    { provide: UserDirectory, useExisting: UsersService },
    // The global guard and its passport strategy live here because they read users through UserDirectory.
    JwtStrategy,
    AuthGuard,
    { provide: APP_GUARD, useExisting: AuthGuard },
    PasswordHasher,
    SessionsService,
    LoginThrottleService,
    AccountRequestLimits,
    AuthService,
    LocalStrategy,
    PasswordResetService,
    UserAdminService,
    InitialAdminService,
    AccountsFilingReactions,
  ],
  exports: [UsersService, UserDirectory, AuthGuard, InitialAdminService, PasswordHasher],
})
export class AccountsModule {}
