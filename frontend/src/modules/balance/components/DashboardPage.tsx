import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Select } from '@vaadin/react-components/Select.js';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AlertFeedPanel } from '../../alert/components/AlertFeedPanel';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useIsNarrowerThan } from '../../ui/hooks/useIsNarrowerThan';
import type { Workspace } from '../../workspace/types/Workspace';
import { scaleContext } from '../colorScale';
import { withCells } from '../grid';
import { BALANCE_PERIODS, formatDay, lastDay, periodRange, utcDay, type BalancePeriodChoice } from '../period';
import { buildLayout, type RowOrder } from '../ranking';
import { HEATMAP_METRICS, type BalanceCell, type HeatmapMetric } from '../types/Balance';
import '../balance.css';
import { CellDrillDown, type DrillTarget } from './CellDrillDown';
import { Heatmap } from './Heatmap';
import { HeatmapLegend } from './HeatmapLegend';
import { PhoneBalance } from './PhoneBalance';
import { UrgentCellsList } from './UrgentCellsList';
import { useBalanceBrands } from '../hooks/useBalanceBrands';
import { useMediaBalance } from '../hooks/useMediaBalance';

const ALL = 'all';

/** The home page of a workspace: the media balance heatmap, the urgent cells and the live alerts. */
export function DashboardPage({ workspace }: { workspace: Workspace }) {
  const { t, i18n } = useTranslation();
  const { username } = useCurrentUser();
  const [phone, pageRef] = useIsNarrowerThan<HTMLElement>(700);
  const [metric, setMetric] = useState<HeatmapMetric>('urgency');
  const [choice, setChoice] = useState<BalancePeriodChoice>('alertWindow');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const [competitor, setCompetitor] = useState(ALL);
  const [order, setOrder] = useState<RowOrder>('urgency');
  const [drill, setDrill] = useState<DrillTarget | null>(null);

  const range = periodRange(choice, new Date(), custom);
  const rangeOk = typeof range === 'object';
  const from = rangeOk ? range.from : null;
  const to = rangeOk ? range.to : null;

  const brands = useBalanceBrands(workspace.id);
  const { data, error, fetching, retry } = useMediaBalance(
    { workspaceId: workspace.id, from, to, competitorIds: competitor === ALL ? null : [competitor] },
    rangeOk,
  );
  const answer = data?.mediaBalance;
  // Once per answer: the heatmap, the phone list and the colour scale all read the cells.
  const balance = useMemo(() => (answer ? withCells(answer) : undefined), [answer]);

  const brandNames = useMemo(() => new Map((brands ?? []).map((b) => [b.id, b.name])), [brands]);
  const competitors = useMemo(() => (brands ?? []).filter((b) => b.kind === 'COMPETITOR'), [brands]);
  const channelNames = useMemo(
    () => new Map((balance?.channels ?? []).map((c) => [c.channel.id, c.channel.name])),
    [balance],
  );
  const layout = useMemo(
    () => (balance ? buildLayout(balance, order, i18n.language) : null),
    [balance, order, i18n.language],
  );
  const scale = useMemo(() => scaleContext(balance?.cells ?? [], balance?.settings.immediateGap ?? 2), [balance]);
  const clientName = balance?.client?.name ?? t('balance.client');
  const open = useCallback(
    (cell: BalanceCell, segmentName: string, channelName: string) => setDrill({ cell, segmentName, channelName }),
    [],
  );

  // An alert links to its cell as /?segment=…&channel=… (cellLink): the drill-down opens on it once the cells
  // are there, and closing it leaves the plain dashboard in the address.
  const [params, setParams] = useSearchParams();
  const linkedSegment = params.get('segment');
  const linkedChannel = params.get('channel');
  useEffect(() => {
    if (!balance || !linkedSegment || !linkedChannel) return;
    const cell = balance.cells.find((c) => c.segmentId === linkedSegment && c.channelId === linkedChannel);
    const segmentName = balance.segments.find((s) => s.segment.id === linkedSegment)?.segment.name;
    const channelName = channelNames.get(linkedChannel);
    if (cell && segmentName && channelName) setDrill({ cell, segmentName, channelName });
  }, [balance, channelNames, linkedSegment, linkedChannel]);
  const closeDrill = () => {
    setDrill(null);
    if (linkedSegment || linkedChannel) setParams({}, { replace: true });
  };

  const chooseCustom = () => {
    if (!custom.from || !custom.to) {
      const shown = balance
        ? { from: balance.from, to: lastDay(balance.to) }
        : { from: utcDay(new Date(Date.now() - 29 * 86_400_000)), to: utcDay(new Date()) };
      setCustom(shown);
    }
    setChoice('custom');
  };

  const periodItems = BALANCE_PERIODS.map((value) => ({
    value,
    label:
      value === 'alertWindow'
        ? t('balance.periods.alertWindow', { days: balance?.settings.alertWindowDays ?? 30 })
        : t(`balance.periods.${value}`),
  }));
  const competitorItems = [
    { value: ALL, label: t('balance.allCompetitors') },
    ...competitors.map((c) => ({
      value: c.id,
      label: t('balance.versus', { client: clientName, competitor: c.name }),
    })),
  ];
  const shownRange = balance
    ? `${formatDay(balance.from, i18n.language)} – ${formatDay(lastDay(balance.to), i18n.language)}`
    : '';
  const rangeProblem = !rangeOk ? t(`balance.periodProblems.${range}`) : undefined;

  return (
    <section className={`page dashboard${phone ? ' dashboard--phone' : ''}`} ref={pageRef}>
      <header className="page__header">
        <div>
          <h2>{t('balance.title')}</h2>
          <p className="muted dashboard__who">
            <span id="greeting">{t('home.greeting', { name: username })}</span>{' '}
            <span id="current-workspace">{t('home.currentWorkspace', { name: workspace.name })}</span>
          </p>
        </div>
      </header>

      <div className="dashboard__controls">
        <ChoiceSelect
          id="balance-metric"
          label={t('balance.metric')}
          value={metric}
          choices={HEATMAP_METRICS}
          words="balance.metrics"
          onChange={setMetric}
        />
        <Select
          id="balance-period"
          label={t('balance.period')}
          value={choice}
          items={periodItems}
          onValueChanged={(e) => {
            const next = e.detail.value as BalancePeriodChoice;
            if (!next || next === choice) return;
            if (next === 'custom') chooseCustom();
            else setChoice(next);
          }}
        />
        {choice === 'custom' && (
          <>
            <DatePicker
              id="balance-from"
              label={t('balance.from')}
              value={custom.from}
              max={custom.to || undefined}
              invalid={range === 'missing' && !custom.from}
              onValueChanged={(e) => setCustom((c) => ({ ...c, from: e.detail.value }))}
            />
            <DatePicker
              id="balance-to"
              label={t('balance.to')}
              value={custom.to}
              min={custom.from || undefined}
              invalid={!rangeOk && range !== 'missing'}
              errorMessage={rangeProblem}
              onValueChanged={(e) => setCustom((c) => ({ ...c, to: e.detail.value }))}
            />
          </>
        )}
        <Select
          id="balance-competitor"
          label={t('balance.competitors')}
          value={competitor}
          items={competitorItems}
          onValueChanged={(e) => e.detail.value && setCompetitor(e.detail.value)}
        />
        {!phone && (
          <ChoiceSelect<RowOrder>
            id="balance-order"
            label={t('balance.order')}
            value={order}
            choices={['urgency', 'name']}
            words="balance.orders"
            onChange={setOrder}
          />
        )}
      </div>

      <p className="dashboard__summary" aria-live="polite" id="balance-summary">
        {!rangeOk
          ? rangeProblem
          : balance
            ? t('balance.summary', {
                period: shownRange,
                urgent: balance.cells.filter((c) => c.urgency !== 'NONE').length,
              })
            : ''}
        {fetching && <span className="muted"> · {t('common.loading')}</span>}
      </p>

      {error && !balance ? (
        <ErrorState error={error} onRetry={retry} />
      ) : !balance || !layout ? (
        rangeOk ? (
          <LoadingState />
        ) : null
      ) : layout.rows.length === 0 || layout.columns.length === 0 ? (
        <div className="card empty" id="balance-empty">
          <h3>{t('balance.emptyTitle')}</h3>
          <p>{t('balance.emptyText')}</p>
        </div>
      ) : (
        <div className="dashboard__main">
          <div className="dashboard__heatmap">
            {!balance.client && <p className="muted">{t('balance.noClient')}</p>}
            <HeatmapLegend metric={metric} immediateGap={balance.settings.immediateGap} />
            <Heatmap
              layout={layout}
              metric={metric}
              scale={scale}
              brandNames={brandNames}
              clientName={clientName}
              onOpen={open}
              mini={phone}
              label={t('balance.heatmap.label', { metric: t(`balance.metrics.${metric}`), period: shownRange })}
            />
            {phone && <PhoneBalance balance={balance} channelNames={channelNames} onOpen={open} />}
          </div>
          <aside className="dashboard__side">
            {!phone && <UrgentCellsList workspaceId={workspace.id} from={from} to={to} onOpen={open} />}
            <AlertFeedPanel workspaceId={workspace.id} limit={phone ? 5 : 8} />
          </aside>
        </div>
      )}

      {balance && (
        <CellDrillDown
          workspaceId={workspace.id}
          target={drill}
          from={balance.from}
          to={balance.to}
          brandNames={brandNames}
          clientName={clientName}
          fullScreen={phone}
          onClose={closeDrill}
        />
      )}
    </section>
  );
}
