import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Details } from '@vaadin/react-components/Details.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridSortColumn } from '@vaadin/react-components/GridSortColumn.js';
import { MultiSelectComboBox } from '@vaadin/react-components/MultiSelectComboBox.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StatsBucket, type StatsGroup, type TabularFormat } from '../../../generated/graphql';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import { ErrorState } from '../../ui/components/ErrorState';
import { useIsNarrowerThan } from '../../ui/hooks/useIsNarrowerThan';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import {
  activeFilterCount,
  EMPTY_FILTERS,
  impactProblems,
  toPublicationFilter,
  type ReportFilterDraft,
} from '../filters';
import { useDebounced } from '../../ui/hooks/useDebounced';
import {
  browserTimeZone,
  customPeriod,
  lastDayOf,
  PERIOD_PRESETS,
  presetPeriod,
  suggestedBucket,
  toIsoDate,
  type Period,
  type PeriodChoice,
} from '../period';
import { bucketDays, buildChartData, buildTableRows, formatBucket, totals, type TableRow } from '../series';
import { STATS_BUCKETS, STATS_GROUPS, type Metric, type StatsRow } from '../types/Report';
import './reports.css';
import { StatsChart } from './StatsChart';
import { useExportPublicationStats } from '../hooks/useExportPublicationStats';
import { usePublicationStats } from '../hooks/usePublicationStats';
import { useFilterOptions } from '../../publication/hooks/useFilterOptions';

// More lines than this make a chart nobody can read; the rest are summed into "Other" (the table lists all).
const MAX_CHART_SERIES = 8;

