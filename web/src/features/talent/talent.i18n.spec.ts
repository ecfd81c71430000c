import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS } from '@cadre/shared';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en';
import zhCN from '../../locales/zh-CN';
import messages from './talent.i18n';

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

describe('talent pool messages', () => {
  const zh = leaves(messages['zh-CN']);

  it('has the same keys in Chinese and English', () => {
    expect(leaves(messages.en).sort()).toEqual(zh.sort());
  });

  it('has a message for every key the pages use', () => {
    const used = new Set(sources(__dirname).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(talent\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !zh.includes(key))).toEqual([]);
  });

  it('names every talent-pool audit action and error code in both languages', () => {
    // The server's own list (AUDIT_ACTIONS in @cadre/shared): an action added there cannot slip past.
    const actions = AUDIT_ACTIONS.filter((a) => a.startsWith('talent_pool.'));
    expect(actions.length).toBeGreaterThan(10);
    for (const locale of [zhCN, en]) {
      const labels = locale.enums.auditAction as Record<string, string>;
      expect(actions.filter((a) => !labels[a])).toEqual([]);
      expect(Object.keys(locale.errors.talent).sort()).toEqual(['already_active', 'criteria_not_met', 'invalid_period', 'invalid_state', 'report_required']);
    }
  });
});
