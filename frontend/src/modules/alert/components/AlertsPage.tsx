import { Button } from '@vaadin/react-components/Button.js';
import { MultiSelectComboBox } from '@vaadin/react-components/MultiSelectComboBox.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertOrder, AlertState, Urgency } from '../../../generated/graphql';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useAlertFeed } from '../hooks/useAlertFeed';
import { useAlertList } from '../hooks/useAlertList';
import { maxId } from '../feed';
import { ALERT_STATES, ALERT_URGENCIES } from '../types/Alert';
import '../alerts.css';
import { AlertListView } from './AlertListView';
import { LiveStatus } from './LiveStatus';

type Option<T> = { value: T; label: string };

const ORDERS: readonly AlertOrder[] = ['MOST_URGENT_FIRST', 'NEWEST_FIRST'];

export function AlertsPage() {
  const { t } = useTranslation();
  const { current } = useWorkspaces();
  const workspaceId = current?.id ?? null;
  const feed = useAlertFeed();
  const [states, setStates] = useState<AlertState[]>(['OPEN', 'ACKNOWLEDGED']);
  const [urgencies, setUrgencies] = useState<Urgency[]>([]);
  const filter = useMemo(() => ({ states, urgencies }), [states, urgencies]);
  // The most urgent first by default: eight IMMEDIATE cells are not buried under a newer small gap.
  const [order, setOrder] = useState<AlertOrder>('MOST_URGENT_FIRST');
  const list = useAlertList(workspaceId, filter, order);

  // Opening the view (and staying on it while alerts arrive) marks them as seen.
  const newestListed = list.alerts.reduce<string | null>((newest, alert) => maxId(newest, alert.id), null);
  const { markSeen, lastId } = feed;
  useEffect(() => {
    markSeen(newestListed);
  }, [markSeen, lastId, newestListed]);

  // A new live alert: show the first page again so it appears at the top in its place.
  const firstLastId = useRef(feed.lastId);
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (feed.lastId === firstLastId.current) return;
    firstLastId.current = feed.lastId;
    if (feed.lastId) setNewIds((ids) => new Set([...ids, feed.lastId!]));
    list.reload();
    // Only a new live alert reloads; the list object changes with every page it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [feed.lastId]);

  if (!current) return <p className="empty">{t('alerts.noWorkspace')}</p>;

  /** A filter by some of the fixed choices (all when none is picked). */
  const choicesFilter = <V extends string>(
    id: string,
    label: string,
    choices: readonly V[],
    words: string,
    selected: readonly V[],
    set: (update: (current: V[]) => V[]) => void,
  ) => {
    const items: Option<V>[] = choices.map((value) => ({ value, label: t(`${words}.${value}`) }));
    return (
      <MultiSelectComboBox<Option<V>>
        id={id}
        label={label}
        items={items}
        itemLabelPath="label"
        itemIdPath="value"
        selectedItems={items.filter((i) => selected.includes(i.value))}
        placeholder={t('alerts.all')}
        clearButtonVisible
        onSelectedItemsChanged={(e) => {
          const next = e.detail.value.map((i) => i.value);
          set((current) => (same(current, next) ? current : next));
        }}
      />
    );
  };

  return (
    <section className="page alerts-page">
      <header className="page__header">
        <h2>{t('alerts.title')}</h2>
        <LiveStatus />
      </header>
      <div className="alert-filters">
        {choicesFilter('alert-filter-state', t('alerts.filterState'), ALERT_STATES, 'alerts.state', states, setStates)}
        {choicesFilter(
          'alert-filter-urgency',
          t('alerts.filterUrgency'),
          ALERT_URGENCIES,
          'alerts.urgency',
          urgencies,
          setUrgencies,
        )}
        <ChoiceSelect
          id="alert-order"
          label={t('alerts.orderLabel')}
          value={order}
          choices={ORDERS}
          words="alerts.order"
          onChange={setOrder}
        />
      </div>

      {list.error && list.alerts.length === 0 ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : list.loading && list.alerts.length === 0 ? (
        <LoadingState />
      ) : list.alerts.length === 0 ? (
        <p className="card empty" id="alerts-empty">
          {t('alerts.empty')}
        </p>
      ) : (
        <>
          <AlertListView
            id="alert-list"
            workspaceId={current.id}
            alerts={list.alerts}
            onChanged={list.replaceAll}
            label={t(`alerts.listLabel.${order}`)}
            newIds={newIds}
            bulk
          />
          {list.hasMore && (
            <Button id="alerts-more" onClick={list.loadMore} disabled={list.loading}>
              {list.loading ? t('common.loading') : t('alerts.loadMore')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function same<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
