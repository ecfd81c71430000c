import { derivedReadingSeconds, readableLength, readingSecondsOf } from './reading-time';

const chars = (n: number) => `<p>${'学'.repeat(n)}</p>`;

describe('article reading time', () => {
  it('counts the text a reader reads, not tags, spaces or entities', () => {
    expect(readableLength('<h2>标题</h2>\n<p>第一段&nbsp;内容 &amp; 说明</p>')).toBe(2 + 3 + 2 + 1 + 2);
    expect(readableLength(null)).toBe(0);
  });

  it('asks about 400 characters a minute, at least 30 s', () => {
    // ~300 characters: 45 s, not the 180 s the demo asked.
    expect(derivedReadingSeconds(chars(300))).toBe(45);
    expect(derivedReadingSeconds(chars(1200))).toBe(180);
    expect(derivedReadingSeconds(chars(401))).toBe(61);
    expect(derivedReadingSeconds(chars(50))).toBe(30);
    expect(derivedReadingSeconds('')).toBe(30);
  });

  it("keeps the author's time when set, and a document's own", () => {
    expect(readingSecondsOf({ type: 'article', minReadingSeconds: 90, body: chars(300) })).toBe(90);
    expect(readingSecondsOf({ type: 'article', minReadingSeconds: 0, body: chars(300) })).toBe(0);
    expect(readingSecondsOf({ type: 'article', minReadingSeconds: null, body: chars(800) })).toBe(120);
    expect(readingSecondsOf({ type: 'document', minReadingSeconds: null, body: null })).toBe(0);
  });
});
