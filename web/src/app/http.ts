import type { ApiErrorBody, ErrorCode } from '@cadre/shared';
import type { components, paths } from '@cadre/shared/api';
import createClient from 'openapi-fetch';

export type Schemas = components['schemas'];

/** An API failure with the server's stable code; `status` 0 means the network failed. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'common/network',
    message: string,
    readonly details: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let accessToken: string | null = null;
let sessionListener: ((token: Schemas['TokenDto'] | null) => void) | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

/** For the upload helper, which needs XMLHttpRequest for progress events. */
export function accessTokenForUpload(): string | null {
  return accessToken;
}

/** The auth store hears about every new token (after a refresh) and about a session that could not be renewed. */
export function onSessionChange(listener: (token: Schemas['TokenDto'] | null) => void): void {
  sessionListener = listener;
}

/** The one HTTP client: typed from the server's OpenAPI document, adds the bearer token. */
export const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
client.use({
  onRequest({ request }) {
    if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
    return request;
  },
});

let refreshing: Promise<Schemas['TokenDto'] | null> | null = null;

/**
 * Exchanges the refresh cookie for a new access token, once at a time: concurrent 401s share one refresh, and tabs
 * take turns through a Web Lock, because the server revokes the whole session if a used refresh token comes back.
 */
export function refreshSession(): Promise<Schemas['TokenDto'] | null> {
  refreshing ??= (async () => {
    const run = async () => {
      try {
        const res = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin' });
        return res.ok ? ((await res.json()) as Schemas['TokenDto']) : null;
      } catch {
        return null;
      }
    };
    const token = navigator.locks ? await navigator.locks.request('cadre-refresh', run) : await run();
    accessToken = token?.accessToken ?? null;
    sessionListener?.(token);
    return token;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Runs one typed call; on a 401 it refreshes the session once and repeats the call. Errors become `ApiError` with
 * the server's code, so views translate them instead of showing server text.
 */
export async function api<R extends FetchResult>(call: (c: typeof client) => Promise<R>): Promise<Exclude<R['data'], undefined>> {
  let result = await send(call);
  if (result.response.status === 401 && accessToken !== null) {
    const token = await refreshSession();
    if (token) result = await send(call);
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as Exclude<R['data'], undefined>;
}

async function send<R extends FetchResult>(call: (c: typeof client) => Promise<R>): Promise<R> {
  try {
    return await call(client);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(0, 'common/network', 'Network error');
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  const err = body as Partial<ApiErrorBody> | undefined;
  if (err && typeof err.code === 'string') return new ApiError(status, err.code, err.message ?? '', err.details ?? []);
  return new ApiError(status, status === 404 ? 'common/not_found' : status >= 500 ? 'common/internal' : 'common/validation_failed', String(status));
}
