import request from 'supertest';
import { CommonError } from '@cadre/shared';
import type { StoredFileDto } from '../../server/src/modules/files/dto/file.dto';
import { createTestApp, type TestApp } from '../helpers/app';
import { fetchBytes, PDF_BYTES, PNG_BYTES, uploadFileOk } from '../helpers/courses';
import { createQuestion, publishedQuiz, saveRaw, startAttempt } from '../helpers/quizzes';
import { buildWorld, type World } from '../helpers/world';

/**
 * Issue 14, points 11 and 14: what the API lets browsers and proxies keep (no-store, HSTS only over HTTPS), and the
 * prototype keys (`__proto__`, `constructor`) refused like any unknown field, at any depth.
 */

interface ErrorBody {
  statusCode: number;
  code: string;
  details?: { field: string; message: string }[];
}

let t: TestApp;
let w: World;

beforeAll(async () => {
  // Behind a trusted proxy, so a request can say it arrived over HTTPS (X-Forwarded-Proto).
  t = await createTestApp({ TRUST_PROXY: '1' });
  w = await buildWorld(t.db, t.http);
});
afterAll(async () => {
  await t.close();
});

/** Status, code and the fields named, together, so a failure shows what the server said instead. */
function refusal(res: request.Response): { status: number; code: string | undefined; fields: string[] } {
  const body = res.body as ErrorBody;
  return { status: res.status, code: body.code, fields: [...new Set((body.details ?? []).map((d) => d.field))].sort() };
}

describe('Cache-Control on API answers', () => {
  it('personal numbers, a user’s details and an export are never stored', async () => {
    const numbers = await w.as.orgAdmin.get(`/api/users/${w.users.cadreA.id}/personal-numbers`);
    expect({ status: numbers.status, cache: numbers.headers['cache-control'] }).toEqual({ status: 200, cache: 'no-store' });
    const detail = await w.as.orgAdmin.get(`/api/users/${w.users.cadreA.id}`);
    expect({ status: detail.status, cache: detail.headers['cache-control'] }).toEqual({ status: 200, cache: 'no-store' });
    const exported = await w.as.orgAdmin.get(`/api/exports/cadre-hours.xlsx?unitId=${w.townA.id}`).buffer(true);
    expect({ status: exported.status, cache: exported.headers['cache-control'] }).toEqual({ status: 200, cache: 'no-store' });
  });

  it('lists and error answers are not stored either', async () => {
    const list = await w.as.orgAdmin.get('/api/users');
    expect({ status: list.status, cache: list.headers['cache-control'] }).toEqual({ status: 200, cache: 'no-store' });
    const anonymous = await request(t.http).get('/api/me');
    expect({ status: anonymous.status, cache: anonymous.headers['cache-control'] }).toEqual({ status: 401, cache: 'no-store' });
  });

  it('a private file (a claim attachment) is never stored, its thumbnail neither', async () => {
    const claim = await uploadFileOk(w.as.cadreA, 'claim_attachment', PDF_BYTES, 'cert.pdf', 'application/pdf');
    const res = await fetchBytes(t.http, claim.url);
    expect({ status: res.status, cache: res.headers['cache-control'] }).toEqual({ status: 200, cache: 'no-store' });
    const photo = await uploadFileOk(w.as.unitAdminA, 'study_attachment', PNG_BYTES, 'sign-in.png', 'image/png');
    const thumb = await fetchBytes(t.http, photo.thumbnailUrl!);
    expect({ status: thumb.status, type: thumb.headers['content-type'], cache: thumb.headers['cache-control'] }).toEqual({
      status: 200,
      type: 'image/jpeg',
      cache: 'no-store',
    });
  });

  it('course media (a cover) may be cached privately, but not beyond its link’s expiry', async () => {
    const cover: StoredFileDto = await uploadFileOk(w.as.orgAdmin, 'course_cover', PNG_BYTES, 'cover.png', 'image/png');
    const res = await fetchBytes(t.http, cover.url);
    expect(res.status).toBe(200);
    const match = /^private, max-age=(\d+)$/.exec(String(res.headers['cache-control']));
    expect(match).not.toBeNull();
    const exp = Number(new URL(cover.url, 'http://localhost').searchParams.get('exp'));
    expect(Number(match![1])).toBeLessThanOrEqual(exp - Math.floor(Date.now() / 1000) + 1);
  });
});

