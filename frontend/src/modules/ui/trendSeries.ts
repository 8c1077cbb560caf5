/** Scales for a small line chart: points of several series mapped into a width × height box. */
export type TrendPoint = Readonly<{ start: string; values: readonly number[] }>;

export function chartScale(points: readonly TrendPoint[], width: number, height: number, pad = 4) {
  let min = 0;
  let max = 0;
  for (const p of points)
    for (const v of p.values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  if (max === min) max = min + 1;
  const x = (i: number) => (points.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => pad + ((max - v) * (height - 2 * pad)) / (max - min);
  return { min, max, x, y };
}

/** The SVG path of one series ("M x,y L x,y …"). */
export function linePath(points: readonly TrendPoint[], series: number, scale: ReturnType<typeof chartScale>): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${scale.x(i).toFixed(1)},${scale.y(p.values[series] ?? 0).toFixed(1)}`)
    .join(' ');
}

/** Values worth a label on the y axis: the extremes and 0 when it lies between them, top first. */
export function yTicks(scale: Pick<ReturnType<typeof chartScale>, 'min' | 'max'>): number[] {
  return [...new Set([scale.max, ...(scale.min < 0 && scale.max > 0 ? [0] : []), scale.min])];
}

/** Indexes of the points worth a date on the x axis: the first, the last and up to `inner` evenly between. */
export function xTicks(count: number, inner = 2): number[] {
  if (count <= 0) return [];
  const picks = new Set([0, count - 1]);
  for (let k = 1; k <= inner; k++) picks.add(Math.round((k * (count - 1)) / (inner + 1)));
  return [...picks].sort((a, b) => a - b);
}
