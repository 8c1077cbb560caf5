import { Grid } from '@vaadin/react-components/Grid.js';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditDeleteColumn, type EditDeleteAction } from './EditDeleteColumn';

type Props<T> = Readonly<{
  id: string;
  rows: readonly T[];
  /** The grid's accessible name, usually the page title. */
  label: string;
  /** What the page shows instead of the grid while there are no rows. */
  empty: ReactNode;
  /** Whether the page is narrow: the grid is laid out again when this changes. */
  narrow: boolean;
  /** A row's Edit and Delete, in a last column; absent for users who may not change rows. */
  onAction?: ((action: EditDeleteAction, row: T) => void) | false;
  /** The columns. */
  children: ReactNode;
}>;

/** The grid of a list page: every row shown, striped, wrapping; or the empty state when there is no row. */
export function RowsGrid<T extends { name: string }>({ id, rows, label, empty, narrow, onAction, children }: Props<T>) {
  const { i18n } = useTranslation();
  if (rows.length === 0) return empty;
  return (
    <Grid<T>
      // Auto-width columns are measured once; remeasure when the labels or the layout change.
      key={`${i18n.language}-${narrow ? 'compact' : 'full'}`}
      id={id}
      items={[...rows]}
      allRowsVisible
      theme="row-stripes wrap-cell-content"
      aria-label={label}
    >
      {children}
      {onAction && <EditDeleteColumn<T> compact={narrow} onAction={onAction} nameOf={(row) => row.name} />}
    </Grid>
  );
}
