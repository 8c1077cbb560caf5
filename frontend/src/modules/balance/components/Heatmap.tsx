import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cellSwatch, type ScaleContext } from '../colorScale';
import type { BalanceCell, HeatmapLayout, HeatmapMetric } from '../types/Balance';
import { HeatmapTooltip } from './HeatmapTooltip';

type Props = Readonly<{
  layout: HeatmapLayout;
  metric: HeatmapMetric;
  scale: ScaleContext;
  /** Brand names by id, for the tooltip. */
  brandNames: ReadonlyMap<string, string>;
  clientName: string;
  onOpen: (cell: BalanceCell, segmentName: string, channelName: string) => void;
  label: string;
  /** Small cells without labels or glyphs (the phone's overview). */
  mini?: boolean;
}>;

type Position = { r: number; c: number };

const GLYPHS = { IMMEDIATE: '!!', MODERATE: '!', SECONDARY: '·', NONE: '' } as const;

/**
 * The media balance as one CSS grid: segments as rows, channels as columns grouped by type. The cells are
 * plain elements rendered once per layout/metric (memoised), so hovering and moving focus never re-render
 * them; focus moves with the arrow keys (roving tabindex), Enter or a click opens the cell, and a tooltip
 * shows the client's and the strongest competitor's presence for the hovered or focused cell.
 */
export function Heatmap({ layout, metric, scale, brandNames, clientName, onOpen, label, mini = false }: Props) {
  const gridRef = useRef<HTMLDivElement>(null);
  const active = useRef<Position>({ r: 0, c: 0 });
  const lastPointer = useRef<string>('mouse');
  const [tip, setTip] = useState<{ pos: Position; rect: DOMRect } | null>(null);
  const rowCount = layout.rows.length;
  const colCount = layout.columns.length;

  // A new layout (sorting, another period) starts keyboard focus again at the top left.
  useEffect(() => {
    active.current = { r: 0, c: 0 };
    setTip(null);
  }, [layout]);

  const cellAt = useCallback((pos: Position) => gridRef.current?.querySelector<HTMLElement>(`[data-r="${pos.r}"][data-c="${pos.c}"]`) ?? null, []);

  const positionOf = (target: EventTarget | null): Position | null => {
    const el = (target as HTMLElement | null)?.closest?.<HTMLElement>('[data-c]');
    if (!el) return null;
    return { r: Number(el.dataset.r), c: Number(el.dataset.c) };
  };

  const moveTo = (pos: Position, focus: boolean) => {
    const previous = cellAt(active.current);
    const next = cellAt(pos);
    if (!next) return;
    if (previous && previous !== next) previous.tabIndex = -1;
    next.tabIndex = 0;
    active.current = pos;
    if (focus) next.focus();
  };

  const open = (pos: Position) => {
    const cell = layout.cells[pos.r]?.[pos.c];
    if (cell) onOpen(cell, layout.rows[pos.r]!.name, layout.columns[pos.c]!.name);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const pos = positionOf(e.target);
    if (!pos) return;
    let { r, c } = pos;
    switch (e.key) {
      case 'ArrowRight': c = Math.min(colCount - 1, c + 1); break;
      case 'ArrowLeft': c = Math.max(0, c - 1); break;
      case 'ArrowDown': r = Math.min(rowCount - 1, r + 1); break;
      case 'ArrowUp': r = Math.max(0, r - 1); break;
      case 'Home': c = 0; if (e.ctrlKey) r = 0; break;
      case 'End': c = colCount - 1; if (e.ctrlKey) r = rowCount - 1; break;
      case 'PageDown': r = Math.min(rowCount - 1, r + 5); break;
      case 'PageUp': r = Math.max(0, r - 5); break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        open(pos);
        return;
      case 'Escape':
        setTip(null);
        return;
      default:
        return;
    }
    e.preventDefault();
    moveTo({ r, c }, true);
  };

  const showTip = (target: EventTarget | null) => {
    const pos = positionOf(target);
    const el = pos && cellAt(pos);
    setTip(pos && el ? { pos, rect: el.getBoundingClientRect() } : null);
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const pos = positionOf(e.target);
    if (!pos) return;
    const sameCell = tip && tip.pos.r === pos.r && tip.pos.c === pos.c;
    // On touch the first tap shows the cell's numbers, a second tap on it opens the drill-down.
    if (lastPointer.current === 'touch' && !sameCell) {
      moveTo(pos, true);
      showTip(e.target);
      return;
    }
    moveTo(pos, false);
    open(pos);
  };

  const tipCell = tip ? layout.cells[tip.pos.r]?.[tip.pos.c] ?? null : null;
  return (
    <div className={`heatmap-scroll${mini ? ' heatmap-scroll--mini' : ''}`} onScroll={() => setTip(null)}>
      <div
        ref={gridRef}
        className={`heatmap${mini ? ' heatmap--mini' : ''}`}
        role="grid"
        id={mini ? 'heatmap-mini' : 'heatmap'}
        aria-label={label}
        aria-rowcount={rowCount + (mini ? 0 : 2)}
        aria-colcount={colCount + 1}
        style={{ gridTemplateColumns: `var(--heatmap-label-width) repeat(${colCount}, var(--heatmap-cell))`, ['--heatmap-cols' as string]: colCount }}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onPointerDown={(e: PointerEvent) => (lastPointer.current = e.pointerType)}
        onMouseOver={(e) => lastPointer.current !== 'touch' && showTip(e.target)}
        onMouseLeave={() => lastPointer.current !== 'touch' && setTip(null)}
        onFocus={(e) => showTip(e.target)}
        onBlur={(e) => {
          if (!gridRef.current?.contains(e.relatedTarget as Node | null)) setTip(null);
        }}
      >
        {!mini && <HeatmapHeader layout={layout} />}
        <HeatmapBody layout={layout} metric={metric} scale={scale} mini={mini} />
      </div>
      {tipCell && tip && (
        <HeatmapTooltip
          cell={tipCell}
          rect={tip.rect}
          segmentName={layout.rows[tip.pos.r]!.name}
          channelName={layout.columns[tip.pos.c]!.name}
          brandNames={brandNames}
          clientName={clientName}
          hint={lastPointer.current === 'touch'}
        />
      )}
    </div>
  );
}

