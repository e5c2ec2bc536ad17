import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_IMPORT_LIMITS, ImportLimits, LIMIT_ENV } from '../imports/import-limits';

/**
 * The only place that reads process.env. Parsed and validated once at boot; everything else receives
 * an AppConfig. An invalid value stops the process with a message naming the variable.
 */
export interface AppConfig {
  port: number;
  host: string;
  /** Null means the zero-setup default: an embedded PostgreSQL (PGlite) in `dataDir`. */
  databaseUrl: string | null;
  /** Null means jobs run in-process, without Redis. */
  redisUrl: string | null;
  /** Where the embedded database keeps its files; survives restarts. */
  dataDir: string;
  /** Port the embedded database listens on (0 picks a free one). */
  embeddedDatabasePort: number;
  /** Load the demo data set into an empty database at start. */
  seedDemoOnStart: boolean;
  /** Stored matches per talent: at most this many, each at or above the minimum score (0–100). */
  matchStoreLimit: number;
  matchStoreMinScore: number;
  /** Each talent's best eligible positions stored even below the threshold, up to this many. */
  matchStoreMinRows: number;
  /** Talents kept in each position's stored candidate list, computed over all talents (MATCH_POSITION_LIST_LIMIT). */
  positionListLimit: number;
  /** Extra talents a list holds beyond the limit, so a talent leaving it rarely forces a column recompute. */
  positionListSlack: number;
  /** Share of the statistics snapshot's positions added, changed or closed that starts a refresh (0–1). */
  statisticsDriftBound: number;
  /** Programme affinities below this (0–1) are not stored. */
  programmeMinAffinity: number;
  /** A request is handed to the queue once its entity has been quiet this long: a burst of edits becomes one job. */
  recomputeDebounceMs: number;
  /** …but never longer than this after its first pending edit, however often it keeps being edited. */
  recomputeDebounceMaxWaitMs: number;
  /** How often the sweep re-enqueues recomputes pending longer than `recomputePendingTimeoutMs`. */
  recomputeSweepMs: number;
  recomputePendingTimeoutMs: number;
  /** BullMQ lock duration: a worker that stops renewing it (killed) loses its job to another after this. */
  jobLockMs: number;
  /** Liveness fails when jobs wait and none has been active for this long. */
  livenessStallMs: number;
  /** /health turns degraded when a recompute request has been pending longer than this. */
  recomputeAlertPendingMs: number;
  /** /health turns degraded when a request has failed this many times in a row. */
  recomputeAlertFailures: number;
  /** Fault injection for tests and benchmarks: each recompute job waits this long before it runs. */
  recomputeJobDelayMs: number;
  /** Refuse to start when Redis may evict keys (BullMQ state would be lost silently). */
  requireNoEviction: boolean;
  /** Request bodies above this many bytes get 413. */
  bodyLimitBytes: number;
  /** Request bodies nesting objects and arrays deeper than this get 400 (JSON_TOO_DEEP). */
  maxJsonDepth: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  auth: AuthConfig;
  /** What one spreadsheet import may cost (upload, inflated XLSX, rows, cells, errors, parser heap). */
  imports: ImportLimits;
  /** Where uploads wait while they are imported (removed when the import ends, however it ends). */
  importTempDir: string;
}

