import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { CommonError } from '@cadre/shared';
import { createTestApp, type TestApp } from '../helpers/app';
import { buildWorld, type World } from '../helpers/world';

/**
 * No malformed request is ever a 500: every answer in this file is a 4xx in the error shape
 * `{ statusCode, code, message, details? }`. Every response goes through `hit`, and the last test checks them all.
 */

interface Seen {
  label: string;
  status: number;
  body: unknown;
}
const seen: Seen[] = [];

async function hit(label: string, req: request.Test): Promise<request.Response> {
  const res = await req;
  seen.push({ label, status: res.status, body: res.body as unknown });
  return res;
}

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: { field: string; message: string }[];
}

/** The response is an error of this status (and code), in the documented shape. */
function expectError(res: request.Response, status: number, code?: string): ErrorBody {
  const body = res.body as ErrorBody;
  expect({ status: res.status, code: body.code }).toEqual({ status, code: code ?? expect.any(String) });
  expect(body.statusCode).toBe(status);
  expect(typeof body.message).toBe('string');
  return body;
}

/** Sends a Buffer as it is (superagent would otherwise JSON-encode it under a JSON content type). */
const asIs = (body: unknown) => body as string;

const fieldsOf = (body: ErrorBody) => [...new Set((body.details ?? []).map((d) => d.field))].sort();

type Method = 'post' | 'patch';

/** One endpoint that takes a JSON body, with a body it accepts as valid in form. */
interface Target {
  name: string;
  method: Method;
  path: () => string;
  token: () => string | undefined;
  valid: () => Record<string, unknown>;
}

/** A body that differs from the target's valid body, and the fields the 400 must name. */
interface BodyCase {
  title: string;
  body: (valid: Record<string, unknown>) => Record<string, unknown>;
  fields: string[];
}

let t: TestApp;
let w: World;

function call(target: Target, path = target.path()): request.Test {
  const req = request(t.http)[target.method](path);
  const token = target.token();
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
}

const without = (body: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => !keys.includes(key)));

const targets: Target[] = [
  {
    name: 'POST /api/auth/login',
    method: 'post',
    path: () => '/api/auth/login',
    token: () => undefined,
    valid: () => ({ username: 'nobody', password: 'Wrong@2026pw' }),
  },
  {
    name: 'POST /api/org-units',
    method: 'post',
    path: () => '/api/org-units',
    token: () => w.as.orgAdmin.token,
    valid: () => ({ parentId: w.townA.id, name: '新社区', kind: 'community', sortOrder: 3 }),
  },
  {
    name: 'POST /api/users',
    method: 'post',
    path: () => '/api/users',
    token: () => w.as.orgAdmin.token,
    valid: () => ({
      username: 'newcadre',
      name: '张三',
      gender: 'male',
      unitId: w.villageA.id,
      birthDate: '1980-05-17',
      keyGroups: [],
      roles: ['cadre'],
    }),
  },
  {
    name: 'PATCH /api/users/:id',
    method: 'patch',
    path: () => `/api/users/${w.users.cadreA.id}`,
    token: () => w.as.orgAdmin.token,
    valid: () => ({ name: '李四', birthDate: '1979-01-31', keyGroups: [] }),
  },
];

