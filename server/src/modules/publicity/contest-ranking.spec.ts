import { finalScore, median, rankRound } from './contest-ranking';

describe('contest ranking', () => {
  test('drops one highest and one lowest score; fewer than three judges: the plain average', () => {
    expect(finalScore([9000, 8000, 9500, 8500, 6000])).toBe(8500); // (8000 + 8500 + 9000) / 3
    expect(finalScore([9000, 8000])).toBe(8500);
    expect(finalScore([9000, 8000, 7000])).toBe(8000);
    expect(finalScore([9000, 8000, 8000, 8100])).toBe(8050);
  });

  test('median of an even count is the mean of the middle two', () => {
    expect(median([1, 4, 2, 3])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  test('equal final scores go to the higher median, then the higher highest score; equal on all three share a rank', () => {
    const ranked = rankRound(
      [
        { entrantId: 'a', scores: [9000, 8000, 8500, 7000] }, // final 8250, median 8250, highest 9000
        { entrantId: 'b', scores: [9200, 8000, 8500, 8000] }, // final 8250, median 8250, highest 9200
        { entrantId: 'c', scores: [8300, 8200, 8300, 8000] }, // final 8250, median 8250, highest 8300
        { entrantId: 'd', scores: [9900, 8200, 8300, 8200] }, // final 8250, median 8250 ... highest 9900
        { entrantId: 'e', scores: [8250, 8250, 8250, 8250] }, // final 8250, median 8250, highest 8250
        { entrantId: 'f', scores: [8250, 8250, 8250, 8250] },
        { entrantId: 'g', scores: [9000] }, // not scored by every judge
      ],
      4,
      { first: 1, second: 2, third: 3 },
    );
    expect(ranked.map((r) => [r.entrantId, r.rank, r.prize])).toEqual([
      ['d', 1, 'first'],
      ['b', 2, 'second'],
      ['a', 3, 'second'],
      ['c', 4, 'third'],
      ['e', 5, 'third'],
      ['f', 5, 'third'],
      ['g', null, null],
    ]);
  });

  test('with five judges the median decides between equal final scores before the highest score does', () => {
    const ranked = rankRound(
      [
        { entrantId: 'low-median', scores: [7000, 8000, 8000, 8750, 9900] }, // final 8250, median 8000
        { entrantId: 'high-median', scores: [7000, 7750, 8500, 8500, 9000] }, // final 8250, median 8500
      ],
      5,
      { first: 1, second: 1, third: 0 },
    );
    expect(ranked.map((r) => [r.entrantId, r.final, r.median, r.rank])).toEqual([
      ['high-median', 8250, 8500, 1],
      ['low-median', 8250, 8000, 2],
    ]);
  });

  test('a tie across a prize boundary takes the higher prize together', () => {
    const ranked = rankRound(
      [
        { entrantId: 'a', scores: [9000, 9000, 9000] },
        { entrantId: 'b', scores: [8000, 8000, 8000] },
        { entrantId: 'c', scores: [8000, 8000, 8000] },
        { entrantId: 'd', scores: [7000, 7000, 7000] },
      ],
      3,
      { first: 1, second: 1, third: 0 },
    );
    expect(ranked.map((r) => r.prize)).toEqual(['first', 'second', 'second', null]);
  });
});
