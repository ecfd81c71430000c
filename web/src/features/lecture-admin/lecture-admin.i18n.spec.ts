import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from './lecture-admin.i18n';

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

describe('lecture-admin messages', () => {
  const zh = leaves(messages['zh-CN']);
  const en = leaves(messages.en);

  it('has the same keys in Chinese and English', () => {
    expect(en.sort()).toEqual(zh.sort());
  });

  it('has a message for every key the pages use', () => {
    const used = new Set(sources(__dirname).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(lectureAdmin\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !zh.includes(key))).toEqual([]);
  });
});