/** Wrong types, missing and unknown fields, over-long strings and impossible dates, per endpoint. */
const bodyCases: Record<string, BodyCase[]> = {
  'POST /api/auth/login': [
    { title: 'a number for a string', body: (v) => ({ ...v, username: 12345 }), fields: ['username'] },
    { title: 'an array for a string', body: (v) => ({ ...v, password: ['a', 'b'] }), fields: ['password'] },
    { title: 'an object for a string', body: (v) => ({ ...v, username: { $ne: '' } }), fields: ['username'] },
    { title: 'null for a required string', body: (v) => ({ ...v, password: null }), fields: ['password'] },
    { title: 'no fields at all', body: () => ({}), fields: ['password', 'username'] },
    { title: 'a missing password', body: (v) => without(v, 'password'), fields: ['password'] },
    { title: 'a blank username', body: (v) => ({ ...v, username: '   ' }), fields: ['username'] },
    { title: 'a username over 100 characters', body: (v) => ({ ...v, username: 'a'.repeat(101) }), fields: ['username'] },
    { title: 'a password over 128 characters', body: (v) => ({ ...v, password: 'Aa1!'.repeat(33) }), fields: ['password'] },
    { title: 'unknown fields', body: (v) => ({ ...v, remember: true, role: 'org_admin' }), fields: ['remember', 'role'] },
  ],
  'POST /api/org-units': [
    { title: 'a number for a string', body: (v) => ({ ...v, name: 42 }), fields: ['name'] },
    { title: 'a string for a number', body: (v) => ({ ...v, sortOrder: '3' }), fields: ['sortOrder'] },
    { title: 'a fraction for an integer', body: (v) => ({ ...v, sortOrder: 1.5 }), fields: ['sortOrder'] },
    { title: 'a number for a UUID', body: (v) => ({ ...v, parentId: 123 }), fields: ['parentId'] },
    { title: 'a malformed UUID', body: (v) => ({ ...v, parentId: 'not-a-uuid' }), fields: ['parentId'] },
    { title: 'an array for an enum', body: (v) => ({ ...v, kind: ['town'] }), fields: ['kind'] },
    { title: 'an unknown enum value', body: (v) => ({ ...v, kind: 'galaxy' }), fields: ['kind'] },
    { title: 'no fields at all', body: () => ({}), fields: ['kind', 'name', 'parentId'] },
    { title: 'a missing name', body: (v) => without(v, 'name'), fields: ['name'] },
    { title: 'a name over 100 characters', body: (v) => ({ ...v, name: '长'.repeat(101) }), fields: ['name'] },
    { title: 'unknown fields', body: (v) => ({ ...v, path: '/x/', depth: 0 }), fields: ['depth', 'path'] },
  ],
  'POST /api/users': [
    { title: 'a number for a string', body: (v) => ({ ...v, name: 7 }), fields: ['name'] },
    { title: 'an object for an array', body: (v) => ({ ...v, keyGroups: { reserve: true } }), fields: ['keyGroups'] },
    { title: 'a string for an array', body: (v) => ({ ...v, roles: 'cadre' }), fields: ['roles'] },
    { title: 'a number for a UUID', body: (v) => ({ ...v, unitId: 5 }), fields: ['unitId'] },
    { title: 'a number for a date', body: (v) => ({ ...v, birthDate: 19800517 }), fields: ['birthDate'] },
    { title: 'an unknown role', body: (v) => ({ ...v, roles: ['cadre', 'superuser'] }), fields: ['roles'] },
    { title: 'an impossible date (30 February)', body: (v) => ({ ...v, birthDate: '2026-02-30' }), fields: ['birthDate'] },
    { title: 'a thirteenth month', body: (v) => ({ ...v, appointmentDate: '2025-13-01' }), fields: ['appointmentDate'] },
    { title: 'a date-time for a date', body: (v) => ({ ...v, birthDate: '1980-05-17T00:00:00Z' }), fields: ['birthDate'] },
    { title: 'a malformed phone number', body: (v) => ({ ...v, phone: '12345' }), fields: ['phone'] },
    { title: 'missing required fields', body: (v) => ({ username: v.username }), fields: ['gender', 'name', 'unitId'] },
    { title: 'a name over 50 characters', body: (v) => ({ ...v, name: '王'.repeat(51) }), fields: ['name'] },
    { title: 'a position over 100 characters', body: (v) => ({ ...v, position: '职'.repeat(101) }), fields: ['position'] },
    { title: 'unknown fields', body: (v) => ({ ...v, passwordHash: 'x', isAdmin: true }), fields: ['isAdmin', 'passwordHash'] },
  ],
  'PATCH /api/users/:id': [
    { title: 'a number for a string', body: (v) => ({ ...v, name: 5 }), fields: ['name'] },
    { title: 'an object for an array', body: (v) => ({ ...v, keyGroups: {} }), fields: ['keyGroups'] },
    { title: 'a number for an enum', body: (v) => ({ ...v, status: 1 }), fields: ['status'] },
    { title: 'a boolean for a UUID', body: (v) => ({ ...v, unitId: true }), fields: ['unitId'] },
    { title: 'null for a field that cannot be cleared', body: (v) => ({ ...v, name: null }), fields: ['name'] },
    { title: 'an impossible date (30 February)', body: (v) => ({ ...v, birthDate: '2026-02-30' }), fields: ['birthDate'] },
    { title: 'a name over 50 characters', body: (v) => ({ ...v, name: 'x'.repeat(51) }), fields: ['name'] },
    { title: 'an ID number of the wrong length', body: (v) => ({ ...v, idNumber: '1'.repeat(19) }), fields: ['idNumber'] },
    {
      title: 'unknown fields',
      body: (v) => ({ ...v, username: 'renamed', mustChangePassword: false }),
      fields: ['mustChangePassword', 'username'],
    },
  ],
};

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.db, t.http);
});

