import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppConfig, IN_MEMORY } from './app-config';

interface SecretsFile {
  jwtSecret: string;
  /** 32 random bytes, base64: encrypts ID numbers and mobiles at rest. */
  dataKey: string;
}

/**
 * Secrets that must survive restarts. Taken from config when set; otherwise generated
 * once into `DATA_DIR/secrets.json` (mode 0600) so an embedded install needs no setup.
 */
@Injectable()
export class SecretsService {
  private cached?: SecretsFile;

  constructor(private readonly config: AppConfig) {}

  get jwtSecret(): string {
    return this.config.JWT_SECRET ?? this.load().jwtSecret;
  }

  get dataKey(): Buffer {
    return Buffer.from(this.config.DATA_ENCRYPTION_KEY ?? this.load().dataKey, 'base64');
  }

  private load(): SecretsFile {
    if (this.cached) return this.cached;
    // An in-memory install (tests, migration generation) keeps its secrets in memory too.
    if (this.config.DATA_DIR === IN_MEMORY) {
      this.cached = {
        jwtSecret: randomBytes(48).toString('base64url'),
        dataKey: randomBytes(32).toString('base64'),
      };
      return this.cached;
    }
    const file = resolve(this.config.DATA_DIR, 'secrets.json');
    let secrets: Partial<SecretsFile> = {};
    if (existsSync(file)) secrets = JSON.parse(readFileSync(file, 'utf8')) as Partial<SecretsFile>;
    if (!secrets.jwtSecret || !secrets.dataKey) {
      secrets.jwtSecret ??= randomBytes(48).toString('base64url');
      secrets.dataKey ??= randomBytes(32).toString('base64');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    }
    this.cached = secrets as SecretsFile;
    return this.cached;
  }
}
