import { Button } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { useTranslation } from 'react-i18next';
import { AlertHistory } from '../../alert/components/AlertHistory';
import { UrgencyChip } from '../../alert/components/UrgencyChip';
import { formatDay, lastDay } from '../period';
import type { BalanceCell } from '../types/Balance';
import { CellPublications } from './CellPublications';
import { TrendChart } from './TrendChart';

export type DrillTarget = Readonly<{ cell: BalanceCell; segmentName: string; channelName: string }>;

type Props = Readonly<{
  workspaceId: string;
  target: DrillTarget | null;
  /** The period shown, as UTC days [from, to). */
  from: string;
  to: string;
  brandNames: ReadonlyMap<string, string>;
  clientName: string;
  fullScreen: boolean;
  onClose: () => void;
}>;

/** One cell in detail: its alerts to decide on first, then the client against each competitor, the trend and the publications. */
export function CellDrillDown({ workspaceId, target, from, to, brandNames, clientName, fullScreen, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const cell = target?.cell;
  const max = cell
    ? Math.max(Math.abs(cell.clientPresence), ...cell.competitors.map((c) => Math.abs(c.presence)), 0.0001)
    : 1;
  const bar = (value: number) => `${Math.round((Math.abs(value) / max) * 100)}%`;
  return (
    <Dialog
      opened={target !== null}
      onOpenedChanged={(e) => !e.detail.value && onClose()}
      headerTitle={target ? `${target.segmentName} × ${target.channelName}` : ''}
      width={fullScreen ? '100vw' : 'min(56rem, 92vw)'}
      height={fullScreen ? '100%' : undefined}
      className={fullScreen ? 'drill-dialog drill-dialog--full' : 'drill-dialog'}
      header={
        <Button theme="tertiary icon" id="drill-close" aria-label={t('balance.drill.close')} onClick={onClose}>
          ✕
        </Button>
      }
    >
      {target && cell && (
        <div className="drill" id="drill-down">
          <p className="drill__summary">
            <UrgencyChip urgency={cell.urgency} />{' '}
            <span>
              {t('balance.gapValue', { gap: number.format(cell.gap) })} ·{' '}
              {cell.shareOfVoice == null
                ? t('balance.noShareOfVoice')
                : t('balance.shareOfVoiceValue', { share: percent.format(cell.shareOfVoice) })}{' '}
              · {t('balance.drill.weight', { weight: number.format(cell.weight) })} · {formatDay(from, i18n.language)} –{' '}
              {formatDay(lastDay(to), i18n.language)}
            </span>
          </p>

          {/* The decision first: acknowledge, assign or resolve the cell's alerts without scrolling past the evidence. */}
          <section aria-labelledby="drill-alerts">
            <h3 id="drill-alerts">{t('balance.drill.alerts')}</h3>
            <AlertHistory workspaceId={workspaceId} segmentId={cell.segmentId} channelId={cell.channelId} />
          </section>

          <section aria-labelledby="drill-presence">
            <h3 id="drill-presence">{t('balance.drill.presence')}</h3>
            <table className="presence-table">
              <tbody>
                <tr className="presence-table__client">
                  <th scope="row">{clientName}</th>
                  <td className="presence-table__bar">
                    <span
                      style={{ width: bar(cell.clientPresence) }}
                      className={cell.clientPresence < 0 ? 'negative' : ''}
                    />
                  </td>
                  <td>{number.format(cell.clientPresence)}</td>
                  <td className="muted">{t('balance.publicationsShort', { count: cell.clientPublications })}</td>
                </tr>
                {cell.competitors.map((c) => (
                  <tr key={c.brandId}>
                    <th scope="row">{brandNames.get(c.brandId) ?? t('balance.competitor')}</th>
                    <td className="presence-table__bar presence-table__bar--rival">
                      <span style={{ width: bar(c.presence) }} className={c.presence < 0 ? 'negative' : ''} />
                    </td>
                    <td>{number.format(c.presence)}</td>
                    <td className="muted">{t('balance.publicationsShort', { count: c.publications })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="drill-trend">
            <h3 id="drill-trend">{t('balance.drill.trend')}</h3>
            <TrendChart
              workspaceId={workspaceId}
              segmentId={cell.segmentId}
              channelId={cell.channelId}
              from={from}
              to={to}
              clientName={clientName}
            />
          </section>

          <section aria-labelledby="drill-publications">
            <h3 id="drill-publications">{t('balance.drill.publications', { count: cell.publications })}</h3>
            <CellPublications
              workspaceId={workspaceId}
              segmentId={cell.segmentId}
              channelId={cell.channelId}
              from={from}
              to={to}
            />
          </section>
        </div>
      )}
    </Dialog>
  );
}