afterAll(async () => {
  await t.close();
});

describe.each(targets)('$name', (target) => {
  it('answers invalid JSON with 400 common/malformed_body', async () => {
    for (const raw of ['{"username": "a",', "{'single': 'quotes'}", '{"a": 1}}', '\u0000\u0001']) {
      const res = await hit(`${target.name} invalid JSON`, call(target).set('Content-Type', 'application/json').send(raw));
      expectError(res, 400, CommonError.MalformedBody);
    }
  });

  it('answers a body nested 3,000 levels deep with 400 common/malformed_body naming the limit, not a 500', async () => {
    for (const [open, close] of [['[', ']'], ['{"a":', '}']] as const) {
      const raw = `{"x":${open.repeat(3000)}1${close.repeat(3000)}}`;
      const res = await hit(`${target.name} nested 3000 deep`, call(target).set('Content-Type', 'application/json').send(raw));
      expect(expectError(res, 400, CommonError.MalformedBody).message).toContain('32 levels');
    }
  });

  it('answers a JSON array with 400 common/malformed_body', async () => {
    for (const body of [[], [target.valid()]]) {
      const res = await hit(`${target.name} array body`, call(target).send(body));
      expectError(res, 400, CommonError.MalformedBody);
    }
  });

  it('answers a JSON string, number, boolean or null body with 400', async () => {
    for (const raw of ['"hello"', '42', 'true', 'null']) {
      const res = await hit(`${target.name} scalar body ${raw}`, call(target).set('Content-Type', 'application/json').send(raw));
      const body = expectError(res, 400);
      expect([CommonError.MalformedBody, CommonError.ValidationFailed]).toContain(body.code);
    }
  });

  it('refuses a non-JSON body (text/plain, form) with a 4xx, never a 500 and never as an empty body', async () => {
    const text = await hit(
      `${target.name} text/plain`,
      call(target).set('Content-Type', 'text/plain').send(JSON.stringify(target.valid())),
    );
    expect([400, 415]).toContain(text.status);
    expectError(text, text.status);
    const form = await hit(`${target.name} form`, call(target).type('form').send({ name: '王五' }));
    expect([400, 415]).toContain(form.status);
    expectError(form, form.status);
  });

  it('answers an unsupported charset with 415 and a corrupt gzip body with 400', async () => {
    const latin1 = await hit(
      `${target.name} latin1`,
      call(target).set('Content-Type', 'application/json; charset=latin1').send(JSON.stringify(target.valid())),
    );
    expectError(latin1, 415, CommonError.MalformedBody);
    const corrupt = await hit(
      `${target.name} corrupt gzip`,
      call(target)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .serialize(asIs)
        .send(Buffer.from('definitely not gzip')),
    );
    expectError(corrupt, 400, CommonError.MalformedBody);
  });

  it.each(bodyCases[target.name]!)('answers $title with 400 common/validation_failed naming the fields', async (c) => {
    const res = await hit(`${target.name} ${c.title}`, call(target).send(c.body(target.valid())));
    const body = expectError(res, 400, CommonError.ValidationFailed);
    expect(fieldsOf(body)).toEqual(c.fields);
    for (const detail of body.details ?? []) expect(typeof detail.message).toBe('string');
  });
});

