import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS, RESEARCH_PROBLEM_STATUSES, RESEARCH_TOPIC_STATUSES, ResearchError } from '@cadre/shared';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en';
import zhCN from '../../locales/zh-CN';
import messages from './research.i18n';

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

describe('research messages', () => {
  const zh = leaves(messages['zh-CN']);

  it('has the same keys in Chinese and English', () => {
    expect(leaves(messages.en).sort()).toEqual(zh.sort());
  });

  it('has a message for every literal key the pages use, and for every state', () => {
    const used = new Set(sources(__dirname).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(research\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !zh.includes(key))).toEqual([]);
    const dynamic = [
      ...RESEARCH_TOPIC_STATUSES.map((s) => `research.status.${s}`),
      ...RESEARCH_PROBLEM_STATUSES.map((s) => `research.problemStatus.${s}`),
      ...['topics', 'concluded', 'visits', 'villages', 'problems', 'solved'].map((k) => `research.figures.${k}`),
    ];
    expect(dynamic.filter((key) => !zh.includes(key))).toEqual([]);
  });

  it('names every research audit action and error code in both languages, and the home card', () => {
    const actions = AUDIT_ACTIONS.filter((a) => a.startsWith('research_'));
    expect(actions).toHaveLength(5);
    for (const locale of [zhCN, en]) {
      const labels = locale.enums.auditAction as Record<string, string>;
      expect(actions.filter((a) => !labels[a])).toEqual([]);
      const errors = (locale.errors as Record<string, Record<string, string>>).research!;
      expect(Object.values(ResearchError).filter((code) => !errors[code.split('/')[1]!])).toEqual([]);
      expect((locale.home.does as Record<string, string>).research).toBeTruthy();
    }
  });
});
