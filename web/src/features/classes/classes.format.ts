/** "2026-05-10 09:00–11:30" in the city's time. */
export function sessionTime(s: { startsAt: string; endsAt: string }): string {
  const fmt = (iso: string, withDay: boolean) => {
    const parts = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      ...(withDay ? { year: 'numeric', month: '2-digit', day: '2-digit' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(iso));
    return parts.replace(/\//g, '-');
  };
  return `${fmt(s.startsAt, true)}–${fmt(s.endsAt, false)}`;
}

/** A share 0..1 as a percentage with one decimal. */
export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** A span of seconds as a clock: "1:05:09" from an hour up, "05:09" under it. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  return h > 0 ? `${h}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}` : `${two(Math.floor(s / 60))}:${two(s % 60)}`;
}
