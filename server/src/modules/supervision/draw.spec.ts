import { execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { drawFrom, drawKey, newSeed } from './draw';

const SEED = '3f1c0a9be2d84c7f9a55e0d1b7c3a2f4e6d8c0b1a3f5e7d9c1b3a5f7e9d1c3b5';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the reproducible draw (随机抽查)', () => {
  const ids = Array.from({ length: 25 }, () => randomUUID());

  it('makes a 64-character lowercase hex seed, a new one each time', () => {
    const a = newSeed();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newSeed()).not.toBe(a);
  });

  it('equals an independent recomputation: ids ordered by HMAC-SHA256(seed text, id) hex ascending, first N', () => {
    const expected = ids
      .map((id) => [createHmac('sha256', SEED).update(id).digest('hex'), id] as const)
      .sort(([a], [b]) => a.localeCompare(b))
      .slice(0, 5)
      .map(([, id]) => id);
    expect(drawFrom(SEED, ids, 5)).toEqual(expected);
    // The order the candidates arrive in does not matter.
    expect(drawFrom(SEED, [...ids].reverse(), 5)).toEqual(expected);
    expect(drawFrom(newSeed(), ids, 5)).not.toEqual(expected);
  });

  it('takes every candidate when asked for more than there are, and none for 0', () => {
    expect(drawFrom(SEED, ids, 100)).toHaveLength(25);
    expect(drawFrom(SEED, ids, 0)).toEqual([]);
  });

  // Only where openssl is installed (it is on the CI image); elsewhere the test above recomputes with node:crypto alone.
  if (hasOpenssl()) it('gives the key openssl dgst -sha256 -hmac <seed> gives for the id', () => {
    for (const id of ids.slice(0, 3)) {
      const out = execFileSync('openssl', ['dgst', '-sha256', '-hmac', SEED], { input: id }).toString();
      expect(out.trim().split(/\s+/).pop()).toBe(drawKey(SEED, id));
    }
  });
});
