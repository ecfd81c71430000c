import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher';

/** The stored value with the first byte of one dot-separated part (1: iv, 2: tag, 3: data) flipped. */
function tamper(stored: string, part: 1 | 2 | 3): string {
  const parts = stored.split('.');
  const bytes = Buffer.from(parts[part]!, 'base64url');
  bytes[0] = bytes[0]! ^ 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

describe('FieldCipher', () => {
  const key = randomBytes(32);
  const cipher = new FieldCipher(key);
  const idNumber = '110101199003074518';

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new FieldCipher(randomBytes(16))).toThrow(/32-byte key/);
    expect(() => new FieldCipher(randomBytes(33))).toThrow(/32-byte key/);
  });

  it('decrypts what it encrypted: ID numbers, Chinese text and the empty string', () => {
    for (const plain of [idNumber, '11010519491231002X', '张三·阿卜杜拉', '']) {
      expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
    }
  });

  it('stores v1.<iv>.<tag>.<data> without the plain text in it', () => {
    const stored = cipher.encrypt(idNumber);
    expect(stored).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(stored).not.toContain(idNumber);
    expect(stored).not.toContain(Buffer.from(idNumber).toString('base64url'));
  });

  it('gives a different ciphertext each time for the same plain text', () => {
    const a = cipher.encrypt(idNumber);
    const b = cipher.encrypt(idNumber);
    expect(a).not.toBe(b);
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
    expect(cipher.decrypt(a)).toBe(idNumber);
    expect(cipher.decrypt(b)).toBe(idNumber);
  });

  it('throws on a tampered iv, tag or ciphertext instead of returning garbage', () => {
    const stored = cipher.encrypt(idNumber);
    for (const part of [1, 2, 3] as const) {
      expect(() => cipher.decrypt(tamper(stored, part))).toThrow();
    }
  });

  it('throws when decrypting with another key', () => {
    const stored = cipher.encrypt(idNumber);
    expect(() => new FieldCipher(randomBytes(32)).decrypt(stored)).toThrow();
  });

  it('throws on values that are not its format', () => {
    expect(() => cipher.decrypt(idNumber)).toThrow(/Unknown ciphertext format/);
    expect(() => cipher.decrypt(cipher.encrypt(idNumber).replace(/^v1/, 'v2'))).toThrow(/Unknown ciphertext format/);
    expect(() => cipher.decrypt('v1.abc')).toThrow(/Unknown ciphertext format/);
  });

  it('hashes stably: the same value gives the same hex digest, from a new instance with the same key too', () => {
    const digest = cipher.hash(idNumber);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.hash(idNumber)).toBe(digest);
    expect(new FieldCipher(Buffer.from(key)).hash(idNumber)).toBe(digest);
  });

  it('hashes depending on the value and on the key', () => {
    expect(cipher.hash(idNumber)).not.toBe(cipher.hash('110101199003074519'));
    expect(new FieldCipher(randomBytes(32)).hash(idNumber)).not.toBe(cipher.hash(idNumber));
  });
});
