import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { EMBEDDED_MAX_CONNECTIONS } from './embedded';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';

// `date` columns stay 'YYYY-MM-DD' strings: a calendar date has no time zone, and a JS Date would invent one.
types.setTypeParser(types.builtins.DATE, (value: string) => value);
// bigint counts fit comfortably in a JS number here.
types.setTypeParser(types.builtins.INT8, (value: string) => Number(value));
types.setTypeParser(types.builtins.NUMERIC, (value: string) => Number(value));

export interface DatabaseTarget {
  url: string;
  embedded: boolean;
  /** Pool size; defaults to what the embedded server multiplexes, or 20 for a server. */
  poolSize?: number;
}

/** Connection options shared by the server, the CLI tools and the tests. Schema changes only through migrations. */
export function typeOrmOptions(target: DatabaseTarget, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    namingStrategy: new SnakeNamingStrategy(),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'migration'],
    extra: {
      max: target.poolSize ?? (target.embedded ? EMBEDDED_MAX_CONNECTIONS : 20),
      application_name: 'cadre-platform',
      options: '-c timezone=UTC',
    },
    ...overrides,
  } as DataSourceOptions;
}
