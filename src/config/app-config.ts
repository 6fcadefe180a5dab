import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsNumber,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export const ROLES_OF_PROCESS = ['api', 'worker', 'all'] as const;
export type ProcessRole = (typeof ROLES_OF_PROCESS)[number];

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** The environment contract (DESIGN.md). Defaults apply only when a variable is absent or empty. */
class EnvironmentVariables {
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsIn(ROLES_OF_PROCESS)
  ROLE: ProcessRole = 'all';

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^postgres(ql)?:\/\/[^\s]+\/[A-Za-z0-9_-]+(\?.*)?$/, {
    message: 'DATABASE_URL must look like postgres://user@host:port/database',
  })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/ai_vendor_risk';

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must look like redis://host:port' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MinLength(24, { message: 'BOOTSTRAP_ADMIN_API_KEY must be at least 24 characters' })
  @MaxLength(200)
  BOOTSTRAP_ADMIN_API_KEY?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  POLICIES_DIR: string = 'policies';

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  TEMPLATES_DIR: string = 'templates';

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsIn(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  BODY_LIMIT_BYTES: number = 1024 * 1024;

  /** Seconds between reconciler sweeps that re-enqueue work Postgres says is pending. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RECONCILE_INTERVAL_SECONDS: number = 30;

  /** How long a worker holds a job before BullMQ treats it as stalled and hands it to another worker. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  WORKER_LOCK_MS: number = 30000;

  /** Days until a decided review expires and is re-reviewed (model transitions are fast: six months). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  REVIEW_EXPIRY_DAYS: number = 182;

  /** Screening hits below this score (0–1) are not recorded. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsNumber()
  @Min(0.5)
  @Max(1)
  SCREENING_MIN_SCORE: number = 0.85;

  /** A folder the worker pulls new list files from (one sub-folder per import format); unset = off. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  LIST_WATCH_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  LIST_WATCH_INTERVAL_SECONDS: number = 3600;

  /** Development and tests only: allow webhooks to loopback and private addresses. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsIn(['true', 'false'])
  WEBHOOK_ALLOW_PRIVATE_TARGETS: string = 'false';
}

export interface AppConfig {
  port: number;
  role: ProcessRole;
  databaseUrl: string;
  redisUrl: string;
  bootstrapAdminApiKey?: string;
  policiesDir: string;
  templatesDir: string;
  logLevel: string;
  bodyLimitBytes: number;
  reconcileIntervalSeconds: number;
  workerLockMs: number;
  reviewExpiryDays: number;
  webhookAllowPrivateTargets: boolean;
  screeningMinScore: number;
  listWatchDir?: string;
  listWatchIntervalSeconds: number;
}

export class ConfigError extends Error {}

/** Validates the environment once at start; the message names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.fromEntries(
    Object.keys(new EnvironmentVariables())
      .concat('BOOTSTRAP_ADMIN_API_KEY', 'LIST_WATCH_DIR')
      .map((k) => [k, env[k]]),
  );
  const parsed = plainToInstance(EnvironmentVariables, known, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { whitelist: true });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return Object.freeze({
    port: parsed.PORT,
    role: parsed.ROLE,
    databaseUrl: parsed.DATABASE_URL,
    redisUrl: parsed.REDIS_URL,
    bootstrapAdminApiKey: parsed.BOOTSTRAP_ADMIN_API_KEY,
    policiesDir: parsed.POLICIES_DIR,
    templatesDir: parsed.TEMPLATES_DIR,
    logLevel: parsed.LOG_LEVEL,
    bodyLimitBytes: parsed.BODY_LIMIT_BYTES,
    reconcileIntervalSeconds: parsed.RECONCILE_INTERVAL_SECONDS,
    workerLockMs: parsed.WORKER_LOCK_MS,
    reviewExpiryDays: parsed.REVIEW_EXPIRY_DAYS,
    webhookAllowPrivateTargets: parsed.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true',
    screeningMinScore: parsed.SCREENING_MIN_SCORE,
    listWatchDir: parsed.LIST_WATCH_DIR,
    listWatchIntervalSeconds: parsed.LIST_WATCH_INTERVAL_SECONDS,
  });
}

export const APP_CONFIG = Symbol('APP_CONFIG');
