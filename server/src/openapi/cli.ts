import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { API_PREFIX } from '../configure-app';
import { EmbeddedPostgres } from '../database/embedded';
import { renderApiTypes } from './api-types';
import { buildOpenApiDocument } from './openapi';

/** `npm run gen:api`: writes shared/src/api/schema.ts from the OpenAPI document of a throwaway instance. */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cadre-openapi-'));
  const embedded = new EmbeddedPostgres();
  try {
    const url = await embedded.start('', { memory: true });
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: '0' });
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { url, embedded: true }), { logger: false });
    app.setGlobalPrefix(API_PREFIX);
    const source = await renderApiTypes(buildOpenApiDocument(app));
    await app.close();
    const target = join(__dirname, '..', '..', '..', 'shared', 'src', 'api', 'schema.ts');
    writeFileSync(target, source);
    console.log(`Wrote ${target}`);
  } finally {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
