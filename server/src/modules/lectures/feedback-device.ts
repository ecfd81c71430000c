import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The audience's device identity for feedback: a random device id and the moment it was (re)issued, signed by the
 * server when the public page is loaded. A client cannot invent a new device per rating (each must come from a page
 * load, and is then one per session by a unique index), nor keep a harvested token for later (it expires).
 *
 * Token: `v1.<device id>.<issued at, unix seconds>.<HMAC-SHA256, base64url>`.
 */
export const DEVICE_COOKIE = 'cadre_fb_device';
/** How long a token rates: a lecture and the evening after it. The page fetches a fresh one and retries when it lapsed. */
export const DEVICE_TOKEN_TTL_MS = 6 * 3_600_000;
/** Clocks of several instances may differ a little; a token "issued" further ahead than this is not ours. */
const CLOCK_SKEW_MS = 5 * 60_000;
const DEVICE_ID = /^[A-Za-z0-9_-]{24}$/;

/** A key of its own for this purpose, derived from the server secret, so a token signature never doubles as anything else. */
export function feedbackKey(serverSecret: string, purpose: 'device' | 'address'): Buffer {
  return createHmac('sha256', serverSecret).update(`lecture-feedback-${purpose}`).digest();
}

export function newDeviceId(): string {
  return randomBytes(18).toString('base64url');
}

function signature(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

export function issueDeviceToken(key: Buffer, deviceId: string, issuedAtMs: number): string {
  const payload = `v1.${deviceId}.${Math.floor(issuedAtMs / 1000)}`;
  return `${payload}.${signature(key, payload)}`;
}

export interface DeviceToken {
  deviceId: string;
  issuedAtMs: number;
  expired: boolean;
}

/** The token's device when this server signed it (expired or not); undefined when it is missing, malformed or forged. */
export function readDeviceToken(key: Buffer, token: string | undefined, nowMs: number): DeviceToken | undefined {
  if (!token || token.length > 200) return undefined;
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1' || !DEVICE_ID.test(parts[1]!) || !/^\d{1,12}$/.test(parts[2]!)) return undefined;
  const expected = Buffer.from(signature(key, parts.slice(0, 3).join('.')));
  const given = Buffer.from(parts[3]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const issuedAtMs = Number(parts[2]) * 1000;
  if (issuedAtMs > nowMs + CLOCK_SKEW_MS) return undefined;
  return { deviceId: parts[1]!, issuedAtMs, expired: nowMs - issuedAtMs > DEVICE_TOKEN_TTL_MS };
}

/** What is stored of a device: a hash, so the table never holds a value that could be replayed as a cookie. */
export function deviceHash(deviceId: string): string {
  return createHash('sha256').update(`lecture-feedback:${deviceId}`).digest('hex');
}

/** What is stored of an address: keyed, so the table alone cannot be turned back into addresses by trying them all. */
export function addressHash(key: Buffer, address: string): string {
  return createHmac('sha256', key).update(address).digest('hex');
}
