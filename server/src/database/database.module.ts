import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { typeOrmOptions, type DatabaseTarget } from './typeorm-options';

/** Serialises migrations when several instances of a new version start at once on one database. */
const MIGRATION_LOCK = 7_210_002;
export const MIGRATIONS_DONE = Symbol('MigrationsDone');

/**
 * Pending migrations run before anything else uses the database. On a PostgreSQL server they run under a session-level
 * advisory lock, so the second of two instances starting together waits, then finds nothing left to run. (The embedded
 * database serves one instance and one connection: no lock there, which would need a second connection.)
 */
async function runMigrations(db: DataSource, embedded: boolean): Promise<void> {
  const logger = new Logger('Migrations');
  if (embedded) {
    await db.runMigrations({ transaction: 'each' });
    return;
  }
  const lock = db.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ran = await db.runMigrations({ transaction: 'each' });
    if (ran.length > 0) logger.log(`Ran ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

/** TypeORM on the given PostgreSQL; pending migrations run before the application starts serving. */
@Module({})
export class DatabaseModule {
  static forRoot(target: DatabaseTarget, opts: { runMigrations?: boolean } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...typeOrmOptions(target),
          migrationsRun: false,
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
      providers: [
        {
          provide: MIGRATIONS_DONE,
          inject: [getDataSourceToken()],
          useFactory: async (db: DataSource) => {
            if (opts.runMigrations ?? true) await runMigrations(db, target.embedded);
            return true;
          },
        },
      ],
      exports: [MIGRATIONS_DONE],
    };
  }
}
