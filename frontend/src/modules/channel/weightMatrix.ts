/**
 * The weight matrix editor's model, free of React: cell text parsing, pasting a spreadsheet block, keyboard
 * movement between cells and the changes to save. Rows are channels, columns are segments; a cell holds the
 * text the user sees, so a bad entry stays on screen (and marked) until it is fixed.
 */

export type CellPosition = Readonly<{ row: number; col: number }>;
export type MatrixSize = Readonly<{ rows: number; cols: number }>;

export type WeightProblem = 'notANumber' | 'outOfRange';
export type ParsedWeight = Readonly<{ ok: true; value: number }> | Readonly<{ ok: false; problem: WeightProblem }>;

/**
 * A cell's text as a weight in [0, 1]. Accepts a decimal point or comma ("0,35" from a Polish or Russian
 * spreadsheet), spaces around, and an empty cell as 0 (a pair without a weight counts as 0).
 */
export function parseWeight(text: string): ParsedWeight {
  const trimmed = text.replace(/[\s\u00a0]+/g, '');
  if (trimmed === '') return { ok: true, value: 0 };
  const normalised = trimmed.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return { ok: false, problem: 'notANumber' };
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notANumber' };
  if (value < 0 || value > 1) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}

/**
 * A block copied from a spreadsheet: rows separated by newlines (LF or CRLF), cells by tabs. The trailing
 * newline spreadsheets add is dropped; cells keep their text (trimmed) for parseWeight to judge.
 */
export function parsePastedBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
}

export type PasteResult = Readonly<{
  cells: string[][];
  /** How many cells were written. */
  written: number;
  /** Pasted cells that fell outside the matrix and were left out. */
  clipped: number;
}>;

/** Writes a pasted block into a copy of the matrix with its top-left corner at `at`; what sticks out is clipped. */
export function applyPaste(
  cells: readonly (readonly string[])[],
  block: readonly (readonly string[])[],
  at: CellPosition,
): PasteResult {
  const next = cells.map((row) => [...row]);
  let written = 0;
  let clipped = 0;
  block.forEach((blockRow, i) => {
    blockRow.forEach((value, j) => {
      const row = at.row + i;
      const col = at.col + j;
      if (row < next.length && col < (next[row]?.length ?? 0)) {
        next[row][col] = value;
        written += 1;
      } else {
        clipped += 1;
      }
    });
  });
  return { cells: next, written, clipped };
}

export type NavigationKey = Readonly<{ key: string; shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }>;

/**
 * Where focus goes from `at` for a key, or null when the key does not move (focus stays, or leaves the
 * matrix the browser's way). Arrows move one cell and stop at the edges; Home/End go to the row's ends
 * (with Ctrl, to the matrix's corners); Enter moves down (Shift+Enter up) as in a spreadsheet; Tab moves
 * right and wraps to the next row (Shift+Tab the other way) and lets focus leave at the matrix's ends.
 */
export function moveFocus(at: CellPosition, event: NavigationKey, size: MatrixSize): CellPosition | null {
  const { rows, cols } = size;
  if (rows === 0 || cols === 0) return null;
  const clampRow = (row: number) => Math.min(Math.max(row, 0), rows - 1);
  const clampCol = (col: number) => Math.min(Math.max(col, 0), cols - 1);
  const to = (row: number, col: number) => ({ row: clampRow(row), col: clampCol(col) });
  switch (event.key) {
    case 'ArrowUp':
      return to(at.row - 1, at.col);
    case 'ArrowDown':
      return to(at.row + 1, at.col);
    case 'ArrowLeft':
      return to(at.row, at.col - 1);
    case 'ArrowRight':
      return to(at.row, at.col + 1);
    case 'Home':
      return event.ctrlKey || event.metaKey ? to(0, 0) : to(at.row, 0);
    case 'End':
      return event.ctrlKey || event.metaKey ? to(rows - 1, cols - 1) : to(at.row, cols - 1);
    case 'PageUp':
      return to(at.row - 10, at.col);
    case 'PageDown':
      return to(at.row + 10, at.col);
    case 'Enter':
      return to(at.row + (event.shiftKey ? -1 : 1), at.col);
    case 'Tab': {
      const linear = at.row * cols + at.col + (event.shiftKey ? -1 : 1);
      if (linear < 0 || linear >= rows * cols) return null;
      return { row: Math.floor(linear / cols), col: linear % cols };
    }
    default:
      return null;
  }
}

export type WeightChange = Readonly<{ row: number; col: number; weight: number }>;

/**
 * The cells whose weight differs from the saved one, and the cells that cannot be saved. Only changed pairs
 * are sent (0 removes a pair), so an untouched weight is never rewritten with a rounded copy of itself.
 */
export function diffMatrix(
  cells: readonly (readonly string[])[],
  saved: readonly (readonly number[])[],
): { changes: WeightChange[]; invalid: Array<CellPosition & { problem: WeightProblem }> } {
  const changes: WeightChange[] = [];
  const invalid: Array<CellPosition & { problem: WeightProblem }> = [];
  cells.forEach((rowCells, row) =>
    rowCells.forEach((text, col) => {
      const parsed = parseWeight(text);
      if (!parsed.ok) invalid.push({ row, col, problem: parsed.problem });
      else if (Math.abs(parsed.value - (saved[row]?.[col] ?? 0)) > 1e-9)
        changes.push({ row, col, weight: parsed.value });
    }),
  );
  return { changes, invalid };
}

/** How a saved weight reads in a cell: empty for 0 (no pair), otherwise in the user's locale ("0,35"). */
export function formatWeight(weight: number, locale: string): string {
  if (weight === 0) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(weight);
}

/** The saved matrix as numbers, rows × cols, from the API's list of non-zero pairs. */
export function toMatrix<R extends { id: string }, C extends { id: string }>(
  rows: readonly R[],
  cols: readonly C[],
  weights: readonly { rowId: string; colId: string; weight: number }[],
): number[][] {
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const colIndex = new Map(cols.map((c, i) => [c.id, i]));
  const matrix = rows.map(() => cols.map(() => 0));
  for (const w of weights) {
    const row = rowIndex.get(w.rowId);
    const col = colIndex.get(w.colId);
    if (row !== undefined && col !== undefined) matrix[row][col] = w.weight;
  }
  return matrix;
}
