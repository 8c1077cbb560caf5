import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsBucket } from '../../../generated/graphql';
import { formatBucket, type ChartData } from '../series';
import type { Metric } from '../types/Report';

type EChartsModule = typeof import('./echarts');
type Chart = ReturnType<EChartsModule['echarts']['init']>;

type Props = Readonly<{
  data: ChartData;
  metric: Metric;
  bucket: StatsBucket;
  /** What the chart shows, as one sentence, for screen readers (the table below has the numbers). */
  label: string;
}>;

/** A line per group over time. ECharts is loaded on first use, so it never weighs on other pages. */
export function StatsChart({ data, metric, bucket, label }: Props) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [lib, setLib] = useState<EChartsModule | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    import('./echarts').then(
      (module) => !cancelled && setLib(module),
      () => !cancelled && setLoadFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!lib || !container.current) return;
    const instance = lib.echarts.init(container.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [lib]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: metric === 'impact' ? 2 : 0 });
    const narrow = (container.current?.clientWidth ?? 800) < 500;
    instance.setOption(
      {
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
      },
      { notMerge: true },
    );
  }, [lib, data, metric, bucket, label, t, i18n.language]);

  if (loadFailed)
    return (
      <p role="alert" className="form-error">
        {t('reports.chartFailed')}
      </p>
    );
  return (
    <div className="report-chart" role="img" aria-label={label}>
      <div ref={container} className="report-chart__canvas" id="report-chart" />
      {!lib && <span className="muted">{t('common.loading')}</span>}
    </div>
  );
}
