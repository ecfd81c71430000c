import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS, FINDING_CATEGORIES, INSPECTION_KINDS, NOTICE_STATUSES, RECTIFICATION_STATUSES, SupervisionError } from '@cadre/shared';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en';
import zhCN from '../../locales/zh-CN';
import messages from './supervision.i18n';

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

describe('supervision messages', () => {
  const zh = leaves(messages['zh-CN']);

  it('has the same keys in Chinese and English', () => {
    expect(leaves(messages.en).sort()).toEqual(zh.sort());
  });

  it('has a message for every literal key the pages use, and for every kind, category and state', () => {
    const used = new Set(sources(__dirname).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(supervision\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !zh.includes(key))).toEqual([]);
    const dynamic = [...INSPECTION_KINDS.map((k) => `supervision.kind.${k}`), ...FINDING_CATEGORIES.map((c) => `supervision.category.${c}`), ...RECTIFICATION_STATUSES.map((s) => `supervision.status.${s}`), ...NOTICE_STATUSES.map((s) => `supervision.notice.status.${s}`)];
    expect(dynamic.filter((key) => !zh.includes(key))).toEqual([]);
  });

  it('names every supervision audit action and error code in both languages', () => {
    const actions = AUDIT_ACTIONS.filter((a) => a.startsWith('inspection') || a.startsWith('rectification.') || a.startsWith('supervision_notice.'));
    expect(actions).toHaveLength(14);
    for (const locale of [zhCN, en]) {
      const labels = locale.enums.auditAction as Record<string, string>;
      expect(actions.filter((a) => !labels[a])).toEqual([]);
      const errors = (locale.errors as Record<string, Record<string, string>>).supervision!;
      expect(Object.values(SupervisionError).filter((code) => !errors[code.split('/')[1]!])).toEqual([]);
    }
  });
});
