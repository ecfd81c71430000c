import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import type { Server } from 'node:http';
import { createTestApp, type TestApp } from '../helpers/app';
import { refreshCookieOf, signIn } from '../helpers/agent';
import { createCadre, createRoot, createUnit, uniq, type CadreOptions, type CadreRef, type UnitRef } from '../factories';
import { Scheduler, type Job } from '../../server/src/common/scheduler/scheduler.service';
import { PRUNE_LOGIN_FAILURES_JOB } from '../../server/src/modules/auth/prune-login-failures.job';

/**
 * Sign-in and sessions (server/src/modules/auth): tokens and the refresh cookie, the lockout per account and client
 * address, the account-wide slowdown and the alert to the account's superiors, the per-address sign-in limit, rotation
 * and replay, logout, idle and absolute session limits, disabled accounts, password changes and the audit trail they
 * leave. Every test signs in its own fresh cadre, so lockout counts and sessions never leak between tests. The main app
 * trusts X-Forwarded-For, so a test chooses the client address of each sign-in.
 */

const USER_AGENT = 'cadre-auth-test/1.0';
const WRONG_PASSWORD = 'Wrong@pass99';
const NEW_PASSWORD = 'New-Secret42';
const LOCKOUT_THRESHOLD = 5;
/** Wrong passwords for one account, from all addresses, that slow its sign-in (small, so a test reaches it). */
const SLOWDOWN_THRESHOLD = 12;
/** While slowed, one attempt per account per this many seconds: long, so no turn ever frees itself during a test. */
const SLOWDOWN_SECONDS = 300;

let addressCounter = 0;
/** A client address no other sign-in of this file has used. */
const newAddress = () => {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
};

interface Session {
  token: string;
  cookie: string;
  /** The session id the access token names. */
  sid: string;
}

interface AuditRow {
  action: string;
  outcome: string;
  actor_id: string | null;
  actor_username: string | null;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown> | null;
}

const sidOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid: string }).sid;

/** The parts of an error answer a client can tell apart. */
const answer = (res: request.Response) => ({
  status: res.status,
  code: (res.body as { code?: string }).code,
  message: (res.body as { message?: string }).message,
});

/**
 * This file runs two apps: the main one and one with a sign-in limit of 3 a minute. passport keeps one 'jwt' strategy
 * per process, so the app created last verifies the access tokens of both: they share their secrets, and the main app
 * is created last, so that its strategy (and database connection) is the one in force.
 */
const SHARED_SECRETS = { JWT_SECRET: 'auth-test-jwt-secret-0123456789abcdef', ENCRYPTION_KEY: '0f'.repeat(32) };

