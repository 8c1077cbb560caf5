import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
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
 * The media balance as an ARIA grid: segments as rows, channels as columns grouped by type. Rows are flex
 * lines of fixed-size cells (cheap to lay out) whose markup is built once per layout/metric (memoised), so
 * hovering and moving focus never re-render them; focus moves with the arrow keys (roving tabindex), Enter or a click opens the cell, and a tooltip
 * shows the client's and the strongest competitor's presence for the hovered or focused cell.
 */
export function Heatmap({ layout, metric, scale, brandNames, clientName, onOpen, label, mini = false }: Props) {
  const gridRef = useRef<HTMLDivElement>(null);
  const active = useRef<Position>({ r: 0, c: 0 });
  const lastPointer = useRef<string>('mouse');
  // Whether the cell under a finger already showed its tooltip before the tap (the tap's focus shows it too).
  const tappedShownCell = useRef(false);
  const [tip, setTip] = useState<{ pos: Position; rect: DOMRect } | null>(null);
  const rowCount = layout.rows.length;
  const colCount = layout.columns.length;

  // New cells (sorting, another period or metric) start keyboard focus again at the top left.
  useEffect(() => {
    active.current = { r: 0, c: 0 };
    setTip(null);
  }, [layout, metric, mini]);

  const cellAt = useCallback(
    (pos: Position) => gridRef.current?.querySelector<HTMLElement>(`[data-r="${pos.r}"][data-c="${pos.c}"]`) ?? null,
    [],
  );

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
      case 'ArrowRight':
        c = Math.min(colCount - 1, c + 1);
        break;
      case 'ArrowLeft':
        c = Math.max(0, c - 1);
        break;
      case 'ArrowDown':
        r = Math.min(rowCount - 1, r + 1);
        break;
      case 'ArrowUp':
        r = Math.max(0, r - 1);
        break;
      case 'Home':
        c = 0;
        if (e.ctrlKey) r = 0;
        break;
      case 'End':
        c = colCount - 1;
        if (e.ctrlKey) r = rowCount - 1;
        break;
      case 'PageDown':
        r = Math.min(rowCount - 1, r + 5);
        break;
      case 'PageUp':
        r = Math.max(0, r - 5);
        break;
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
    // On touch the first tap shows the cell's numbers, a second tap on it opens the drill-down.
    if (lastPointer.current === 'touch' && !tappedShownCell.current) {
      moveTo(pos, true);
      showTip(e.target);
      return;
    }
    moveTo(pos, false);
    open(pos);
  };

  // The tooltip is fixed to the viewport: scrolling the page or the grid moves it with its cell, and hides it
  // once the cell has left the grid's visible part. (Focusing a cell scrolls it into view, so hiding on every
  // scroll would hide the tooltip that keyboard focus just showed.)
  const scrollRef = useRef<HTMLDivElement>(null);
  const tipPos = tip?.pos;
  useEffect(() => {
    if (!tipPos) return;
    const follow = () => {
      const el = cellAt(tipPos);
      const box = scrollRef.current?.getBoundingClientRect();
      const rect = el?.getBoundingClientRect();
      const inView =
        rect && box && rect.bottom > box.top && rect.top < box.bottom && rect.right > box.left && rect.left < box.right;
      setTip(inView ? { pos: tipPos, rect } : null);
    };
    document.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow);
    return () => {
      document.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
    };
  }, [tipPos, cellAt]);

  const tipCell = tip ? (layout.cells[tip.pos.r]?.[tip.pos.c] ?? null) : null;
  return (
    <div ref={scrollRef} className={`heatmap-scroll${mini ? ' heatmap-scroll--mini' : ''}`}>
      <div
        ref={gridRef}
        className={`heatmap${mini ? ' heatmap--mini' : ''}`}
        role="grid"
        id={mini ? 'heatmap-mini' : 'heatmap'}
        aria-label={label}
        aria-rowcount={rowCount + (mini ? 0 : 2)}
        aria-colcount={colCount + 1}
        style={{ ['--heatmap-cols' as string]: colCount }}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onPointerDown={(e: PointerEvent) => {
          lastPointer.current = e.pointerType;
          const pos = positionOf(e.target);
          tappedShownCell.current = Boolean(pos && tip && tip.pos.r === pos.r && tip.pos.c === pos.c);
        }}
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
          <div
            key={group.type}
            role="columnheader"
            aria-colspan={group.span}
            className="heatmap__group"
            style={{ width: `calc(var(--heatmap-cell) * ${group.span})` }}
            title={t(`channels.types.${group.type}`)}
          >
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

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/**
 * The body rows as one HTML string. Thousands of identical, stateless cells are the one place where React's
 * per-element work dominates (a 30 × 200 matrix took ~3× longer through React); every dynamic text is
 * escaped.
 */
export function bodyHtml(
  layout: HeatmapLayout,
  metric: HeatmapMetric,
  scale: ScaleContext,
  mini: boolean,
  labels: {
    cell: (name: string, cell: BalanceCell) => string;
    missing: (name: string) => string;
  },
): string {
  const headerRows = mini ? 0 : 2;
  const groupStarts = layout.columns.map((col, c) => c > 0 && layout.columns[c - 1]!.type !== col.type);
  const columnNames = layout.columns.map((col) => col.name);
  const parts: string[] = [];
  layout.rows.forEach((row, r) => {
    const rowName = escapeHtml(row.name);
    parts.push(
      `<div role="row" aria-rowindex="${r + 1 + headerRows}" class="heatmap__row"><div role="rowheader" class="heatmap__segment heatmap__segment--${row.mostUrgent}" title="${rowName}"><span>${rowName}</span></div>`,
    );
    const cells = layout.cells[r]!;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      const swatch = cellSwatch(cell, metric, scale);
      const name = `${row.name} × ${columnNames[c]}`;
      const label = escapeHtml(cell ? labels.cell(name, cell) : labels.missing(name));
      parts.push(
        `<div role="gridcell" data-r="${r}" data-c="${c}" aria-colindex="${c + 2}" tabindex="${r === 0 && c === 0 ? 0 : -1}" class="heatmap__cell${groupStarts[c] ? ' heatmap__cell--group-start' : ''}" style="background:${swatch.background};color:${swatch.color}" aria-label="${label}">${!mini && cell ? GLYPHS[cell.urgency] : ''}</div>`,
      );
    }
    parts.push('</div>');
  });
  return parts.join('');
}

