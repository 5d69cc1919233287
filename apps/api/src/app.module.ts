import { SearchFeatureModule } from './features/search';
import { SearchModule } from './platform/search/search.module';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AccountsModule } from './features/accounts';
import { AnnouncementsModule } from './features/announcements';
import { CasesModule } from './features/cases';
import { ChannelsModule } from './features/channels';
import { ConsultationsModule } from './features/consultations';
import { DashboardModule } from './features/dashboard';
import { DemoModule } from './features/demo';
import { DirectoryModule } from './features/directory';
import { FilingsModule } from './features/filings';
import { NotificationsModule } from './features/notifications';
import { OpportunitiesModule } from './features/opportunities';
import { RulesModule } from './features/rules';
import { CryptoModule } from './platform/crypto/field-cipher.service';
import { AuditModule } from './platform/audit/audit.module';
import { AuthPlatformModule } from './platform/auth/auth.module';
import { AppConfigModule } from './platform/config/config.module';
import { DatabaseModule } from './platform/database/database.module';
import { SeedService } from './seed.service';
import { AllExceptionsFilter } from './platform/errors/all-exceptions.filter';
import { FilesModule } from './platform/files/files.module';
import { ClockModule } from './platform/clock/clock';
import { JobsModule } from './platform/jobs/jobs.module';
import { EventsModule } from './platform/events/event-bus.service';
import { HealthModule } from './platform/health/health.module';
import { MailModule } from './platform/mail/mail.module';
import { RealtimeModule } from './platform/realtime/realtime.module';
import { RedisModule } from './platform/redis/redis.provider';
import { RateLimitModule } from './platform/rate-limit/rate-limits.service';
import { SpaFallback } from './platform/web/spa-fallback';

@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    RedisModule,
    RateLimitModule,
    AuthPlatformModule,
    AuditModule.register([AccountsModule]),
    CryptoModule,
    MailModule,
    ClockModule,
    JobsModule,
    EventsModule,
    FilesModule,
    SearchModule,
    HealthModule,
    AccountsModule,
    RealtimeModule.register([AccountsModule]),
    RulesModule,
    FilingsModule,
    NotificationsModule,
    DirectoryModule,
    AnnouncementsModule,
    OpportunitiesModule,
    CasesModule,
    ChannelsModule,
    ConsultationsModule,
    DashboardModule,
    DemoModule,
    SearchFeatureModule,
  ],
  providers: [
    SpaFallback,
    AllExceptionsFilter,
    { provide: APP_FILTER, useExisting: AllExceptionsFilter },
    SeedService,
  ],
})
export class AppModule {}
