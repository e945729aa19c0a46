import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

/** Only for development and tests; refused when NODE_ENV=production. */
export const DEVELOPMENT_PII_KEY = '6a6f62627269646765206465762d6f6e6c79206b65792c207265706c61636521';

/** Only for development and tests; refused when NODE_ENV=production. */
export const DEVELOPMENT_JWT_SECRET = 'jobbridge development-only token signing secret, replace it';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The one typed configuration shared by the API, the worker, the seed scripts and the
 * TypeORM CLI. Values come from `config/default.json`, overridden by the environment.
 */
export class AppConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Explicit PostgreSQL URL. When absent, the local default or an embedded server is used. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must start with postgres://' })
  DATABASE_URL?: string = undefined;

  /** Tried when DATABASE_URL is absent, before falling back to the embedded server. */
  @Matches(/^postgres(ql)?:\/\//, { message: 'LOCAL_DATABASE_URL must start with postgres://' })
  LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/jobbridge';

  @IsString()
  EMBEDDED_POSTGRES_DIR = '.data/postgres';

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  /** Redis for the queues. When absent, BullMQ runs on its PostgreSQL backend. */
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL?: string = undefined;

  /** Prefix for every queue key, so several deployments (or test runs) can share one Redis. */
  @IsString()
  @Matches(/^[a-z0-9_-]+$/i)
  QUEUE_PREFIX = 'jobbridge';

  /**
   * 32-byte key (64 hex chars) that encrypts resident ID numbers at rest and keys the hash
   * that deduplicates them. The development default must be replaced in production.
   */
  @Matches(/^[0-9a-f]{64}$/i, { message: 'PII_KEY must be 64 hex characters (32 bytes)' })
  PII_KEY = DEVELOPMENT_PII_KEY;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10000;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  REQUEST_TIMEOUT_MS = 15000;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  DATABASE_STATEMENT_TIMEOUT_MS = 10000;

  /** Per API process: whole pages of recommendations and candidates kept until their tables change; 0 = off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(4096)
  READ_CACHE_MB = 64;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 4;

  /** API processes sharing the port (node:cluster); one per core the API may use. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  API_PROCESSES = 1;

  /**
   * A change relayed this long ago and still not scored is sent again (the queue lost it or
   * its job failed for good); checked every few seconds while the matching queue is idle.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  OUTBOX_REDELIVER_AFTER_SECONDS = 60;

  /**
   * How long a worker's claim on a job lasts without renewal. A worker that dies (SIGKILL,
   * power) leaves its jobs claimed; after this long another worker takes them over.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  JOB_LOCK_MS = 30000;

  @IsString()
  @MinLength(1)
  CONFIG_DIR = 'config';

  /** Recommendations kept per seeker by the matching worker. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  MATCH_TOP_PER_SEEKER = 50;

  /** Candidates kept per position. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  MATCH_TOP_PER_POSITION = 100;

  /** Seekers per chunk of a full rebuild; every chunk is one queue job any worker may take. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(100_000)
  REBUILD_CHUNK_SIZE = 5000;

  /** Cron pattern (Asia/Shanghai) of the nightly retention job; 'off' disables it. */
  @IsString()
  RETENTION_CRON = '30 3 * * *';

  /** Relayed outbox rows older than this are deleted (each subject keeps its newest). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RETENTION_DOMAIN_CHANGE_DAYS = 30;

  /** Ended sign-ins (logged out, revoked, expired) are deleted this long after they ended. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RETENTION_SESSION_DAYS = 30;

  /** Inbox notifications older than this are deleted. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RETENTION_NOTIFICATION_DAYS = 365;

  /** Cron pattern (Asia/Shanghai) of the nightly full rebuild; 'off' disables it. */
  @IsString()
  REBUILD_CRON = '0 2 * * *';

  /** Signs access tokens (HS256). At least 32 characters; the development default is refused in production. */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = DEVELOPMENT_JWT_SECRET;

  /** Lifetime of an access token; the client refreshes it with its refresh token. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** Lifetime of a refresh token (and so of a sign-in left unused). */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  REFRESH_TOKEN_TTL_SECONDS = 14 * 86_400;

  /** A centre admin the API creates on start when no account has this username yet. */
  @IsString()
  @Matches(/^[a-z0-9_.@-]{3,64}$/i, { message: 'ADMIN_USERNAME: 3-64 letters, digits or _ . @ -' })
  ADMIN_USERNAME = 'admin';

  /** Without it no admin is created (a warning says so when there is no centre admin at all). */
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'ADMIN_PASSWORD must be at least 10 characters' })
  ADMIN_PASSWORD?: string = undefined;

  /** Region subtree of the first admin; absent = every region. */
  @IsOptional()
  @Matches(/^[0-9A-Za-z]{1,32}$/, { message: 'ADMIN_REGION_CODE must be a region code' })
  ADMIN_REGION_CODE?: string = undefined;

  /** Browser origins allowed to call the API, comma-separated; empty = no cross-origin access. */
  @IsString()
  CORS_ORIGINS = '';

  /** Largest request body accepted; bigger ones answer 413. */
  @Matches(/^\d+(b|kb|mb)$/, { message: 'BODY_LIMIT must look like 512kb or 1mb' })
  BODY_LIMIT = '1mb';

  /** Sign-in attempts allowed per client address and username in each window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  THROTTLE_LOGIN_LIMIT = 10;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  THROTTLE_LOGIN_WINDOW_SECONDS = 60;

  /** Writes (POST, PATCH, PUT, DELETE) allowed per signed-in user (or address) in each window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  THROTTLE_WRITE_LIMIT = 120;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  THROTTLE_WRITE_WINDOW_SECONDS = 60;

  /** How long before an event its invitation digests go out. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(14 * 1440)
  INVITATION_LEAD_MINUTES = 1440;

  /** Where invitation digests are POSTed for SMS/WeChat delivery; unset = in-app inbox only. */
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'NOTIFY_WEBHOOK_URL must be an http(s) URL' })
  NOTIFY_WEBHOOK_URL?: string = undefined;

  /** A stored match at least this good counts as strong (featured-position suggestions). */
  @Type(() => Number)
  @Min(0)
  @Max(1)
  STRONG_MATCH_SCORE = 0.5;
}
