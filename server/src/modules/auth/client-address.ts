import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client address that wrong passwords are counted under. An IPv4 address counts as itself (an IPv4 address mapped
 * into IPv6 too); an IPv6 address counts as its /64 network, because one subscriber usually holds a whole /64 and could
 * otherwise take a fresh address for every guess and never reach the lock. No address at all counts as `unknown`.
 */
export function addressKey(ip: string | null | undefined): string {
  const raw = ip?.trim().replace(/%.*$/, '').toLowerCase() ?? '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(raw);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv4(raw)) return raw;
  if (!isIPv6(raw)) return raw === '' ? 'unknown' : raw.slice(0, 64);
  return `${hextets(raw).slice(0, 4).join(':')}::/64`;
}

/** The eight hextets of a valid IPv6 address, without leading zeros (`2001:db8::1` → 2001, db8, 0, 0, 0, 0, 0, 1). */
function hextets(ip: string): string[] {
  const [head = '', tail] = ip.split('::') as [string, string | undefined];
  const parts = (side: string) => (side === '' ? [] : side.split(':').flatMap(ipv4AsHextets));
  const left = parts(head);
  const right = tail === undefined ? [] : parts(tail);
  const zeros = Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((h) => parseInt(h, 16).toString(16));
}

/** An IPv4 tail (`::ffff:1.2.3.4`, `64:ff9b::1.2.3.4`) as its two hextets; any other part as itself. */
function ipv4AsHextets(part: string): string[] {
  if (!part.includes('.')) return [part];
  const [a = 0, b = 0, c = 0, d = 0] = part.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
