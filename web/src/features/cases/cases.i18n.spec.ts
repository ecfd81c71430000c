import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS, CASE_FIELD_LABELS, CASE_FIELDS, CASE_KINDS, CASE_SOURCE_KINDS, CASE_STATES, CaseError } from '@cadre/shared';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en';
import zhCN from '../../locales/zh-CN';
import messages from './cases.i18n';

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

describe('case library messages', () => {
  const zh = leaves(messages['zh-CN']);

  it('has the same keys in Chinese and English', () => {
    expect(leaves(messages.en).sort()).toEqual(zh.sort());
  });

  it('has a message for every literal key the pages use, and for every kind, field, source and state', () => {
    const dirs = [__dirname, join(__dirname, '..', 'course-admin'), join(__dirname, '..', 'studies')];
    const used = new Set(dirs.flatMap(sources).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(cases\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !zh.includes(key))).toEqual([]);
    const dynamic = [
      ...CASE_KINDS.map((k) => `cases.kind.${k}`),
      ...CASE_FIELDS.map((f) => `cases.field.${f}`),
      ...CASE_SOURCE_KINDS.map((s) => `cases.sourceKind.${s}`),
      ...CASE_STATES.map((s) => `cases.state.${s}`),
    ];
    expect(dynamic.filter((key) => !zh.includes(key))).toEqual([]);
  });

  it('names the fields as the seed report does', () => {
    for (const f of CASE_FIELDS) expect(messages['zh-CN'].cases.field[f].replace(/[“”"]/g, '')).toBe(CASE_FIELD_LABELS[f].replace(/"/g, ''));
  });

  it('names every case audit action and error code in both languages, and describes the home card', () => {
    const actions = AUDIT_ACTIONS.filter((a) => a.startsWith('case.'));
    expect(actions).toHaveLength(8);
    for (const locale of [zhCN, en]) {
      const labels = locale.enums.auditAction as Record<string, string>;
      expect(actions.filter((a) => !labels[a])).toEqual([]);
      const errors = (locale.errors as Record<string, Record<string, string>>).case!;
      expect(Object.values(CaseError).filter((code) => !errors[code.split('/')[1]!])).toEqual([]);
      expect((locale.home.does as Record<string, string>).cases).toBeTruthy();
    }
  });
});
