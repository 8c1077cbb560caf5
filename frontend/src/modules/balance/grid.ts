import type { BalanceCell, MediaBalance, MediaBalanceAnswer } from './types/Balance';

/**
 * The cells of the answer's grid, row by row like the API's `cells`: item i is segment i ÷ (number of channels)
 * and channel i mod (number of channels), each competitor listed strongest first.
 */
export function cellsFromGrid({
  segments,
  channels,
  grid,
}: Pick<MediaBalanceAnswer, 'segments' | 'channels' | 'grid'>): BalanceCell[] {
  return grid.urgency.map((urgency, i) => ({
    segmentId: segments[Math.floor(i / channels.length)].segment.id,
    channelId: channels[i % channels.length].channel.id,
    weight: grid.weight[i],
    clientPresence: grid.clientPresence[i],
    competitors: grid.competitorIds
      .map((brandId, k) => ({
        brandId,
        presence: grid.competitorPresence[k][i],
        publications: grid.competitorPublications[k][i],
      }))
      // Stable, so ties keep the order of competitorIds, as in the API's cells.
      .sort((a, b) => b.presence - a.presence),
    competitorPressure: grid.competitorPressure[i],
    gap: grid.gap[i],
    shareOfVoice: grid.shareOfVoice[i],
    urgency,
    publications: grid.publications[i],
    clientPublications: grid.clientPublications[i],
  }));
}

/** The answer as the components take it, with cells in place of the grid. */
export function withCells(answer: MediaBalanceAnswer): MediaBalance {
  const { grid, ...balance } = answer;
  return { ...balance, cells: cellsFromGrid(answer) };
}
