import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UrgencyChip } from '../../alert/components/UrgencyChip';
import { urgentCellsBySegment } from '../ranking';
import type { BalanceCell, MediaBalance } from '../types/Balance';

type Props = Readonly<{
  balance: MediaBalance;
  channelNames: ReadonlyMap<string, string>;
  onOpen: (cell: BalanceCell, segmentName: string, channelName: string) => void;
}>;

/** On a phone: per segment (most urgent first), its urgent cells by gap, each a large tap target. */
export function PhoneBalance({ balance, channelNames, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const groups = useMemo(() => urgentCellsBySegment(balance, i18n.language), [balance, i18n.language]);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  if (groups.length === 0) return <p className="card empty">{t('balance.urgent.empty')}</p>;
  return (
    <div className="phone-balance" id="phone-balance">
      {groups.map((group) => (
        <section key={group.segment.id} className="phone-balance__segment" aria-labelledby={`seg-${group.segment.id}`}>
          <h3 id={`seg-${group.segment.id}`}>
            {group.segment.name}{' '}
            <span className="muted">· {t('balance.urgentCount', { count: group.cells.length })}</span>
          </h3>
          <ol className="urgent-list">
            {group.cells.map((cell) => {
              const channel = channelNames.get(cell.channelId) ?? '';
              return (
                <li key={cell.channelId}>
                  <button
                    type="button"
                    className="urgent-list__item"
                    onClick={() => onOpen(cell, group.segment.name, channel)}
                  >
                    <UrgencyChip urgency={cell.urgency} />
                    <span className="urgent-list__name">{channel}</span>
                    <span className="urgent-list__gap">{t('balance.gapValue', { gap: number.format(cell.gap) })}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
