import request from 'supertest';
import { RATE_LIMIT_STORE, type RateLimitStore } from '../../server/src/common/http/rate-limit';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * Without Redis, several instances share rate-limit counters through PostgreSQL (RATE_LIMIT_STORE=postgres): two apps
 * on one database count one address together, and expired windows are swept.
 */
describe('rate-limit counters in PostgreSQL', () => {
  const env = { RATE_LIMIT_STORE: 'postgres', RATE_LIMIT_LOGIN_PER_MIN: '4', TRUST_PROXY: 'true' };
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    one = await createTestApp(env);
    two = await createTestApp(env);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  const address = () => `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const login = (app: TestApp, from: string, i: number) =>
    request(app.http).post('/api/auth/login').set('X-Forwarded-For', from).send({ username: `nobody-${from}-${i}`, password: 'Wrong@2026pw' });

  it('counts one address across both apps and refuses the fifth sign-in of the minute (429 common/rate_limited)', async () => {
    const from = address();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(i % 2 === 0 ? one : two, from, i)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const refused = await login(two, from, 9);
    expect(refused.status).toBe(429);
    expect((refused.body as { code: string }).code).toBe('common/rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await login(one, address(), 0)).status).toBe(401);
  });

  it('starts a new window once the old one has ended, and the sweep deletes ended windows', async () => {
    const from = address();
    for (let i = 0; i < 5; i++) await login(one, from, i);
    expect((await login(two, from, 5)).status).toBe(429);
    // End the window as a minute passing would.
    await one.db.query(`UPDATE rate_limit_windows SET reset_at = now() - interval '1 second' WHERE key = $1`, [`login:${from}`]);
    expect((await login(two, from, 6)).status).toBe(401);
    await one.db.query(`UPDATE rate_limit_windows SET reset_at = now() - interval '1 second' WHERE key LIKE $1`, [`%:${from}`]);
    const [{ n: before }] = (await one.db.query(`SELECT count(*)::int AS n FROM rate_limit_windows WHERE key LIKE $1`, [`%:${from}`])) as [{ n: number }];
    expect(before).toBe(2);
    const store = one.app.get<RateLimitStore>(RATE_LIMIT_STORE);
    expect(await store.sweep!()).toBeGreaterThanOrEqual(2);
    const [{ n: after }] = (await one.db.query(`SELECT count(*)::int AS n FROM rate_limit_windows WHERE key LIKE $1`, [`%:${from}`])) as [{ n: number }];
    expect(after).toBe(0);
  });
});
