import { describe, expect, it } from 'vitest';
import { HISTORY_COLOURS, historyChartOption } from './history';

const days = [
  { targetGroupId: 'g', day: '2026-11-30', size: 3, joined: 3, left: 0 },
  { targetGroupId: 'g', day: '2026-12-01', size: 2, joined: 1, left: 2 },
];
const words = { size: 'Members', joined: 'Joined', left: 'Left', changes: 'Joined / left' };

describe('target group history chart', () => {
  it('puts the days on a time axis labelled in the user language, whatever the browser time zone', () => {
    const option = historyChartOption(days, words, 'pl', false);
    expect(option.xAxis.type).toBe('time');
    expect(option.xAxis.axisLabel.formatter(Date.parse('2026-12-01T00:00:00Z'))).toBe('1 gru');
    expect(option.series[0].data).toEqual([
      [Date.parse('2026-11-30T00:00:00Z'), 3],
      [Date.parse('2026-12-01T00:00:00Z'), 2],
    ]);
  });

  it('draws who left below zero but names their number as it is', () => {
    const option = historyChartOption(days, words, 'en', false);
    expect(option.series[2].data.map(([, value]) => value)).toEqual([-0, -2]);
    expect(option.yAxis[1].axisLabel.formatter(-2)).toBe('2');
    expect(option.tooltip.valueFormatter(-2)).toBe('2');
  });

  it('uses colour-blind-safe colours in the order of the series, with patterns on the bars', () => {
    const option = historyChartOption(days, words, 'en', false);
    expect(option.color).toEqual([HISTORY_COLOURS.size, HISTORY_COLOURS.joined, HISTORY_COLOURS.left]);
    expect(option.series.map((s) => s.name)).toEqual(['Members', 'Joined', 'Left']);
    expect(option.aria.decal.show).toBe(true);
  });
});
