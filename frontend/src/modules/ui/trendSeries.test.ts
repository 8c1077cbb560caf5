import { describe, expect, it } from 'vitest';
import { xTicks, yTicks } from './trendSeries';

describe('trend chart axes', () => {
  it('labels the extremes of the values, and 0 when the lines cross it', () => {
    expect(yTicks({ min: -0.5, max: 2 })).toEqual([2, 0, -0.5]);
    expect(yTicks({ min: 0, max: 3 })).toEqual([3, 0]);
  });

  it('dates the first and last point and two evenly between', () => {
    expect(xTicks(30)).toEqual([0, 10, 19, 29]);
    expect(xTicks(3)).toEqual([0, 1, 2]);
    expect(xTicks(1)).toEqual([0]);
    expect(xTicks(0)).toEqual([]);
  });
});
