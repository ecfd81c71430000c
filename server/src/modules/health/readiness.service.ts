import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient, QueryConfig, QueryResult, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';

/** How long one readiness probe may take (connect and queries together) before it reports the database as down. */
export const READINESS_TIMEOUT_MS = 2500;

export type ReadinessFailure = 'database' | 'migrations' | 'shutting_down';

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  /** Migrations this build knows that the database has not run; null when the database did not answer. */
  pendingMigrations: number | null;
  failed?: ReadinessFailure;
}

/**
 * Readiness: may this instance take traffic? The database must answer and hold every migration this build knows.
 *
 * The probe talks to TypeORM's pg pool directly rather than through `DataSource.query`, so that it can bound itself:
 *  - each query carries pg's `query_timeout`; a client whose query timed out is released WITH the error, so the pool
 *    destroys it instead of handing a connection with a stuck query to the next request;
 *  - only one probe runs at a time (callers share it), so a hanging connect (unreachable host, exhausted pool) cannot
 *    pile up probes: each caller waits at most READINESS_TIMEOUT_MS, then reports not ready.
 * Recovery needs nothing special: when PostgreSQL goes away, pg-pool drops idle clients on their `error` event and
 * destroys released clients that are no longer queryable, so once the server is back the next probe (and every request)
 * opens fresh connections.
 *
 * "No pending migrations" is cached once seen: migrations only arrive with a new build, which means a new process.
 */
@Injectable()
export class ReadinessService implements BeforeApplicationShutdown {
  private migrationsComplete = false;
  private shuttingDown = false;
  private probe: Promise<Readiness> | undefined;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** From the moment the application starts closing, tell load balancers to stop sending traffic. */
  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
  }

  async check(): Promise<Readiness> {
    if (!this.probe) {
      const probe = this.run();
      this.probe = probe;
      void probe.finally(() => {
        if (this.probe === probe) this.probe = undefined;
      });
    }
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve(down()), READINESS_TIMEOUT_MS);
      timer.unref();
    });
    try {
      const result = await Promise.race([this.probe, timedOut]);
      return this.shuttingDown && result.ready ? { ...result, ready: false, failed: 'shutting_down' } : result;
    } finally {
      clearTimeout(timer);
    }
  }

  private async run(): Promise<Readiness> {
    const pool = (this.db.driver as unknown as { master?: Pool }).master;
    if (!this.db.isInitialized || !pool) return down();
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch {
      return down();
    }
    try {
      await timedQuery(client, 'SELECT 1');
      const pending = this.migrationsComplete ? 0 : await this.pendingMigrations(client);
      if (pending === 0) this.migrationsComplete = true;
      client.release();
      return pending === 0
        ? { ready: true, database: 'up', pendingMigrations: 0 }
        : { ready: false, database: 'up', pendingMigrations: pending, failed: 'migrations' };
    } catch (error) {
      // Released with the error: the pool destroys this client rather than reuse a broken or busy connection.
      client.release(error instanceof Error ? error : new Error(String(error)));
      return down();
    }
  }

  /** Migrations of this build missing from the migrations table (all of them when the table does not exist yet). */
  private async pendingMigrations(client: PoolClient): Promise<number> {
    const known = this.db.migrations.map((m) => m.name ?? m.constructor.name);
    const table = this.db.options.migrationsTableName ?? 'migrations';
    const exists = await timedQuery<{ table: string | null }>(client, 'SELECT to_regclass($1)::text AS "table"', [table]);
    if (!exists.rows[0]?.table) return known.length;
    const done = await timedQuery<{ name: string }>(client, `SELECT name FROM "${table}"`);
    const ran = new Set(done.rows.map((r) => r.name));
    return known.filter((name) => !ran.has(name)).length;
  }
}

function down(): Readiness {
  return { ready: false, database: 'down', pendingMigrations: null, failed: 'database' };
}

/** A query that pg abandons (with an error) after READINESS_TIMEOUT_MS; `query_timeout` is pg's, missing from its types. */
function timedQuery<R extends QueryResultRow>(client: PoolClient, text: string, values: unknown[] = []): Promise<QueryResult<R>> {
  const config: QueryConfig & { query_timeout: number } = { text, values, query_timeout: READINESS_TIMEOUT_MS };
  return client.query<R>(config);
}
