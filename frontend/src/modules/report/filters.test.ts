import { describe, expect, it } from 'vitest';
import { activeFilterCount, EMPTY_FILTERS, impactProblems, toPublicationFilter } from './filters';

const period = { from: new Date(Date.UTC(2026, 4, 1)), to: new Date(Date.UTC(2026, 5, 1)) };

describe('report filters', () => {
  it('sends only the period when nothing is chosen', () => {
    expect(toPublicationFilter(period, EMPTY_FILTERS)).toEqual({
      from: '2026-05-01T00:00:00.000Z',
      to: '2026-06-01T00:00:00.000Z',
    });
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
  });
  it('sends chosen brands, channels, publishers and the impact range (decimal comma allowed)', () => {
    const draft = { ...EMPTY_FILTERS, brandIds: ['b1'], publishers: ['Acme'], minImpact: '0,25', maxImpact: '1' };
    expect(toPublicationFilter(period, draft)).toMatchObject({
      brandIds: ['b1'],
      publishers: ['Acme'],
      minImpact: 0.25,
      maxImpact: 1,
    });
    expect(toPublicationFilter(period, draft).channelIds).toBeUndefined();
    expect(activeFilterCount(draft)).toBe(4);
  });
  it('flags an impact outside [0, 1] and a minimum above the maximum', () => {
    expect(impactProblems({ ...EMPTY_FILTERS, minImpact: '2' })).toEqual({ minImpact: 'range' });
    expect(impactProblems({ ...EMPTY_FILTERS, minImpact: '0.8', maxImpact: '0.2' })).toEqual({ maxImpact: 'order' });
    expect(impactProblems({ ...EMPTY_FILTERS, minImpact: 'x' })).toEqual({ minImpact: 'range' });
  });
});
