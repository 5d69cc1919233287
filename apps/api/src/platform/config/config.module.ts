import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig, validateConfig } from './app-config';
import { SecretsService } from './secrets.service';

/**
 * Loads `.env` (when present) into the environment, then exposes one validated,
 * typed `AppConfig` to the whole app.
 */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ envFilePath: ['.env'], ignoreEnvVars: false, cache: true })],
  providers: [{ provide: AppConfig, useFactory: () => validateConfig(process.env) }, SecretsService],
  exports: [AppConfig, SecretsService],
})
export class AppConfigModule {}
