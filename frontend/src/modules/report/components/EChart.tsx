import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type EChartsModule = typeof import('./echarts');
type Chart = ReturnType<EChartsModule['echarts']['init']>;
export type ChartOption = Parameters<Chart['setOption']>[0];

type Props = Readonly<{
  id: string;
  /** The chart's options for the width it has (a narrow chart keeps its labels apart). */
  option: (width: number) => ChartOption;
  /** What the chart shows, as one sentence, for screen readers (a table beside it has the numbers). */
  label: string;
  /** Shown when ECharts could not be loaded. */
  failedText: string;
  className?: string;
}>;

/** An ECharts chart drawn as SVG. ECharts is loaded on first use, so it never weighs on pages without a chart. */
export function EChart({ id, option, label, failedText, className = 'report-chart__canvas' }: Props) {
  const { t } = useTranslation();
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
    chart.current?.setOption(option(container.current?.clientWidth ?? 800), { notMerge: true });
  }, [lib, option]);

  if (loadFailed)
    return (
      <p role="alert" className="form-error">
        {failedText}
      </p>
    );
  return (
    <div className="report-chart" role="img" aria-label={label}>
      <div ref={container} className={className} id={id} />
      {!lib && <span className="muted">{t('common.loading')}</span>}
    </div>
  );
}
