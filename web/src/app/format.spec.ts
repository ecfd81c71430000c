import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bookTitle } from '@cadre/shared';
import { describe, expect, it } from 'vitest';
import { i18n } from '../locales';
import { countCell, formatCount } from './format';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('one number format', () => {
  it('groups digits as zh-CN writes them, whatever the UI language', () => {
    expect(formatCount(2934)).toBe('2,934');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(12.5)).toBe('12.5');
    expect(formatCount(null)).toBe('—');
    expect(countCell({}, {}, 2934)).toBe('2,934');
    expect(countCell({}, {}, '—')).toBe('—');
  });

  it('no page formats numbers on its own (toLocaleString would follow the device, 2934 or 2.934)', () => {
    const offenders = sources(join(__dirname, '..')).filter((f) => /\.toLocaleString\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('titles in 《》', () => {
  it('wraps a bare title once and leaves one that already has book-title marks', () => {
    expect(bookTitle('习近平新时代中国特色社会主义思想')).toBe('《习近平新时代中国特色社会主义思想》');
    expect(bookTitle('《中国共产党纪律处分条例》解读')).toBe('《中国共产党纪律处分条例》解读');
    expect(bookTitle('《论持久战》')).toBe('《论持久战》');
  });

  it('names a course quiz without doubling the marks', () => {
    const course = bookTitle('《中国共产党纪律处分条例》解读');
    expect(i18n.global.t('quiz.ofCourse', { course }, { locale: 'zh-CN' })).toBe('课程《中国共产党纪律处分条例》解读的测试');
    expect(i18n.global.t('quiz.ofCourse', { course: bookTitle('党史') }, { locale: 'zh-CN' })).toBe('课程《党史》的测试');
  });
});
