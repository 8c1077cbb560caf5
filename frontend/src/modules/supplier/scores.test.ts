import { describe, expect, it } from 'vitest';
import { bestColumns, compareIds, criterionRows, formatScore, formatShare } from './scores';

describe('supplier scores', () => {
  it('shows a score with one decimal in the reader’s language and a dash while unrated', () => {
    expect(formatScore(3.41666, 'en')).toBe('3.4');
    expect(formatScore(4, 'pl')).toBe('4,0');
    expect(formatScore(null, 'en')).toBe('—');
  });

  it('shows the on-time rate as a whole percentage', () => {
    expect(formatShare(0.5, 'en')).toBe('50%');
    expect(formatShare(2 / 3, 'en')).toBe('67%');
    expect(formatShare(undefined, 'en')).toBe('—');
  });

  it('compares at most four distinct suppliers from the address, in order', () => {
    expect(compareIds('a, b,a,,c,d,e')).toEqual(['a', 'b', 'c', 'd']);
    expect(compareIds(null)).toEqual([]);
  });

  it('marks every column with the best value, none when nothing is known', () => {
    expect([...bestColumns([3.5, null, 4.2, 4.2])]).toEqual([2, 3]);
    expect([...bestColumns([700, 650], false)]).toEqual([1]);
    expect(bestColumns([null, undefined]).size).toBe(0);
  });

  it('lines the criteria up across suppliers, a missing score as null', () => {
    const quality = { id: 'q', name: 'Quality' };
    const cost = { id: 'c', name: 'Cost' };
    const rows = criterionRows([
      {
        criteria: [
          { criterion: quality, score: 4 },
          { criterion: cost, score: null },
        ],
      },
      { criteria: [{ criterion: cost, score: 2.5 }] },
    ]);
    expect(rows).toEqual([
      { criterion: quality, scores: [4, null] },
      { criterion: cost, scores: [null, 2.5] },
    ]);
  });
});
