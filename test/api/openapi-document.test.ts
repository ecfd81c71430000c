import request from 'supertest';
import { AuthError, CommonError, OrgError, QuizError } from '@cadre/shared';
import { uniq } from '../factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { buildWorld, type World } from '../helpers/world';

/**
 * The OpenAPI document declares the API's own checks: the bound of everything a client sends (what the validators
 * enforce), and the error answers each operation can give. Other systems and reviewers read the document, and
 * `npm run lint:openapi` holds it to the OWASP API Security ruleset.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  schema: Schema;
}
interface Response {
  description: string;
  content?: Record<string, { schema?: Schema }>;
  headers?: Record<string, { schema: Schema }>;
}
interface Operation {
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
  security?: Record<string, string[]>[];
}
interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

let t: TestApp;
let w: World;
let doc: OpenApiDoc;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.db, t.http);
  const res = await request(t.http).get('/api/docs-json');
  expect(res.status).toBe(200);
  doc = res.body as OpenApiDoc;
});

afterAll(async () => {
  await t.close();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, path, method, op })),
  );

/** What a string, integer or array schema lacks for a client's input to be bounded (as the OWASP API4 rules ask). */
function missingBound(schema: Schema): string | null {
  if (schema.type === 'string' && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined)
    return 'maxLength';
  if (schema.type === 'integer') {
    const missing = (['minimum', 'maximum', 'format'] as const).filter((k) => schema[k] === undefined);
    if (missing.length) return missing.join(', ');
  }
  if (schema.type === 'array' && schema.maxItems === undefined) return 'maxItems';
  return null;
}

/** Every schema node under `schema`, following $refs into the components (each component once). */
function* walk(schema: Schema | undefined, at: string, seen = new Set<string>()): Generator<[string, Schema]> {
  if (!schema) return;
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return;
    seen.add(name);
    yield* walk(doc.components.schemas[name], name, seen);
    return;
  }
  yield [at, schema];
  for (const [prop, sub] of Object.entries(schema.properties ?? {})) yield* walk(sub, `${at}.${prop}`, seen);
  yield* walk(schema.items, `${at}[]`, seen);
  if (typeof schema.additionalProperties === 'object') yield* walk(schema.additionalProperties, `${at}{}`, seen);
  for (const sub of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) yield* walk(sub, at, seen);
}

describe('what a client sends', () => {
  it('every string, integer and array of a parameter or request body declares its bound', () => {
    const unbounded: string[] = [];
    for (const { key, op } of operations()) {
      for (const p of op.parameters ?? []) {
        for (const [at, s] of walk(p.schema, `${p.in} ${p.name}`)) {
          const missing = missingBound(s);
          if (missing) unbounded.push(`${key} ${at}: no ${missing}`);
        }
      }
      for (const media of Object.values(op.requestBody?.content ?? {})) {
        for (const [at, s] of walk(media.schema, 'body')) {
          const missing = missingBound(s);
          if (missing) unbounded.push(`${key} ${at}: no ${missing}`);
        }
      }
    }
    expect([...new Set(unbounded)]).toEqual([]);
  });

  it('path ids are declared as the UUIDs the server insists on (a certificate’s printed code is no id)', () => {
    const params = operations().flatMap(({ key, op }) => (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => ({ key, p })));
    expect(params.length).toBeGreaterThan(50);
    const wrong = params
      .filter(({ p }) => p.name !== 'year' && p.name !== 'code')
      .filter(({ p }) => p.schema.format !== 'uuid' || p.schema.maxLength !== 36)
      .map(({ key, p }) => `${key} ${p.name}`);
    expect(wrong).toEqual([]);
  });

  it('the declared bounds are the enforced ones: at the bound is accepted, one past it is a 400 naming the field', async () => {
    const params = doc.paths['/api/users']!.get!.parameters!.filter((p) => p.in === 'query');
    const probes: { name: string; ok: string; bad: string[] }[] = [];
    for (const { name, schema } of params) {
      if (schema.type === 'string' && schema.maxLength !== undefined && !schema.format && !schema.enum) {
        probes.push({ name, ok: 'x'.repeat(schema.maxLength), bad: ['x'.repeat(schema.maxLength + 1)] });
      }
      if (schema.type === 'integer')
        probes.push({ name, ok: String(schema.maximum), bad: [String(schema.maximum! + 1), String(schema.minimum! - 1)] });
    }
    expect(probes.map((p) => p.name).sort()).toEqual(['page', 'pageSize', 'q']);
    for (const { name, ok, bad } of probes) {
      expect({ name, status: (await w.as.orgAdmin.get(`/api/users?${name}=${ok}`)).status }).toEqual({ name, status: 200 });
      for (const value of bad) {
        const res = await w.as.orgAdmin.get(`/api/users?${name}=${value}`);
        const fields = ((res.body as { details?: { field: string }[] }).details ?? []).map((d) => d.field);
        expect({ name, value, status: res.status, fields }).toEqual({ name, value, status: 400, fields: [name] });
      }
    }
  });

  it('a date-time longer than 35 characters, though valid ISO 8601, is a 400 naming it', async () => {
    const schema = doc.components.schemas.CreateQuizDto!.properties!.opensAt!;
    expect(schema).toMatchObject({ format: 'date-time', maxLength: 35 });
    const fits = '2026-03-05T09:30:00.123456789+08:00';
    expect(fits).toHaveLength(35);
    expect((await w.as.orgAdmin.post('/api/quizzes', { title: uniq('测验'), opensAt: fits })).status).toBe(201);
    const long = `2026-03-05T09:30:00.${'1'.repeat(30)}+08:00`;
    const res = await w.as.orgAdmin.post('/api/quizzes', { title: uniq('测验'), opensAt: long });
    expect(res.status).toBe(400);
    expect((res.body as { details: { field: string }[] }).details.map((d) => d.field)).toEqual(['opensAt']);
  });

  it('an upload declares the size its handler refuses beyond', () => {
    const upload = (path: string) => doc.paths[path]!.post!.requestBody!.content['multipart/form-data']!.schema.properties!.file!;
    expect(upload('/api/users/import')).toMatchObject({ format: 'binary', maxLength: 10 * 1024 * 1024 });
    expect(upload('/api/questions/import')).toMatchObject({ format: 'binary', maxLength: 5 * 1024 * 1024 });
    expect(upload('/api/files').maxLength).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  });
});

