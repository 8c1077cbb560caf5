/** Space between the tooltip and its cell or the viewport's edge, in px. */
export const TOOLTIP_MARGIN = 8;
const MARGIN = TOOLTIP_MARGIN;

/**
 * Where a box of this size goes beside the cell, whole inside the viewport: right of the cell, else left of it,
 * else below or above it (a phone's narrow screen), and pushed inside the edges when nothing fits whole.
 */
export function tooltipPlacement(
  cell: Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const clamp = (value: number, max: number) => Math.max(MARGIN, Math.min(value, max - MARGIN));
  const maxLeft = viewport.width - size.width;
  const maxTop = viewport.height - size.height;
  if (cell.right + MARGIN + size.width <= viewport.width - MARGIN) {
    return { left: cell.right + MARGIN, top: clamp(cell.top, maxTop) };
  }
  if (cell.left - MARGIN - size.width >= MARGIN) {
    return { left: cell.left - MARGIN - size.width, top: clamp(cell.top, maxTop) };
  }
  const below = cell.bottom + MARGIN;
  const top = below + size.height <= viewport.height - MARGIN ? below : cell.top - MARGIN - size.height;
  return { left: clamp(cell.left, maxLeft), top: clamp(top, maxTop) };
}
