import { describe, expect, it } from 'vitest';
import { i18n } from '../../locales';
import { appRoutes } from '../../app/router';
import en from '../../locales/en';
import zhCN from '../../locales/zh-CN';

/** Every string of a message tree. */
function strings(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  return tree && typeof tree === 'object' ? Object.values(tree).flatMap(strings) : [];
}

describe('home page: what each role can do now', () => {
  const menuPages = appRoutes.filter((r) => r.meta?.menu && r.name !== 'home').map((r) => r.name as string);

  it.each(['zh-CN', 'en'] as const)('describes every menu page a role can open, in %s', (locale) => {
    expect(menuPages.length).toBeGreaterThan(20);
    const missing = menuPages.filter((name) => !i18n.global.te(`home.does.${name}`, locale));
    expect(missing).toEqual([]);
    expect(i18n.global.t('home.does.my-courses', {}, { locale })).not.toBe('home.does.my-courses');
  });

  it('promises nothing for "later releases": exams, lectures and study records are here', () => {
    expect(strings(zhCN).filter((s) => s.includes('后续版本'))).toEqual([]);
    expect(strings(en).filter((s) => /later release/i.test(s))).toEqual([]);
  });
});
