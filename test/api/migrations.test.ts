import { DiscoveryService, ModulesContainer } from '@nestjs/core';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataSource, Repository } from 'typeorm';
import { ENTITIES } from '../../server/src/database/entities';
import { MIGRATIONS } from '../../server/src/database/migrations';
import { typeOrmOptions } from '../../server/src/database/typeorm-options';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * The committed migrations build exactly the schema the entities describe, with the conventions of the issue:
 * snake_case names, UUID keys, timestamptz. The global setup has already run the migrations on the test database.
 */

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  column_default: string | null;
}

let t: TestApp;
let ds: DataSource;
let columns: ColumnRow[];
const entityTables = () => ds.entityMetadatas.map((m) => m.tableName).sort();

beforeAll(async () => {
  t = await createTestApp();
  ds = new DataSource(
    typeOrmOptions(
      { url: process.env.CADRE_TEST_DB_URL!, embedded: process.env.CADRE_TEST_DB_EMBEDDED === '1', poolSize: 1 },
      { logging: ['error'] },
    ),
  );
  await ds.initialize();
  columns = (await ds.query(
    `SELECT table_name, column_name, data_type, column_default
       FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ANY($1)
      ORDER BY table_name, ordinal_position`,
    [entityTables()],
  )) as ColumnRow[];
});

afterAll(async () => {
  await ds?.destroy();
  await t.close();
});

describe('migrations and entities', () => {
  it('the schema built by the migrations needs no change to match the entities', async () => {
    const sql = await ds.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('every migration file is listed in migrations/index.ts, oldest first', () => {
    const dir = fileURLToPath(new URL('../../server/src/database/migrations/', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => /^\d+-.+\.ts$/.test(f))
      .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]));
    expect(files.length).toBeGreaterThan(0);
    const expected = files.map((f) => {
      const [stamp, name] = f.replace(/\.ts$/, '').split('-') as [string, string];
      return `${name}${stamp}`;
    });
    expect(MIGRATIONS.map((m) => m.name)).toEqual(expected);
  });

  it('ENTITIES is exactly the set of entities the modules register, and the app data source knows each', () => {
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const registered = new Set(
      discovery
        .getProviders()
        .map((wrapper) => wrapper.instance as unknown)
        .filter((instance): instance is Repository<object> => instance instanceof Repository)
        .map((repo) => repo.metadata.target),
    );
    const names = (targets: Iterable<unknown>) => [...targets].map((e) => (e as { name: string }).name).sort();
    expect(names(registered)).toEqual(names(ENTITIES));
    expect(names(t.db.entityMetadatas.map((m) => m.target))).toEqual(names(ENTITIES));
  });

  it('every entity table exists, with snake_case column names only', () => {
    expect([...new Set(columns.map((c) => c.table_name))].sort()).toEqual(entityTables());
    const bad = columns.filter((c) => !/^[a-z][a-z0-9_]*$/.test(c.column_name)).map((c) => `${c.table_name}.${c.column_name}`);
    expect(bad).toEqual([]);
    for (const meta of ds.entityMetadatas) {
      expect(meta.tableName).toMatch(/^[a-z][a-z0-9_]*$/);
      for (const column of meta.columns) expect(`${meta.tableName}.${column.databaseName}`).toMatch(/^[a-z_]+\.[a-z][a-z0-9_]*$/);
    }
  });

  it('generated primary keys are database-generated UUIDs', () => {
    const generated = ds.entityMetadatas.flatMap((meta) =>
      meta.primaryColumns.filter((c) => c.isGenerated).map((c) => ({ meta, column: c })),
    );
    expect(generated.length).toBeGreaterThanOrEqual(5);
    for (const { meta, column } of generated) {
      const row = columns.find((c) => c.table_name === meta.tableName && c.column_name === column.databaseName);
      expect({ key: `${meta.tableName}.${column.databaseName}`, strategy: column.generationStrategy, type: row?.data_type }).toEqual({
        key: `${meta.tableName}.${column.databaseName}`,
        strategy: 'uuid',
        type: 'uuid',
      });
      expect(row?.column_default).toMatch(/gen_random_uuid\(\)|uuid_generate_v4\(\)/);
    }
  });

  it('every timestamp column is timestamptz', () => {
    const naive = columns.filter((c) => c.data_type === 'timestamp without time zone').map((c) => `${c.table_name}.${c.column_name}`);
    expect(naive).toEqual([]);
    const zoned = columns.filter((c) => c.data_type === 'timestamp with time zone').map((c) => `${c.table_name}.${c.column_name}`);
    expect(zoned).toEqual(expect.arrayContaining(['audit_logs.occurred_at', 'users.created_at', 'auth_sessions.last_active_at']));
    const declared = ds.entityMetadatas.flatMap((meta) =>
      meta.columns
        .filter((c) => c.type === Date || /^timestamp/.test(String(c.type)))
        .map((c) => ({ column: `${meta.tableName}.${c.databaseName}`, type: String(c.type) })),
    );
    expect(declared.length).toBe(zoned.length);
    for (const d of declared) expect(d).toEqual({ column: d.column, type: 'timestamptz' });
  });
});
