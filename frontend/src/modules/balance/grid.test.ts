import { describe, expect, it } from 'vitest';
import { cellsFromGrid, withCells } from './grid';
import type { MediaBalanceAnswer } from './types/Balance';

const rollup = { mostUrgent: 'NONE', totalGap: 0, urgentCells: 0 } as const;

// 2 segments × 3 channels, row by row; competitors k1 and k2 (k2 the stronger in every cell but the last).
const answer: MediaBalanceAnswer = {
  from: '2026-10-01',
  to: '2026-11-01',
  settings: { immediateGap: 2, moderateGap: 1, alertWindowDays: 30 },
  client: { id: 'me', name: 'Northwind' },
  competitors: [
    { id: 'k1', name: 'Contoso' },
    { id: 'k2', name: 'Fabrikam' },
  ],
  segments: [
    { ...rollup, segment: { id: 's1', name: 'Analysts' } },
    { ...rollup, segment: { id: 's2', name: 'Buyers' } },
  ],
  channels: [
    { ...rollup, channel: { id: 'c1', name: 'Blog', type: 'INDUSTRY_BLOG' } },
    { ...rollup, channel: { id: 'c2', name: 'Daily', type: 'MEDIA' } },
    { ...rollup, channel: { id: 'c3', name: 'Tweets', type: 'SOCIAL_NETWORK' } },
  ],
  grid: {
    urgency: ['NONE', 'SECONDARY', 'MODERATE', 'IMMEDIATE', 'NONE', 'NONE'],
    gap: [0, 0.5, 1.5, 2.5, -1, 0],
    weight: [1, 0.5, 0.8, 1, 0.2, 0],
    clientPresence: [0, 1, 0.5, 0.5, 2, 0],
    competitorPressure: [0, 1.5, 2, 3, 1, 0],
    shareOfVoice: [null, 0.4, 0.2, 0.1, 0.75, null],
    publications: [0, 4, 5, 9, 3, 0],
    clientPublications: [0, 2, 1, 1, 2, 0],
    competitorIds: ['k1', 'k2'],
    competitorPresence: [
      [0, 0.5, 1, 2, 0.25, 0],
      [0, 1.5, 2, 3, 1, -0.5],
    ],
    competitorPublications: [
      [0, 1, 1, 3, 0, 0],
      [0, 1, 3, 5, 1, 1],
    ],
  },
};

describe('cellsFromGrid', () => {
  const cells = cellsFromGrid(answer);

  it('gives one cell per item, row by row: segment i ÷ 3, channel i mod 3', () => {
    expect(cells.map((c) => `${c.segmentId}|${c.channelId}`)).toEqual([
      's1|c1',
      's1|c2',
      's1|c3',
      's2|c1',
      's2|c2',
      's2|c3',
    ]);
  });

  it("carries each item's figures into its cell, a null share of voice included", () => {
    expect(cells[3]).toEqual({
      segmentId: 's2',
      channelId: 'c1',
      weight: 1,
      clientPresence: 0.5,
      competitors: [
        { brandId: 'k2', presence: 3, publications: 5 },
        { brandId: 'k1', presence: 2, publications: 3 },
      ],
      competitorPressure: 3,
      gap: 2.5,
      shareOfVoice: 0.1,
      urgency: 'IMMEDIATE',
      publications: 9,
      clientPublications: 1,
    });
    expect(cells[0].shareOfVoice).toBeNull();
    expect(cells[5].shareOfVoice).toBeNull();
  });

  it('lists the competitors strongest first, whatever the order of competitorIds', () => {
    expect(cells[1].competitors.map((c) => c.brandId)).toEqual(['k2', 'k1']);
    expect(cells[5].competitors).toEqual([
      { brandId: 'k1', presence: 0, publications: 0 },
      { brandId: 'k2', presence: -0.5, publications: 1 },
    ]);
  });
});

describe('withCells', () => {
  it('keeps the rest of the answer and puts the cells in place of the grid', () => {
    const balance = withCells(answer);
    expect(balance).not.toHaveProperty('grid');
    expect(balance.cells).toEqual(cellsFromGrid(answer));
    expect(balance.segments).toBe(answer.segments);
    expect(balance.channels).toBe(answer.channels);
    expect(balance.settings).toBe(answer.settings);
  });
});
