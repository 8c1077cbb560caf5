/** The side-by-side comparison holds at least two suppliers and at most four (a phone still shows them). */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** A score of 1–5 with one decimal in the reader's language, or a dash while unrated. */
export function formatScore(score: number | null | undefined, language: string): string {
  if (score === null || score === undefined) return '—';
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

/** A share (0–1) as a whole percentage, or a dash when unknown. */
export function formatShare(share: number | null | undefined, language: string): string {
  if (share === null || share === undefined) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The suppliers to compare, from the address's `ids`: distinct, in order, at most {@link COMPARE_MAX}. */
export function compareIds(param: string | null): string[] {
  const ids = (param ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return [...new Set(ids)].slice(0, COMPARE_MAX);
}

type Scored = Readonly<{ score: number | null | undefined }>;

/**
 * Which columns hold the best value of a row (several on a tie; none when no value is known), so the compare view
 * can mark them; `higher` says whether more is better.
 */
export function bestColumns(values: readonly (number | null | undefined)[], higher = true): Set<number> {
  const known = values.filter((value): value is number => value !== null && value !== undefined);
  if (known.length === 0) return new Set();
  const best = higher ? Math.max(...known) : Math.min(...known);
  return new Set(values.flatMap((value, column) => (value === best ? [column] : [])));
}

/** The criteria as the comparison's rows: each criterion once, in the first supplier's order, with every score. */
export function criterionRows<C extends Readonly<{ id: string }>>(
  suppliers: readonly Readonly<{ criteria: readonly (Scored & Readonly<{ criterion: C }>)[] }>[],
): { criterion: C; scores: (number | null)[] }[] {
  const rows = new Map<string, { criterion: C; scores: (number | null)[] }>();
  suppliers.forEach((supplier, column) => {
    for (const each of supplier.criteria) {
      const row = rows.get(each.criterion.id) ?? {
        criterion: each.criterion,
        scores: suppliers.map(() => null),
      };
      row.scores[column] = each.score ?? null;
      rows.set(each.criterion.id, row);
    }
  });
  return [...rows.values()];
}