const HeatmapBody = memo(function HeatmapBody({
  layout,
  metric,
  scale,
  mini,
}: {
  layout: HeatmapLayout;
  metric: HeatmapMetric;
  scale: ScaleContext;
  mini: boolean;
}) {
  const { t, i18n } = useTranslation();
  const html = useMemo(() => {
    const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    const urgencyNames = {
      IMMEDIATE: t('alerts.urgency.IMMEDIATE'),
      MODERATE: t('alerts.urgency.MODERATE'),
      SECONDARY: t('alerts.urgency.SECONDARY'),
      NONE: t('alerts.urgency.NONE'),
    };
    // Translate the sentence once and fill it in per cell: thousands of t() calls would cost more than the cells.
    const cellTemplate = t('balance.heatmap.cellLabel', {
      name: '\u0000name',
      urgency: '\u0000urgency',
      gap: '\u0000gap',
    });
    const missingTemplate = t('balance.heatmap.cellMissing', { name: '\u0000name' });
    return bodyHtml(layout, metric, scale, mini, {
      cell: (name, cell) =>
        cellTemplate
          .replace('\u0000name', () => name)
          .replace('\u0000urgency', () => urgencyNames[cell.urgency])
          .replace('\u0000gap', () => number.format(cell.gap)),
      missing: (name) => missingTemplate.replace('\u0000name', () => name),
    });
  }, [layout, metric, scale, mini, t, i18n.language]);
  // display: contents keeps the rows' own layout; the wrapper only holds the markup.
  return <div className="heatmap__body" dangerouslySetInnerHTML={{ __html: html }} />;
});