describe('what the server answers', () => {
  const apiError = (r: Response | undefined) => r?.content?.['application/json']?.schema?.$ref === '#/components/schemas/ApiError';

  it('every operation declares its error answers in the ApiError shape, as its route, access rule and input imply', () => {
    const wrong: string[] = [];
    const probes = new Set(['GET /api/health', 'GET /api/ready']);
    for (const { key, path, method, op } of operations()) {
      const errors = Object.entries(op.responses).filter(([status]) => /^[45]/.test(status));
      for (const [status, response] of errors) if (status !== '503' && !apiError(response)) wrong.push(`${key} ${status}: not an ApiError`);
      const expected: string[] = ['500'];
      if ((op.security ?? []).some((s) => 'bearer' in s)) expected.push('401');
      if (op.description?.startsWith('Roles:')) expected.push('403');
      if (path.includes('{')) expected.push('404');
      if ((op.parameters?.length ?? 0) > 0 || op.requestBody || method !== 'get') expected.push('400');
      if (method !== 'get') expected.push('409');
      if (method === 'post' || method === 'put' || method === 'patch') expected.push('413', '415');
      if (!probes.has(key)) expected.push('429');
      for (const status of expected) if (!op.responses[status]) wrong.push(`${key}: no ${status}`);
      if (op.responses['429'] && !op.responses['429'].headers?.['Retry-After']) wrong.push(`${key} 429: no Retry-After`);
    }
    expect(wrong).toEqual([]);
  });

  /** The answer is one the document declares for this operation, with its code named there. */
  function expectDeclared(method: string, path: string, res: request.Response, status: number, code: string) {
    expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
    const response = doc.paths[path]![method]!.responses[String(status)];
    expect({ path, status, declared: response?.description.includes(code) }).toEqual({ path, status, declared: true });
  }

  it('the answers the server gives are declared with their codes', async () => {
    const login = await request(t.http).post('/api/auth/login').send({ username: w.users.cadreA.username, password: 'Wrong@2026pw' });
    expectDeclared('post', '/api/auth/login', login, 401, AuthError.InvalidCredentials);

    expectDeclared('get', '/api/users', await request(t.http).get('/api/users'), 401, CommonError.Unauthenticated);
    expectDeclared('get', '/api/users', await w.as.cadreA.get('/api/users'), 403, CommonError.Forbidden);
    expectDeclared('get', '/api/users', await w.as.orgAdmin.get('/api/users?pageSize=101'), 400, CommonError.ValidationFailed);
    expectDeclared('get', '/api/users/{id}', await w.as.unitAdminA.get(`/api/users/${w.users.cadreB.id}`), 404, CommonError.NotFound);

    const unit = { parentId: w.townA.id, name: uniq('社区'), kind: 'community' };
    expect((await w.as.orgAdmin.post('/api/org-units', unit)).status).toBe(201);
    expectDeclared('post', '/api/org-units', await w.as.orgAdmin.post('/api/org-units', unit), 409, OrgError.DuplicateName);

    const quiz = await w.as.orgAdmin.post('/api/quizzes', { title: uniq('测验') });
    expect(quiz.status).toBe(201);
    const publish = await w.as.orgAdmin.post(`/api/quizzes/${(quiz.body as { id: string }).id}/publish`);
    expectDeclared('post', '/api/quizzes/{id}/publish', publish, 422, QuizError.Empty);

    // Any write's body: past the limit, or not JSON.
    const token = w.as.orgAdmin.token;
    const big = await request(t.http).post('/api/org-units').set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send(`{"name":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    expectDeclared('post', '/api/org-units', big, 413, CommonError.PayloadTooLarge);
    const text = await request(t.http).patch(`/api/org-units/${w.townA.id}`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/plain').send('name=x');
    expectDeclared('patch', '/api/org-units/{id}', text, 415, CommonError.MalformedBody);
  });
});
