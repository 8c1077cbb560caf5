import { describe, expect, it } from 'vitest';
import { buildLayout, urgentCellsBySegment } from './ranking';
import type { BalanceCell, MediaBalance, Urgency } from './types/Balance';

function cell(segmentId: string, channelId: string, gap: number, urgency: Urgency): BalanceCell {
  return {
    segmentId,
    channelId,
    weight: 1,
    clientPresence: 0,
    competitors: [],
    competitorPressure: gap,
    gap,
    shareOfVoice: null,
    urgency,
    publications: 1,
    clientPublications: 0,
  };
}

const seg = (id: string, name: string, mostUrgent: Urgency, totalGap: number, urgentCells: number) => ({
  segment: { id, name },
  mostUrgent,
  totalGap,
  urgentCells,
});
const chan = (
  id: string,
  name: string,
  type: MediaBalance['channels'][number]['channel']['type'],
  mostUrgent: Urgency,
  totalGap: number,
) => ({
  channel: { id, name, type },
  mostUrgent,
  totalGap,
  urgentCells: totalGap > 0 ? 1 : 0,
});

// Rows and columns come from the API by name.
const balance = {
  segments: [
    seg('a', 'Analysts', 'SECONDARY', 0.5, 1),
    seg('b', 'Buyers', 'IMMEDIATE', 2.5, 2),
    seg('c', 'CIOs', 'SECONDARY', 0.9, 1),
    seg('d', 'Developers', 'NONE', 0, 0),
  ],
  channels: [
    chan('x', 'Blog X', 'INDUSTRY_BLOG', 'IMMEDIATE', 2.5),
    chan('y', 'Daily Y', 'MEDIA', 'SECONDARY', 0.4),
    chan('z', 'Zeta News', 'MEDIA', 'MODERATE', 1.2),
    chan('t', 'Tweets', 'SOCIAL_NETWORK', 'NONE', 0),
  ],
  cells: [
    cell('b', 'x', 2.5, 'IMMEDIATE'),
    cell('a', 'y', 0.5, 'SECONDARY'),
    cell('c', 'z', 0.9, 'SECONDARY'),
    cell('b', 'z', 0.3, 'SECONDARY'),
  ],
};

describe('buildLayout', () => {
  it('by name keeps the API order of rows and groups columns by channel type in a fixed order', () => {
    const layout = buildLayout(balance, 'name');
    expect(layout.rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(layout.columns.map((c) => c.id)).toEqual(['y', 'z', 'x', 't']);
    expect(layout.groups).toEqual([
      { type: 'MEDIA', span: 2 },
      { type: 'INDUSTRY_BLOG', span: 1 },
      { type: 'SOCIAL_NETWORK', span: 1 },
    ]);
  });

  it('by urgency puts the worst segment first, then the larger total gap', () => {
    expect(buildLayout(balance, 'urgency').rows.map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('by urgency orders channels within their type and the most urgent type group first', () => {
    const layout = buildLayout(balance, 'urgency');
    expect(layout.columns.map((c) => c.id)).toEqual(['x', 'z', 'y', 't']);
    expect(layout.groups.map((g) => g.type)).toEqual(['INDUSTRY_BLOG', 'MEDIA', 'SOCIAL_NETWORK']);
  });

  it('addresses cells by row and column after sorting, null where the API sent none', () => {
    const layout = buildLayout(balance, 'urgency');
    expect(layout.cells[0]![0]).toMatchObject({ segmentId: 'b', channelId: 'x', gap: 2.5 });
    expect(layout.cells[0]![1]).toMatchObject({ segmentId: 'b', channelId: 'z' });
    expect(layout.cells[3]![0]).toBeNull();
  });
});

describe('urgentCellsBySegment', () => {
  it('lists segments most urgent first with their urgent cells by gap, leaving out calm segments', () => {
    const list = urgentCellsBySegment(balance);
    expect(list.map((s) => s.segment.id)).toEqual(['b', 'c', 'a']);
    expect(list[0]!.cells.map((c) => c.channelId)).toEqual(['x', 'z']);
  });
});
