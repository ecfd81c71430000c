import { jest } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { READINESS_TIMEOUT_MS, ReadinessService } from './readiness.service';

/** Just enough of pg's pool and client for the probe: the migrations table holds `ran` (or is missing). */
class FakePool {
  connects = 0;
  queries: string[] = [];
  released: (Error | undefined)[] = [];
  ran: string[] | null = ['Initial1', 'Courses2'];
  failConnect = false;
  hangConnect = false;
  failQuery = false;

  connect(): Promise<unknown> {
    this.connects++;
    if (this.hangConnect) return new Promise(() => {});
    if (this.failConnect) return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
    return Promise.resolve({
      query: async (config: { text: string }) => {
        this.queries.push(config.text);
        if (this.failQuery) throw new Error('terminating connection due to administrator command');
        if (config.text.includes('to_regclass')) return { rows: [{ table: this.ran ? 'migrations' : null }] };
        if (config.text.startsWith('SELECT name')) return { rows: (this.ran ?? []).map((name) => ({ name })) };
        return { rows: [{ '?column?': 1 }] };
      },
      release: (error?: Error) => this.released.push(error),
    });
  }
}

function service(pool: FakePool): ReadinessService {
  const db = {
    isInitialized: true,
    driver: { master: pool },
    migrations: [{ name: 'Initial1' }, { name: 'Courses2' }, { name: 'Quizzes3' }],
    options: { migrationsTableName: 'migrations' },
  };
  return new ReadinessService(db as unknown as DataSource);
}

describe('ReadinessService', () => {
  it('is not ready while a migration of this build is missing from the migrations table, and counts them', async () => {
    const pool = new FakePool();
    expect(await service(pool).check()).toEqual({ ready: false, database: 'up', pendingMigrations: 1, failed: 'migrations' });
    pool.ran = null;
    expect(await service(pool).check()).toEqual({ ready: false, database: 'up', pendingMigrations: 3, failed: 'migrations' });
    expect(pool.released.every((e) => e === undefined)).toBe(true);
  });

  it('remembers "no pending migrations" once seen: later probes only ask SELECT 1', async () => {
    const pool = new FakePool();
    pool.ran = ['Initial1', 'Courses2', 'Quizzes3'];
    const readiness = service(pool);
    expect(await readiness.check()).toEqual({ ready: true, database: 'up', pendingMigrations: 0 });
    const asked = pool.queries.length;
    pool.ran = null;
    expect(await readiness.check()).toEqual({ ready: true, database: 'up', pendingMigrations: 0 });
    expect(pool.queries.slice(asked)).toEqual(['SELECT 1']);
  });

  it('reports the database down when it cannot connect, and destroys a client whose query failed', async () => {
    const pool = new FakePool();
    pool.failConnect = true;
    const readiness = service(pool);
    expect(await readiness.check()).toEqual({ ready: false, database: 'down', pendingMigrations: null, failed: 'database' });
    pool.failConnect = false;
    pool.failQuery = true;
    expect(await readiness.check()).toMatchObject({ ready: false, database: 'down', failed: 'database' });
    expect(pool.released).toHaveLength(1);
    expect(pool.released[0]).toBeInstanceOf(Error);
  });

  it('gives up at its timeout when connecting hangs, and never stacks a second probe on a hanging one', async () => {
    // The clock is jest's: the probes settle exactly when READINESS_TIMEOUT_MS has passed, not a moment before.
    jest.useFakeTimers();
    try {
      const pool = new FakePool();
      pool.hangConnect = true;
      const readiness = service(pool);
      let settled = 0;
      const probes = [readiness.check(), readiness.check(), readiness.check()].map((p) => p.then((r) => (settled++, r)));
      await jest.advanceTimersByTimeAsync(READINESS_TIMEOUT_MS - 1);
      expect(settled).toBe(0);
      await jest.advanceTimersByTimeAsync(1);
      const results = await Promise.all(probes);
      expect(settled).toBe(3);
      expect(results.every((r) => !r.ready && r.database === 'down')).toBe(true);
      const later = readiness.check();
      await jest.advanceTimersByTimeAsync(READINESS_TIMEOUT_MS);
      expect(await later).toMatchObject({ ready: false, failed: 'database' });
      expect(pool.connects).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('is not ready once the application is shutting down', async () => {
    const pool = new FakePool();
    pool.ran = ['Initial1', 'Courses2', 'Quizzes3'];
    const readiness = service(pool);
    readiness.beforeApplicationShutdown();
    expect(await readiness.check()).toEqual({ ready: false, database: 'up', pendingMigrations: 0, failed: 'shutting_down' });
  });
});
