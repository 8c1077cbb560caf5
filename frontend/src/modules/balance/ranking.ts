import type { BalanceCell, ChannelType, HeatmapLayout, MediaBalance, Urgency } from './types/Balance';
import { urgencyRank } from './types/Balance';

export type RowOrder = 'name' | 'urgency';

/** The order channel types appear in when columns are ordered by name. */
export const CHANNEL_TYPE_ORDER: readonly ChannelType[] = [
  'MEDIA',
  'NEWS_AGENCY',
  'TV_RADIO',
  'INDUSTRY_BLOG',
  'SOCIAL_NETWORK',
  'OTHER',
];

type Rollup = Readonly<{ mostUrgent: Urgency; totalGap: number; urgentCells: number; name: string }>;

/** Most urgent first: the worst urgency, then the largest total gap, then more urgent cells, then by name. */
export function compareByUrgency(a: Rollup, b: Rollup, locale?: string): number {
  return (
    urgencyRank(b.mostUrgent) - urgencyRank(a.mostUrgent) ||
    b.totalGap - a.totalGap ||
    b.urgentCells - a.urgentCells ||
    a.name.localeCompare(b.name, locale)
  );
}

/** Cells ranked like urgentCells: largest gap first, then the worse urgency. */
export function compareCells(a: BalanceCell, b: BalanceCell): number {
  return b.gap - a.gap || urgencyRank(b.urgency) - urgencyRank(a.urgency);
}

/**
 * Lays the matrix out: segments as rows and channels as columns grouped by channel type. By name keeps the
 * API's order (rows and columns by name) with the types in a fixed order; by urgency puts the most urgent
 * segments first, and within each type group the most urgent channels first, the most urgent group leading.
 */
export function buildLayout(
  balance: Pick<MediaBalance, 'segments' | 'channels' | 'cells'>,
  order: RowOrder,
  locale?: string,
): HeatmapLayout {
  const rows = balance.segments.map((s) => ({
    id: s.segment.id,
    name: s.segment.name,
    mostUrgent: s.mostUrgent,
    urgentCells: s.urgentCells,
    totalGap: s.totalGap,
  }));
  if (order === 'urgency') rows.sort((a, b) => compareByUrgency(a, b, locale));

  const byType = new Map<
    ChannelType,
    { id: string; name: string; type: ChannelType; mostUrgent: Urgency; totalGap: number; urgentCells: number }[]
  >();
  for (const c of balance.channels) {
    const list = byType.get(c.channel.type) ?? [];
    list.push({
      id: c.channel.id,
      name: c.channel.name,
      type: c.channel.type,
      mostUrgent: c.mostUrgent,
      totalGap: c.totalGap,
      urgentCells: c.urgentCells,
    });
    byType.set(c.channel.type, list);
  }
  let types = [...byType.keys()].sort((a, b) => CHANNEL_TYPE_ORDER.indexOf(a) - CHANNEL_TYPE_ORDER.indexOf(b));
  if (order === 'urgency') {
    for (const list of byType.values()) list.sort((a, b) => compareByUrgency(a, b, locale));
    const groupRollup = (type: ChannelType): Rollup => {
      const list = byType.get(type) ?? [];
      return {
        mostUrgent: list[0]?.mostUrgent ?? 'NONE',
        totalGap: list.reduce((sum, c) => sum + c.totalGap, 0),
        urgentCells: list.reduce((sum, c) => sum + c.urgentCells, 0),
        name: String(CHANNEL_TYPE_ORDER.indexOf(type)),
      };
    };
    types = [...types].sort((a, b) => compareByUrgency(groupRollup(a), groupRollup(b)));
  }
  const columns = types.flatMap((type) => byType.get(type) ?? []);
  const groups = types.map((type) => ({ type, span: byType.get(type)?.length ?? 0 }));

  const index = new Map<string, BalanceCell>();
  for (const cell of balance.cells) index.set(`${cell.segmentId}|${cell.channelId}`, cell);
  const cells = rows.map((row) => columns.map((column) => index.get(`${row.id}|${column.id}`) ?? null));
  return { rows, columns, groups, cells };
}

/** For the phone: each segment (most urgent first) with its urgent cells, largest gap first. */
export function urgentCellsBySegment(
  balance: Pick<MediaBalance, 'segments' | 'cells'>,
  locale?: string,
): { segment: { id: string; name: string }; mostUrgent: Urgency; cells: BalanceCell[] }[] {
  const bySegment = new Map<string, BalanceCell[]>();
  for (const cell of balance.cells) {
    if (cell.urgency === 'NONE') continue;
    const list = bySegment.get(cell.segmentId) ?? [];
    list.push(cell);
    bySegment.set(cell.segmentId, list);
  }
  return [...balance.segments]
    .sort((a, b) => compareByUrgency({ ...a, name: a.segment.name }, { ...b, name: b.segment.name }, locale))
    .map((s) => ({
      segment: s.segment,
      mostUrgent: s.mostUrgent,
      cells: (bySegment.get(s.segment.id) ?? []).sort(compareCells),
    }))
    .filter((s) => s.cells.length > 0);
}

/** The strongest competitor in a cell (the API lists them strongest first), or null when there is none. */
export function strongestCompetitor(cell: BalanceCell): BalanceCell['competitors'][number] | null {
  let best: BalanceCell['competitors'][number] | null = null;
  for (const c of cell.competitors) if (!best || c.presence > best.presence) best = c;
  return best;
}