describe('auth: sign-in and sessions', () => {
  let t: TestApp;
  let limited: TestApp;
  let root: UnitRef;
  let town: UnitRef;

  beforeAll(async () => {
    limited = await createTestApp({ ...SHARED_SECRETS, RATE_LIMIT_LOGIN_PER_MIN: '3' });
    t = await createTestApp({
      ...SHARED_SECRETS,
      LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
      LOCKOUT_MINUTES: '30',
      ACCOUNT_SLOWDOWN_THRESHOLD: String(SLOWDOWN_THRESHOLD),
      ACCOUNT_SLOWDOWN_MINUTES: '30',
      ACCOUNT_SLOWDOWN_SECONDS: String(SLOWDOWN_SECONDS),
      TRUST_PROXY: '1',
      SESSION_IDLE_MINUTES: '30',
      SESSION_MAX_HOURS: '12',
      ACCESS_TOKEN_TTL_SECONDS: '900',
    });
    root = await createRoot(t.db);
    town = await createUnit(t.db, root, 'town');
  });
  afterAll(async () => {
    await t?.close();
    await limited?.close();
  });

  const newCadre = (opts: CadreOptions = {}) => createCadre(t.db, town, opts);

  const login = (username: string, password: string, http: Server = t.http) =>
    request(http).post('/api/auth/login').set('User-Agent', USER_AGENT).send({ username, password });

  /** A sign-in from the given client address (the main app trusts X-Forwarded-For). */
  const loginFrom = (address: string, username: string, password: string) =>
    request(t.http).post('/api/auth/login').set('User-Agent', USER_AGENT).set('X-Forwarded-For', address).send({ username, password });

  const refresh = (cookie?: string) => {
    const req = request(t.http).post('/api/auth/refresh').set('User-Agent', USER_AGENT);
    return cookie === undefined ? req : req.set('Cookie', cookie);
  };

  const authed = (method: 'get' | 'post', path: string, token: string, body?: object) => {
    const req = request(t.http)[method](path).set('Authorization', `Bearer ${token}`).set('User-Agent', USER_AGENT);
    return body === undefined ? req : req.send(body);
  };
  const me = (token: string) => authed('get', '/api/me', token);
  const logout = (token: string) => authed('post', '/api/auth/logout', token);
  const changePassword = (token: string, currentPassword: string, newPassword: string) =>
    authed('post', '/api/auth/password', token, { currentPassword, newPassword });

  async function startSession(user: CadreRef, password = user.password): Promise<Session> {
    const res = await login(user.username, password);
    expect(answer(res)).toMatchObject({ status: 200 });
    const token = (res.body as { accessToken: string }).accessToken;
    const cookie = refreshCookieOf(res);
    if (!cookie) throw new Error('sign-in set no refresh cookie');
    return { token, cookie, sid: sidOf(token) };
  }

  /** Sends `times` sign-ins with a wrong password and returns the answers. */
  async function failLogins(username: string, times: number): Promise<request.Response[]> {
    const answers: request.Response[] = [];
    for (let i = 0; i < times; i++) answers.push(await login(username, WRONG_PASSWORD));
    return answers;
  }

  /** Moves a session's clock back, as if it had been idle or alive that long. */
  const backdateSession = (sid: string, column: 'last_active_at' | 'created_at', interval: string) =>
    t.db.query(`UPDATE auth_sessions SET ${column} = now() - $2::interval WHERE id = $1`, [sid, interval]);

  const auditOf = (filter: { actorUsername: string; action: string }): Promise<AuditRow[]> =>
    t.db.query(
      `SELECT action, outcome, actor_id, actor_username, target_type, target_id, ip, user_agent, details
         FROM audit_logs WHERE actor_username = $1 AND action = $2 ORDER BY occurred_at, id`,
      [filter.actorUsername, filter.action],
    );

  const expectLocal = (ip: string | null) => expect(ip).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);

  describe('POST /api/auth/login', () => {
    it('returns an access token for 900 seconds and the user, and sets an httpOnly SameSite=Strict refresh cookie on /api/auth', async () => {
      const user = await newCadre();
      const res = await login(user.username, user.password);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        expiresIn: 900,
        user: {
          id: user.id,
          username: user.username,
          name: user.name,
          roles: ['cadre'],
          unitId: town.id,
          scopeUnitId: null,
          keyGroups: [],
          mustChangePassword: false,
        },
      });
      const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('cadre_rt='));
      expect(setCookie).toBeDefined();
      expect(setCookie).toMatch(/;\s*HttpOnly/i);
      expect(setCookie).toMatch(/;\s*SameSite=Strict/i);
      expect(setCookie).toMatch(/;\s*Path=\/api\/auth(;|$)/);
      expect(refreshCookieOf(res)).toMatch(/^cadre_rt=[\w-]{40,}$/);
    });

    it('lets GET /api/me answer for the signed-in cadre with the access token', async () => {
      const user = await newCadre();
      const { token } = await startSession(user);
      const res = await me(token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: user.id,
        username: user.username,
        roles: ['cadre'],
        unitId: town.id,
        mustChangePassword: false,
      });
    });

    it('answers a wrong password with 401 auth/invalid_credentials and no cookie', async () => {
      const user = await newCadre();
      const res = await login(user.username, WRONG_PASSWORD);
      expect(answer(res)).toEqual({ status: 401, code: 'auth/invalid_credentials', message: expect.any(String) });
      expect(refreshCookieOf(res)).toBeUndefined();
    });

    it('answers an unknown username exactly like a wrong password', async () => {
      const user = await newCadre();
      const wrongPassword = await login(user.username, WRONG_PASSWORD);
      const unknownUser = await login(uniq('ghost'), WRONG_PASSWORD);
      expect(unknownUser.status).toBe(401);
      expect(unknownUser.body).toEqual(wrongPassword.body);
      expect(unknownUser.body).toEqual({ statusCode: 401, code: 'auth/invalid_credentials', message: expect.any(String) });
    });

    it('rejects a body without a password as a validation error, not a sign-in attempt', async () => {
      const user = await newCadre();
      const res = await request(t.http).post('/api/auth/login').send({ username: user.username });
      expect(answer(res)).toMatchObject({ status: 400, code: 'common/validation_failed' });
      expect(await t.db.query('SELECT 1 FROM login_failures WHERE username = $1', [user.username])).toEqual([]);
    });
  });

  describe('access tokens', () => {
    it('answers 401 common/unauthenticated without a token and with a garbage token', async () => {
      const none = await request(t.http).get('/api/me');
      expect(answer(none)).toMatchObject({ status: 401, code: 'common/unauthenticated' });
      const garbage = await me('not-a-jwt');
      expect(answer(garbage)).toMatchObject({ status: 401, code: 'common/unauthenticated' });
      const notBearer = await request(t.http).get('/api/me').set('Authorization', 'Basic dXNlcjpwYXNz');
      expect(answer(notBearer)).toMatchObject({ status: 401, code: 'common/unauthenticated' });
    });

    it('rejects a token for a live session that is signed with another secret or already expired', async () => {
      const user = await newCadre();
      const { sid } = await startSession(user);
      const jwt = new JwtService();
      const payload = { sub: user.id, sid };
      const forged = jwt.sign(payload, { secret: 'another-secret-that-is-long-enough-1234', issuer: 'cadre-platform', algorithm: 'HS256' });
      expect(answer(await me(forged))).toMatchObject({ status: 401, code: 'common/unauthenticated' });
      const expired = jwt.sign(
        { ...payload, exp: Math.floor(Date.now() / 1000) - 60 },
        { secret: t.config.jwtSecret, issuer: 'cadre-platform', algorithm: 'HS256' },
      );
      expect(answer(await me(expired))).toMatchObject({ status: 401, code: 'common/unauthenticated' });
      const genuine = jwt.sign(payload, { secret: t.config.jwtSecret, issuer: 'cadre-platform', algorithm: 'HS256', expiresIn: 60 });
      expect((await me(genuine)).status).toBe(200);
    });
  });

  describe('lockout per account and client address', () => {
    it(`locks the account for the address on the ${LOCKOUT_THRESHOLD}th wrong password from it (429 auth/locked, Retry-After), and then refuses even the right one from there`, async () => {
      const user = await newCadre();
      const failed = await failLogins(user.username, LOCKOUT_THRESHOLD);
      const answers = failed.map(answer);
      expect(answers.slice(0, -1)).toEqual(
        Array(LOCKOUT_THRESHOLD - 1).fill({ status: 401, code: 'auth/invalid_credentials', message: expect.any(String) }),
      );
      expect(answers.at(-1)).toEqual({ status: 429, code: 'auth/locked', message: expect.stringContaining('30 minutes') });
      const retryAfter = Number(failed.at(-1)!.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(29 * 60);
      expect(retryAfter).toBeLessThanOrEqual(30 * 60);
      const right = await login(user.username, user.password);
      expect(answer(right)).toMatchObject({ status: 429, code: 'auth/locked' });
      expect(refreshCookieOf(right)).toBeUndefined();
    });

    it('records every failure and the lock in the audit trail', async () => {
      const user = await newCadre();
      await failLogins(user.username, LOCKOUT_THRESHOLD);
      await login(user.username, user.password);
      const failures = await auditOf({ actorUsername: user.username, action: 'auth.login_failed' });
      expect(failures.map((row) => [row.outcome, row.details?.reason])).toEqual([
        ...Array(LOCKOUT_THRESHOLD).fill(['failure', 'invalid_credentials']),
        ['denied', 'locked'],
      ]);
      for (const row of failures.slice(0, LOCKOUT_THRESHOLD)) expect(row.actor_id).toBe(user.id);
      for (const row of failures) {
        expectLocal(row.ip);
        expect(row.user_agent).toBe(USER_AGENT);
      }
      const locks = await auditOf({ actorUsername: user.username, action: 'auth.locked' });
      expect(locks).toHaveLength(1);
      expect(locks[0]).toMatchObject({ outcome: 'denied', actor_id: user.id, user_agent: USER_AGENT, details: { minutes: 30 } });
    });

    it('locks an unknown username with exactly the same answers as a real one', async () => {
      const user = await newCadre();
      const ghost = uniq('ghost');
      const attempts = async (username: string) =>
        [...(await failLogins(username, LOCKOUT_THRESHOLD)), await login(username, user.password)].map(answer);
      const real = await attempts(user.username);
      const unknown = await attempts(ghost);
      expect(unknown).toEqual(real);
      expect(unknown.at(-1)).toMatchObject({ status: 429, code: 'auth/locked' });
      const locks = await auditOf({ actorUsername: ghost, action: 'auth.locked' });
      expect(locks).toEqual([expect.objectContaining({ actor_id: null, outcome: 'denied' })]);
    });

    it('lets the right password in once the lock has expired, and a wrong one then starts a new count', async () => {
      const user = await newCadre();
      await failLogins(user.username, LOCKOUT_THRESHOLD);
      await t.db.query(`UPDATE login_failures SET locked_until = now() - interval '1 second' WHERE username = $1`, [user.username]);
      const afterExpiry = await login(user.username, WRONG_PASSWORD);
      expect(answer(afterExpiry)).toMatchObject({ status: 401, code: 'auth/invalid_credentials' });
      const right = await login(user.username, user.password);
      expect(right.status).toBe(200);
    });

    it('resets the count on a successful sign-in', async () => {
      const user = await newCadre();
      await failLogins(user.username, LOCKOUT_THRESHOLD - 1);
      expect((await login(user.username, user.password)).status).toBe(200);
      const again = (await failLogins(user.username, LOCKOUT_THRESHOLD - 1)).map((res) => res.status);
      expect(again).toEqual(Array(LOCKOUT_THRESHOLD - 1).fill(401));
      expect(answer((await failLogins(user.username, 1))[0]!)).toMatchObject({ status: 429, code: 'auth/locked' });
    });

    it('lets the right password in from a second address while the first address is locked, and counts each address on its own', async () => {
      const user = await newCadre();
      const stranger = newAddress();
      const owner = newAddress();
      const fromStranger: ReturnType<typeof answer>[] = [];
      for (let i = 0; i < LOCKOUT_THRESHOLD; i++) fromStranger.push(answer(await loginFrom(stranger, user.username, WRONG_PASSWORD)));
      expect(fromStranger.at(-1)).toMatchObject({ status: 429, code: 'auth/locked' });
      expect(answer(await loginFrom(stranger, user.username, user.password))).toMatchObject({ status: 429, code: 'auth/locked' });

      const signedIn = await loginFrom(owner, user.username, user.password);
      expect(signedIn.status).toBe(200);
      expect(refreshCookieOf(signedIn)).toBeDefined();
      // A typo at the owner's address is its first wrong password there, not the stranger's sixth ...
      expect(answer(await loginFrom(owner, user.username, WRONG_PASSWORD))).toMatchObject({ status: 401, code: 'auth/invalid_credentials' });
      // ... and the owner's sign-in does not unlock the stranger's address.
      expect(answer(await loginFrom(stranger, user.username, user.password))).toMatchObject({ status: 429, code: 'auth/locked' });
    });

    it('answers an unknown username per address exactly like a real one: locked at the first address, open at a second', async () => {
      const user = await newCadre();
      const attempts = async (username: string) => {
        const first = newAddress();
        const answers: request.Response[] = [];
        for (let i = 0; i < LOCKOUT_THRESHOLD; i++) answers.push(await loginFrom(first, username, WRONG_PASSWORD));
        answers.push(await loginFrom(first, username, user.password));
        answers.push(await loginFrom(newAddress(), username, WRONG_PASSWORD));
        return answers.map(answer);
      };
      const real = await attempts(user.username);
      const unknown = await attempts(uniq('ghost'));
      expect(unknown).toEqual(real);
      expect(unknown.slice(-2)).toEqual([
        expect.objectContaining({ status: 429, code: 'auth/locked' }),
        expect.objectContaining({ status: 401, code: 'auth/invalid_credentials' }),
      ]);
    });

    it('counts an IPv6 client by its /64 network, so hopping between addresses of one network does not escape the lock', async () => {
      const user = await newCadre();
      for (let i = 1; i <= LOCKOUT_THRESHOLD; i++) await loginFrom(`2001:db8:5:7::${i}`, user.username, WRONG_PASSWORD);
      expect(answer(await loginFrom('2001:db8:5:7:abcd::1', user.username, user.password))).toMatchObject({ status: 429, code: 'auth/locked' });
      expect((await loginFrom('2001:db8:5:8::1', user.username, user.password)).status).toBe(200);
    });

    it('counts wrong passwords sent at the same moment without losing one: exactly the last of them locks', async () => {
      const user = await newCadre();
      const from = newAddress();
      const answers = await Promise.all(Array.from({ length: LOCKOUT_THRESHOLD }, () => loginFrom(from, user.username, WRONG_PASSWORD)));
      expect(answers.map((res) => res.status).sort()).toEqual([...Array(LOCKOUT_THRESHOLD - 1).fill(401), 429]);
      expect(answer(await loginFrom(from, user.username, user.password))).toMatchObject({ status: 429, code: 'auth/locked' });
    });
  });

  describe(`account-wide slowdown (${SLOWDOWN_THRESHOLD} wrong passwords from all addresses, then one attempt per ${SLOWDOWN_SECONDS} s)`, () => {
    type AdminKey = 'city1' | 'city2' | 'townOrg' | 'townOrg2' | 'townUnit' | 'townUnit2' | 'villageUnit' | 'townBUnit' | 'disabledTownUnit' | 'auditor';
    const admins = {} as Record<AdminKey, CadreRef>;
    let village: UnitRef;

    beforeAll(async () => {
      village = await createUnit(t.db, town, 'village');
      const townB = await createUnit(t.db, root, 'town');
      const dept = await createUnit(t.db, root, 'department');
      const admin = (unit: UnitRef, opts: CadreOptions) => createCadre(t.db, unit, opts);
      admins.city1 = await admin(dept, { roles: ['cadre', 'org_admin'], scopeUnit: root });
      admins.city2 = await admin(dept, { roles: ['cadre', 'org_admin'], scopeUnit: root });
      admins.townOrg = await admin(town, { roles: ['cadre', 'org_admin'], scopeUnit: town });
      admins.townOrg2 = await admin(town, { roles: ['cadre', 'org_admin'], scopeUnit: town });
      admins.townUnit = await admin(town, { roles: ['cadre', 'unit_admin'], scopeUnit: town });
      admins.townUnit2 = await admin(town, { roles: ['cadre', 'unit_admin'], scopeUnit: town });
      admins.villageUnit = await admin(village, { roles: ['cadre', 'unit_admin'], scopeUnit: village });
      admins.townBUnit = await admin(townB, { roles: ['cadre', 'unit_admin'], scopeUnit: townB });
      admins.disabledTownUnit = await admin(town, { roles: ['cadre', 'unit_admin'], scopeUnit: town, status: 'disabled' });
      admins.auditor = await admin(dept, { roles: ['cadre', 'auditor'], scopeUnit: root });
    });

    /** The slowdown threshold's worth of wrong passwords for the account, all at once, each from an address of its own. */
    const flood = (username: string) =>
      Promise.all(Array.from({ length: SLOWDOWN_THRESHOLD }, () => loginFrom(newAddress(), username, WRONG_PASSWORD)));
    /** Frees the account's next turn, as if its wait had passed. */
    const passTurn = (username: string) =>
      t.db.query(`UPDATE login_account_failures SET next_attempt_at = now() - interval '1 second' WHERE username = $1`, [username]);
    const accountFailures = async (username: string) =>
      ((await t.db.query('SELECT failed_count FROM login_account_failures WHERE username = $1', [username])) as { failed_count: number }[])[0]?.failed_count;
    /** The alerts about one account: who got them, and what they say. */
    const alertsAbout = (username: string) =>
      t.db.query(
        `SELECT user_id, title, body, link FROM notifications WHERE kind = 'sign_in_alert' AND title LIKE '%（' || $1 || '）%' ORDER BY user_id`,
        [username],
      ) as Promise<{ user_id: string; title: string; body: string; link: string | null }[]>;
    const idsOf = (...keys: AdminKey[]) => keys.map((key) => admins[key].id).sort();

    it('answers all but one attempt per turn with 429 auth/throttled and Retry-After, and lets the right password in when its turn comes', async () => {
      const user = await newCadre();
      const flooded = (await flood(user.username)).map(answer);
      expect(flooded).toEqual(Array(SLOWDOWN_THRESHOLD).fill({ status: 401, code: 'auth/invalid_credentials', message: expect.any(String) }));

      // The next attempt, from anywhere, takes the turn; everyone else waits for the next one.
      expect(answer(await loginFrom(newAddress(), user.username, WRONG_PASSWORD))).toMatchObject({ status: 401, code: 'auth/invalid_credentials' });
      const owner = newAddress();
      const waiting = await loginFrom(owner, user.username, user.password);
      expect(answer(waiting)).toEqual({ status: 429, code: 'auth/throttled', message: expect.any(String) });
      const retryAfter = Number(waiting.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(SLOWDOWN_SECONDS);
      expect(refreshCookieOf(waiting)).toBeUndefined();
      // A wrong password that had to wait was never tried, so it does not count.
      expect(answer(await loginFrom(newAddress(), user.username, WRONG_PASSWORD))).toMatchObject({ status: 429, code: 'auth/throttled' });
      expect(await accountFailures(user.username)).toBe(SLOWDOWN_THRESHOLD + 1);

      await passTurn(user.username);
      expect((await loginFrom(owner, user.username, user.password)).status).toBe(200);
      // The owner's sign-in took that turn: the next stranger waits again (a success does not end the slowdown).
      expect(answer(await loginFrom(newAddress(), user.username, WRONG_PASSWORD))).toMatchObject({ status: 429, code: 'auth/throttled' });
    });

    it('ends the slowdown with its window: once the window has passed, the count starts again', async () => {
      const user = await newCadre();
      await flood(user.username);
      await loginFrom(newAddress(), user.username, WRONG_PASSWORD);
      expect(answer(await loginFrom(newAddress(), user.username, user.password))).toMatchObject({ status: 429, code: 'auth/throttled' });
      await t.db.query(`UPDATE login_account_failures SET window_started_at = now() - interval '31 minutes' WHERE username = $1`, [user.username]);
      expect((await loginFrom(newAddress(), user.username, user.password)).status).toBe(200);
    });

    it('lets the account in at once from an address it signed in from before, while strangers wait their turn', async () => {
      const user = await newCadre();
      const office = newAddress();
      expect((await loginFrom(office, user.username, user.password)).status).toBe(200);
      await flood(user.username);
      await loginFrom(newAddress(), user.username, WRONG_PASSWORD);
      expect(answer(await loginFrom(newAddress(), user.username, user.password))).toMatchObject({ status: 429, code: 'auth/throttled' });
      expect((await loginFrom(office, user.username, user.password)).status).toBe(200);
    });

    it('slows an unknown username exactly like a real one, counted by the lower-cased name, and alerts nobody', async () => {
      const user = await newCadre();
      const run = async (username: string) => {
        const answers = [
          ...(await flood(username)),
          await loginFrom(newAddress(), username.toUpperCase(), WRONG_PASSWORD),
          await loginFrom(newAddress(), username.toUpperCase(), user.password),
        ];
        return answers.map((res) => ({ ...answer(res), retryAfter: res.headers['retry-after'] !== undefined }));
      };
      const real = await run(user.username);
      const ghost = uniq('ghost');
      const unknown = await run(ghost);
      expect(unknown).toEqual(real);
      expect(unknown.at(-1)).toEqual({ status: 429, code: 'auth/throttled', message: expect.any(String), retryAfter: true });
      expect(await auditOf({ actorUsername: ghost, action: 'auth.throttled' })).toEqual([expect.objectContaining({ actor_id: null, outcome: 'denied' })]);
      expect(await alertsAbout(ghost)).toEqual([]);
    });

    it('alerts the superiors in-app once per window: the active admins whose scope holds the home unit, not other towns, auditors or the account; and audits it', async () => {
      const user = await createCadre(t.db, village);
      await flood(user.username);
      for (let i = 0; i < 2; i++) {
        await passTurn(user.username);
        expect((await loginFrom(newAddress(), user.username, WRONG_PASSWORD)).status).toBe(401);
      }
      const alerts = await alertsAbout(user.username);
      expect(alerts.map((a) => a.user_id)).toEqual(idsOf('city1', 'city2', 'townOrg', 'townOrg2', 'townUnit', 'townUnit2', 'villageUnit'));
      for (const alert of alerts) {
        expect(alert.title).toContain(user.name);
        expect(alert.body).toContain(`${SLOWDOWN_THRESHOLD} 次`);
        // Org admins read the audit trail; unit admins cannot, so their alert links nowhere.
        const orgAdmin = [admins.city1, admins.city2, admins.townOrg, admins.townOrg2].some((a) => a.id === alert.user_id);
        expect(alert.link).toBe(orgAdmin ? `/audit-logs?actor=${user.username}` : null);
      }

      const unitAdmin = await signIn(t.http, admins.townUnit);
      const mine = await unitAdmin.get('/api/my/notifications');
      expect(mine.status).toBe(200);
      expect((mine.body as { items: { kind: string; title: string }[] }).items).toContainEqual(
        expect.objectContaining({ kind: 'sign_in_alert', title: expect.stringContaining(user.username) }),
      );

      const audit = await auditOf({ actorUsername: user.username, action: 'auth.throttled' });
      expect(audit).toEqual([
        expect.objectContaining({ outcome: 'denied', actor_id: user.id, details: expect.objectContaining({ failures: SLOWDOWN_THRESHOLD, addresses: SLOWDOWN_THRESHOLD, minutes: 30 }) }),
      ]);
    });

    it('alerts only org admins for an admin: those whose scope holds its scope, and for an org admin only those above it or at the root', async () => {
      await flood(admins.townUnit2.username);
      expect((await alertsAbout(admins.townUnit2.username)).map((a) => a.user_id)).toEqual(idsOf('city1', 'city2', 'townOrg', 'townOrg2'));
      await flood(admins.townOrg.username);
      expect((await alertsAbout(admins.townOrg.username)).map((a) => a.user_id)).toEqual(idsOf('city1', 'city2'));
      await flood(admins.city1.username);
      expect((await alertsAbout(admins.city1.username)).map((a) => a.user_id)).toEqual(idsOf('city2'));
    });
  });

  describe('pruning the failure counts', () => {
    it('drops, hourly, the counts that no longer count for anything and keeps the live ones', async () => {
      const [deadPair, expiredLock, livePair, lockedPair, deadAccount, liveAccount] = Array.from({ length: 6 }, () => uniq('prune'));
      await t.db.query(
        `INSERT INTO login_failures (username, address, failed_count, last_failed_at, locked_until) VALUES
           ($1, '10.9.9.9', 2, now() - interval '31 minutes', NULL),
           ($2, '10.9.9.9', 5, now() - interval '20 minutes', now() - interval '1 second'),
           ($3, '10.9.9.9', 2, now() - interval '29 minutes', NULL),
           ($4, '10.9.9.9', 5, now() - interval '40 minutes', now() + interval '1 minute')`,
        [deadPair, expiredLock, livePair, lockedPair],
      );
      await t.db.query(
        `INSERT INTO login_account_failures (username, failed_count, window_started_at) VALUES ($1, 60, now() - interval '31 minutes'), ($2, 60, now() - interval '29 minutes')`,
        [deadAccount, liveAccount],
      );
      const scheduler = t.app.get(Scheduler);
      const job = (scheduler as unknown as { jobs: Job[] }).jobs.find((j) => j.name === PRUNE_LOGIN_FAILURES_JOB)!;
      expect(job.everyMs).toBe(60 * 60_000);
      await scheduler.runIfDue(job, true);
      const left = (await t.db.query(
        `SELECT username FROM login_failures WHERE username = ANY($1) UNION ALL SELECT username FROM login_account_failures WHERE username = ANY($1)`,
        [[deadPair, expiredLock, livePair, lockedPair, deadAccount, liveAccount]],
      )) as { username: string }[];
      expect(left.map((r) => r.username).sort()).toEqual([livePair, lockedPair, liveAccount].sort());
    });
  });

  describe('per-address sign-in rate limit (RATE_LIMIT_LOGIN_PER_MIN=3)', () => {
    it('answers the 4th sign-in within a minute with 429 common/rate_limited and Retry-After, whoever signs in, while other endpoints still answer', async () => {
      const user = await newCadre();
      const first = await login(user.username, user.password, limited.http);
      expect(first.status).toBe(200);
      expect((await login(user.username, WRONG_PASSWORD, limited.http)).status).toBe(401);
      expect((await login(uniq('ghost'), WRONG_PASSWORD, limited.http)).status).toBe(401);

      const fourth = await login(user.username, user.password, limited.http);
      expect(answer(fourth)).toMatchObject({ status: 429, code: 'common/rate_limited' });
      const retryAfter = Number(fourth.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);

      const token = (first.body as { accessToken: string }).accessToken;
      const stillServed = await request(limited.http).get('/api/me').set('Authorization', `Bearer ${token}`);
      expect(stillServed.status).toBe(200);
      const refreshed = await request(limited.http).post('/api/auth/refresh').set('Cookie', refreshCookieOf(first)!);
      expect(refreshed.status).toBe(200);
    });
  });

  describe('POST /api/auth/refresh', () => {
    it('exchanges the cookie for a working access token and a different cookie', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      const res = await refresh(session.cookie);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ accessToken: expect.any(String), expiresIn: 900, user: { id: user.id, username: user.username } });
      const next = refreshCookieOf(res);
      expect(next).toMatch(/^cadre_rt=[\w-]{40,}$/);
      expect(next).not.toBe(session.cookie);
      const token = (res.body as { accessToken: string }).accessToken;
      expect(sidOf(token)).toBe(session.sid);
      expect((await me(token)).status).toBe(200);
      expect((await refresh(next)).status).toBe(200);
    });

    it('treats a used cookie presented again as a replay: 401 auth/refresh_invalid, and the whole session is revoked', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      const rotated = await refresh(session.cookie);
      expect(rotated.status).toBe(200);
      const newestCookie = refreshCookieOf(rotated)!;
      const currentToken = (rotated.body as { accessToken: string }).accessToken;

      const replay = await refresh(session.cookie);
      expect(answer(replay)).toMatchObject({ status: 401, code: 'auth/refresh_invalid' });
      expect(refreshCookieOf(replay)).toBeUndefined();

      expect(answer(await refresh(newestCookie))).toMatchObject({ status: 401, code: 'auth/refresh_invalid' });
      expect((await me(currentToken)).status).toBe(401);
      expect((await me(session.token)).status).toBe(401);

      const replays = await auditOf({ actorUsername: user.username, action: 'auth.refresh_replayed' });
      expect(replays).toEqual([
        expect.objectContaining({ outcome: 'denied', actor_id: user.id, target_type: 'session', target_id: session.sid }),
      ]);
    });

    it('answers 401 auth/refresh_invalid without a cookie or with an unknown one', async () => {
      expect(answer(await refresh())).toMatchObject({ status: 401, code: 'auth/refresh_invalid' });
      expect(answer(await refresh('cadre_rt=made-up-token'))).toMatchObject({ status: 401, code: 'auth/refresh_invalid' });
    });

    it('does not let one user’s replay touch another user’s session', async () => {
      const victim = await newCadre();
      const other = await newCadre();
      const victimSession = await startSession(victim);
      const otherSession = await startSession(other);
      await refresh(victimSession.cookie);
      await refresh(victimSession.cookie);
      expect((await me(otherSession.token)).status).toBe(200);
      expect((await refresh(otherSession.cookie)).status).toBe(200);
    });
  });

  describe('POST /api/auth/logout', () => {
    it('answers 204, after which the access token and the refresh cookie are refused', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      const res = await logout(session.token);
      expect(res.status).toBe(204);
      expect((await me(session.token)).status).toBe(401);
      expect(answer(await refresh(session.cookie))).toMatchObject({ status: 401, code: 'auth/refresh_invalid' });
    });

    it('ends only the session it is called from', async () => {
      const user = await newCadre();
      const leaving = await startSession(user);
      const staying = await startSession(user);
      expect((await logout(leaving.token)).status).toBe(204);
      expect((await me(staying.token)).status).toBe(200);
      expect((await refresh(staying.cookie)).status).toBe(200);
    });

    it('needs a signed-in caller', async () => {
      expect(answer(await request(t.http).post('/api/auth/logout'))).toMatchObject({ status: 401, code: 'common/unauthenticated' });
    });
  });

  describe('session limits', () => {
    it('ends a session idle for more than 30 minutes: access 401 auth/session_expired, refresh 401', async () => {
      const user = await newCadre();
      const viaToken = await startSession(user);
      const viaCookie = await startSession(user);
      await backdateSession(viaToken.sid, 'last_active_at', '31 minutes');
      await backdateSession(viaCookie.sid, 'last_active_at', '31 minutes');
      expect(answer(await me(viaToken.token))).toMatchObject({ status: 401, code: 'auth/session_expired' });
      expect(answer(await refresh(viaCookie.cookie))).toMatchObject({ status: 401, code: 'auth/session_expired' });
      expect((await me(viaCookie.token)).status).toBe(401);
    });

    it('keeps a session idle for less than 30 minutes', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      await backdateSession(session.sid, 'last_active_at', '29 minutes');
      expect((await me(session.token)).status).toBe(200);
      await backdateSession(session.sid, 'last_active_at', '29 minutes');
      expect((await refresh(session.cookie)).status).toBe(200);
    });

    it('counts a request as activity, so a session used within the last 30 minutes goes on', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      await backdateSession(session.sid, 'last_active_at', '20 minutes');
      expect((await me(session.token)).status).toBe(200);
      const [row] = (await t.db.query(`SELECT last_active_at > now() - interval '1 minute' AS fresh FROM auth_sessions WHERE id = $1`, [
        session.sid,
      ])) as {
        fresh: boolean;
      }[];
      expect(row?.fresh).toBe(true);
    });

    it('ends a session older than 12 hours even while it is active: access and refresh 401', async () => {
      const user = await newCadre();
      const viaToken = await startSession(user);
      const viaCookie = await startSession(user);
      await backdateSession(viaToken.sid, 'created_at', '13 hours');
      await backdateSession(viaCookie.sid, 'created_at', '13 hours');
      expect(answer(await me(viaToken.token))).toMatchObject({ status: 401, code: 'auth/session_expired' });
      expect(answer(await refresh(viaCookie.cookie))).toMatchObject({ status: 401, code: 'auth/session_expired' });
    });

    it('keeps an active session younger than 12 hours', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      await backdateSession(session.sid, 'created_at', '11 hours');
      expect((await me(session.token)).status).toBe(200);
      expect((await refresh(session.cookie)).status).toBe(200);
    });
  });

  describe('disabled accounts', () => {
    it('answers the right password with 403 auth/disabled and no cookie', async () => {
      const user = await newCadre({ status: 'disabled' });
      const res = await login(user.username, user.password);
      expect(answer(res)).toMatchObject({ status: 403, code: 'auth/disabled' });
      expect(refreshCookieOf(res)).toBeUndefined();
    });

    it('answers a wrong password like any other wrong password, so the status does not leak', async () => {
      const user = await newCadre({ status: 'disabled' });
      const disabled = await login(user.username, WRONG_PASSWORD);
      const unknown = await login(uniq('ghost'), WRONG_PASSWORD);
      expect(disabled.status).toBe(401);
      expect(disabled.body).toEqual(unknown.body);
    });

    it('ends the sessions of an account disabled while signed in', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      await t.db.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [user.id]);
      expect((await me(session.token)).status).toBe(401);
      expect((await refresh(session.cookie)).status).toBe(401);
    });
  });

  describe('POST /api/auth/password', () => {
    it('changes the password: 204, the new password signs in and the old one no longer does', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      expect((await changePassword(session.token, user.password, NEW_PASSWORD)).status).toBe(204);
      expect((await login(user.username, NEW_PASSWORD)).status).toBe(200);
      expect(answer(await login(user.username, user.password))).toMatchObject({ status: 401, code: 'auth/invalid_credentials' });
    });

    it('refuses a wrong current password with 400 auth/wrong_password and keeps the old password', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      const res = await changePassword(session.token, WRONG_PASSWORD, NEW_PASSWORD);
      expect(answer(res)).toMatchObject({ status: 400, code: 'auth/wrong_password' });
      expect(res.body).toMatchObject({ details: [{ field: 'currentPassword' }] });
      expect((await login(user.username, user.password)).status).toBe(200);
      expect((await login(user.username, NEW_PASSWORD)).status).toBe(401);
    });

    it.each([
      ['letters only', 'abcdefgh', 'too_few_classes'],
      ['too short', 'Short1!', 'too_short'],
      ['two classes', 'abcdefgh12', 'too_few_classes'],
    ])('refuses a weak new password (%s) with 400 auth/weak_password and details', async (_label, weak, problem) => {
      const user = await newCadre();
      const session = await startSession(user);
      const res = await changePassword(session.token, user.password, weak);
      expect(answer(res)).toMatchObject({ status: 400, code: 'auth/weak_password' });
      expect(res.body).toMatchObject({ details: [{ field: 'newPassword', message: expect.stringContaining(problem) }] });
      expect((await login(user.username, weak)).status).toBe(401);
    });

    it('refuses a new password containing the username in any case with 400 auth/weak_password naming newPassword', async () => {
      const user = await newCadre({ username: uniq('wangfang') });
      const session = await startSession(user);
      const mixedCase = user.username.replace(/^w/, 'W').replace('fang', 'FaNg');
      for (const weak of [`Qq7!${mixedCase}`, `${user.username}#2026`, `X${user.username.toUpperCase()}9!`]) {
        const res = await changePassword(session.token, user.password, weak);
        expect(answer(res)).toMatchObject({ status: 400, code: 'auth/weak_password' });
        expect(res.body).toMatchObject({ details: [{ field: 'newPassword', message: expect.stringContaining('contains_username') }] });
        expect((await login(user.username, weak)).status).toBe(401);
      }
      expect((await login(user.username, user.password)).status).toBe(200);
    });

    it('does not look for a username shorter than 3 characters in the new password', async () => {
      const user = await newCadre({ username: 'zq' });
      const session = await startSession(user);
      expect((await changePassword(session.token, user.password, 'Zq-Secret42')).status).toBe(204);
      expect((await login(user.username, 'Zq-Secret42')).status).toBe(200);
    });

    it('refuses the current password as the new one with 400 auth/password_reused', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      const res = await changePassword(session.token, user.password, user.password);
      expect(answer(res)).toMatchObject({ status: 400, code: 'auth/password_reused' });
      expect(res.body).toMatchObject({ details: [{ field: 'newPassword' }] });
    });

    it('ends the user’s other sessions, keeps this one on a new cookie, and retires this session’s old cookie', async () => {
      const user = await newCadre();
      const changing = await startSession(user);
      const other = await startSession(user);
      const bystander = await startSession(await newCadre());

      const res = await changePassword(changing.token, user.password, NEW_PASSWORD);
      expect(res.status).toBe(204);
      const newCookie = refreshCookieOf(res);
      expect(newCookie).toMatch(/^cadre_rt=[\w-]{40,}$/);
      expect(newCookie).not.toBe(changing.cookie);

      expect(answer(await me(other.token))).toMatchObject({ status: 401 });
      expect(answer(await refresh(other.cookie))).toMatchObject({ status: 401, code: 'auth/refresh_invalid' });

      expect((await me(changing.token)).status).toBe(200);
      const rotated = await refresh(newCookie);
      expect(rotated.status).toBe(200);
      expect(answer(await refresh(changing.cookie))).toMatchObject({ status: 401, code: 'auth/refresh_invalid' });

      expect((await me(bystander.token)).status).toBe(200);
    });

    it('needs a signed-in caller', async () => {
      const res = await request(t.http).post('/api/auth/password').send({ currentPassword: 'x', newPassword: NEW_PASSWORD });
      expect(answer(res)).toMatchObject({ status: 401, code: 'common/unauthenticated' });
    });
  });

  describe('forced password change', () => {
    it('lets a cadre with an initial password sign in and see /api/me, but nothing else until the password is changed', async () => {
      const user = await newCadre({ mustChangePassword: true });
      const signedIn = await login(user.username, user.password);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body).toMatchObject({ user: { mustChangePassword: true } });
      const { accessToken: token } = signedIn.body as { accessToken: string };

      expect(await me(token)).toMatchObject({ status: 200, body: { mustChangePassword: true } });
      expect(answer(await authed('get', '/api/org-units', token))).toMatchObject({ status: 403, code: 'auth/password_change_required' });

      expect((await changePassword(token, user.password, NEW_PASSWORD)).status).toBe(204);
      expect((await authed('get', '/api/org-units', token)).status).toBe(200);
      expect(await me(token)).toMatchObject({ status: 200, body: { mustChangePassword: false } });
      expect((await login(user.username, NEW_PASSWORD)).body).toMatchObject({ user: { mustChangePassword: false } });
    });
  });

  describe('audit trail', () => {
    it('records sign-in, password change and sign-out with the actor, the session or user, the address and the browser', async () => {
      const user = await newCadre();
      const session = await startSession(user);
      expect((await changePassword(session.token, user.password, NEW_PASSWORD)).status).toBe(204);
      expect((await logout(session.token)).status).toBe(204);

      const expected = [
        ['auth.login', { target_type: 'session', target_id: session.sid }],
        ['auth.password_changed', { target_type: 'user', target_id: user.id }],
        ['auth.logout', { target_type: 'session', target_id: session.sid }],
      ] as const;
      for (const [action, target] of expected) {
        const rows = await auditOf({ actorUsername: user.username, action });
        expect({ action, rows }).toEqual({
          action,
          rows: [expect.objectContaining({ outcome: 'success', actor_id: user.id, user_agent: USER_AGENT, ...target })],
        });
        expectLocal(rows[0]!.ip);
      }
    });
  });
});
