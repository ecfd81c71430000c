import { randomBytes } from 'node:crypto';
export { formatCertificateCode } from '@cadre/shared';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 128 random bits are 26 base32 digits (the first carries 3 bits). */
export const CODE_LENGTH = 26;
const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A new certificate code: 128 bits from the system's CSPRNG, never derived from anything sequential. */
export function newCertificateCode(): string {
  let value = BigInt(`0x${randomBytes(16).toString('hex')}`);
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    out = ALPHABET[Number(value & 31n)]! + out;
    value >>= 5n;
  }
  return out;
}

/**
 * What someone typed or scanned, as the stored code, or null when it cannot be one: case, hyphens and spaces do not
 * matter, and the letters Crockford's base32 leaves out are read as the digits they look like (I, L → 1; O → 0).
 */
export function normaliseCertificateCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return CODE_PATTERN.test(code) ? code : null;
}

/** A name with its middle hidden, for the public page: 张*明, 张*, 欧*娜 (first, a * for each middle character, last). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
