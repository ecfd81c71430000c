import type { Server } from 'node:http';
import request from 'supertest';
import type { CadreRef } from '../factories';

/** An HTTP client signed in as one user: every request carries the bearer token. */
export class Agent {
  constructor(
    private readonly http: Server,
    readonly token: string,
    readonly refreshCookie: string | undefined,
    readonly user: CadreRef,
  ) {}

  get(path: string) {
    return request(this.http).get(path).set('Authorization', `Bearer ${this.token}`);
  }

  post(path: string, body?: object) {
    const req = request(this.http).post(path).set('Authorization', `Bearer ${this.token}`);
    return body === undefined ? req : req.send(body);
  }

  patch(path: string, body: object) {
    return request(this.http).patch(path).set('Authorization', `Bearer ${this.token}`).send(body);
  }

  put(path: string, body: object) {
    return request(this.http).put(path).set('Authorization', `Bearer ${this.token}`).send(body);
  }

  delete(path: string) {
    return request(this.http).delete(path).set('Authorization', `Bearer ${this.token}`);
  }
}

/** The refresh cookie's `name=value` from a response, if it set one. */
export function refreshCookieOf(res: request.Response): string | undefined {
  const raw = res.headers['set-cookie'] as unknown;
  const cookies = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  const found = cookies.find((c) => c.startsWith('cadre_rt=') && !c.startsWith('cadre_rt=;'));
  return found?.split(';')[0];
}

export async function signIn(http: Server, user: CadreRef): Promise<Agent> {
  const res = await request(http).post('/api/auth/login').send({ username: user.username, password: user.password });
  if (res.status !== 200) throw new Error(`sign-in of ${user.username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return new Agent(http, (res.body as { accessToken: string }).accessToken, refreshCookieOf(res), user);
}
