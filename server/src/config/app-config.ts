import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

/** The largest UPLOAD_MAX_VIDEO_MB accepted (the OpenAPI document declares uploads up to it). */
export const UPLOAD_MAX_VIDEO_MB_CEILING = 20_000;

/** The validated, typed configuration of one server process. Built once from the environment by `loadConfig`. */
export class AppConfig {
  nodeEnv!: 'development' | 'production' | 'test';
  port!: number;
  host!: string | undefined;
  /** A real PostgreSQL server; when absent the embedded PostgreSQL (PGlite) in `dataDir` is used. */
  databaseUrl!: string | undefined;
  dataDir!: string;
  /** Seed the demo city into an empty database. Defaults to on for the embedded database, off for a server. */
  seedDemo!: boolean;
  rateLimitLoginPerMin!: number;
  rateLimitApiPerMin!: number;
  /** Audience feedback: the most ratings one address may give one lecture session (a village hall shares one address). */
  feedbackPerAddress!: number;
  /** Audience feedback: more than this many ratings of a session from one address within `feedbackBurstMinutes` are marked as a burst. */
  feedbackBurstSize!: number;
  feedbackBurstMinutes!: number;
  jwtSecret!: string;
  /** 32 bytes for AES-256-GCM encryption of ID numbers at rest. */
  encryptionKey!: Buffer;
  accessTokenTtlSeconds!: number;
  sessionIdleMinutes!: number;
  sessionMaxHours!: number;
  /**
   * How long a process may answer a session check from memory (0: every request reads it). Revocations reach every
   * process through PostgreSQL notices at once, so this bounds only how stale `last_active_at` may be kept.
   */
  sessionCacheSeconds!: number;
  /** Wrong passwords for one account from one client address that lock the account for that address ... */
  lockoutThreshold!: number;
  /** ... for this long. Other addresses are not locked, so nobody can lock an account from afar. */
  lockoutMinutes!: number;
  /** Wrong passwords for one account from all addresses within `accountSlowdownMinutes` that slow its sign-in ... */
  accountSlowdownThreshold!: number;
  /** ... for the rest of that window (counted from the window's first failure) ... */
  accountSlowdownMinutes!: number;
  /** ... to one attempt per this many seconds for the account, whatever the address; its superiors are alerted. */
  accountSlowdownSeconds!: number;
  newLeaderMonths!: number;
  /** 任职培训 is due this many months after the appointment (《干部教育培训工作条例》: one year). */
  appointmentTrainingMonths!: number;
  /** Talent-pool entry criteria: the oldest age at nomination per rank level (处级, 科级, 科员及以下). */
  talentAgeLimits!: { chu: number; ke: number; keyuan: number };
  /** Talent-pool entry criteria: credit hours earned in the 12 months before nomination. */
  talentMinHours!: number;
  bodyLimit!: string;
  logLevel!: string;
  trustProxy!: boolean;
  cookieSecure!: boolean;
  /** Run periodic jobs (required-course enrolment, closing overdue quiz attempts) in this process. */
  jobsEnabled!: boolean;
  /** How often each instance looks for due jobs (a job itself still runs at most once per its own period). */
  jobsTickSeconds!: number;
  /** On SIGTERM: seconds to keep serving while readiness says 503, so the proxy stops sending, before closing. */
  shutdownDrainSeconds!: number;
  /** Redis for counters that several instances share (rate limits). */
  redisUrl!: string | undefined;
  /** The platform's public address (https://training.example.gov.cn) for links printed on paper: certificates' QR codes, initial-password slips. */
  publicUrl!: string | undefined;
  /** Where rate-limit counters live: redis when REDIS_URL is set, else postgres with a server database, else memory. */
  rateLimitStore!: 'memory' | 'postgres' | 'redis';
  /** Largest video upload, in MB. */
  uploadMaxVideoMb!: number;
  /** Name of the root unit created on first start against an empty server database without the demo. */
  rootUnitName!: string;
  /** Serve the built SPA from this folder (absent: API only). */
  webDist!: string | undefined;
  /**
   * Server processes behind the one port (node:cluster). Default: one per core with a server database; always 1 with
   * the embedded database (PGlite serves one connection) and with in-memory rate limits, and 1 under NODE_ENV=test.
   */
  webConcurrency!: number;
  /** Which worker this process is (0 when there is only one): worker 0 alone runs the jobs and warms the dashboard. */
  workerIndex!: number;

