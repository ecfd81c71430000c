import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { API_PREFIX } from '../configure-app';
import { renderApiTypes } from './api-types';
import { buildOpenApiDocument } from './openapi';

/**
 * `npm run gen:api`: writes shared/src/api/schema.ts from the OpenAPI document of a throwaway instance.
 * With `--document FILE` it writes the document itself (JSON) to FILE instead, for `npm run lint:openapi`.
 */
async function main(argv: string[]): Promise<void> {
  const flag = argv.indexOf('--document');
  const documentFile = flag >= 0 ? argv[flag + 1] : undefined;
  if (flag >= 0 && !documentFile) throw new Error('--document needs a file name');
  const dataDir = mkdtempSync(join(tmpdir(), 'cadre-openapi-'));
  try {
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: '0' });
    // Preview mode builds the module graph without starting providers: the document needs the controllers and DTOs,
    // not a database (the HTTP test of the served document checks that both agree).
    const module = AppModule.forRoot(config, { url: 'postgres://unused@127.0.0.1:1/unused', embedded: false });
    const app = await NestFactory.create<NestExpressApplication>(module, { logger: false, preview: true });
    app.setGlobalPrefix(API_PREFIX);
    const document = buildOpenApiDocument(app);
    const target = documentFile ?? join(__dirname, '..', '..', '..', 'shared', 'src', 'api', 'schema.ts');
    const source = documentFile ? JSON.stringify(document, null, 2) : await renderApiTypes(document);
    await app.close();
    writeFileSync(target, source);
    console.log(`Wrote ${target}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
