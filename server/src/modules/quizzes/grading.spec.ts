import { grade, normaliseFill, shuffled } from './grading';

describe('grade', () => {
  describe('single choice and true/false', () => {
    it('gives the points for the one right option', () => {
      expect(grade('single', ['B'], 2, 'B', 'all_or_nothing')).toEqual({ earned: 2, correct: true });
      expect(grade('true_false', ['T'], 1.5, 'T', 'partial')).toEqual({ earned: 1.5, correct: true });
      expect(grade('true_false', ['F'], 1, 'F', 'all_or_nothing')).toEqual({ earned: 1, correct: true });
    });

    it('gives nothing for a wrong option', () => {
      expect(grade('single', ['B'], 2, 'A', 'all_or_nothing')).toEqual({ earned: 0, correct: false });
      expect(grade('single', ['B'], 2, 'b', 'partial')).toEqual({ earned: 0, correct: false });
      expect(grade('true_false', ['T'], 2, 'F', 'partial')).toEqual({ earned: 0, correct: false });
    });
  });

  describe('unanswered', () => {
    it.each(['single', 'multiple', 'true_false', 'fill'] as const)('%s: no answer earns nothing', (type) => {
      expect(grade(type, type === 'multiple' ? ['A', 'C'] : type === 'fill' ? ['实事求是'] : ['A'], 3, undefined, 'partial')).toEqual({
        earned: 0,
        correct: false,
      });
    });

    it('an empty choice list earns nothing, even with partial credit', () => {
      expect(grade('multiple', ['A', 'C'], 4, [], 'partial')).toEqual({ earned: 0, correct: false });
    });
  });

  describe('multiple choice', () => {
    const key = ['A', 'C', 'D'];

    it('the exact set of right options earns the points in any order, under both settings', () => {
      expect(grade('multiple', key, 6, ['D', 'A', 'C'], 'all_or_nothing')).toEqual({ earned: 6, correct: true });
      expect(grade('multiple', key, 6, ['A', 'C', 'D'], 'partial')).toEqual({ earned: 6, correct: true });
    });

    it('all or nothing: some of the right options earn nothing', () => {
      expect(grade('multiple', key, 6, ['A', 'C'], 'all_or_nothing')).toEqual({ earned: 0, correct: false });
      expect(grade('multiple', key, 6, ['A'], 'all_or_nothing')).toEqual({ earned: 0, correct: false });
    });

    it('partial: a share of the points for the right options chosen', () => {
      expect(grade('multiple', ['A', 'B'], 4, ['A'], 'partial')).toEqual({ earned: 2, correct: false });
      expect(grade('multiple', ['A', 'B', 'C', 'E'], 4, ['B', 'E'], 'partial')).toEqual({ earned: 2, correct: false });
      expect(grade('multiple', key, 6, ['A', 'D'], 'partial')).toEqual({ earned: 4, correct: false });
      // A third of 2 points, to one decimal.
      expect(grade('multiple', key, 2, ['C'], 'partial')).toEqual({ earned: 0.7, correct: false });
    });

    it('a wrong choice earns nothing under both settings, even beside every right one', () => {
      expect(grade('multiple', key, 6, ['A', 'B'], 'partial')).toEqual({ earned: 0, correct: false });
      expect(grade('multiple', key, 6, ['A', 'B', 'C', 'D'], 'partial')).toEqual({ earned: 0, correct: false });
      expect(grade('multiple', key, 6, ['A', 'B', 'C', 'D'], 'all_or_nothing')).toEqual({ earned: 0, correct: false });
      expect(grade('multiple', key, 6, ['B'], 'partial')).toEqual({ earned: 0, correct: false });
    });
  });

  describe('fill-in', () => {
    it('accepts the text with spaces around and inside it', () => {
      expect(grade('fill', ['实事求是'], 2, '  实事 求是\t', 'all_or_nothing')).toEqual({ earned: 2, correct: true });
      expect(grade('fill', ['实事求是'], 2, '\u3000实事求是\u3000', 'all_or_nothing')).toEqual({ earned: 2, correct: true });
    });

    it('folds full-width characters and ignores Latin case', () => {
      expect(grade('fill', ['GDP'], 2, 'ｇｄｐ', 'all_or_nothing')).toEqual({ earned: 2, correct: true });
      expect(grade('fill', ['2022年'], 2, '２０２２年', 'all_or_nothing')).toEqual({ earned: 2, correct: true });
      expect(grade('fill', ['CPC'], 2, 'cPc', 'all_or_nothing')).toEqual({ earned: 2, correct: true });
    });

    it('accepts any of the listed alternatives and nothing else', () => {
      const key = ['两个确立', '“两个确立”'];
      expect(grade('fill', key, 3, '两个确立', 'all_or_nothing')).toEqual({ earned: 3, correct: true });
      expect(grade('fill', key, 3, '“两个确立”', 'all_or_nothing')).toEqual({ earned: 3, correct: true });
      expect(grade('fill', key, 3, '两个维护', 'all_or_nothing')).toEqual({ earned: 0, correct: false });
      expect(grade('fill', key, 3, '两个确立和两个维护', 'all_or_nothing')).toEqual({ earned: 0, correct: false });
    });

    it('an answer of only spaces, or a list, is wrong', () => {
      expect(grade('fill', ['实事求是'], 2, '   ', 'all_or_nothing')).toEqual({ earned: 0, correct: false });
      expect(grade('fill', ['实事求是'], 2, ['实事求是'], 'all_or_nothing')).toEqual({ earned: 0, correct: false });
    });
  });
});

describe('normaliseFill', () => {
  it('drops every kind of space, folds full-width forms and lowers Latin letters', () => {
    expect(normaliseFill('  Ａ Ｂ\u3000c \n')).toBe('abc');
    expect(normaliseFill('２０２２年１０月')).toBe('2022年10月');
    expect(normaliseFill('Xi Jinping')).toBe('xijinping');
    expect(normaliseFill('（法制审核）')).toBe('(法制审核)');
  });

  it('leaves Chinese text otherwise as it is', () => {
    expect(normaliseFill('法制审核')).toBe('法制审核');
    expect(normaliseFill('法制审核')).not.toBe(normaliseFill('法治审核'));
  });
});

describe('shuffled', () => {
  const items = Array.from({ length: 20 }, (_, i) => `q${i}`);

  it('returns a permutation and leaves the input alone', () => {
    const copy = [...items];
    const out = shuffled(items, 12345);
    expect(out).toHaveLength(items.length);
    expect([...out].sort()).toEqual([...items].sort());
    expect(items).toEqual(copy);
    expect(out).not.toBe(items);
  });

  it('is stable for a seed', () => {
    expect(shuffled(items, 987654321)).toEqual(shuffled(items, 987654321));
    expect(shuffled(items, 0)).toEqual(shuffled(items, 0));
  });

  it('actually shuffles, and different seeds give different orders', () => {
    const orders = new Set(Array.from({ length: 10 }, (_, seed) => shuffled(items, seed + 1).join(',')));
    expect(orders.size).toBeGreaterThan(1);
    expect([...orders].some((o) => o !== items.join(','))).toBe(true);
  });

  it('copes with empty and one-element lists', () => {
    expect(shuffled([], 7)).toEqual([]);
    expect(shuffled(['only'], 7)).toEqual(['only']);
  });
});
