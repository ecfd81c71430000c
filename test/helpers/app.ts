import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { AppModule } from '../../server/src/app.module';
import { loadConfig, type AppConfig } from '../../server/src/config/app-config';
import { configureApp } from '../../server/src/configure-app';

export interface TestApp {
  app: NestExpressApplication;
  http: Server;
  db: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/** The whole application, configured like production but on the test database, with generous rate limits by default. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const url = process.env.CADRE_TEST_DB_URL;
  if (!url) throw new Error('CADRE_TEST_DB_URL is not set: run the tests through jest with the global setup');
  const dataDir = mkdtempSync(join(tmpdir(), 'cadre-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    SEED_DEMO: '0',
    RATE_LIMIT_API_PER_MIN: '1000000',
    RATE_LIMIT_LOGIN_PER_MIN: '1000000',
    // Each test app stands alone: a counter shared through the database would mix the test files' requests.
    RATE_LIMIT_STORE: 'memory',
    LOG_LEVEL: 'silent',
    // Fixed secrets: passport keeps one process-wide "jwt" strategy, so two apps in one test file must agree on them.
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    ENCRYPTION_KEY: '0f'.repeat(32),
    ...env,
  });
  const embedded = process.env.CADRE_TEST_DB_EMBEDDED === '1';
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, { url, embedded, poolSize: embedded ? 1 : 8 })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app, config);
  await app.init();
  return {
    app,
    http: app.getHttpServer() as Server,
    db: app.get(DataSource),
    config,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
