import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { Select } from '@vaadin/react-components/Select.js';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDuration } from '../duration';
import type { Alert } from '../types/Alert';
import { UrgencyChip } from './UrgencyChip';

const UNASSIGNED = '__none__';

/** The dashboard with the alert's cell open in the drill-down (balance/DashboardPage reads these parameters). */
export function cellLink(alert: Pick<Alert, 'segmentId' | 'channelId'>): string {
  return `/?${new URLSearchParams({ segment: alert.segmentId, channel: alert.channelId })}`;
}

type Props = Readonly<{
  alert: Alert;
  /** Shown when the user may act on alerts; null hides the actions. */
  actions: null | {
    members: readonly string[];
    busy: boolean;
    onAcknowledge: (alert: Alert) => void;
    onResolve: (alert: Alert) => void;
    onAssign: (alert: Alert, username: string | null) => void;
  };
  isNew?: boolean;
  /** Shown when alerts can be picked for a bulk action. */
  selection?: { selected: boolean; onToggle: (alert: Alert) => void };
  /** Hide the segment × channel title (the drill-down already names the cell). */
  compact?: boolean;
}>;

export const AlertItem = memo(function AlertItem({ alert, actions, isNew = false, selection, compact = false }: Props) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(alert.raisedAt),
  );
  const gap = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(alert.gap);
  const title = t('alerts.cellName', { segment: alert.segment.name, channel: alert.channel.name });
  const memberItems = [
    { label: t('alerts.unassigned'), value: UNASSIGNED },
    ...(actions?.members ?? []).map((m) => ({ label: m, value: m })),
  ];
  const recovery = alert.autoResolved
    ? alert.newUrgency === 'NONE' || !alert.resolvedAt
      ? t('alerts.recovered')
      : t('alerts.recoveredAfter', {
          duration: formatDuration(Date.parse(alert.resolvedAt) - Date.parse(alert.raisedAt), i18n.language),
        })
    : null;
  return (
    <li
      className={`alert-item${isNew ? ' alert-item--new' : ''}${selection ? ' alert-item--selectable' : ''}`}
      data-alert-id={alert.id}
      aria-label={`${t(`alerts.urgency.${alert.newUrgency}`)}: ${title}`}
    >
      {selection && (
        <Checkbox
          className="alert-item__select"
          checked={selection.selected}
          accessibleName={t('alerts.selectLabel', { name: title })}
          onCheckedChanged={(e) => e.detail.value !== selection.selected && selection.onToggle(alert)}
        />
      )}
      <UrgencyChip urgency={alert.newUrgency} />
      <div>
        {!compact && (
          <Link
            className="alert-item__title"
            to={cellLink(alert)}
            aria-label={t('alerts.openCell', { name: title })}
            data-open-cell
          >
            {title}
          </Link>
        )}
        <div className="alert-item__meta">
          <span>
            {t('alerts.change', {
              from: t(`alerts.urgency.${alert.oldUrgency}`),
              to: t(`alerts.urgency.${alert.newUrgency}`),
            })}
          </span>
          <span>{t('alerts.gap', { gap })}</span>
          <time dateTime={alert.raisedAt}>{when}</time>
          <span className={`state-chip state-chip--${alert.state}`}>{t(`alerts.state.${alert.state}`)}</span>
          {alert.assignee && <span>{t('alerts.assignedTo', { name: alert.assignee })}</span>}
        </div>
      </div>
      {recovery ? (
        <p className="alert-item__resolution alert-item__recovered">{recovery}</p>
      ) : (
        alert.resolution && (
          <p className="alert-item__resolution">
            {t('alerts.resolvedBy', { name: alert.resolvedBy ?? '' })}: {alert.resolution}
          </p>
        )
      )}
      {actions && alert.state !== 'RESOLVED' && (
        <div className="alert-item__actions">
          {alert.state === 'OPEN' && (
            <Button
              theme="small"
              disabled={actions.busy}
              onClick={() => actions.onAcknowledge(alert)}
              aria-label={t('alerts.acknowledgeLabel', { name: title })}
            >
              {t('alerts.acknowledge')}
            </Button>
          )}
          <Button
            theme="small"
            disabled={actions.busy}
            onClick={() => actions.onResolve(alert)}
            aria-label={t('alerts.resolveLabel', { name: title })}
          >
            {t('alerts.resolve')}
          </Button>
          <Select
            theme="small"
            aria-label={t('alerts.assignLabel', { name: title })}
            items={memberItems}
            value={alert.assignee ?? UNASSIGNED}
            disabled={actions.busy}
            onValueChanged={(e) => {
              const value = e.detail.value === UNASSIGNED ? null : e.detail.value;
              if (e.detail.value && value !== (alert.assignee ?? null)) actions.onAssign(alert, value);
            }}
          />
        </div>
      )}
    </li>
  );
});
