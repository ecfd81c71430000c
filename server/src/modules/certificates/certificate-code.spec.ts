import { CODE_LENGTH, formatCertificateCode, maskName, newCertificateCode, normaliseCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('are 26 Crockford base32 digits carrying 128 bits, and never repeat', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newCertificateCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) {
      expect(code).toMatch(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
      expect(code).toHaveLength(CODE_LENGTH);
    }
  });

  it('print in groups of four and read back from what a person types', () => {
    const code = newCertificateCode();
    const printed = formatCertificateCode(code);
    expect(printed.split('-').map((g) => g.length)).toEqual([4, 4, 4, 4, 4, 4, 2]);
    expect(normaliseCertificateCode(printed)).toBe(code);
    expect(normaliseCertificateCode(` ${printed.toLowerCase().replace(/-/g, ' ')} `)).toBe(code);
    expect(normaliseCertificateCode('0ABC-DEFG-HJKM-NPQR-STVW-XYZ0-1L')).toBe('0ABCDEFGHJKMNPQRSTVWXYZ011');
  });

  it.each([['', null], ['ABC', null], ['0'.repeat(27), null], ['U'.repeat(26), null], ['o'.repeat(26), '0'.repeat(26)]])('normalises %j to %j', (input, expected) => {
    expect(normaliseCertificateCode(input)).toBe(expected);
  });
});

describe('maskName', () => {
  it.each([
    ['张三明', '张*明'],
    ['张三', '张*'],
    ['欧阳娜娜', '欧**娜'],
    ['王', '王'],
    ['  李小龙 ', '李*龙'],
  ])('masks %j as %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});
