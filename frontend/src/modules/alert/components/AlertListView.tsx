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
import { useAlertMembers } from '../hooks/useAlertMembers';
import { useAssignAlert } from '../hooks/useAssignAlert';
import { useResolveAlert } from '../hooks/useResolveAlert';

type Props = Readonly<{
  id: string;
  workspaceId: string;
  alerts: readonly Alert[];
  /** Called with the alert as the API answers after a change. */
  onChanged?: (alert: Alert) => void;
  label: string;
  /** Ids that just arrived live, highlighted briefly. */
  newIds?: ReadonlySet<string>;
  compact?: boolean;
}>;

/** A list of alerts with acknowledge, resolve (with a comment) and assign, for analysts and admins. */
export function AlertListView({ id, workspaceId, alerts, onChanged, label, newIds, compact }: Props) {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const feed = useAlertFeed();
  const memberList = useAlertMembers(workspaceId, canWrite);
  const [ackState, acknowledge] = useAcknowledgeAlert();
  const [assignState, assign] = useAssignAlert();
  const [resolveState, resolve] = useResolveAlert();
  const [resolving, setResolving] = useState<Alert | null>(null);
  const [resolveError, setResolveError] = useState<string>();
  const busy = ackState.fetching || assignState.fetching || resolveState.fetching;

  const done = (alert: Alert | undefined, error: ErrorSource | undefined) => {
    if (alert) {
      onChanged?.(alert);
      feed.applyUpdate(alert);
      return true;
    }
    Notification.show(generalErrorMessage(error ?? null, t) ?? t('errors.unknown', { message: '' }), {
      theme: 'error',
      position: 'bottom-end',
      duration: 5000,
    });
    return false;
  };

  const members = useMemo(() => (memberList ?? []).map((m) => m.username).sort(), [memberList]);
  const actions = useMemo(
    () =>
      canWrite
        ? {
            members,
            busy,
            onAcknowledge: async (alert: Alert) => {
              const r = await acknowledge({ workspaceId, id: alert.id });
              done(r.data?.acknowledgeAlert, r.error);
            },
            onResolve: (alert: Alert) => {
              setResolveError(undefined);
              setResolving(alert);
            },
            onAssign: async (alert: Alert, username: string | null) => {
              const r = await assign({ workspaceId, id: alert.id, username });
              done(r.data?.assignAlert, r.error);
            },
          }
        : null,
    // `done` is a new closure each render; the actions need a new identity only when what they show
    // (members, busy) or the workspace they act in changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [canWrite, members, busy, workspaceId],
  );

  return (
    <>
      <ul className="stack-list" id={id} aria-label={label}>
        {alerts.map((alert) => (
          <AlertItem key={alert.id} alert={alert} actions={actions} isNew={newIds?.has(alert.id)} compact={compact} />
        ))}
      </ul>
      <ResolveDialog
        alert={resolving}
        saving={resolveState.fetching}
        error={resolveError}
        onClose={() => setResolving(null)}
        onResolve={async (comment) => {
          if (!resolving) return;
          const r = await resolve({ workspaceId, id: resolving.id, comment });
          if (r.data?.resolveAlert) {
            done(r.data.resolveAlert, null);
            setResolving(null);
          } else {
            setResolveError(generalErrorMessage(r.error, t) ?? t('errors.unknown', { message: '' }));
          }
        }}
      />
    </>
  );
}
