import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QualityFigure } from '../../../generated/graphql';
import { ContactNameCell } from '../../contact/components/ContactNameCell';
import type { Contact } from '../../contact/types/Contact';
import { useGridPages } from '../../paging/useGridPages';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useQualityContactPages } from '../hooks/useQualityContactPages';
import '../../ui/pages.css';
import '../quality.css';

const PAGE_SIZE = 50;

/** The contacts behind one figure of the quality dashboard as they stand now, each a link to their card. */
export function QualityContactsPage({ figure }: Readonly<{ figure: QualityFigure }>) {
  const { t, i18n } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const { pages, reload } = useQualityContactPages(current?.id, figure);
  const { list, dataProvider } = useGridPages(pages, PAGE_SIZE);

  if (!loaded) return <LoadingState />;
  if (!current) return <p className="empty">{t('quality.noWorkspace')}</p>;
  const total = list.kind === 'ready' ? list.total : null;
  const title = t(`quality.lists.${figure}.title`);
  return (
    <section className="page" aria-labelledby="quality-list-title">
      <Link to="/quality" className="record-page__back">
        {t('quality.backToDashboard')}
      </Link>
      <header className="page__header">
        <h2 id="quality-list-title">{title}</h2>
      </header>
      <p className="muted page__notice">{t(`quality.lists.${figure}.help`)}</p>
      {figure === 'SUSPECTED_DUPLICATE' && (
        <p className="page__notice">
          <Link id="quality-duplicates-link" to="/contacts/duplicates">
            {t('quality.duplicatePairs')}
          </Link>
        </p>
      )}
      <span className="muted" id="quality-list-total" role="status" aria-live="polite">
        {total === null
          ? t('common.loading')
          : t('quality.listTotal', { count: total, formatted: new Intl.NumberFormat(i18n.language).format(total) })}
      </span>
      {list.kind === 'failed' ? (
        <ErrorState error={list.error} onRetry={reload} />
      ) : list.kind === 'loading' ? (
        <ProgressBar indeterminate aria-label={t('common.loading')} />
      ) : total === 0 ? (
        <div className="card empty list-empty" id="quality-list-empty">
          <p>{t('quality.listEmpty')}</p>
        </div>
      ) : (
        <Grid<Contact>
          id="quality-list-grid"
          aria-label={title}
          itemIdPath="id"
          pageSize={PAGE_SIZE}
          dataProvider={dataProvider}
          theme="row-stripes wrap-cell-content"
          className="list-grid"
        >
          <GridColumn<Contact> header={t('quality.listContact')}>
            {({ item }) => <ContactNameCell contact={item} withMeta />}
          </GridColumn>
        </Grid>
      )}
    </section>
  );
}
