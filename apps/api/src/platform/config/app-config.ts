import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  getMetadataStorage,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === true || value === 'true' || value === '1'
      ? true
      : value === false || value === 'false' || value === '0'
        ? false
        : value;
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** `DATA_DIR=memory://` keeps database, files and secrets in memory (tests, benchmarks, CLI). */
export const IN_MEMORY = 'memory://';

/**
 * Every environment variable the API reads, validated once at start-up.
 * `description` texts feed README's configuration table and `.env.example`.
 */
export class AppConfig {
  /** HTTP port of the one process serving API, socket.io and web client. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Interface to listen on. */
  @IsString()
  HOST = '0.0.0.0';

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  /** Folder for the embedded database, uploaded files and generated secrets. */
  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  /** postgres://user:pass@host:port/db — use a PostgreSQL server instead of the embedded PGlite. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must start with postgres:// or postgresql://' })
  DATABASE_URL?: string;

  /** Connections to the PostgreSQL server per API process (PGlite has one). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 20;

  /**
   * The review queue counts its matches up to this many and then says "more than": an exact
   * count of a broad filter reads every matching row, the capped one stops here.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  LIST_TOTAL_CAP = 1000;

  /** HS256 secret for access tokens (≥ 32 chars). Generated into DATA_DIR when unset. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  /** base64 of 32 random bytes: AES-256-GCM key for ID numbers and mobiles at rest. Generated into DATA_DIR when unset. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 bytes in base64 (openssl rand -base64 32)' })
  DATA_ENCRYPTION_KEY?: string;

  /** Access-token lifetime in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL = 900;

  /** Refresh-token lifetime in days. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** Send the refresh cookie only over HTTPS. Turn on behind TLS. */
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE = false;

  /** Comma-separated origins allowed by CORS. Empty: CORS closed (same origin only). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  /** Largest accepted JSON body in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT = 1024 * 1024;

  /** First admin's e-mail on an empty database. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[^@\s]+@[^@\s]+$/, { message: 'must be an e-mail address' })
  ADMIN_EMAIL?: string;

  /** First admin's password; when unset a generated one is printed once in the log. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(10)
  ADMIN_PASSWORD?: string;

  /**
   * Demo content (fictional members, announcements, opportunities) on an install's first start.
   * Default: on with the embedded database, off on a PostgreSQL server.
   */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  DEMO_CONTENT!: boolean;

  /** smtp://user:pass@host:port — send mail. Unset: mail goes to the admin outbox and the log. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must start with smtp:// or smtps://' })
  SMTP_URL?: string;

  /** Sender address of outgoing mail. */
  @IsString()
  MAIL_FROM = 'CQO Alliance <no-reply@cqo.local>';

  /** Public URL of the site, used in links inside e-mails (default: http://localhost:<PORT>). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/.+/, { message: 'must start with http:// or https://' })
  PUBLIC_URL!: string;

  /** redis://host:port — share rate limits and socket.io rooms between API processes. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'must start with redis:// or rediss://' })
  REDIS_URL?: string;

  /** http(s)://host:7700 — search through Meilisearch instead of the PostgreSQL adapter. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'must start with http:// or https://' })
  MEILI_URL?: string;

  /** The Meilisearch master (or an admin) key. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MEILI_MASTER_KEY?: string;

  /** The Meilisearch index this installation keeps its documents in. */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'letters, digits, - and _ only' })
  MEILI_INDEX = 'cqo_search';

  /** Run the background job worker in this process (fan-out, reminders, digests). */
  @Transform(toBool)
  @IsBoolean()
  JOBS_ENABLED = true;

  /** How often the job worker looks for due jobs, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60000)
  JOBS_POLL_MS = 1000;

  /** Messages one person may send to channels per minute before 429 (a retry of a stored one is free). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  CHANNEL_MESSAGES_PER_MINUTE = 30;

  /** Failed sign-ins allowed per account within LOGIN_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /**
   * Accounts with failed sign-ins from one client IP within LOGIN_WINDOW_SECONDS before sign-ins
   * from that IP are slowed (never refused: a shared NAT must not lock everyone out).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  LOGIN_MAX_FAILURES_PER_IP = 30;

  /** Sign-ups, and password-reset requests, for one e-mail address within ACCOUNT_REQUEST_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  ACCOUNT_REQUESTS_PER_ADDRESS = 5;

  /** Sign-ups, and password-reset requests, from one client IP within ACCOUNT_REQUEST_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000000)
  ACCOUNT_REQUESTS_PER_IP = 30;

  /** Window and block duration of the sign-up and reset-request limits, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  ACCOUNT_REQUEST_WINDOW_SECONDS = 600;

  /** Window and block duration for failed sign-ins, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  LOGIN_WINDOW_SECONDS = 900;

  /** argon2id memory cost in KiB (see docs/performance.md for the choice). */
  @Transform(toInt)
  @IsInt()
  @Min(8192)
  @Max(1048576)
  ARGON2_MEMORY_KIB = 12288;

  /** argon2id time cost (iterations). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  ARGON2_TIME_COST = 1;

  /** pino log level. */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Human-readable logs instead of JSON lines. */
  @Transform(toBool)
  @IsBoolean()
  LOG_PRETTY = false;

  /** Folder of the built web client. */
  @IsString()
  WEB_DIST_DIR = 'dist/apps/web/browser';

  /** Trust X-Forwarded-* headers (behind a reverse proxy). */
  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Every variable AppConfig declares, optional ones included (read from the validation metadata). */
export function configKeys(): string[] {
  const properties = getMetadataStorage()
    .getTargetValidationMetadatas(AppConfig, '', true, false)
    .map((m) => m.propertyName);
  return [...new Set(properties)];
}

/** Validates raw environment values; throws naming every bad variable and why. */
export function validateConfig(env: Record<string, unknown>): AppConfig {
  const picked: Record<string, unknown> = {};
  for (const key of configKeys()) if (env[key] !== undefined) picked[key] = env[key];
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: false });
  // A server on another port mails links to that port unless told its public address.
  if (!errors.length) config.PUBLIC_URL ??= `http://localhost:${config.PORT}`;
  // A newcomer's embedded install is alive at once; a server's database gets it only when asked.
  if (!errors.length) config.DEMO_CONTENT ??= !config.DATABASE_URL;
  if (errors.length) {
    throw new ConfigValidationError(
      errors.map((e) => {
        const shown = /SECRET|PASSWORD|URL|KEY/.test(e.property) ? '(hidden)' : JSON.stringify(e.value);
        return `${e.property}=${shown}: ${Object.values(e.constraints ?? {}).join('; ')}`;
      }),
    );
  }
  return config;
}
