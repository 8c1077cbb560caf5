import type { BalanceCellFieldsFragment, ChannelType, MediaBalanceQuery, Urgency } from '../../../generated/graphql';

export type BalanceCell = BalanceCellFieldsFragment;
/** The MediaBalance query's answer: the cells come as a columnar grid. */
export type MediaBalanceAnswer = MediaBalanceQuery['mediaBalance'];
/** The matrix as the dashboard works on it: the answer with its grid turned into cells, row by row. */
export type MediaBalance = Omit<MediaBalanceAnswer, 'grid'> & { cells: BalanceCell[] };
export type SegmentRollup = MediaBalance['segments'][number];
export type ChannelRollup = MediaBalance['channels'][number];
export type { ChannelType, Urgency };

/** What a heatmap cell's colour stands for. */
export const HEATMAP_METRICS = ['urgency', 'gap', 'shareOfVoice', 'clientPresence'] as const;
export type HeatmapMetric = (typeof HEATMAP_METRICS)[number];

export const URGENCIES: readonly Urgency[] = ['IMMEDIATE', 'MODERATE', 'SECONDARY', 'NONE'];

/** Higher is more urgent. */
export function urgencyRank(urgency: Urgency): number {
  switch (urgency) {
    case 'IMMEDIATE':
      return 3;
    case 'MODERATE':
      return 2;
    case 'SECONDARY':
      return 1;
    default:
      return 0;
  }
}

/** The matrix laid out for drawing: rows and columns in display order, cells addressed by [row][column]. */
export type HeatmapLayout = Readonly<{
  rows: readonly { id: string; name: string; mostUrgent: Urgency; urgentCells: number }[];
  /** Columns in order; consecutive columns of one type form a group. */
  columns: readonly { id: string; name: string; type: ChannelType; mostUrgent: Urgency }[];
  groups: readonly { type: ChannelType; span: number }[];
  /** cells[row][column]; null when the API sent no cell for the pair. */
  cells: readonly (readonly (BalanceCell | null)[])[];
}>;