const HeatmapHeader = memo(function HeatmapHeader({ layout }: { layout: HeatmapLayout }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="row" aria-rowindex={1} className="heatmap__row">
        <div role="columnheader" className="heatmap__corner heatmap__corner--groups">
          {t('balance.heatmap.channelTypes')}
        </div>
        {layout.groups.map((group) => (
          <div key={group.type} role="columnheader" aria-colspan={group.span} className="heatmap__group" style={{ gridColumn: `span ${group.span}` }} title={t(`channels.types.${group.type}`)}>
            <span>{t(`channels.types.${group.type}`)}</span>
          </div>
        ))}
      </div>
      <div role="row" aria-rowindex={2} className="heatmap__row">
        <div role="columnheader" className="heatmap__corner">
          {t('balance.heatmap.segmentsChannels')}
        </div>
        {layout.columns.map((column, c) => (
          <div
            key={column.id}
            role="columnheader"
            aria-colindex={c + 2}
            className={`heatmap__column heatmap__column--${column.mostUrgent}${c > 0 && layout.columns[c - 1]!.type !== column.type ? ' heatmap__column--group-start' : ''}`}
            title={column.name}
          >
            <span>{column.name}</span>
          </div>
        ))}
      </div>
    </>
  );
});

const HeatmapBody = memo(function HeatmapBody({ layout, metric, scale, mini }: { layout: HeatmapLayout; metric: HeatmapMetric; scale: ScaleContext; mini: boolean }) {
  const { t, i18n } = useTranslation();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }), [i18n.language]);
  const urgencyNames = useMemo(
    () => ({
      IMMEDIATE: t('alerts.urgency.IMMEDIATE'),
      MODERATE: t('alerts.urgency.MODERATE'),
      SECONDARY: t('alerts.urgency.SECONDARY'),
      NONE: t('alerts.urgency.NONE'),
    }),
    [t],
  );
  const groupStarts = useMemo(() => layout.columns.map((col, c) => c > 0 && layout.columns[c - 1]!.type !== col.type), [layout]);
  const headerRows = mini ? 0 : 2;
  return (
    <>
      {layout.rows.map((row, r) => (
        <div key={row.id} role="row" aria-rowindex={r + 1 + headerRows} className="heatmap__row">
          <div role="rowheader" className={`heatmap__segment heatmap__segment--${row.mostUrgent}`} title={row.name}>
            <span>{row.name}</span>
          </div>
          {layout.cells[r]!.map((cell, c) => {
            const swatch = cellSwatch(cell, metric, scale);
            const column = layout.columns[c]!;
            const name = `${row.name} × ${column.name}`;
            return (
              <div
                key={column.id}
                role="gridcell"
                data-r={r}
                data-c={c}
                aria-colindex={c + 2}
                tabIndex={r === 0 && c === 0 ? 0 : -1}
                className={groupStarts[c] ? 'heatmap__cell heatmap__cell--group-start' : 'heatmap__cell'}
                style={{ background: swatch.background, color: swatch.color }}
                aria-label={
                  cell
                    ? t('balance.heatmap.cellLabel', { name, urgency: urgencyNames[cell.urgency], gap: number.format(cell.gap) })
                    : t('balance.heatmap.cellMissing', { name })
                }
              >
                {!mini && cell ? GLYPHS[cell.urgency] : ''}
              </div>
            );
          })}
        </div>
      ))}
    </>
  );
});