describe('Strict-Transport-Security', () => {
  it('is not sent over plain HTTP outside production', async () => {
    const res = await request(t.http).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('is sent when the request came over HTTPS (through the trusted proxy)', async () => {
    const res = await request(t.http).get('/api/health').set('X-Forwarded-Proto', 'https');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('prototype keys in bodies and queries', () => {
  const login = (raw: string) => request(t.http).post('/api/auth/login').set('Content-Type', 'application/json').send(raw);

  it('refuses __proto__ and constructor at the top of a body like unknown fields, with the other problems', async () => {
    const proto = await login('{"username":"nobody","password":"Wrong@2026pw","__proto__":{"roles":["org_admin"]}}');
    expect(refusal(proto)).toEqual({ status: 400, code: CommonError.ValidationFailed, fields: ['__proto__'] });
    const ctor = await login('{"username":"nobody","password":"Wrong@2026pw","constructor":{"prototype":{"isAdmin":true}}}');
    expect(refusal(ctor)).toEqual({ status: 400, code: CommonError.ValidationFailed, fields: ['constructor'] });
    const both = await login('{"username":"nobody","password":"Wrong@2026pw","extra":1,"constructor":"x"}');
    expect(refusal(both)).toEqual({ status: 400, code: CommonError.ValidationFailed, fields: ['constructor', 'extra'] });
    const detail = (both.body as ErrorBody).details?.find((d) => d.field === 'constructor');
    expect(detail?.message).toBe('property constructor should not exist');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).roles).toBeUndefined();
  });

  it('refuses them inside a nested DTO (a quiz’s fixed questions), naming the path', async () => {
    const question = await createQuestion(w.as.orgAdmin, { type: 'single' });
    const raw = `{"title":"原型测验","questions":[{"questionId":"${question.id}","points":2,"__proto__":{"points":100}}]}`;
    const res = await request(t.http)
      .post('/api/quizzes')
      .set('Authorization', `Bearer ${w.as.orgAdmin.token}`)
      .set('Content-Type', 'application/json')
      .send(raw);
    expect(refusal(res)).toEqual({ status: 400, code: CommonError.ValidationFailed, fields: ['questions.0.__proto__'] });
  });

  it('refuses them inside a free-form map (quiz answers), and saves nothing', async () => {
    const question = await createQuestion(w.as.orgAdmin, { type: 'single' });
    const quiz = await publishedQuiz(w.as.orgAdmin, [question]);
    const attempt = await startAttempt(w.as.cadreA, quiz.id);
    const proto = await request(t.http)
      .put(`/api/attempts/${attempt.id}/answers`)
      .set('Authorization', `Bearer ${w.as.cadreA.token}`)
      .set('Content-Type', 'application/json')
      .send(`{"version":${attempt.version + 1},"answers":{"__proto__":{"${question.id}":"B"}}}`);
    expect(refusal(proto)).toEqual({ status: 400, code: CommonError.ValidationFailed, fields: ['answers.__proto__'] });
    const ctor = await saveRaw(w.as.cadreA, attempt.id, attempt.version + 1, { [question.id]: 'B', constructor: 'A' });
    expect(refusal(ctor)).toEqual({ status: 400, code: CommonError.ValidationFailed, fields: ['answers.constructor'] });
    // Nothing was saved: the next save still takes the version after the one the attempt started with.
    const ok = await saveRaw(w.as.cadreA, attempt.id, attempt.version + 1, { [question.id]: 'B' });
    expect(ok.status).toBe(200);
  });

  it('refuses them in a query string like any unknown parameter', async () => {
    const res = await w.as.orgAdmin.get('/api/users?constructor=1&__proto__=2');
    expect(refusal(res)).toEqual({ status: 400, code: CommonError.ValidationFailed, fields: ['__proto__', 'constructor'] });
  });

  it('still accepts the same bodies without those keys', async () => {
    const res = await login('{"username":"nobody","password":"Wrong@2026pw"}');
    expect(refusal(res)).toEqual({ status: 401, code: 'auth/invalid_credentials', fields: [] });
  });
});
