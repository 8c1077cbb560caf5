import type { PublicationStatsQuery, StatsBucket, StatsGroup } from '../../../generated/graphql';

export type StatsRow = PublicationStatsQuery['publicationStats'][number];

/** What the chart shows: how many publications, or their summed impact. */
export type Metric = 'count' | 'impact';

export const STATS_BUCKETS: readonly StatsBucket[] = ['DAY', 'WEEK', 'MONTH'];
export const STATS_GROUPS: readonly StatsGroup[] = [
  'BRAND',
  'CHANNEL',
  'CHANNEL_TYPE',
  'PUBLISHER',
  'SEGMENT',
  'SENTIMENT',
];
