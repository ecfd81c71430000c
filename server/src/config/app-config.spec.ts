import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const JWT_SECRET = 'j'.repeat(40);
const ENCRYPTION_KEY = 'ab'.repeat(32);
/** Secrets given, so loading never touches a data folder. */
const SECRETS = { JWT_SECRET, ENCRYPTION_KEY };

/** The problems loadConfig reports for this environment (fails the test when it does not throw a ConfigError). */
function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-config-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uses the documented defaults for an empty environment', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: undefined,
      dataDir: resolve(dataDir),
      seedDemo: true,
      rateLimitLoginPerMin: 60,
      rateLimitApiPerMin: 1200,
      accessTokenTtlSeconds: 900,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      lockoutThreshold: 5,
      lockoutMinutes: 30,
      accountSlowdownThreshold: 50,
      accountSlowdownMinutes: 30,
      accountSlowdownSeconds: 5,
      bodyLimit: '1mb',
      trustProxy: false,
      cookieSecure: false,
    });
    expect(config.embedded).toBe(true);
  });

  it('keeps the data in ./data when DATA_DIR is not set', () => {
    expect(loadConfig({ ...SECRETS }).dataDir).toBe(resolve('data'));
  });

  it('uses a real PostgreSQL from DATABASE_URL and then seeds nothing unless SEED_DEMO is on', () => {
    const url = 'postgres://cadre@db.example:5432/cadre';
    const server = loadConfig({ ...SECRETS, DATABASE_URL: url });
    expect(server.databaseUrl).toBe(url);
    expect(server.embedded).toBe(false);
    expect(server.seedDemo).toBe(false);
    expect(loadConfig({ ...SECRETS, DATABASE_URL: url, SEED_DEMO: '1' }).seedDemo).toBe(true);
  });

  it('reads numeric settings from the environment', () => {
    const config = loadConfig({
      ...SECRETS,
      PORT: '8080',
      RATE_LIMIT_LOGIN_PER_MIN: '3',
      LOCKOUT_THRESHOLD: '7',
      SESSION_IDLE_MINUTES: '45',
      ACCOUNT_SLOWDOWN_THRESHOLD: '12',
      ACCOUNT_SLOWDOWN_MINUTES: '60',
      ACCOUNT_SLOWDOWN_SECONDS: '300',
    });
    expect(config).toMatchObject({
      port: 8080,
      rateLimitLoginPerMin: 3,
      lockoutThreshold: 7,
      sessionIdleMinutes: 45,
      accountSlowdownThreshold: 12,
      accountSlowdownMinutes: 60,
      accountSlowdownSeconds: 300,
    });
  });

  it('reads PUBLIC_URL as an http(s) address without a trailing slash, and refuses anything else', () => {
    expect(loadConfig({ ...SECRETS, DATA_DIR: dataDir }).publicUrl).toBeUndefined();
    expect(loadConfig({ ...SECRETS, DATA_DIR: dataDir, PUBLIC_URL: 'https://training.example.cn/' }).publicUrl).toBe('https://training.example.cn');
    expect(problemsOf({ ...SECRETS, DATA_DIR: dataDir, PUBLIC_URL: 'training.example.cn' })[0]).toMatch(/^PUBLIC_URL must be an http/);
    expect(problemsOf({ ...SECRETS, DATA_DIR: dataDir, PUBLIC_URL: 'ftp://training.example.cn' })[0]).toMatch(/^PUBLIC_URL must be an http/);
  });

  it('caps audience feedback per address and session at a hall\'s worth by default, and reads the cap and burst window', () => {
    expect(loadConfig({ ...SECRETS, DATA_DIR: dataDir })).toMatchObject({ feedbackPerAddress: 40, feedbackBurstSize: 5, feedbackBurstMinutes: 10 });
    expect(loadConfig({ ...SECRETS, DATA_DIR: dataDir, FEEDBACK_PER_ADDRESS: '80', FEEDBACK_BURST_SIZE: '12', FEEDBACK_BURST_MINUTES: '3' })).toMatchObject({
      feedbackPerAddress: 80,
      feedbackBurstSize: 12,
      feedbackBurstMinutes: 3,
    });
    expect(problemsOf({ ...SECRETS, DATA_DIR: dataDir, FEEDBACK_PER_ADDRESS: '0' })[0]).toMatch(/^FEEDBACK_PER_ADDRESS must be an integer/);
  });

  it('keeps rate-limit counters where every instance sees them: Redis when REDIS_URL is set, else the PostgreSQL server, else memory', () => {
    const pgUrl = 'postgres://u@db:5432/cadre';
    expect(loadConfig({ ...SECRETS, DATA_DIR: dataDir }).rateLimitStore).toBe('memory');
    expect(loadConfig({ ...SECRETS, DATA_DIR: dataDir, DATABASE_URL: pgUrl }).rateLimitStore).toBe('postgres');
    expect(loadConfig({ ...SECRETS, DATA_DIR: dataDir, DATABASE_URL: pgUrl, REDIS_URL: 'redis://cache:6379' }).rateLimitStore).toBe('redis');
    expect(loadConfig({ ...SECRETS, DATA_DIR: dataDir, DATABASE_URL: pgUrl, RATE_LIMIT_STORE: 'memory' }).rateLimitStore).toBe('memory');
    expect(problemsOf({ ...SECRETS, DATA_DIR: dataDir, RATE_LIMIT_STORE: 'postgres' })[0]).toMatch(/^RATE_LIMIT_STORE=postgres needs DATABASE_URL/);
    expect(problemsOf({ ...SECRETS, DATA_DIR: dataDir, RATE_LIMIT_STORE: 'redis' })[0]).toMatch(/^RATE_LIMIT_STORE=redis needs REDIS_URL/);
    expect(problemsOf({ ...SECRETS, DATA_DIR: dataDir, REDIS_URL: 'localhost:6379' })[0]).toMatch(/^REDIS_URL must be/);
    expect(problemsOf({ ...SECRETS, DATA_DIR: dataDir, RATE_LIMIT_STORE: 'disk' })[0]).toMatch(/^RATE_LIMIT_STORE must be/);
  });

  it('rejects a bad PORT with a message that names PORT', () => {
    for (const port of ['abc', '70000', '-1', '80.5']) {
      const problems = problemsOf({ ...SECRETS, PORT: port });
      expect(problems).toEqual([expect.stringMatching(/^PORT must be an integer/)]);
      expect(problems[0]).toContain(`"${port}"`);
    }
    expect(() => loadConfig({ ...SECRETS, PORT: 'abc' })).toThrow(/PORT/);
  });

  it('rejects a DATABASE_URL that is not a postgres URL, naming DATABASE_URL', () => {
    for (const url of ['mysql://root@localhost/db', 'localhost:5432', 'postgres://']) {
      expect(problemsOf({ ...SECRETS, DATABASE_URL: url })).toEqual([expect.stringContaining('DATABASE_URL')]);
    }
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ ...SECRETS, PORT: 'x', RATE_LIMIT_LOGIN_PER_MIN: '0', SEED_DEMO: 'maybe' });
    expect(problems.map((problem) => problem.split(' ')[0]).sort()).toEqual(['PORT', 'RATE_LIMIT_LOGIN_PER_MIN', 'SEED_DEMO']);
  });

  it('requires JWT_SECRET and ENCRYPTION_KEY in production, listing both, and writes no secrets file', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DATA_DIR: dataDir });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('JWT_SECRET is required'), expect.stringContaining('ENCRYPTION_KEY is required')]),
    );
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(false);
  });

  it('accepts production with both secrets and then sends the cookie only over HTTPS', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir, ...SECRETS });
    expect(config.jwtSecret).toBe(JWT_SECRET);
    expect(config.encryptionKey.toString('hex')).toBe(ENCRYPTION_KEY);
    expect(config.cookieSecure).toBe(true);
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(false);
  });

  it('rejects secrets that are too weak or malformed', () => {
    expect(problemsOf({ DATA_DIR: dataDir, JWT_SECRET: 'short', ENCRYPTION_KEY })).toEqual([expect.stringContaining('JWT_SECRET')]);
    expect(problemsOf({ DATA_DIR: dataDir, JWT_SECRET, ENCRYPTION_KEY: 'zz'.repeat(32) })).toEqual([
      expect.stringContaining('ENCRYPTION_KEY'),
    ]);
  });

  it('generates secrets into DATA_DIR/secrets.json, readable by the owner only, and reuses them on the next load', () => {
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = join(dataDir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret: string; encryptionKey: string };
    expect(first.jwtSecret).toBe(kept.jwtSecret);
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.encryptionKey).toHaveLength(32);
    expect(first.encryptionKey.toString('hex')).toBe(kept.encryptionKey);

    const second = loadConfig({ DATA_DIR: dataDir });
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(second.encryptionKey.equals(first.encryptionKey)).toBe(true);
  });

  it('generates different secrets for different data folders', () => {
    const other = mkdtempSync(join(tmpdir(), 'cadre-config-'));
    try {
      expect(loadConfig({ DATA_DIR: other }).jwtSecret).not.toBe(loadConfig({ DATA_DIR: dataDir }).jwtSecret);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('prefers secrets from the environment over the kept ones', () => {
    loadConfig({ DATA_DIR: dataDir });
    const config = loadConfig({ DATA_DIR: dataDir, ...SECRETS });
    expect(config.jwtSecret).toBe(JWT_SECRET);
    expect(config.encryptionKey.toString('hex')).toBe(ENCRYPTION_KEY);
  });

  it('refuses a damaged secrets file instead of silently replacing the secrets', () => {
    const file = join(dataDir, 'secrets.json');
    writeFileSync(file, JSON.stringify({ jwtSecret: 42 }));
    expect(() => loadConfig({ DATA_DIR: dataDir })).toThrow(ConfigError);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify({ jwtSecret: 42 }));
  });

  it('reports a secrets file that is not JSON at all (say, cut short) as a configuration problem naming the file', () => {
    const file = join(dataDir, 'secrets.json');
    writeFileSync(file, '{ "jwtSecret": "abc');
    expect(() => loadConfig({ DATA_DIR: dataDir })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir })).toThrow(/secrets\.json/);
  });
});
