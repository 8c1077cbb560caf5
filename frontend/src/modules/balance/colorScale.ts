import type { BalanceCell, HeatmapMetric, Urgency } from './types/Balance';

/** A cell's fill and the text colour that stays readable on it. */
export type Swatch = Readonly<{ background: string; color: string }>;

/** What the scale needs to know about the whole matrix. */
export type ScaleContext = Readonly<{
  /** The IMMEDIATE threshold: a gap this large is as red as it gets. */
  immediateGap: number;
  /** The largest |clientPresence| in view, so tone uses the full range of the scale. */
  maxPresence: number;
}>;

// Hue, saturation and lightness of the scales' ends. Red = the client must act, green = the client leads.
const NEUTRAL = { h: 220, s: 14, l: 95 };
const RED = { h: 4, s: 78, l: 46 };
const GREEN = { h: 145, s: 55, l: 36 };
const EMPTY: Swatch = { background: 'hsl(220 10% 88%)', color: 'hsl(220 10% 30%)' };

const URGENCY_SWATCHES: Record<Urgency, Swatch> = {
  NONE: { background: 'hsl(220 14% 95%)', color: 'hsl(220 15% 25%)' },
  SECONDARY: { background: 'hsl(48 95% 72%)', color: 'hsl(40 60% 15%)' },
  MODERATE: { background: 'hsl(28 92% 56%)', color: 'hsl(20 70% 10%)' },
  IMMEDIATE: { background: 'hsl(4 78% 46%)', color: '#fff' },
};

export function urgencySwatch(urgency: Urgency): Swatch {
  return URGENCY_SWATCHES[urgency];
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** `t` = 0 is the neutral colour, 1 the end colour; text turns white once the fill is dark. */
function blend(end: typeof RED, t: number): Swatch {
  const k = clamp01(t);
  const l = lerp(NEUTRAL.l, end.l, k);
  const h = k === 0 ? NEUTRAL.h : end.h;
  const s = lerp(NEUTRAL.s, end.s, k);
  return {
    background: `hsl(${Math.round(h)} ${Math.round(s)}% ${Math.round(l)}%)`,
    color: l < 60 ? '#fff' : 'hsl(220 15% 15%)',
  };
}

/** A signed value on a diverging scale: positive towards `positive`, negative towards `negative`. */
function diverging(value: number, scale: number, positive: typeof RED, negative: typeof RED): Swatch {
  if (!Number.isFinite(value) || value === 0 || scale <= 0) return blend(positive, 0);
  // The square root lifts small values so that a little presence is already visible.
  const t = Math.sqrt(clamp01(Math.abs(value) / scale));
  return blend(value > 0 ? positive : negative, t);
}

/**
 * The colour of a cell for a metric:
 * - urgency: four fixed steps (none, secondary, moderate, immediate);
 * - gap: red as the client falls behind (full red at 1.5 × the IMMEDIATE threshold), green where it leads;
 * - share of voice: red at 0 %, neutral at 50 %, green at 100 %; grey when the cell has no publications;
 * - client tone (clientPresence): green for positive coverage, red for negative, relative to the largest in view.
 */
export function cellSwatch(cell: BalanceCell | null, metric: HeatmapMetric, context: ScaleContext): Swatch {
  if (!cell) return EMPTY;
  switch (metric) {
    case 'urgency':
      return urgencySwatch(cell.urgency);
    case 'gap':
      return diverging(cell.gap, Math.max(context.immediateGap, 0.01) * 1.5, RED, GREEN);
    case 'shareOfVoice':
      if (cell.shareOfVoice === null || cell.shareOfVoice === undefined) return EMPTY;
      return diverging(cell.shareOfVoice - 0.5, 0.5, GREEN, RED);
    case 'clientPresence':
      if (cell.publications === 0) return EMPTY;
      return diverging(cell.clientPresence, context.maxPresence, GREEN, RED);
  }
}

export function scaleContext(cells: readonly BalanceCell[], immediateGap: number): ScaleContext {
  let maxPresence = 0;
  for (const cell of cells) maxPresence = Math.max(maxPresence, Math.abs(cell.clientPresence));
  return { immediateGap, maxPresence };
}
