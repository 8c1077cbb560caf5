/**
 * What a change to a publication makes stale besides the publication itself: the balance matrix, its urgent cells and
 * trends, and the report's statistics are all computed from publications.
 */
export const PUBLICATION_DEPENDENTS = [
  'Publication',
  'MediaBalance',
  'BalanceCellConnection',
  'BalanceTrendPoint',
  'PublicationStatsRow',
];