export interface AuthConfig {
  /** HMAC key for access tokens (≥ 32 chars). Null: the embedded default keeps a random one in `dataDir`. */
  secret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Failed logins per account and client address within the window before 429. */
  loginMaxFailures: number;
  loginWindowSeconds: number;
  /** Writes (POST, PUT, PATCH, DELETE) per caller per minute before 429. */
  writesPerMinute: number;
  /** Origins allowed by CORS; empty means same-origin only (no CORS headers). */
  corsOrigins: string[];
  /** Talent accounts neither signed in nor edited for this many days are erased (0 turns it off). */
  talentRetentionDays: number;
  /** Creates this admin account at start when it does not exist (both must be set). */
  bootstrapAdmin: { username: string; password: string } | null;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function readUrl(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return raw;
}

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

export function loadConfig(env: Env = process.env): AppConfig {
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const logLevel = (env.LOG_LEVEL ?? 'log') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  return {
    port: readInt(env, 'PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl,
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    dataDir: path.resolve(env.DATA_DIR?.trim() || path.join(process.cwd(), '.data')),
    embeddedDatabasePort: readInt(env, 'EMBEDDED_DB_PORT', 0, 0, 65535),
    seedDemoOnStart: readBool(env, 'SEED_DEMO', databaseUrl === null),
    matchStoreLimit: readInt(env, 'MATCH_STORE_LIMIT', 100, 1, 10_000),
    matchStoreMinScore: readInt(env, 'MATCH_STORE_MIN_SCORE', 40, 0, 100),
    matchStoreMinRows: readInt(env, 'MATCH_STORE_MIN_ROWS', 10, 0, 1_000),
    positionListLimit: readInt(env, 'MATCH_POSITION_LIST_LIMIT', 200, 1, 10_000),
    positionListSlack: readInt(env, 'MATCH_POSITION_LIST_SLACK', 50, 0, 10_000),
    statisticsDriftBound: readInt(env, 'STATISTICS_DRIFT_PERCENT', 20, 1, 100) / 100,
    programmeMinAffinity: readInt(env, 'PROGRAMME_MIN_AFFINITY_PERCENT', 30, 0, 100) / 100,
    recomputeDebounceMs: readInt(env, 'RECOMPUTE_DEBOUNCE_MS', 50, 0, 60_000),
    recomputeDebounceMaxWaitMs: readInt(env, 'RECOMPUTE_DEBOUNCE_MAX_WAIT_MS', 1_000, 0, 600_000),
    recomputeSweepMs: readInt(env, 'RECOMPUTE_SWEEP_MS', 5_000, 100, 3_600_000),
    recomputePendingTimeoutMs: readInt(env, 'RECOMPUTE_PENDING_TIMEOUT_MS', 120_000, 100, 3_600_000),
    jobLockMs: readInt(env, 'JOB_LOCK_MS', 30_000, 1_000, 600_000),
    livenessStallMs: readInt(env, 'LIVENESS_STALL_MS', 120_000, 1_000, 3_600_000),
    recomputeAlertPendingMs: readInt(env, 'RECOMPUTE_ALERT_PENDING_MS', 600_000, 1_000, 86_400_000),
    recomputeAlertFailures: readInt(env, 'RECOMPUTE_ALERT_FAILURES', 3, 1, 1_000),
    recomputeJobDelayMs: readInt(env, 'RECOMPUTE_JOB_DELAY_MS', 0, 0, 60_000),
    requireNoEviction: readBool(env, 'REDIS_REQUIRE_NOEVICTION', true),
    bodyLimitBytes: readInt(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024),
    maxJsonDepth: readInt(env, 'JSON_MAX_DEPTH', 32, 4, 1_000),
    logLevel,
    auth: loadAuthConfig(env),
    imports: loadImportLimits(env),
    importTempDir: path.resolve(env.IMPORT_TEMP_DIR?.trim() || os.tmpdir()),
  };
}

/** Upper bounds keep a typo from disabling a limit; lower bounds keep a normal template importable. */
const IMPORT_LIMIT_RANGES: Record<keyof ImportLimits, [number, number]> = {
  maxUploadBytes: [1024, 1024 * 1024 * 1024],
  maxRows: [1, 10_000_000],
  maxColumns: [10, 16_384],
  maxRowBytes: [1024, 64 * 1024 * 1024],
  maxErrors: [1, 1_000_000],
  maxXlsxUncompressedBytes: [1024 * 1024, 8 * 1024 * 1024 * 1024],
  maxXlsxEntries: [10, 100_000],
  maxSharedStrings: [1, 100_000_000],
  maxCells: [100, 1_000_000_000],
  parserHeapMb: [32, 16_384],
  parserThreads: [1, 64],
};

function loadImportLimits(env: Env): ImportLimits {
  const limits = { ...DEFAULT_IMPORT_LIMITS };
  for (const key of Object.keys(limits) as (keyof ImportLimits)[]) {
    const [min, max] = IMPORT_LIMIT_RANGES[key];
    limits[key] = readInt(env, LIMIT_ENV[key], DEFAULT_IMPORT_LIMITS[key], min, max);
  }
  return limits;
}

function loadAuthConfig(env: Env): AuthConfig {
  const secret = env.AUTH_SECRET?.trim() || null;
  if (secret !== null && secret.length < 32) throw new ConfigError('AUTH_SECRET must be at least 32 characters');
  const adminUser = env.ADMIN_USERNAME?.trim() || 'admin';
  const adminPassword = env.ADMIN_PASSWORD ?? '';
  if (adminPassword !== '' && adminPassword.length < 10) throw new ConfigError('ADMIN_PASSWORD must be at least 10 characters');
  return {
    secret,
    accessTokenTtlSeconds: readInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 10, 86_400),
    refreshTokenTtlSeconds: readInt(env, 'REFRESH_TOKEN_TTL_SECONDS', 14 * 86_400, 60, 365 * 86_400),
    loginMaxFailures: readInt(env, 'LOGIN_MAX_FAILURES', 5, 1, 1_000),
    loginWindowSeconds: readInt(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86_400),
    writesPerMinute: readInt(env, 'WRITES_PER_MINUTE', 600, 1, 1_000_000),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    talentRetentionDays: readInt(env, 'TALENT_RETENTION_DAYS', 730, 0, 36_500),
    bootstrapAdmin: adminPassword === '' ? null : { username: adminUser.toLowerCase(), password: adminPassword },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The Nest logger levels that `level` enables (it and everything more severe). */
export function loggerLevels(level: AppConfig['logLevel']): AppConfig['logLevel'][] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);
}
