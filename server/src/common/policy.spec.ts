import { isValidResidentId, maskIdNumber, maskPhone, passwordStrengthProblems } from '@cadre/shared';

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks a landline with its area code the same way', () => {
    expect(maskPhone('0571-87654321')).toBe('057******4321');
  });

  it('hides anything shorter than 8 characters entirely', () => {
    expect(maskPhone('1234567')).toBe('*******');
  });

  it('gives null for a missing number', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
    expect(maskPhone('')).toBeNull();
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 3 and last 4 characters of an 18-character ID', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });

  it('gives null for a missing number', () => {
    expect(maskIdNumber(null)).toBeNull();
  });
});

describe('passwordStrengthProblems', () => {
  it.each(['Abcdef1!', 'abcdefG1', 'abcdef1!', 'ABCDEF1!', 'Abcdefg!', '密码abcd1234'])('accepts %s (8+ characters, 3 classes)', (pw) => {
    expect(passwordStrengthProblems(pw)).toEqual([]);
  });

  it('refuses fewer than 8 characters', () => {
    expect(passwordStrengthProblems('Ab1!xyz')).toEqual(['too_short']);
  });

  it.each(['abcdefgh', 'abcdefg1', 'ABCDEFG1', '12345678!', 'abcdEFGH'])('refuses %s (fewer than 3 classes)', (pw) => {
    expect(passwordStrengthProblems(pw)).toEqual(['too_few_classes']);
  });

  it('reports every problem at once', () => {
    expect(passwordStrengthProblems('abc')).toEqual(['too_short', 'too_few_classes']);
  });

  it.each([
    ['wangfang', 'Xy9!wangfang'],
    ['wangfang', 'WangFang#2026'],
    ['li.ming', 'Abc1!LI.MING'],
  ])('refuses a password containing the username %s in any case (%s)', (username, pw) => {
    expect(passwordStrengthProblems(pw, { username })).toEqual(['contains_username']);
    expect(passwordStrengthProblems(pw)).toEqual([]);
  });

  it('ignores a username shorter than 3 characters, and a password the username is not in', () => {
    expect(passwordStrengthProblems('Zq-Secret42', { username: 'zq' })).toEqual([]);
    expect(passwordStrengthProblems('Wang-Secret42', { username: 'wangfang' })).toEqual([]);
  });

  it('allows 128 characters and refuses 129', () => {
    const base = 'Aa1!';
    expect(passwordStrengthProblems(base.repeat(32))).toEqual([]);
    expect(passwordStrengthProblems(`${base.repeat(32)}x`)).toEqual(['too_long']);
  });
});

describe('isValidResidentId', () => {
  it.each(['11010519491231002X', '440524188001010014', '110101199003074514'])('accepts %s (ISO 7064 MOD 11-2 check character)', (id) => {
    expect(isValidResidentId(id)).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidResidentId('110101199003074518')).toBe(false);
    expect(isValidResidentId('440524188001010015')).toBe(false);
  });

  it('refuses a changed body digit that the check digit no longer fits', () => {
    expect(isValidResidentId('440524188001020014')).toBe(false);
  });

  it('refuses a lower-case x as check character', () => {
    expect(isValidResidentId('11010519491231002x')).toBe(false);
  });

  it('refuses the wrong length or non-digits', () => {
    expect(isValidResidentId('44052418800101001')).toBe(false);
    expect(isValidResidentId('4405241880010100144')).toBe(false);
    expect(isValidResidentId('44052418800101A014')).toBe(false);
    expect(isValidResidentId('')).toBe(false);
  });
});
