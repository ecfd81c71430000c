import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from './notifications.i18n';

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

describe('notifications messages', () => {
  const zh = leaves(messages['zh-CN']);
  const en = leaves(messages.en);

  it('has the same keys in Chinese and English', () => {
    expect(en.sort()).toEqual(zh.sort());
  });

  it('has a message for every key the pages and the dashboard use', () => {
    const files = [...sources(__dirname), join(__dirname, '../dashboard/views/DashboardView.vue')];
    const used = new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(notifications\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !zh.includes(key))).toEqual([]);
  });
});
