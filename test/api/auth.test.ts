import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import type { Server } from 'node:http';
import { createTestApp, type TestApp } from '../helpers/app';
import { refreshCookieOf } from '../helpers/agent';
import { createCadre, createRoot, createUnit, uniq, type CadreOptions, type CadreRef, type UnitRef } from '../factories';

/**
 * Sign-in and sessions (server/src/modules/auth): tokens and the refresh cookie, lockout, the per-address sign-in limit,
 * rotation and replay, logout, idle and absolute session limits, disabled accounts, password changes and the audit
 * trail they leave. Every test signs in its own fresh cadre, so lockout counts and sessions never leak between tests.
 */

const USER_AGENT = 'cadre-auth-test/1.0';
const WRONG_PASSWORD = 'Wrong@pass99';
const NEW_PASSWORD = 'New-Secret42';
const LOCKOUT_THRESHOLD = 5;

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
  let town: UnitRef;

  beforeAll(async () => {
    limited = await createTestApp({ ...SHARED_SECRETS, RATE_LIMIT_LOGIN_PER_MIN: '3' });
    t = await createTestApp({
      ...SHARED_SECRETS,
      LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
      LOCKOUT_MINUTES: '30',
      SESSION_IDLE_MINUTES: '30',
      SESSION_MAX_HOURS: '12',
      ACCESS_TOKEN_TTL_SECONDS: '900',
    });
    town = await createUnit(t.db, await createRoot(t.db), 'town');
  });
  afterAll(async () => {
    await t?.close();
    await limited?.close();
  });

  const newCadre = (opts: CadreOptions = {}) => createCadre(t.db, town, opts);

  const login = (username: string, password: string, http: Server = t.http) =>
    request(http).post('/api/auth/login').set('User-Agent', USER_AGENT).send({ username, password });

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

  describe('lockout', () => {
    it(`locks the account on the ${LOCKOUT_THRESHOLD}th wrong password (429 auth/locked), and then refuses even the right one`, async () => {
      const user = await newCadre();
      const answers = (await failLogins(user.username, LOCKOUT_THRESHOLD)).map(answer);
      expect(answers.slice(0, -1)).toEqual(
        Array(LOCKOUT_THRESHOLD - 1).fill({ status: 401, code: 'auth/invalid_credentials', message: expect.any(String) }),
      );
      expect(answers.at(-1)).toEqual({ status: 429, code: 'auth/locked', message: expect.stringContaining('30 minutes') });
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
