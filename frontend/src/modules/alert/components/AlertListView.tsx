import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { Notification } from '@vaadin/react-components/Notification.js';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generalErrorMessage, type ErrorSource } from '../../api/graphqlErrors';
import { useAlertFeed } from '../hooks/useAlertFeed';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import type { Alert } from '../types/Alert';
import { AlertItem } from './AlertItem';
import { ResolveDialog } from './ResolveDialog';
import { useAcknowledgeAlert } from '../hooks/useAcknowledgeAlert';
import { useAcknowledgeAlerts } from '../hooks/useAcknowledgeAlerts';
import { useAlertMembers } from '../hooks/useAlertMembers';
import { useAssignAlert } from '../hooks/useAssignAlert';
import { useResolveAlert } from '../hooks/useResolveAlert';
import { useResolveAlerts } from '../hooks/useResolveAlerts';

type Props = Readonly<{
  id: string;
  workspaceId: string;
  alerts: readonly Alert[];
  /** Called with the alerts as the API answers after a change. */
  onChanged?: (alerts: readonly Alert[]) => void;
  label: string;
  /** Ids that just arrived live, highlighted briefly. */
  newIds?: ReadonlySet<string>;
  compact?: boolean;
  /** Alerts can be picked and acknowledged or resolved together. */
  bulk?: boolean;
}>;

/** What is being resolved: one alert, or the picked ones. */
type Resolving = { ids: readonly string[]; subject: string };

/** A list of alerts with acknowledge, resolve (with a comment) and assign, for analysts and admins. */
export function AlertListView({ id, workspaceId, alerts, onChanged, label, newIds, compact, bulk = false }: Props) {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const feed = useAlertFeed();
  const memberList = useAlertMembers(workspaceId, canWrite);
  const [ackState, acknowledge] = useAcknowledgeAlert();
  const [ackAllState, acknowledgeAll] = useAcknowledgeAlerts();
  const [assignState, assign] = useAssignAlert();
  const [resolveState, resolve] = useResolveAlert();
  const [resolveAllState, resolveAll] = useResolveAlerts();
  const [resolving, setResolving] = useState<Resolving | null>(null);
  const [resolveError, setResolveError] = useState<string>();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const busy =
    ackState.fetching ||
    ackAllState.fetching ||
    assignState.fetching ||
    resolveState.fetching ||
    resolveAllState.fetching;
  // Only alerts still asking for a decision can be picked; what left the list is no longer picked.
  const pickable = useMemo(() => alerts.filter((a) => a.state !== 'RESOLVED'), [alerts]);
  const selected = useMemo(() => pickable.filter((a) => picked.has(a.id)).map((a) => a.id), [pickable, picked]);

  const done = (changed: readonly Alert[] | undefined, error: ErrorSource | undefined) => {
    if (changed) {
      onChanged?.(changed);
      changed.forEach((alert) => feed.applyUpdate(alert));
      return true;
    }
    Notification.show(generalErrorMessage(error ?? null, t) ?? t('errors.unknown', { message: '' }), {
      theme: 'error',
      position: 'bottom-end',
      duration: 5000,
    });
    return false;
  };
  const one = (alert: Alert | undefined) => (alert ? [alert] : undefined);

  const members = useMemo(() => (memberList ?? []).map((m) => m.username).sort(), [memberList]);
  const actions = useMemo(
    () =>
      canWrite
        ? {
            members,
            busy,
            onAcknowledge: async (alert: Alert) => {
              const r = await acknowledge({ workspaceId, id: alert.id });
              done(one(r.data?.acknowledgeAlert), r.error);
            },
            onResolve: (alert: Alert) => {
              setResolveError(undefined);
              setResolving({
                ids: [alert.id],
                subject: t('alerts.cellName', { segment: alert.segment.name, channel: alert.channel.name }),
              });
            },
            onAssign: async (alert: Alert, username: string | null) => {
              const r = await assign({ workspaceId, id: alert.id, username });
              done(one(r.data?.assignAlert), r.error);
            },
          }
        : null,
    // `done` is a new closure each render; the actions need a new identity only when what they show
    // (members, busy) or the workspace they act in changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [canWrite, members, busy, workspaceId],
  );

  const toggle = useMemo(
    () => (alert: Alert) =>
      setPicked((current) => {
        const next = new Set(current);
        if (!next.delete(alert.id)) next.add(alert.id);
        return next;
      }),
    [],
  );
  const showBulk = bulk && canWrite && pickable.length > 0;
  const allPicked = selected.length > 0 && selected.length === pickable.length;

  return (
    <>
      {showBulk && (
        <div className="alert-bulk" role="toolbar" aria-label={t('alerts.bulkLabel')} id={`${id}-bulk`}>
          <Checkbox
            id={`${id}-pick-all`}
            label={t('alerts.pickAll')}
            checked={allPicked}
            indeterminate={selected.length > 0 && !allPicked}
            onCheckedChanged={(e) => {
              if (e.detail.value === allPicked) return;
              setPicked(e.detail.value ? new Set(pickable.map((a) => a.id)) : new Set());
            }}
          />
          <span className="muted" aria-live="polite" id={`${id}-picked`}>
            {t('alerts.picked', { count: selected.length })}
          </span>
          <Button
            id={`${id}-acknowledge-picked`}
            disabled={busy || selected.length === 0}
            onClick={async () => {
              const r = await acknowledgeAll({ workspaceId, ids: selected });
              if (done(r.data?.acknowledgeAlerts, r.error)) setPicked(new Set());
            }}
          >
            {t('alerts.acknowledgePicked')}
          </Button>
          <Button
            id={`${id}-resolve-picked`}
            disabled={busy || selected.length === 0}
            onClick={() => {
              setResolveError(undefined);
              setResolving({ ids: selected, subject: t('alerts.picked', { count: selected.length }) });
            }}
          >
            {t('alerts.resolvePicked')}
          </Button>
        </div>
      )}
      <ul className="stack-list" id={id} aria-label={label}>
        {alerts.map((alert) => (
          <AlertItem
            key={alert.id}
            alert={alert}
            actions={actions}
            isNew={newIds?.has(alert.id)}
            compact={compact}
            selection={
              showBulk && alert.state !== 'RESOLVED' ? { selected: picked.has(alert.id), onToggle: toggle } : undefined
            }
          />
        ))}
      </ul>
      <ResolveDialog
        subject={resolving?.subject ?? null}
        saving={resolveState.fetching || resolveAllState.fetching}
        error={resolveError}
        onClose={() => setResolving(null)}
        onResolve={async (comment) => {
          if (!resolving) return;
          const [changed, error] =
            resolving.ids.length === 1
              ? await resolve({ workspaceId, id: resolving.ids[0]!, comment }).then(
                  (r) => [one(r.data?.resolveAlert), r.error] as const,
                )
              : await resolveAll({ workspaceId, ids: [...resolving.ids], comment }).then(
                  (r) => [r.data?.resolveAlerts, r.error] as const,
                );
          if (changed) {
            done(changed, null);
            setPicked(new Set());
            setResolving(null);
          } else {
            setResolveError(generalErrorMessage(error ?? null, t) ?? t('errors.unknown', { message: '' }));
          }
        }}
      />
    </>
  );
}