describe('bodies that are valid in form', () => {
  it('a gzip-compressed JSON body is read like a plain one', async () => {
    const res = await hit(
      'gzip login',
      request(t.http)
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .serialize(asIs)
        .send(gzipSync(JSON.stringify({ username: 'x', password: 'y', extra: 1 }))),
    );
    expect(fieldsOf(expectError(res, 400, CommonError.ValidationFailed))).toEqual(['extra']);
  });

  it('a __proto__ key neither pollutes objects nor causes a 500: it is refused like the other unknown field', async () => {
    const raw = `{"parentId":"${w.townA.id}","name":"原型社区","kind":"community","extra":1,"__proto__":{"polluted":true,"roles":["org_admin"]}}`;
    const res = await hit('__proto__ body', w.as.unitAdminA.post('/api/org-units').set('Content-Type', 'application/json').send(raw));
    expect(fieldsOf(expectError(res, 400, CommonError.ValidationFailed))).toEqual(['__proto__', 'extra']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).roles).toBeUndefined();
  });
});

describe('nesting depth (at most 32 levels of objects and arrays)', () => {
  const login = (raw: string) => request(t.http).post('/api/auth/login').set('Content-Type', 'application/json').send(raw);
  /** A login body with an unknown field `x` holding arrays, so the whole body nests `depth` levels. */
  const nested = (depth: number) => `{"username":"a","password":"b","x":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

  it('reads a body nested exactly 32 levels deep (and validates it), refuses 33', async () => {
    const at = await hit('nested 32', login(nested(32)));
    expect(fieldsOf(expectError(at, 400, CommonError.ValidationFailed))).toEqual(['x']);
    const over = await hit('nested 33', login(nested(33)));
    expectError(over, 400, CommonError.MalformedBody);
  });

  it('does not count brackets inside strings, escaped quotes included', async () => {
    const res = await hit('brackets in a string', login(JSON.stringify({ username: `"${'['.repeat(3000)}`, password: `\\${'{'.repeat(3000)}` })));
    expect(fieldsOf(expectError(res, 400, CommonError.ValidationFailed))).toEqual(['password', 'username']);
  });

  it('checks a gzip-compressed body after inflating it', async () => {
    const res = await hit(
      'gzip nested 3000',
      request(t.http)
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .serialize(asIs)
        .send(gzipSync(nested(3000))),
    );
    expectError(res, 400, CommonError.MalformedBody);
  });
});

describe('path parameters', () => {
  const cases: ['get' | 'patch' | 'post', string][] = [
    ['get', '/api/users/not-a-uuid'],
    ['get', '/api/users/123'],
    ['get', '/api/users/not-a-uuid/personal-numbers'],
    ['patch', '/api/users/not-a-uuid'],
    ['post', '/api/users/12345678-1234-1234-1234-1234567890zz/reset-password'],
    ['get', '/api/org-units/123'],
    ['patch', '/api/org-units/123'],
    ['post', '/api/org-units/123/move'],
    ['post', `/api/org-units/${'a'.repeat(36)}/retire`],
    ['get', "/api/org-units/1'%20OR%20'1'='1"],
  ];

  it.each(cases)('%s %s answers 400 with details field id', async (method, path) => {
    const req =
      method === 'get'
        ? w.as.orgAdmin.get(path)
        : method === 'patch'
          ? w.as.orgAdmin.patch(path, { name: '新名' })
          : w.as.orgAdmin.post(path, { parentId: w.townA.id });
    const res = await hit(`${method} ${path}`, req);
    const body = expectError(res, 400, CommonError.ValidationFailed);
    expect(body.details).toEqual([{ field: 'id', message: expect.any(String) }]);
  });

  it('a well-formed UUID of no row is a 404, not a database error', async () => {
    for (const path of [`/api/users/${randomUUID()}`, `/api/org-units/${randomUUID()}`]) {
      const res = await hit(`missing ${path}`, w.as.orgAdmin.get(path));
      expectError(res, 404, CommonError.NotFound);
    }
  });
});

