import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AuthError, CommonError } from '@cadre/shared';
import { ACCESS_KEY, type AccessRule } from '../../server/src/common/auth/access.decorator';
import { createCadre, createRoot, createUnit, uniq, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';

/** One route of the running app, as Nest registered it. */
interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express form: /api/users/:id */
  path: string;
  controller: string;
  handler: string;
  access: AccessRule | undefined;
}

const METHODS: Partial<Record<RequestMethod, Route['method']>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

/** Routes the contract makes public. */
const CONTRACT_PUBLIC = ['GET /api/health', 'POST /api/auth/login', 'POST /api/auth/refresh', 'POST /api/lecture-sessions/:id/feedback', 'GET /api/certificates/verify/:code'];
/** Every route anyone may call. A new public route is a security decision: add it here deliberately. */
// Files are served by signed, expiring links (video elements cannot send a bearer token).
const PUBLIC_ALLOWED = [
  ...CONTRACT_PUBLIC,
  'GET /api/app-info',
  'GET /api/ready', // readiness probe for load balancers and orchestrators: says only whether the database is usable
  'GET /api/files/:id',
  // The audience feedback page (reached by QR code, no sign-in) reads what it shows of a verified session.
  'GET /api/lecture-sessions/:id/public',
];

const asList = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : [typeof value === 'string' ? value : '/']);
const joinPath = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;
const key = (r: Pick<Route, 'method' | 'path'>) => `${r.method.toUpperCase()} ${r.path}`;

/** Every handler of every controller, with its HTTP method, full path and `@Access` rule. */
function walkRoutes(t: TestApp): Route[] {
  const discovery = new DiscoveryService(t.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes = new Map<string, Route>();
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
    if (!controller || !wrapper.instance) continue;
    const proto = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name] as object;
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (requestMethod === undefined) continue;
      const method = METHODS[requestMethod];
      if (!method) throw new Error(`${controller.name}.${name} uses an HTTP method this test does not know: ${requestMethod}`);
      for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller))) {
        for (const sub of asList(Reflect.getMetadata(PATH_METADATA, handler))) {
          const route: Route = {
            method,
            path: joinPath('api', base, sub),
            controller: controller.name,
            handler: name,
            access: Reflect.getMetadata(ACCESS_KEY, handler) as AccessRule | undefined,
          };
          routes.set(key(route), route);
        }
      }
    }
  }
  return [...routes.values()].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The route with every `:param` replaced by a fresh UUID. */
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, () => randomUUID());
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

function callAnonymously(t: TestApp, route: Route, auth?: string): request.Test {
  const req = request(t.http)[route.method](concrete(route.path));
  if (auth) req.set('Authorization', auth);
  return route.method === 'get' || route.method === 'delete' ? req : req.send({});
}

let t: TestApp;
let routes: Route[];
let root: UnitRef;

beforeAll(async () => {
  t = await createTestApp();
  routes = walkRoutes(t);
  root = await createRoot(t.db);
});

afterAll(async () => {
  await t.close();
});

