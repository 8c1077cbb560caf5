import { MultiSelectComboBox } from '@vaadin/react-components/MultiSelectComboBox.js';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CompareSuppliersQuery } from '../../../generated/graphql';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useCompareSuppliers } from '../hooks/useCompareSuppliers';
import { useSuppliers } from '../hooks/useSuppliers';
import { bestColumns, compareIds, COMPARE_MAX, COMPARE_MIN, criterionRows, formatScore, formatShare } from '../scores';
import type { Supplier } from '../types/Supplier';
import '../../ui/pages.css';
import '../suppliers.css';

type Compared = CompareSuppliersQuery['compareSuppliers'][number];
type Criterion = Compared['score']['criteria'][number]['criterion'];

/** A row of the table: its label, and one cell per supplier, the best ones marked. */
function Row({ label, cells, best }: Readonly<{ label: string; cells: ReactNode[]; best?: Set<number> }>) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {cells.map((cell, column) => (
        <td key={column} className={best?.has(column) ? 'supplier-compare__best' : undefined}>
          {cell}
        </td>
      ))}
    </tr>
  );
}

function ComparisonTable({ compared }: Readonly<{ compared: readonly Compared[] }>) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const criterionName = (criterion: Criterion) =>
    criterion.preset ? t(`suppliers.criteria.${criterion.preset}`) : criterion.name;
  const overall = compared.map((each) => each.score.overall);
  const onTime = compared.map((each) => each.score.onTimeRate);
  return (
    <div className="supplier-compare__frame">
      <table className="supplier-compare__table" id="supplier-compare-table">
        <thead>
          <tr>
            <th scope="col">{t('suppliers.supplier')}</th>
            {compared.map((each) => (
              <th scope="col" key={each.supplier.id}>
                {each.supplier.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row
            label={t('suppliers.score.title')}
            cells={overall.map((score) => formatScore(score, language))}
            best={bestColumns(overall)}
          />
          {criterionRows(compared.map((each) => each.score)).map((row) => (
            <Row
              key={row.criterion.id}
              label={criterionName(row.criterion)}
              cells={row.scores.map((score) => formatScore(score, language))}
              best={bestColumns(row.scores)}
            />
          ))}
          <Row
            label={t('suppliers.compare.onTime')}
            cells={onTime.map((rate) => formatShare(rate, language))}
            best={bestColumns(onTime)}
          />
          <Row
            label={t('suppliers.compare.engagements')}
            cells={compared.map((each) =>
              t('suppliers.compare.rated', { count: each.score.engagements, rated: each.score.ratedEngagements }),
            )}
          />
          <Row
            label={t('suppliers.compare.lastEngaged')}
            cells={compared.map((each) =>
              each.score.lastEngagedOn ? new Date(each.score.lastEngagedOn).toLocaleDateString(language) : '—',
            )}
          />
          <Row
            label={t('suppliers.compare.quotes')}
            cells={compared.map((each) =>
              each.quotes.length === 0
                ? '—'
                : each.quotes
                    .map(
                      (quote) => `${t(`suppliers.categories.${quote.service}`)} ${money.format(Number(quote.amount))}`,
                    )
                    .join(', '),
            )}
          />
        </tbody>
      </table>
    </div>
  );
}

/** Two to four suppliers side by side: overall and per-criterion scores, on-time rate, history and quotes. */
export function SupplierComparePage() {
  const { t, i18n } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const [params, setParams] = useSearchParams();
  const ids = compareIds(params.get('ids'));
  const { suppliers } = useSuppliers(current?.id ?? null);
  const { comparison, error, fetching, retry } = useCompareSuppliers(current?.id ?? null, ids);

  if (!loaded) return <LoadingState />;
  if (!current) return <p className="empty">{t('suppliers.noWorkspace')}</p>;

  const all = [...(suppliers ?? [])].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const chosen = ids.flatMap((id) => all.filter((supplier) => supplier.id === id));
  return (
    <section className="page">
      <header className="page__header">
        <h2>{t('suppliers.compare.title')}</h2>
      </header>
      <p className="page__notice">
        <Link to="/suppliers">{t('suppliers.compare.back')}</Link>
      </p>
      <MultiSelectComboBox<Supplier>
        id="supplier-compare-picker"
        className="supplier-compare__picker"
        label={t('suppliers.compare.pick', { min: COMPARE_MIN, max: COMPARE_MAX })}
        items={all}
        itemLabelPath="name"
        itemIdPath="id"
        selectedItems={chosen}
        clearButtonVisible
        onSelectedItemsChanged={(e) => {
          const next = e.detail.value.slice(0, COMPARE_MAX).map((supplier) => supplier.id);
          if (next.join(',') !== ids.join(',')) setParams({ ids: next.join(',') }, { replace: true });
        }}
      />
      {ids.length < COMPARE_MIN ? (
        <p className="muted">{t('suppliers.compare.chooseMore', { min: COMPARE_MIN })}</p>
      ) : error && !comparison ? (
        <ErrorState error={error} onRetry={retry} />
      ) : !comparison || fetching ? (
        <LoadingState />
      ) : (
        <ComparisonTable compared={comparison} />
      )}
    </section>
  );
}
