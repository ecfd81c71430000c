import { HttpStatus } from '@nestjs/common';
import { randomBytes, randomInt, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AuthError, passwordStrengthProblems } from '@cadre/shared';
import { AppException } from '../errors/app-exception';

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

// N=2^15, r=8, p=1: about 50 ms on this machine kind; memory 32 MiB.
const COST = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 64;

/** Password hashing with Node's scrypt (no native add-on): `scrypt$N$r$p$salt$hash`, base64url parts. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: COST.maxmem,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a random password, computed once, so that unknown usernames cost the same time as known ones. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(18).toString('base64url'));
  return dummyHash;
}

/**
 * A readable initial password that meets the policy, without look-alike characters (l/1, O/0, I): e.g. `Kp7m-Rx4t-Tq9z`.
 * Given the account's username, it is drawn again in the (rare) case it happens to contain it.
 */
export function generateInitialPassword(username?: string): string {
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const lower = 'abcdefghijkmnpqrstuvwxyz';
  const digits = '23456789';
  const pick = (set: string) => set[randomInt(set.length)]!;
  const group = () => pick(upper) + pick(lower) + pick(digits) + pick(lower);
  for (;;) {
    const password = `${group()}-${group()}-${group()}`;
    if (username === undefined || passwordStrengthProblems(password, { username }).length === 0) return password;
  }
}

/**
 * The password policy wherever a password is set (a change, an initial password an admin types): a 400
 * `auth/weak_password` whose detail names `field` and lists the problems by their codes.
 */
export function assertPasswordPolicy(password: string, username: string, field: string, message = 'The new password is too weak'): void {
  const problems = passwordStrengthProblems(password, { username });
  if (problems.length === 0) return;
  const strength = problems.filter((p) => p !== 'contains_username');
  const parts = [
    ...(strength.length > 0 ? [`at least 8 characters with 3 of: lower case, upper case, digits, symbols (${strength.join(', ')})`] : []),
    ...(problems.includes('contains_username') ? ['must not contain the username (contains_username)'] : []),
  ];
  throw new AppException(HttpStatus.BAD_REQUEST, AuthError.WeakPassword, message, [{ field, message: parts.join('; ') }]);
}
