import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS, PUBLICITY_CHANNEL_KINDS, PUBLICITY_CONTEST_KINDS, PUBLICITY_PRIZES, PublicityError } from '@cadre/shared';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en';
import zhCN from '../../locales/zh-CN';
import messages from './publicity.i18n';

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

describe('publicity messages', () => {
  const zh = leaves(messages['zh-CN']);

  it('has the same keys in Chinese and English', () => {
    expect(leaves(messages.en).sort()).toEqual(zh.sort());
  });

  it('has a message for every literal key the pages use, and for every channel kind, contest kind and prize', () => {
    const used = new Set(sources(__dirname).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(publicity\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !zh.includes(key))).toEqual([]);
    const dynamic = [
      ...PUBLICITY_CHANNEL_KINDS.map((k) => `publicity.channelKind.${k}`),
      ...PUBLICITY_CONTEST_KINDS.map((k) => `publicity.contestKind.${k}`),
      ...PUBLICITY_PRIZES.map((p) => `publicity.prize.${p}`),
    ];
    expect(dynamic.filter((key) => !zh.includes(key))).toEqual([]);
  });

  it('names every publicity audit action and error code in both languages', () => {
    const actions = AUDIT_ACTIONS.filter((a) => a.startsWith('publicity_'));
    expect(actions).toHaveLength(12);
    for (const locale of [zhCN, en]) {
      const labels = locale.enums.auditAction as Record<string, string>;
      expect(actions.filter((a) => !labels[a])).toEqual([]);
      const errors = (locale.errors as Record<string, Record<string, string>>).publicity!;
      expect(Object.values(PublicityError).filter((code) => !errors[code.split('/')[1]!])).toEqual([]);
    }
  });
});