describe('the routes of the running app', () => {
  it('are found by the walk: the core contract is there', () => {
    const keys = routes.map(key);
    for (const expected of [
      'GET /api/health',
      'POST /api/auth/login',
      'POST /api/auth/refresh',
      'POST /api/auth/logout',
      'POST /api/auth/password',
      'GET /api/me',
      'GET /api/org-units',
      'POST /api/org-units',
      'GET /api/users',
      'POST /api/users',
      'PATCH /api/users/:id',
      'GET /api/audit-logs',
    ]) {
      expect(keys).toContain(expected);
    }
  });

  it('each handler carries an @Access rule', () => {
    const missing = routes.filter((r) => r.access === undefined).map((r) => `${key(r)} (${r.controller}.${r.handler})`);
    expect(missing).toEqual([]);
  });

  it('the contract’s public routes are public, and no other route is public unless listed', () => {
    const publicRoutes = routes.filter((r) => r.access?.public).map(key);
    expect(publicRoutes).toEqual(expect.arrayContaining(CONTRACT_PUBLIC));
    expect(publicRoutes.filter((r) => !PUBLIC_ALLOWED.includes(r))).toEqual([]);
  });

  it('a public rule grants nothing else, and role lists are never empty when present', () => {
    for (const route of routes) {
      if (route.access?.public) expect({ route: key(route), roles: route.access.roles }).toEqual({ route: key(route), roles: undefined });
      if (route.access?.roles)
        expect({ route: key(route), empty: route.access.roles.length === 0 }).toEqual({ route: key(route), empty: false });
    }
  });

  it('every non-public route answers 401 common/unauthenticated without a token, or with a bad one', async () => {
    const protectedRoutes = routes.filter((r) => !r.access?.public);
    expect(protectedRoutes.length).toBeGreaterThan(10);
    const answers: string[] = [];
    for (const route of protectedRoutes) {
      for (const auth of [undefined, 'Bearer not-a-jwt', 'Basic dXNlcjpwYXNz']) {
        const res = await callAnonymously(t, route, auth);
        answers.push(`${key(route)} [${auth ?? 'no token'}] → ${res.status} ${(res.body as { code?: string }).code}`);
      }
    }
    expect(answers.filter((a) => !a.endsWith(`→ 401 ${CommonError.Unauthenticated}`))).toEqual([]);
  });

  it('public routes let an anonymous caller through the guard', async () => {
    for (const route of routes.filter((r) => r.access?.public)) {
      const res = await callAnonymously(t, route);
      expect({ route: key(route), code: (res.body as { code?: string }).code }).not.toEqual({
        route: key(route),
        code: CommonError.Unauthenticated,
      });
      expect(res.status).toBeLessThan(500);
    }
  });

  it('a plain cadre gets 403 common/forbidden on every route restricted to other roles', async () => {
    const cadre = await signIn(t.http, await createCadre(t.db, await createUnit(t.db, root, 'village')));
    const restricted = routes.filter((r) => r.access?.roles?.length && !r.access.roles.includes('cadre'));
    expect(restricted.map(key)).toEqual(expect.arrayContaining(['GET /api/users', 'POST /api/org-units', 'GET /api/audit-logs']));
    const answers: string[] = [];
    for (const route of restricted) {
      const res = await callAnonymously(t, route, `Bearer ${cadre.token}`);
      answers.push(`${key(route)} → ${res.status} ${(res.body as { code?: string }).code}`);
    }
    expect(answers.filter((a) => !a.endsWith(`→ 403 ${CommonError.Forbidden}`))).toEqual([]);
  });

  it('an account that must change its password gets 403 auth/password_change_required everywhere else', async () => {
    const fresh = await signIn(
      t.http,
      await createCadre(t.db, root, { mustChangePassword: true, roles: ['cadre', 'org_admin'], scopeUnit: root }),
    );
    const blocked = routes.filter((r) => !r.access?.public && !r.access?.beforePasswordChange);
    const answers: string[] = [];
    for (const route of blocked) {
      const res = await callAnonymously(t, route, `Bearer ${fresh.token}`);
      answers.push(`${key(route)} → ${res.status} ${(res.body as { code?: string }).code}`);
    }
    expect(answers.filter((a) => !a.endsWith(`→ 403 ${AuthError.PasswordChangeRequired}`))).toEqual([]);
    expect((await fresh.get('/api/me')).status).toBe(200);
  });
});

interface Operation {
  security?: Record<string, string[]>[];
  summary?: string;
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
}
interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes?: Record<string, { type: string; scheme?: string }> };
}

const SECRET_FIELDS = ['passwordHash', 'password_hash', 'idNumberEnc', 'idNumberHash'];

/** The names of every schema a schema refers to, directly or through others, and every property name they declare. */
function reach(doc: OpenApiDoc, schema: Schema | undefined, seen = new Set<string>(), props = new Set<string>()) {
  if (!schema) return { schemas: seen, props };
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (!seen.has(name)) {
      seen.add(name);
      reach(doc, doc.components.schemas[name], seen, props);
    }
    return { schemas: seen, props };
  }
  for (const [prop, sub] of Object.entries(schema.properties ?? {})) {
    props.add(prop);
    reach(doc, sub, seen, props);
  }
  for (const sub of [schema.items, ...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) reach(doc, sub, seen, props);
  if (typeof schema.additionalProperties === 'object') reach(doc, schema.additionalProperties, seen, props);
  return { schemas: seen, props };
}

function responseSchemas(op: Operation): Schema[] {
  return Object.entries(op.responses ?? {})
    .filter(([status]) => status.startsWith('2'))
    .flatMap(([, response]) => Object.values(response.content ?? {}).map((c) => c.schema ?? {}));
}

