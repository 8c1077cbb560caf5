import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { strongestCompetitor } from '../ranking';
import { TOOLTIP_MARGIN, tooltipPlacement } from '../tooltipPlacement';
import type { BalanceCell } from '../types/Balance';

type Props = Readonly<{
  cell: BalanceCell;
  rect: DOMRect;
  segmentName: string;
  channelName: string;
  brandNames: ReadonlyMap<string, string>;
  clientName: string;
  /** On touch: say that a second tap opens the details. */
  hint: boolean;
}>;

/**
 * The numbers behind a cell, beside it: the client against the strongest competitor. Rendered into the body:
 * the heatmap's scroll box is a containing block for fixed boxes (`contain: content`, which keeps its layout
 * cheap), so a tooltip inside it was placed relative to the box and clipped by it.
 */
export function HeatmapTooltip({ cell, rect, segmentName, channelName, brandNames, clientName, hint }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: rect.right + TOOLTIP_MARGIN, top: rect.top });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setPos(tooltipPlacement(rect, { width, height }, { width: window.innerWidth, height: window.innerHeight }));
  }, [rect]);

  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const rival = strongestCompetitor(cell);
  return createPortal(
    <div
      ref={ref}
      className="heatmap-tooltip"
      role="tooltip"
      id="heatmap-tooltip"
      style={{ left: pos.left, top: pos.top }}
    >
      <strong>
        {segmentName} × {channelName}
      </strong>
      <span className={`urgency-chip urgency-chip--${cell.urgency}`}>{t(`alerts.urgency.${cell.urgency}`)}</span>
      <table>
        <tbody>
          <tr>
            <th scope="row">{clientName}</th>
            <td>{number.format(cell.clientPresence)}</td>
            <td className="muted">{t('balance.publicationsShort', { count: cell.clientPublications })}</td>
          </tr>
          <tr>
            <th scope="row">
              {rival ? (brandNames.get(rival.brandId) ?? t('balance.competitor')) : t('balance.noCompetitor')}
            </th>
            <td>{number.format(rival?.presence ?? 0)}</td>
            <td className="muted">{t('balance.publicationsShort', { count: rival?.publications ?? 0 })}</td>
          </tr>
        </tbody>
      </table>
      <span>
        {t('balance.gapValue', { gap: number.format(cell.gap) })} ·{' '}
        {cell.shareOfVoice === null || cell.shareOfVoice === undefined
          ? t('balance.noShareOfVoice')
          : t('balance.shareOfVoiceValue', { share: percent.format(cell.shareOfVoice) })}
      </span>
      {hint && <span className="muted">{t('balance.tapAgain')}</span>}
    </div>,
    document.body,
  );
}
