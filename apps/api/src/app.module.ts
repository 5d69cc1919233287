import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from './features/accounts/accounts.module';
import { RulesModule } from './features/rules/rules.module';
import { AuditModule } from './platform/audit/audit.module';
import { AuthPlatformModule } from './platform/auth/auth.module';
import { AppConfig } from './platform/config/app-config';
import { AppConfigModule } from './platform/config/config.module';
import { DatabaseModule } from './platform/database/database.module';
import { SeedService } from './platform/database/seed.service';
import { AllExceptionsFilter } from './platform/errors/all-exceptions.filter';
import { HealthModule } from './platform/health/health.module';
import { pinoOptions } from './platform/logging/logging';
import { MailModule } from './platform/mail/mail.module';
import { RedisModule } from './platform/redis/redis.provider';
import { SpaFallback } from './platform/web/spa-fallback';

@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => pinoOptions(config),
    }),
    DatabaseModule,
    RedisModule,
    AuthPlatformModule,
    AuditModule,
    MailModule,
    HealthModule,
    AccountsModule,
    RulesModule,
  ],
  providers: [
    SpaFallback,
    AllExceptionsFilter,
    { provide: APP_FILTER, useExisting: AllExceptionsFilter },
    SeedService,
  ],
})
export class AppModule {}
