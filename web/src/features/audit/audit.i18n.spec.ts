import { AUDIT_ACTIONS, auditDetailEntries, auditValueLabel } from '@cadre/shared';
import { describe, expect, it } from 'vitest';
import { i18n, nestDotted } from '../../locales';

describe('audit action labels', () => {
  const t = i18n.global.t;

  it.each(['zh-CN', 'en'] as const)('every action the server records reads as words in %s, not as its key', (locale) => {
    const missing = AUDIT_ACTIONS.filter((a) => {
      const label = t(`enums.auditAction.${a}`, {}, { locale, missingWarn: false, fallbackWarn: false });
      return label === `enums.auditAction.${a}` || label.trim() === '' || label.includes('enums.');
    });
    expect(missing).toEqual([]);
  });

  it('reads the Chinese and English words of a dotted action', () => {
    expect(t('enums.auditAction.auth.login', {}, { locale: 'zh-CN' })).toBe('登录');
    expect(t('enums.auditAction.auth.login', {}, { locale: 'en' })).toBe('Sign-in');
    expect(t('enums.auditAction.talent_pool.exported_unmasked', {}, { locale: 'zh-CN' })).toBe('导出培养库名单（含完整手机号、身份证号）');
  });

  it('refuses an action name that is not group.name, which the nesting could not hold', () => {
    expect(nestDotted({ 'a.b': 'x', 'a.c': 'y' })).toEqual({ a: { b: 'x', c: 'y' } });
    expect(() => nestDotted({ 'a.b.c': 'x' })).toThrow();
    expect(() => nestDotted({ plain: 'x' })).toThrow();
  });
});

describe('audit details as labelled lines', () => {
  it('nests paths, names ids, joins lists and says yes/no', () => {
    const unit = '0b6f2d9e-1c1a-4a57-9a0e-2f1a3c4d5e6f';
    const stranger = '9d3e7b1a-0000-4a57-9a0e-2f1a3c4d5e6f';
    expect(
      auditDetailEntries({ name: '龙门镇', before: { parentId: unit }, roles: ['cadre', 'auditor'], unmasked: true, other: stranger }, { [unit]: '城关镇' }),
    ).toEqual([
      { path: ['name'], value: '龙门镇' },
      { path: ['before', 'parentId'], value: '城关镇' },
      { path: ['roles'], value: 'cadre、auditor' },
      { path: ['unmasked'], value: '是' },
      { path: ['other'], value: '9d3e7b1a…' },
    ]);
  });

  it('names roles and changed fields in words when given the labels', () => {
    expect(auditDetailEntries({ roles: ['cadre', 'auditor'], fields: ['name', 'phone'] }, {}, undefined, auditValueLabel)).toEqual([
      { path: ['roles'], value: '学员、安全审计员' },
      { path: ['fields'], value: '名称、手机号' },
    ]);
  });
});
