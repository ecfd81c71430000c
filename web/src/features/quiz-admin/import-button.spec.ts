import { describe, expect, it } from 'vitest';
import { i18n } from '../../locales';
import { importButton } from './import-button';

const label = (check: Parameters<typeof importButton>[0], locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const b = importButton(check);
  return { text: i18n.global.t(b.key, { n: b.n }, { locale }), disabled: b.disabled };
};

describe('question import button', () => {
  it('with errors in the file: disabled, and says nothing can be imported until they are fixed', () => {
    const check = { rows: 4, problems: [{}, {}] };
    expect(label(check)).toEqual({ text: '有 2 处错误，修正后才能导入', disabled: true });
    expect(label(check, 'en')).toEqual({ text: '2 errors: fix them before anything can be imported', disabled: true });
  });

  it('a clean file offers to import its rows', () => {
    expect(label({ rows: 4, problems: [] })).toEqual({ text: '导入 4 道试题', disabled: false });
  });

  it('before a file is checked, or with no rows, it is disabled', () => {
    expect(label(null).disabled).toBe(true);
    expect(label({ rows: 0, problems: [] }).disabled).toBe(true);
  });
});
