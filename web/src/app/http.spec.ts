import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fetch double that answers by URL and records calls; openapi-fetch sends Request objects. */
function fakeFetch(handler: (url: string, auth: string | null) => Response | Promise<Response>) {
  const calls: { url: string; auth: string | null }[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url, 'http://localhost').pathname;
    const auth = request.headers.get('Authorization');
    calls.push({ url, auth });
    return handler(url, auth);
  });
  return { fn, calls };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the HTTP client', () => {
  beforeEach(() => {
    vi.resetModules();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('refreshes once on a 401 and repeats the call with the new token', async () => {
    const fake = fakeFetch((url, auth) => {
      if (url === '/api/auth/refresh') return json(200, { accessToken: 'new-token', expiresIn: 900, user: {} });
      if (url === '/api/me') return auth === 'Bearer new-token' ? json(200, { name: '王建国' }) : json(401, { statusCode: 401, code: 'common/unauthenticated', message: '' });
      return json(404, {});
    });
    vi.stubGlobal('fetch', fake.fn);
    const http = await import('./http');
    http.setAccessToken('old-token');
    const me = await http.api((c) => c.GET('/api/me'));
    expect(me).toEqual({ name: '王建国' });
    expect(fake.calls.map((c) => `${c.url} ${c.auth ?? ''}`)).toEqual(['/api/me Bearer old-token', '/api/auth/refresh ', '/api/me Bearer new-token']);
  });

  it('shares one refresh between concurrent 401s (a used refresh token must never be sent twice)', async () => {
    let refreshes = 0;
    const fake = fakeFetch((url, auth) => {
      if (url === '/api/auth/refresh') {
        refreshes += 1;
        return json(200, { accessToken: 'fresh', expiresIn: 900, user: {} });
      }
      return auth === 'Bearer fresh' ? json(200, { items: [] }) : json(401, { statusCode: 401, code: 'common/unauthenticated', message: '' });
    });
    vi.stubGlobal('fetch', fake.fn);
    const http = await import('./http');
    http.setAccessToken('stale');
    await Promise.all([http.api((c) => c.GET('/api/org-units')), http.api((c) => c.GET('/api/me')), http.api((c) => c.GET('/api/org-units'))]);
    expect(refreshes).toBe(1);
  });

  it('reports a session that cannot be renewed and throws the original error code', async () => {
    const fake = fakeFetch((url) =>
      url === '/api/auth/refresh'
        ? json(401, { statusCode: 401, code: 'auth/refresh_invalid', message: '' })
        : json(401, { statusCode: 401, code: 'auth/session_expired', message: '' }),
    );
    vi.stubGlobal('fetch', fake.fn);
    const http = await import('./http');
    const events: unknown[] = [];
    http.onSessionChange((token) => events.push(token));
    http.setAccessToken('stale');
    await expect(http.api((c) => c.GET('/api/me'))).rejects.toMatchObject({ status: 401, code: 'auth/session_expired' });
    expect(events).toEqual([null]);
  });

  it('turns a failed network into common/network and keeps field details of a 400', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch(() => {
        throw new TypeError('Failed to fetch');
      }).fn,
    );
    let http = await import('./http');
    await expect(http.api((c) => c.GET('/api/me'))).rejects.toMatchObject({ status: 0, code: 'common/network' });

    vi.resetModules();
    vi.stubGlobal(
      'fetch',
      fakeFetch(() => json(400, { statusCode: 400, code: 'common/validation_failed', message: 'x', details: [{ field: 'name', message: 'too long' }] })).fn,
    );
    http = await import('./http');
    await expect(http.api((c) => c.PATCH('/api/me', { body: { phone: 'x' } }))).rejects.toMatchObject({
      code: 'common/validation_failed',
      details: [{ field: 'name', message: 'too long' }],
    });
  });
});