type Option = { id: string; name: string };

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { current } = useWorkspaces();
  const workspaceId = current?.id ?? '';
  const timeZone = useMemo(browserTimeZone, []);
  const [narrow, pageRef] = useIsNarrowerThan<HTMLElement>(700);

  const [choice, setChoice] = useState<PeriodChoice>('last6Months');
  const [customFrom, setCustomFrom] = useState('');
  const [customTo, setCustomTo] = useState('');
  const [bucket, setBucket] = useState<StatsBucket>(() => suggestedBucket(presetPeriod('last6Months', new Date())));
  const [groupBy, setGroupBy] = useState<StatsGroup>('BRAND');
  const [metric, setMetric] = useState<Metric>('count');
  const [filters, setFilters] = useState<ReportFilterDraft>(EMPTY_FILTERS);
  const [exportError, setExportError] = useState<string>();
  // Filters start folded on narrow pages; after that the user decides.
  const [filtersOpened, setFiltersOpened] = useState<boolean | null>(null);

  const period: Period | 'missing' | 'endBeforeStart' =
    choice === 'custom' ? customPeriod(customFrom, customTo) : presetPeriod(choice, new Date());
  const periodOk = typeof period === 'object';
  const problems = impactProblems(filters);
  const filtersOk = Object.keys(problems).length === 0;

  // The period's instants, not its object identity (a preset makes a new one each render).
  const fromMs = periodOk ? period.from.getTime() : null;
  const toMs = periodOk ? period.to.getTime() : null;
  const variables = useDebounced(
    useMemo(
      () =>
        periodOk && filtersOk
          ? { workspaceId, bucket, groupBy, timeZone, filter: toPublicationFilter(period, filters) }
          : null,
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [workspaceId, bucket, groupBy, timeZone, filters, fromMs, toMs, filtersOk],
    ),
    250,
  );

  const { options, publishers } = useFilterOptions(current?.id);
  const { data, error, fetching, retry } = usePublicationStats(current ? variables : null, {
    workspaceId,
    bucket,
    groupBy,
  });
  const [exportState, exportStats] = useExportPublicationStats();

  const brandOptions: Option[] = useMemo(() => options.brands.map((b) => ({ id: b.id, name: b.name })), [options]);
  const channelOptions: Option[] = useMemo(() => options.channels.map((c) => ({ id: c.id, name: c.name })), [options]);
  const publisherOptions: Option[] = useMemo(
    () => [...publishers].sort((a, b) => a.localeCompare(b, i18n.language)).map((p) => ({ id: p, name: p })),
    [publishers, i18n.language],
  );

  // Enum groupings come back as codes (MEDIA, POSITIVE); show them in the user's language.
  const groupLabel = useCallback(
    (row: Pick<StatsRow, 'key' | 'label'>): string => {
      if (groupBy === 'CHANNEL_TYPE') return t(`channels.types.${row.key}`, { defaultValue: row.label });
      if (groupBy === 'SENTIMENT') return t(`reports.sentiments.${row.key}`, { defaultValue: row.label });
      return row.label || t('reports.none');
    },
    [groupBy, t],
  );
  const rows = useMemo(
    () => (data?.publicationStats ?? []).map((row) => ({ ...row, label: groupLabel(row) })),
    [data, groupLabel],
  );
  const shownPeriod = periodOk ? period : null;
  const chartData = useMemo(
    () =>
      buildChartData(rows, metric, {
        buckets: shownPeriod ? bucketDays(shownPeriod, variables?.bucket ?? bucket) : [],
        maxSeries: MAX_CHART_SERIES,
        otherLabel: t('reports.other'),
      }),
    // The buckets of the period last asked for (in `variables`), not of the one being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, metric, t, variables],
  );
  const tableRows = useMemo(() => buildTableRows(rows), [rows]);
  const sum = totals(rows);

  const count = new Intl.NumberFormat(i18n.language);
  const impact = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const periodText = shownPeriod ? `${day.format(shownPeriod.from)} – ${day.format(lastDayOf(shownPeriod))}` : '';
  const shownBucket = variables?.bucket ?? bucket;

  const choosePeriod = (next: PeriodChoice) => {
    if (next === 'custom') {
      // Start the custom range from what was shown, so the user adjusts rather than starts over.
      const base = periodOk ? period : presetPeriod('last30Days', new Date());
      setCustomFrom(toIsoDate(base.from));
      setCustomTo(toIsoDate(lastDayOf(base)));
    } else {
      setBucket(suggestedBucket(presetPeriod(next, new Date())));
    }
    setChoice(next);
  };

  const download = async (format: TabularFormat) => {
    if (!variables) return;
    setExportError(undefined);
    const result = await exportStats({ ...variables, format });
    const link = result.data?.exportPublicationStats;
    if (result.error || !link) {
      setExportError(generalErrorMessage(result.error, t) ?? t('errors.unknown', { message: '' }));
      return;
    }
    // The link works once and without a token, so a plain anchor click downloads it.
    const anchor = document.createElement('a');
    anchor.href = link.url;
    anchor.download = link.fileName;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
  };

  if (!current) return <p className="empty">{t('reports.noWorkspace')}</p>;

  const metricLabel = metric === 'impact' ? t('reports.metrics.impact') : t('reports.metrics.count');
  const chartLabel = t('reports.chartLabel', {
    metric: metricLabel,
    group: t(`reports.groups.${groupBy}`),
    bucket: t(`reports.buckets.${shownBucket}`),
    period: periodText,
  });
  const filterCount = activeFilterCount(filters);
  const impactError = (field: 'minImpact' | 'maxImpact') =>
    problems[field] === 'order' ? t('reports.impactOrder') : problems[field] ? t('reports.impactRange') : undefined;

  /** A filter by some of the options (all when none is picked), kept in `filters[field]`. */
  const idsFilter = (id: string, label: string, options: Option[], field: 'brandIds' | 'channelIds' | 'publishers') => (
    <MultiSelectComboBox<Option>
      id={id}
      label={label}
      items={options}
      itemLabelPath="name"
      itemIdPath="id"
      selectedItems={options.filter((o) => filters[field].includes(o.id))}
      placeholder={t('reports.all')}
      clearButtonVisible
      onSelectedItemsChanged={(e) => {
        const ids = e.detail.value.map((o) => o.id);
        setFilters((f) => (sameIds(f[field], ids) ? f : { ...f, [field]: ids }));
      }}
    />
  );

  return (
    <section className="page reports-page" ref={pageRef}>
      <header className="page__header">
        <h2>{t('reports.title')}</h2>
        <div className="report-export" role="group" aria-label={t('reports.export')}>
          {(['CSV', 'XLSX'] as const).map((format) => (
            <Button
              key={format}
              id={`report-export-${format.toLowerCase()}`}
              theme="tertiary"
              disabled={!variables || exportState.fetching}
              aria-label={t('reports.exportAs', { format })}
              onClick={() => void download(format)}
            >
              {t('reports.exportButton', { format })}
            </Button>
          ))}
        </div>
      </header>
      {exportError && (
        <p role="alert" className="form-error">
          {exportError}
        </p>
      )}

      <div className="report-controls">
        <Select
          id="report-period"
          label={t('reports.period')}
          value={choice}
          items={[...PERIOD_PRESETS, 'custom' as const].map((value) => ({
            value,
            label: t(`reports.presets.${value}`),
          }))}
          onValueChanged={(e) => {
            if (e.detail.value && e.detail.value !== choice) choosePeriod(e.detail.value as PeriodChoice);
          }}
        />
        {choice === 'custom' && (
          <>
            <DatePicker
              id="report-from"
              label={t('reports.from')}
              value={customFrom}
              max={customTo || undefined}
              invalid={period === 'missing' && !customFrom}
              onValueChanged={(e) => setCustomFrom(e.detail.value)}
            />
            <DatePicker
              id="report-to"
              label={t('reports.to')}
              value={customTo}
              min={customFrom || undefined}
              invalid={period === 'endBeforeStart' || (period === 'missing' && !customTo)}
              errorMessage={period === 'endBeforeStart' ? t('reports.endBeforeStart') : undefined}
              onValueChanged={(e) => setCustomTo(e.detail.value)}
            />
          </>
        )}
        <ChoiceSelect
          id="report-bucket"
          label={t('reports.bucket')}
          value={bucket}
          choices={STATS_BUCKETS}
          words="reports.buckets"
          onChange={setBucket}
        />
        <ChoiceSelect
          id="report-group"
          label={t('reports.groupBy')}
          value={groupBy}
          choices={STATS_GROUPS}
          words="reports.groups"
          onChange={setGroupBy}
        />
        <RadioGroup
          id="report-metric"
          label={t('reports.metric')}
          value={metric}
          onValueChanged={(e) => e.detail.value && setMetric(e.detail.value as Metric)}
        >
          <RadioButton value="count" label={t('reports.metrics.count')} />
          <RadioButton value="impact" label={t('reports.metrics.impact')} />
        </RadioGroup>
      </div>

      <Details
        className="report-filters"
        summary={filterCount > 0 ? t('reports.filtersActive', { count: filterCount }) : t('reports.filters')}
        opened={filtersOpened ?? !narrow}
        onOpenedChanged={(e) => setFiltersOpened(e.detail.value)}
      >
        <div className="report-filters__fields">
          {idsFilter('report-brands', t('reports.brands'), brandOptions, 'brandIds')}
          {idsFilter('report-channels', t('reports.channels'), channelOptions, 'channelIds')}
          {idsFilter('report-publishers', t('reports.publishers'), publisherOptions, 'publishers')}
          <div className="report-filters__range" role="group" aria-label={t('reports.impactRangeLabel')}>
            <TextField
              id="report-min-impact"
              label={t('reports.minImpact')}
              allowedCharPattern="[0-9.,]"
              placeholder="0"
              value={filters.minImpact}
              invalid={Boolean(problems.minImpact)}
              errorMessage={impactError('minImpact')}
              onValueChanged={(e) => setFilters((f) => ({ ...f, minImpact: e.detail.value }))}
            />
            <TextField
              id="report-max-impact"
              label={t('reports.maxImpact')}
              allowedCharPattern="[0-9.,]"
              placeholder="1"
              value={filters.maxImpact}
              invalid={Boolean(problems.maxImpact)}
              errorMessage={impactError('maxImpact')}
              onValueChanged={(e) => setFilters((f) => ({ ...f, maxImpact: e.detail.value }))}
            />
          </div>
          {filterCount > 0 && (
            <Button id="report-clear-filters" theme="tertiary" onClick={() => setFilters(EMPTY_FILTERS)}>
              {t('reports.clearFilters')}
            </Button>
          )}
        </div>
      </Details>

      <p className="report-summary" id="report-summary" aria-live="polite">
        {periodOk
          ? t('reports.summary', {
              publications: count.format(sum.publications),
              impact: impact.format(sum.impact),
              period: periodText,
              timeZone,
            })
          : t('reports.pickPeriod')}
        {fetching && <span className="muted"> · {t('common.loading')}</span>}
      </p>

      {error ? (
        <ErrorState error={error} onRetry={retry} />
      ) : rows.length === 0 ? (
        <p className="empty" id="report-empty">
          {data ? t('reports.empty') : ''}
        </p>
      ) : (
        <>
          <StatsChart data={chartData} metric={metric} bucket={shownBucket} label={chartLabel} />
          <Grid<TableRow>
            key={`${i18n.language}-${groupBy}`}
            id="report-grid"
            items={tableRows}
            theme="row-stripes compact"
            className="report-grid"
            aria-label={t('reports.tableLabel')}
          >
            <GridSortColumn<TableRow> path="day" header={t('reports.columns.bucket')} autoWidth flexGrow={0}>
              {({ item }) => <span>{formatBucket(item.day, shownBucket, i18n.language)}</span>}
            </GridSortColumn>
            <GridSortColumn<TableRow> path="label" header={t(`reports.groups.${groupBy}`)} flexGrow={2} width="8rem">
              {({ item }) => <span className="report-grid__label">{item.label}</span>}
            </GridSortColumn>
            <GridSortColumn<TableRow>
              path="publications"
              header={t('reports.columns.publications')}
              autoWidth
              flexGrow={0}
              textAlign="end"
            >
              {({ item }) => <span>{count.format(item.publications)}</span>}
            </GridSortColumn>
            <GridSortColumn<TableRow>
              path="impact"
              header={t('reports.columns.impact')}
              autoWidth
              flexGrow={0}
              textAlign="end"
            >
              {({ item }) => <span>{impact.format(item.impact)}</span>}
            </GridSortColumn>
          </Grid>
        </>
      )}
    </section>
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
