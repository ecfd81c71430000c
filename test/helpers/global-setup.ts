import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { EmbeddedPostgres } from '../../server/src/database/embedded';
import { typeOrmOptions } from '../../server/src/database/typeorm-options';

/**
 * One database for the whole run: a fresh database on the PostgreSQL server at TEST_DATABASE_URL, or, when that is not
 * set, an in-memory embedded PostgreSQL (PGlite) served on a loopback port for the test workers. Migrations run once
 * here; each test file builds its own org tree under its own root, so files never see each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  const base = process.env.TEST_DATABASE_URL;
  let url: string;
  if (base) {
    const name = `cadre_test_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const parsed = new URL(base);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    (globalThis as Record<string, unknown>).__cadreTestDb = { base, name };
    process.env.CADRE_TEST_DB_EMBEDDED = '0';
    console.log(`\nTests run against PostgreSQL at ${parsed.host}, database ${name}`);
  } else {
    const embedded = new EmbeddedPostgres();
    // Room for the two apps one test file may open; jest runs a single worker on the embedded database (see jest.config.mjs).
    url = await embedded.start('', { memory: true, maxConnections: 3 });
    (globalThis as Record<string, unknown>).__cadreEmbedded = embedded;
    process.env.CADRE_TEST_DB_EMBEDDED = '1';
    console.log('\nTEST_DATABASE_URL is not set: tests run against an embedded PostgreSQL (PGlite)');
  }
  process.env.CADRE_TEST_DB_URL = url;
  const db = new DataSource(typeOrmOptions({ url, embedded: !base, poolSize: 1 }, { logging: ['error'] }));
  await db.initialize();
  await db.runMigrations();
  // A unit exists, so the first-start routine (demo city or bootstrap admin) leaves the test database alone.
  await db.query(`INSERT INTO org_units (id, parent_id, name, kind, path, depth) VALUES (gen_random_uuid(), NULL, '测试占位', 'city', '/placeholder/', 0)`);
  await db.destroy();
}
