import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokenService } from './access-token.service';

/**
 * Access tokens. The global `AuthGuard` itself is registered by the accounts feature,
 * which provides the `UserDirectory` it reads users from.
 */
@Global()
@Module({
  imports: [JwtModule.register({})],
  providers: [AccessTokenService],
  exports: [AccessTokenService],
})
export class AuthPlatformModule {}
