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