describe('unknown routes', () => {
  it.each([
    ['get', '/api/no-such-thing'],
    ['post', '/api/no-such-thing'],
    ['delete', '/api/users'],
    ['put', '/api/org-units'],
    ['get', '/api/users/00000000-0000-4000-8000-000000000000/no-such-child'],
  ] as const)('%s %s is a 404 common/not_found in the error shape', async (method, path) => {
    const anonymous = await hit(`anonymous ${method} ${path}`, request(t.http)[method](path));
    expectError(anonymous, 404, CommonError.NotFound);
    const signedIn = await hit(
      `signed-in ${method} ${path}`,
      request(t.http)[method](path).set('Authorization', `Bearer ${w.as.orgAdmin.token}`),
    );
    expectError(signedIn, 404, CommonError.NotFound);
  });
});

describe('query strings', () => {
  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=-5', 'pageSize'],
    ['page=abc', 'page'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
    ['page=1&page=2', 'page'],
    ['pageSize=1e2', 'pageSize'],
    ['unitId=not-a-uuid', 'unitId'],
    ['group=nobody', 'group'],
    [`q=${'x'.repeat(51)}`, 'q'],
    ['bogus=1', 'bogus'],
  ])('GET /api/users?%s answers 400 naming %s', async (query, field) => {
    const res = await hit(`users?${query}`, w.as.orgAdmin.get(`/api/users?${query}`));
    expect(fieldsOf(expectError(res, 400, CommonError.ValidationFailed))).toEqual([field]);
  });

  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['page=abc', 'page'],
    ['from=2026-02-30', 'from'],
    ['to=2026-13-01', 'to'],
    ['from=yesterday', 'from'],
    ['action=auth.hack', 'action'],
    ['outcome=maybe', 'outcome'],
  ])('GET /api/audit-logs?%s answers 400 naming %s', async (query, field) => {
    const res = await hit(`audit-logs?${query}`, w.as.auditor.get(`/api/audit-logs?${query}`));
    expect(fieldsOf(expectError(res, 400, CommonError.ValidationFailed))).toEqual([field]);
  });

  it('GET /api/org-units?parentId=not-a-uuid answers 400 naming parentId', async () => {
    const res = await hit('org-units?parentId', w.as.cadreA.get('/api/org-units?parentId=not-a-uuid'));
    expect(fieldsOf(expectError(res, 400, CommonError.ValidationFailed))).toEqual(['parentId']);
  });

  it('the limits themselves are accepted: pageSize=100 and pageSize=1', async () => {
    for (const pageSize of [1, 100]) {
      const res = await w.as.orgAdmin.get(`/api/users?page=1&pageSize=${pageSize}`);
      expect(res.status).toBe(200);
      expect((res.body as { pageSize: number }).pageSize).toBe(pageSize);
    }
  });
});

describe('oversized bodies (BODY_LIMIT=1kb)', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await createTestApp({ BODY_LIMIT: '1kb' });
  });
  afterAll(async () => {
    await small.close();
  });

  it('a 5 KB body is a 413 common/payload_too_large, on public and protected routes alike', async () => {
    const big = { username: 'x', password: 'y', padding: 'p'.repeat(5 * 1024) };
    for (const path of ['/api/auth/login', '/api/org-units', '/api/users']) {
      const res = await hit(`5 KB to ${path}`, request(small.http).post(path).send(big));
      expectError(res, 413, CommonError.PayloadTooLarge);
    }
  });

  it('a body under the limit is still read and validated', async () => {
    const res = await hit(
      '800 B to login',
      request(small.http)
        .post('/api/auth/login')
        .send({ username: 'x', password: 'y', padding: 'p'.repeat(800) }),
    );
    expect(fieldsOf(expectError(res, 400, CommonError.ValidationFailed))).toEqual(['padding']);
  });
});

describe('every response of this file', () => {
  it('was a 4xx with a code string and the documented error shape, never a 500', () => {
    expect(seen.length).toBeGreaterThan(100);
    const bad = seen.filter((s) => {
      const body = s.body as Partial<ErrorBody> | undefined;
      return (
        s.status < 400 ||
        s.status >= 500 ||
        typeof body?.code !== 'string' ||
        body.statusCode !== s.status ||
        typeof body.message !== 'string'
      );
    });
    expect(bad).toEqual([]);
  });
});
