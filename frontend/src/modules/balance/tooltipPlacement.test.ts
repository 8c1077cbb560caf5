import { describe, expect, it } from 'vitest';
import { tooltipPlacement } from './tooltipPlacement';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SIZE = { width: 288, height: 150 };
const cell = (left: number, top: number, size = 28) => ({ left, top, right: left + size, bottom: top + size });

function inside(pos: { left: number; top: number }, viewport: { width: number; height: number }) {
  return (
    pos.left >= 8 &&
    pos.top >= 8 &&
    pos.left + SIZE.width <= viewport.width - 8 &&
    pos.top + SIZE.height <= viewport.height - 8
  );
}

describe('tooltipPlacement', () => {
  it('puts the tooltip right of a cell with room beside it, level with the cell', () => {
    expect(tooltipPlacement(cell(300, 200), SIZE, DESKTOP)).toEqual({ left: 336, top: 200 });
  });

  it('puts it left of a cell near the right edge', () => {
    expect(tooltipPlacement(cell(1200, 200), SIZE, DESKTOP)).toEqual({ left: 1200 - 8 - 288, top: 200 });
  });

  it('lifts it from the bottom edge so that it is seen whole', () => {
    const pos = tooltipPlacement(cell(300, 860), SIZE, DESKTOP);
    expect(inside(pos, DESKTOP)).toBe(true);
  });

  it('on a phone, where neither side has room, puts it below the cell, or above a cell near the bottom', () => {
    expect(tooltipPlacement(cell(150, 300, 10), SIZE, PHONE)).toEqual({ left: 390 - 8 - 288, top: 318 });
    const low = tooltipPlacement(cell(120, 800, 10), SIZE, PHONE);
    expect(low.top + SIZE.height).toBeLessThanOrEqual(800);
    expect(inside(low, PHONE)).toBe(true);
  });

  it('keeps it inside the viewport for a cell at the right edge of a phone', () => {
    expect(inside(tooltipPlacement(cell(370, 100, 10), SIZE, PHONE), PHONE)).toBe(true);
  });
});