/** Every key anywhere in a JSON value. */
function keysDeep(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysDeep(v, into);
    }
  }
  return into;
}

describe('GET /api/docs-json', () => {
  let doc: OpenApiDoc;
  beforeAll(async () => {
    const res = await request(t.http).get('/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.body as OpenApiDoc;
  });

  it('is an OpenAPI 3 document with the core paths and a bearer scheme', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    for (const path of ['/api/auth/login', '/api/me', '/api/org-units', '/api/users', '/api/audit-logs', '/api/health']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.components.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('documents exactly the routes the app serves', () => {
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(routes.map((r) => `${r.method.toUpperCase()} ${openApiPath(r.path)}`).sort());
  });

  it('declares bearer security on every operation except the public ones, and none on those', () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const op = doc.paths[openApiPath(route.path)]?.[route.method];
      const bearer = (op?.security ?? []).some((s) => 'bearer' in s);
      if (bearer === Boolean(route.access?.public)) wrong.push(`${key(route)}: bearer=${bearer}`);
      if (!op?.summary) wrong.push(`${key(route)}: no summary`);
    }
    expect(wrong).toEqual([]);
  });

  it('documents the success answer of every operation, with its schema unless it is a 204', () => {
    const undocumented: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const success = Object.keys(op.responses ?? {}).filter((status) => status.startsWith('2'));
        if (success.length === 0) undocumented.push(`${method.toUpperCase()} ${path}: no 2xx response`);
        else if (!success.includes('204') && responseSchemas(op).every((schema) => !schema.$ref && !schema.type)) {
          undocumented.push(`${method.toUpperCase()} ${path}: no schema for ${success.join(', ')}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('no response schema of login or of any user endpoint has a secret field', () => {
    const login = reach(doc, responseSchemas(doc.paths['/api/auth/login']!.post!)[0]);
    expect([...login.schemas]).toEqual(expect.arrayContaining(['TokenDto', 'SessionUserDto']));
    expect([...login.props]).toEqual(expect.arrayContaining(['accessToken', 'user', 'username']));
    for (const field of SECRET_FIELDS) expect(login.props).not.toContain(field);

    const userOps = Object.entries(doc.paths)
      .filter(([path]) => path === '/api/me' || path.startsWith('/api/users'))
      .flatMap(([, ops]) => Object.values(ops));
    const users = { schemas: new Set<string>(), props: new Set<string>() };
    for (const op of userOps) for (const schema of responseSchemas(op)) reach(doc, schema, users.schemas, users.props);
    expect([...users.schemas]).toEqual(expect.arrayContaining(['UserSummaryDto', 'UserDetailDto', 'CreatedUserDto', 'MeDto']));
    for (const field of SECRET_FIELDS) expect(users.props).not.toContain(field);
  });

  it('no schema anywhere in the document has a secret field', () => {
    const offenders = Object.entries(doc.components.schemas).flatMap(([name, schema]) =>
      Object.keys(schema.properties ?? {})
        .filter((p) => SECRET_FIELDS.includes(p))
        .map((p) => `${name}.${p}`),
    );
    expect(offenders).toEqual([]);
  });

  it('and the live responses agree: sign-in, me and the user endpoints carry no secret field', async () => {
    const unit = await createUnit(t.db, root, 'town');
    const adminRef = await createCadre(t.db, unit, { roles: ['cadre', 'unit_admin'], scopeUnit: unit });
    const login = await request(t.http).post('/api/auth/login').send({ username: adminRef.username, password: adminRef.password });
    expect(login.status).toBe(200);
    const admin: Agent = await signIn(t.http, adminRef);
    const created = await admin.post('/api/users', {
      username: uniq('sec'),
      name: '秘密',
      gender: 'female',
      unitId: unit.id,
      idNumber: '11010519491231002X',
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    const bodies = [login.body, created.body, (await admin.get('/api/me')).body, (await admin.get(`/api/users/${id}`)).body];
    bodies.push((await admin.patch(`/api/users/${id}`, { position: '科员' })).body);
    for (const body of bodies) {
      const keys = keysDeep(body);
      expect(keys.size).toBeGreaterThan(3);
      for (const field of SECRET_FIELDS) expect(keys).not.toContain(field);
    }
  });
});
