import { describe, expect, it } from 'vitest';
import {
  applyPaste,
  diffMatrix,
  formatWeight,
  moveFocus,
  parsePastedBlock,
  parseWeight,
  toMatrix,
} from './weightMatrix';

describe('parseWeight', () => {
  it('reads a decimal point and a decimal comma alike', () => {
    expect(parseWeight('0.35')).toEqual({ ok: true, value: 0.35 });
    expect(parseWeight('0,35')).toEqual({ ok: true, value: 0.35 });
    expect(parseWeight(',5')).toEqual({ ok: true, value: 0.5 });
    expect(parseWeight(' 1 ')).toEqual({ ok: true, value: 1 });
  });
  it('takes an empty cell as 0 (no weight)', () => {
    expect(parseWeight('')).toEqual({ ok: true, value: 0 });
    expect(parseWeight('  ')).toEqual({ ok: true, value: 0 });
  });
  it('refuses values outside [0, 1]', () => {
    expect(parseWeight('1.01')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseWeight('-0,1')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseWeight('35')).toEqual({ ok: false, problem: 'outOfRange' });
  });
  it('refuses text that is not one number', () => {
    for (const text of ['abc', '0.3.4', '0,3,4', '1e-1', 'NaN', '0.5x', '.']) {
      expect(parseWeight(text), text).toEqual({ ok: false, problem: 'notANumber' });
    }
  });
});

describe('parsePastedBlock', () => {
  it('splits rows on newlines and cells on tabs, dropping the trailing newline spreadsheets add', () => {
    expect(parsePastedBlock('0,1\t0,2\n0,3\t0,4\n')).toEqual([
      ['0,1', '0,2'],
      ['0,3', '0,4'],
    ]);
  });
  it('handles Windows line ends and keeps empty cells', () => {
    expect(parsePastedBlock('0.5\t\t1\r\n\t0.2\t\r\n')).toEqual([
      ['0.5', '', '1'],
      ['', '0.2', ''],
    ]);
  });
  it('reads a single value as a 1×1 block', () => {
    expect(parsePastedBlock('0.7')).toEqual([['0.7']]);
  });
});

describe('applyPaste', () => {
  const empty = () => [
    ['', '', ''],
    ['', '', ''],
    ['', '', ''],
  ];
  it('writes the block from the focused cell on', () => {
    const result = applyPaste(
      empty(),
      [
        ['0.1', '0.2'],
        ['0.3', '0.4'],
      ],
      { row: 1, col: 1 },
    );
    expect(result.cells).toEqual([
      ['', '', ''],
      ['', '0.1', '0.2'],
      ['', '0.3', '0.4'],
    ]);
    expect(result).toMatchObject({ written: 4, clipped: 0 });
  });
  it('clips what sticks out of the matrix and counts it', () => {
    const result = applyPaste(
      empty(),
      [
        ['1', '1', '1'],
        ['1', '1', '1'],
      ],
      { row: 2, col: 1 },
    );
    expect(result.cells[2]).toEqual(['', '1', '1']);
    expect(result).toMatchObject({ written: 2, clipped: 4 });
  });
  it('leaves the original matrix untouched', () => {
    const cells = empty();
    applyPaste(cells, [['1']], { row: 0, col: 0 });
    expect(cells[0][0]).toBe('');
  });
  it('keeps bad values so they can be marked', () => {
    const pasted = applyPaste(empty(), parsePastedBlock('0,5\t1,5\nabc\t0,25'), { row: 0, col: 0 });
    const { changes, invalid } = diffMatrix(pasted.cells, [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(invalid).toEqual([
      { row: 0, col: 1, problem: 'outOfRange' },
      { row: 1, col: 0, problem: 'notANumber' },
    ]);
    expect(changes).toEqual([
      { row: 0, col: 0, weight: 0.5 },
      { row: 1, col: 1, weight: 0.25 },
    ]);
  });
});

describe('moveFocus', () => {
  const size = { rows: 3, cols: 4 };
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveFocus({ row: 1, col: 1 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 1 });
    expect(moveFocus({ row: 1, col: 1 }, { key: 'ArrowRight' }, size)).toEqual({ row: 1, col: 2 });
    expect(moveFocus({ row: 0, col: 0 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 2, col: 3 }, { key: 'ArrowDown' }, size)).toEqual({ row: 2, col: 3 });
    expect(moveFocus({ row: 2, col: 0 }, { key: 'ArrowLeft' }, size)).toEqual({ row: 2, col: 0 });
  });
  it('moves down on Enter and up on Shift+Enter, like a spreadsheet', () => {
    expect(moveFocus({ row: 0, col: 2 }, { key: 'Enter' }, size)).toEqual({ row: 1, col: 2 });
    expect(moveFocus({ row: 1, col: 2 }, { key: 'Enter', shiftKey: true }, size)).toEqual({ row: 0, col: 2 });
  });
  it('moves right on Tab and wraps to the next row; lets focus leave at the ends', () => {
    expect(moveFocus({ row: 0, col: 3 }, { key: 'Tab' }, size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 1, col: 0 }, { key: 'Tab', shiftKey: true }, size)).toEqual({ row: 0, col: 3 });
    expect(moveFocus({ row: 2, col: 3 }, { key: 'Tab' }, size)).toBeNull();
    expect(moveFocus({ row: 0, col: 0 }, { key: 'Tab', shiftKey: true }, size)).toBeNull();
  });
  it('goes to the row ends with Home/End and to the corners with Ctrl', () => {
    expect(moveFocus({ row: 1, col: 2 }, { key: 'Home' }, size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 1, col: 2 }, { key: 'End' }, size)).toEqual({ row: 1, col: 3 });
    expect(moveFocus({ row: 1, col: 2 }, { key: 'End', ctrlKey: true }, size)).toEqual({ row: 2, col: 3 });
    expect(moveFocus({ row: 1, col: 2 }, { key: 'Home', ctrlKey: true }, size)).toEqual({ row: 0, col: 0 });
  });
  it('ignores other keys', () => {
    expect(moveFocus({ row: 1, col: 1 }, { key: '5' }, size)).toBeNull();
    expect(moveFocus({ row: 0, col: 0 }, { key: 'ArrowDown' }, { rows: 0, cols: 0 })).toBeNull();
  });
});

describe('diffMatrix', () => {
  it('lists only the weights that changed, with 0 for a cleared cell', () => {
    const saved = [
      [0.5, 0],
      [0.25, 1],
    ];
    const { changes, invalid } = diffMatrix(
      [
        ['0,5', '0.1'],
        ['', '1'],
      ],
      saved,
    );
    expect(invalid).toEqual([]);
    expect(changes).toEqual([
      { row: 0, col: 1, weight: 0.1 },
      { row: 1, col: 0, weight: 0 },
    ]);
  });
});

describe('formatWeight and toMatrix', () => {
  it('shows weights in the user locale and 0 as an empty cell', () => {
    expect(formatWeight(0.35, 'pl')).toBe('0,35');
    expect(formatWeight(0.35, 'en')).toBe('0.35');
    expect(formatWeight(0, 'en')).toBe('');
  });
  it('places the API pairs by id and leaves missing pairs at 0', () => {
    const matrix = toMatrix(
      [{ id: 'c1' }, { id: 'c2' }],
      [{ id: 's1' }, { id: 's2' }],
      [
        { rowId: 'c2', colId: 's1', weight: 0.4 },
        { rowId: 'gone', colId: 's1', weight: 0.9 },
      ],
    );
    expect(matrix).toEqual([
      [0, 0],
      [0.4, 0],
    ]);
  });
});
