/**
 * A title as Chinese text cites it: 《title》, unless it already carries book-title marks — 《中国共产党纪律处分条例》解读
 * stays as it is rather than becoming 《《中国共产党纪律处分条例》解读》. Server texts and the SPA both use this one rule.
 */
export function bookTitle(title: string): string {
  const t = title.trim();
  return t.includes('《') || t.includes('》') ? t : `《${t}》`;
}

/** A count as people here write it: 2,934 (zh-CN digit grouping); non-numbers show as they are. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return COUNT.format(value);
}

const COUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A certificate's code as printed, in groups of four for reading aloud: 0ABC-DEFG-…-XY. The PDF and the SPA agree. */
export function formatCertificateCode(code: string): string {
  return (code.match(/.{1,4}/g) ?? []).join('-');
}
