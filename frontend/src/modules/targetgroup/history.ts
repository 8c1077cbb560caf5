import type { TargetGroupHistoryQuery } from '../../generated/graphql';

export type HistoryDay = TargetGroupHistoryQuery['targetGroupHistory'][number];

/**
 * The chart's colours: Okabe and Ito's palette, told apart with every kind of colour blindness — blue for the size
 * (a line), bluish green for who joined (bars up), vermilion for who left (bars down, hatched).
 */
export const HISTORY_COLOURS = { size: '#0072B2', joined: '#009E73', left: '#D55E00' } as const;

export type HistoryWords = Readonly<{ size: string; joined: string; left: string; changes: string }>;

/** Midnight UTC of an API day, as ECharts' time axis takes it. */
const instantOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * The ECharts option of a group's history: its size over time on a time axis (dates in the user's language), and who
 * joined and left each day on a second axis, left as bars below zero.
 */
export function historyChartOption(days: readonly HistoryDay[], words: HistoryWords, locale: string, narrow: boolean) {
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  const dots = days.length <= 62;
  return {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    color: [HISTORY_COLOURS.size, HISTORY_COLOURS.joined, HISTORY_COLOURS.left],
    grid: { left: 8, right: 8, top: 40, bottom: narrow ? 56 : 40, containLabel: true },
    legend: { bottom: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'line' },
      valueFormatter: (value: unknown) => number.format(Math.abs(Number(value))),
    },
    xAxis: {
      type: 'time',
      minInterval: 24 * 3600 * 1000,
      axisLabel: { hideOverlap: true, formatter: (value: number) => date.format(value) },
      axisPointer: { label: { formatter: ({ value }: { value: unknown }) => longDate.format(Number(value)) } },
    },
    yAxis: [
      {
        type: 'value',
        name: words.size,
        nameTextStyle: { align: 'left' },
        minInterval: 1,
        axisLabel: { formatter: (value: number) => number.format(value) },
      },
      {
        type: 'value',
        name: words.changes,
        nameTextStyle: { align: 'right' },
        minInterval: 1,
        splitLine: { show: false },
        axisLabel: { formatter: (value: number) => number.format(Math.abs(value)) },
      },
    ],
    series: [
      {
        type: 'line',
        name: words.size,
        data: days.map((d) => [instantOf(d.day), d.size]),
        showSymbol: dots,
        symbol: 'circle',
        lineStyle: { width: 3 },
        z: 3,
      },
      {
        type: 'bar',
        name: words.joined,
        yAxisIndex: 1,
        stack: 'changes',
        data: days.map((d) => [instantOf(d.day), d.joined]),
      },
      {
        type: 'bar',
        name: words.left,
        yAxisIndex: 1,
        stack: 'changes',
        data: days.map((d) => [instantOf(d.day), -d.left]),
      },
    ],
  };
}
