import { createHmac, randomBytes } from 'node:crypto';

/** A fresh draw seed: 32 random bytes as 64 lowercase hex characters. */
export function newSeed(): string {
  return randomBytes(32).toString('hex');
}

/** HMAC-SHA256 with the seed's hex text as the key and the id as the message (both UTF-8), as lowercase hex. */
export function drawKey(seed: string, id: string): string {
  return createHmac('sha256', Buffer.from(seed, 'utf8')).update(id, 'utf8').digest('hex');
}

/**
 * The published draw rule (随机抽查): order the candidates' ids by `HMAC-SHA256(key = seed, message = id)` as lowercase
 * hex, ascending, and take the first `count`. Anyone holding the seed and the candidate list can recompute it, e.g. with
 * `printf %s <id> | openssl dgst -sha256 -hmac <seed>` for each id. Ties (never seen in practice) fall back to the id.
 */
export function drawFrom(seed: string, candidateIds: readonly string[], count: number): string[] {
  return candidateIds
    .map((id) => ({ id, key: drawKey(seed, id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, count))
    .map((c) => c.id);
}
