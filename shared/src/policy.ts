/** Rules that both the server (authoritatively) and the SPA (for instant feedback) apply. */

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Usernames shorter than this are not looked for in a password: two letters turn up in too many good passwords. */
export const PASSWORD_USERNAME_MIN_LENGTH = 3;

/**
 * At least 8 characters, with at least 3 of: lower case, upper case, digits, other characters; and, when the account is
 * known, not containing its username in any case (the first thing a guesser tries).
 */
export function passwordStrengthProblems(password: string, account?: { username: string }): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('too_few_classes');
  const username = account?.username.toLowerCase() ?? '';
  if (username.length >= PASSWORD_USERNAME_MIN_LENGTH && password.toLowerCase().includes(username)) problems.push('contains_username');
  return problems;
}

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

/** 13812345678 → 138****5678: first 3 and last 4 kept. Anything shorter than 8 characters is hidden entirely. */
export function maskPhone(phone: string | null | undefined): string | null {
  return maskMiddle(phone);
}

/** 110101199003074514 → 110***********4514 (first 3 and last 4 kept). */
export function maskIdNumber(idNumber: string | null | undefined): string | null {
  return maskMiddle(idNumber);
}

function maskMiddle(value: string | null | undefined): string | null {
  if (!value) return null;
  if (value.length < 8) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** Mainland resident ID: 17 digits and a check character (ISO 7064 MOD 11-2). */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checks = '10X98765432';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (weights[i] ?? 0);
  return checks[sum % 11] === id[17];
}