  get embedded(): boolean {
    return this.databaseUrl === undefined;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment; every problem names its variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = read(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be 1/0, true/false, yes/no or on/off (got "${raw}")`);
    return fallback;
  };

  const config = new AppConfig();
  const nodeEnv = read('NODE_ENV') ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
    config.nodeEnv = 'development';
  } else {
    config.nodeEnv = nodeEnv;
  }
  const production = config.nodeEnv === 'production';

  config.port = int('PORT', 3000, 0, 65535);
  config.host = read('HOST');
  const databaseUrl = read('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/.+/.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  config.databaseUrl = databaseUrl;
  config.dataDir = resolve(read('DATA_DIR') ?? './data');
  config.seedDemo = bool('SEED_DEMO', databaseUrl === undefined);
  config.rateLimitLoginPerMin = int('RATE_LIMIT_LOGIN_PER_MIN', 60, 1, 1_000_000);
  config.rateLimitApiPerMin = int('RATE_LIMIT_API_PER_MIN', 1200, 1, 10_000_000);
  config.feedbackPerAddress = int('FEEDBACK_PER_ADDRESS', 40, 1, 100_000);
  config.feedbackBurstSize = int('FEEDBACK_BURST_SIZE', 5, 1, 100_000);
  config.feedbackBurstMinutes = int('FEEDBACK_BURST_MINUTES', 10, 1, 24 * 60);
  config.accessTokenTtlSeconds = int('ACCESS_TOKEN_TTL_SECONDS', 15 * 60, 10, 24 * 3600);
  config.sessionIdleMinutes = int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60);
  config.sessionMaxHours = int('SESSION_MAX_HOURS', 12, 1, 24 * 30);
  // Off with the embedded database (one connection: none to spare for LISTEN) and in tests, unless a test asks.
  config.sessionCacheSeconds = int('SESSION_CACHE_SECONDS', databaseUrl === undefined || config.nodeEnv === 'test' ? 0 : 5, 0, 50);
  config.lockoutThreshold = int('LOCKOUT_THRESHOLD', 5, 1, 100);
  config.lockoutMinutes = int('LOCKOUT_MINUTES', 30, 1, 24 * 60);
  config.accountSlowdownThreshold = int('ACCOUNT_SLOWDOWN_THRESHOLD', 50, 1, 100_000);
  config.accountSlowdownMinutes = int('ACCOUNT_SLOWDOWN_MINUTES', 30, 1, 24 * 60);
  config.accountSlowdownSeconds = int('ACCOUNT_SLOWDOWN_SECONDS', 5, 1, 600);
  config.newLeaderMonths = int('NEW_LEADER_MONTHS', 12, 1, 120);
  config.appointmentTrainingMonths = int('APPOINTMENT_TRAINING_MONTHS', 12, 1, 60);
  config.talentAgeLimits = { chu: int('TALENT_AGE_LIMIT_CHU', 40, 18, 70), ke: int('TALENT_AGE_LIMIT_KE', 35, 18, 70), keyuan: int('TALENT_AGE_LIMIT_KEYUAN', 32, 18, 70) };
  config.talentMinHours = int('TALENT_MIN_HOURS', 20, 0, 1000);
  config.bodyLimit = read('BODY_LIMIT') ?? '1mb';
  if (!/^\d+(b|kb|mb)$/i.test(config.bodyLimit)) problems.push(`BODY_LIMIT must look like 512kb or 1mb (got "${config.bodyLimit}")`);
  config.logLevel = read('LOG_LEVEL') ?? (config.nodeEnv === 'test' ? 'warn' : 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(config.logLevel)) {
    problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${config.logLevel}")`);
  }
  config.trustProxy = bool('TRUST_PROXY', false);
  config.cookieSecure = bool('COOKIE_SECURE', production);
  config.rootUnitName = read('ROOT_UNIT_NAME') ?? '本市';
  config.uploadMaxVideoMb = int('UPLOAD_MAX_VIDEO_MB', 1024, 1, UPLOAD_MAX_VIDEO_MB_CEILING);
  config.jobsEnabled = bool('JOBS_ENABLED', true);
  config.jobsTickSeconds = int('JOBS_TICK_SECONDS', 60, 1, 3600);
  config.shutdownDrainSeconds = int('SHUTDOWN_DRAIN_SECONDS', production ? 5 : 1, 0, 120);
  config.redisUrl = read('REDIS_URL');
  if (config.redisUrl !== undefined && !/^rediss?:\/\/.+/.test(config.redisUrl)) problems.push('REDIS_URL must be a redis:// or rediss:// URL');
  const store = read('RATE_LIMIT_STORE') ?? (config.redisUrl ? 'redis' : databaseUrl ? 'postgres' : 'memory');
  if (store !== 'memory' && store !== 'postgres' && store !== 'redis') problems.push(`RATE_LIMIT_STORE must be memory, postgres or redis (got "${store}")`);
  else if (store === 'redis' && !config.redisUrl) problems.push('RATE_LIMIT_STORE=redis needs REDIS_URL');
  else if (store === 'postgres' && !databaseUrl) problems.push('RATE_LIMIT_STORE=postgres needs DATABASE_URL (the embedded database serves one instance: use memory)');
  else config.rateLimitStore = store;
  const publicUrl = read('PUBLIC_URL');
  if (publicUrl !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(publicUrl);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) problems.push(`PUBLIC_URL must be an http:// or https:// address (got "${publicUrl}")`);
    else config.publicUrl = publicUrl.replace(/\/+$/, '');
  }
  const webDist = read('WEB_DIST');
  config.webDist = webDist === undefined ? undefined : resolve(webDist);
  const oneProcessOnly = databaseUrl === undefined || config.rateLimitStore === 'memory';
  const workers = int('WEB_CONCURRENCY', oneProcessOnly || config.nodeEnv === 'test' ? 1 : availableParallelism(), 1, 256);
  if (workers > 1 && config.rateLimitStore === 'memory' && databaseUrl !== undefined) {
    problems.push('WEB_CONCURRENCY above 1 needs rate-limit counters the workers share: RATE_LIMIT_STORE=postgres or redis');
  }
  // The embedded database serves one connection, so it keeps one process whatever is asked.
  config.webConcurrency = databaseUrl === undefined ? 1 : workers;
  // Set by the primary process for its workers (cluster.ts), not by an operator.
  const workerIndex = Number(env.CADRE_WORKER_INDEX ?? 0);
  config.workerIndex = Number.isInteger(workerIndex) && workerIndex >= 0 ? workerIndex : 0;
  // Jobs run once per period across instances anyway (advisory locks); one worker per instance saves the others' ticks.
  if (config.workerIndex > 0) config.jobsEnabled = false;

  const jwtSecret = read('JWT_SECRET');
  const encryptionKey = read('ENCRYPTION_KEY');
  if (jwtSecret !== undefined && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
  let key: Buffer | undefined;
  if (encryptionKey !== undefined) {
    key = /^[0-9a-f]{64}$/i.test(encryptionKey) ? Buffer.from(encryptionKey, 'hex') : undefined;
    if (!key) problems.push('ENCRYPTION_KEY must be 64 hexadecimal characters (32 bytes)');
  }
  if (production) {
    if (jwtSecret === undefined) problems.push('JWT_SECRET is required when NODE_ENV=production');
    if (encryptionKey === undefined) problems.push('ENCRYPTION_KEY is required when NODE_ENV=production');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  if (jwtSecret === undefined || key === undefined) {
    const kept = keptSecrets(config.dataDir);
    config.jwtSecret = jwtSecret ?? kept.jwtSecret;
    config.encryptionKey = key ?? Buffer.from(kept.encryptionKey, 'hex');
  } else {
    config.jwtSecret = jwtSecret;
    config.encryptionKey = key;
  }
  return config;
}

/** Secrets generated on first start and kept in the data folder, so tokens and encrypted fields survive a restart. */
function keptSecrets(dataDir: string): { jwtSecret: string; encryptionKey: string } {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    let parsed: { jwtSecret?: unknown; encryptionKey?: unknown } = {};
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as typeof parsed;
    } catch {
      // reported below as a damaged file
    }
    if (typeof parsed.jwtSecret === 'string' && typeof parsed.encryptionKey === 'string') {
      return { jwtSecret: parsed.jwtSecret, encryptionKey: parsed.encryptionKey };
    }
    throw new ConfigError([`${file} is damaged: set JWT_SECRET and ENCRYPTION_KEY or remove the file`]);
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets = { jwtSecret: randomBytes(48).toString('base64url'), encryptionKey: randomBytes(32).toString('hex') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}
