/**
 * How long an article must be read before its lesson completes, unless the course author sets it: the text at about
 * 400 characters a minute, never under 30 seconds. The server computes it (the player only shows it), so the minimum
 * cannot be shortened from the browser.
 */
export const READING_CHARS_PER_MINUTE = 400;
export const MIN_READING_SECONDS = 30;

/** Characters a reader reads: the text of the (already sanitised) HTML without tags or white space. */
export function readableLength(html: string | null): number {
  if (!html) return 0;
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:nbsp|#160|#xa0);/gi, ' ')
    .replace(/&[#a-z0-9]+;/gi, '_');
  return text.replace(/\s+/g, '').length;
}

export function derivedReadingSeconds(html: string | null): number {
  return Math.max(MIN_READING_SECONDS, Math.ceil((readableLength(html) / READING_CHARS_PER_MINUTE) * 60));
}

/** The minimum reading time of an article or document lesson: the author's when set, else (articles) from the text. */
export function readingSecondsOf(lesson: { type: string; minReadingSeconds: number | null; body: string | null }): number {
  if (lesson.minReadingSeconds !== null) return lesson.minReadingSeconds;
  return lesson.type === 'article' ? derivedReadingSeconds(lesson.body) : 0;
}
