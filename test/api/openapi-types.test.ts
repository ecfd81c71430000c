import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderApiTypes } from '../../server/src/openapi/api-types';
import { buildOpenApiDocument } from '../../server/src/openapi/openapi';
import { createTestApp, type TestApp } from '../helpers/app';

describe('generated API types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('shared/src/api/schema.ts matches the OpenAPI document the server serves (else run `npm run gen:api`)', async () => {
    const committed = readFileSync(fileURLToPath(new URL('../../shared/src/api/schema.ts', import.meta.url)), 'utf8');
    const fresh = await renderApiTypes(buildOpenApiDocument(t.app));
    expect(fresh).toBe(committed);
  });
});
