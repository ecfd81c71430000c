import { passwordStrengthProblems } from '@cadre/shared';
import { dummyPasswordHash, generateInitialPassword, hashPassword, verifyPassword } from './password';

/** The stored hash with one byte of its `part` (4: salt, 5: key) flipped, still well-formed base64url. */
function tamper(stored: string, part: 4 | 5): string {
  const parts = stored.split('$');
  const bytes = Buffer.from(parts[part]!, 'base64url');
  bytes[0] = bytes[0]! ^ 0xff;
  parts[part] = bytes.toString('base64url');
  return parts.join('$');
}

describe('hashPassword and verifyPassword', () => {
  const password = 'Correct-Horse7';
  let stored: string;
  beforeAll(async () => {
    stored = await hashPassword(password);
  });

  it('stores scrypt with its parameters, salt and key, never the password itself', () => {
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    expect(stored).not.toContain(password);
  });

  it('verifies the password it was made from', async () => {
    await expect(verifyPassword(password, stored)).resolves.toBe(true);
  });

  it('rejects a wrong password, including one differing only in case or by a trailing character', async () => {
    await expect(verifyPassword('Correct-Horse8', stored)).resolves.toBe(false);
    await expect(verifyPassword('correct-horse7', stored)).resolves.toBe(false);
    await expect(verifyPassword(`${password} `, stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('salts every hash, so the same password hashes differently and both verify', async () => {
    const again = await hashPassword(password);
    expect(again).not.toBe(stored);
    await expect(verifyPassword(password, again)).resolves.toBe(true);
  });

  it('rejects the right password against a tampered key or salt', async () => {
    await expect(verifyPassword(password, tamper(stored, 5))).resolves.toBe(false);
    await expect(verifyPassword(password, tamper(stored, 4))).resolves.toBe(false);
  });

  it('rejects malformed or foreign stored values instead of throwing', async () => {
    await expect(verifyPassword(password, '')).resolves.toBe(false);
    await expect(verifyPassword(password, password)).resolves.toBe(false);
    await expect(verifyPassword(password, stored.replace(/^scrypt/, 'bcrypt'))).resolves.toBe(false);
    await expect(verifyPassword(password, stored.split('$').slice(0, 5).join('$'))).resolves.toBe(false);
  });

  it('keeps one dummy hash for unknown usernames, which no empty or common password matches', async () => {
    const dummy = await dummyPasswordHash();
    expect(await dummyPasswordHash()).toBe(dummy);
    expect(dummy).toMatch(/^scrypt\$/);
    await expect(verifyPassword('', dummy)).resolves.toBe(false);
    await expect(verifyPassword('Demo@2026', dummy)).resolves.toBe(false);
  });
});

describe('generateInitialPassword', () => {
  const samples = Array.from({ length: 200 }, () => generateInitialPassword());

  it('always meets the password policy', () => {
    for (const sample of samples) expect({ sample, problems: passwordStrengthProblems(sample) }).toEqual({ sample, problems: [] });
  });

  it('is readable: three dash-separated groups without look-alike characters (0, 1, O, o, I, l)', () => {
    for (const sample of samples) {
      expect(sample).toMatch(/^([A-Za-z]{2}[2-9][A-Za-z]-){2}[A-Za-z]{2}[2-9][A-Za-z]$/);
      expect(sample).not.toMatch(/[01OoIl]/);
    }
  });

  it('is random: no two of many samples are the same', () => {
    expect(new Set(samples).size).toBe(samples.length);
  });
});
