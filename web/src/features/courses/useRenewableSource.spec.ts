import { describe, expect, it, vi } from 'vitest';
import { useRenewableSource } from './useRenewableSource';

const OLD = '/api/files/f1?exp=100&sid=s&sig=old';
const FRESH = '/api/files/f1?exp=1000&sid=s&sig=fresh';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('a lesson video whose signed link expires while it plays', () => {
  it('asks once for a fresh link and continues where it was, playing', async () => {
    const renew = vi.fn(async () => FRESH);
    const source = useRenewableSource(OLD, renew, clock().now);
    expect(await source.onError(1234.5, true)).toBe(true);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(source.src.value).toBe(FRESH);
    expect(source.takeResume()).toEqual({ time: 1234.5, play: true });
    // The resume point is used once: a later load (another renewal's, or none) does not jump back here.
    expect(source.takeResume()).toBeNull();
  });

  it('stays paused after the renewal when it was paused (a seek while paused after a long break)', async () => {
    const source = useRenewableSource(OLD, async () => FRESH, clock().now);
    await source.onError(60, false);
    expect(source.takeResume()).toEqual({ time: 60, play: false });
  });

  it('renews again after the next expiry, but not for a fresh link that fails at once', async () => {
    const c = clock();
    const renew = vi.fn(async () => FRESH);
    const source = useRenewableSource(OLD, renew, c.now);
    await source.onError(10, true);
    c.advance(5_000);
    expect(await source.onError(12, true)).toBe(false);
    c.advance(20 * 60_000);
    expect(await source.onError(1210, true)).toBe(true);
    expect(renew).toHaveBeenCalledTimes(2);
  });

  it('does not renew an outside address, and keeps the old link when no fresh one comes', async () => {
    const renew = vi.fn(async () => FRESH);
    const outside = useRenewableSource('https://video.example.org/lesson.mp4', renew, clock().now);
    expect(await outside.onError(5, true)).toBe(false);
    expect(renew).not.toHaveBeenCalled();

    const failing = useRenewableSource(OLD, async () => Promise.reject(new Error('signed out')), clock().now);
    expect(await failing.onError(5, true)).toBe(false);
    expect(failing.src.value).toBe(OLD);
    expect(failing.takeResume()).toBeNull();
  });
});
