import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsBucket } from '../../../generated/graphql';
import { formatBucket, type ChartData } from '../series';
import type { Metric } from '../types/Report';
import { EChart } from './EChart';

type Props = Readonly<{
  data: ChartData;
  metric: Metric;
  bucket: StatsBucket;
  /** What the chart shows, as one sentence, for screen readers (the table below has the numbers). */
  label: string;
}>;

/** A line per group over time. */
export function StatsChart({ data, metric, bucket, label }: Props) {
  const { t, i18n } = useTranslation();
  const option = useCallback(
    (width: number) => {
      const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: metric === 'impact' ? 2 : 0 });
      const narrow = width < 500;
      return {
        aria: { enabled: true, label: { description: label } },
        animation: false,
        grid: { left: 8, right: narrow ? 32 : 24, top: 36, bottom: narrow ? 96 : 64, containLabel: true },
        tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => number.format(Number(value)) },
        legend: { type: 'scroll', bottom: 0, textStyle: { overflow: 'truncate', width: narrow ? 110 : 180 } },
        xAxis: {
          type: 'category',
          data: data.buckets.map((day) => formatBucket(day, bucket, i18n.language)),
          axisLabel: { hideOverlap: true },
        },
        yAxis: {
          type: 'value',
          name: metric === 'impact' ? t('reports.metrics.impact') : t('reports.metrics.count'),
          nameTextStyle: { align: 'left' },
          minInterval: metric === 'count' ? 1 : undefined,
          axisLabel: { formatter: (value: number) => number.format(value) },
        },
        series: data.series.map((s) => ({
          type: data.buckets.length === 1 ? 'bar' : 'line',
          name: s.label,
          data: s.values,
          showSymbol: data.buckets.length <= 40,
          emphasis: { focus: 'series' },
        })),
      } as const;
    },
    [data, metric, bucket, label, t, i18n.language],
  );
  return <EChart id="report-chart" option={option} label={label} failedText={t('reports.chartFailed')} />;
}
