import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RequirementError } from '@cadre/shared';
import { describe, expect, it } from 'vitest';
import { errorText } from '../../app/errors';
import { ApiError } from '../../app/http';
import en from '../../locales/en';
import zhCN from '../../locales/zh-CN';
import messages from './settlement.i18n';

/** Every leaf key of a message tree, dotted. */
function leaves(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? leaves(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('year-end settlement messages', () => {
  const zh = leaves(messages['zh-CN']);

  it('has the same keys in Chinese and English', () => {
    expect(leaves(messages.en).sort()).toEqual(leaves(messages['zh-CN']).sort());
  });

  it('has a message for every key the page uses, and one for each state', () => {
    const used = new Set(sources(__dirname).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(settlement\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !zh.includes(key))).toEqual([]);
    for (const state of ['open', 'settled', 'reopened']) expect(zh).toContain(`settlement.states.${state}`);
  });

  it('says in Chinese why an approval into a settled year is refused, and names the audit actions', () => {
    expect(errorText(new ApiError(422, RequirementError.YearSettled, 'x'))).toContain('该年度学时已结算');
    expect(errorText(new ApiError(422, RequirementError.YearNotOver, 'x'))).toBe('年度结束后才能进行学时结算');
    for (const locale of [zhCN, en]) {
      const labels = locale.enums.auditAction as Record<string, string>;
      expect(['requirements.settled', 'requirements.reopened', 'settlement.exported'].filter((a) => !labels[a])).toEqual([]);
      expect(Object.keys(locale.errors.requirements).sort()).toEqual(['root_admin_only', 'unknown_line', 'year_not_over', 'year_not_settled', 'year_settled']);
    }
  });
});
