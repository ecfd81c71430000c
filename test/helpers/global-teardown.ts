import pg from 'pg';
import type { EmbeddedPostgres } from '../../server/src/database/embedded';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  const embedded = g.__cadreEmbedded as EmbeddedPostgres | undefined;
  if (embedded) await embedded.stop();
  const testDb = g.__cadreTestDb as { base: string; name: string } | undefined;
  if (testDb && process.env.KEEP_TEST_DB !== '1') {
    const admin = new pg.Client({ connectionString: testDb.base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${testDb.name}" WITH (FORCE)`);
    await admin.end();
  }
}
