import { ref } from 'vue';

/** A link renewed this recently that fails again is a real failure (file gone, signed out), not an expiry. */
const MIN_RENEWAL_GAP_MS = 30_000;

export interface Resume {
  time: number;
  play: boolean;
}

/**
 * Keeps a lesson video playing past the life of its signed link. The server's file links last a quarter of an hour and
 * end with the session, but the browser fetches a video in ranges for as long as it plays (or stays paused), and a
 * range asked for after the link expired is refused. On that error the player asks for a fresh link once, and
 * continues where it was, playing if it was playing. Outside addresses (`https://…`) are not ours to renew.
 */
export function useRenewableSource(initial: string | null, renew: () => Promise<string | null>, now: () => number = Date.now) {
  const src = ref<string | null>(initial);
  let resume: Resume | null = null;
  let lastRenewal = -Infinity;

  /** On the media element's `error`: true when a fresh link was set (the element then loads it). */
  async function onError(position: number, playing: boolean): Promise<boolean> {
    if (!src.value?.startsWith('/api/files/') || now() - lastRenewal < MIN_RENEWAL_GAP_MS) return false;
    lastRenewal = now();
    const fresh = await renew().catch(() => null);
    if (!fresh) return false;
    resume = { time: position, play: playing };
    src.value = fresh;
    return true;
  }

  /** On `loadedmetadata`: where to continue after a renewal, once; null for a first load. */
  function takeResume(): Resume | null {
    const taken = resume;
    resume = null;
    return taken;
  }

  return { src, onError, takeResume };
}
