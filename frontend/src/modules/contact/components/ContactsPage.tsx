import { Button } from '@vaadin/react-components/Button.js';
import { Grid, type GridElement } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { useCompany } from '../../company/hooks/useCompany';
import { CONSENT_CHANNELS, CONSENT_STATES, type ConsentChannel, type ConsentState } from '../../consent/types/Consent';
import { useGridPages } from '../../paging/useGridPages';
import { SavedViewBar } from '../../savedview/components/SavedViewBar';
import { AnyChoiceSelect } from '../../ui/components/AnyChoiceSelect';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { ErrorState } from '../../ui/components/ErrorState';
import { ListPage } from '../../ui/components/ListPage';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice } from '../../ui/components/PageNotice';
import { RowActions } from '../../ui/components/RowActions';
import { useAddressState } from '../../ui/hooks/useAddressState';
import { useRowsPage } from '../../ui/hooks/useRowsPage';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useContactPages } from '../hooks/useContactPages';
import { useDeleteContact } from '../hooks/useDeleteContact';
import { contactParamsOf, contactStateOf, isNarrowed } from '../listState';
import { CONTACT_ORDERS, displayName, type Contact } from '../types/Contact';
import { ContactFormDialog } from './ContactFormDialog';
import '../../ui/pages.css';
import '../contacts.css';

const PAGE_SIZE = 50;
// Below this page width a row is one stacked cell and its actions fold into one "⋯" menu.
const FULL_ROW_MIN_WIDTH = 900;
const YES_NO = ['yes', 'no'] as const;
type YesNo = (typeof YES_NO)[number];
const yesNoOf = (value: boolean | null): YesNo | null => (value === null ? null : value ? 'yes' : 'no');
const booleanOf = (value: YesNo | null): boolean | null => (value === null ? null : value === 'yes');

/** A contact as the list names them (their name, else email), so that delete and the actions can say whom. */
type Row = Contact & { name: string };

function ContactMeta({ contact }: Readonly<{ contact: Contact }>) {
  const { t } = useTranslation();
  return (
    <>
      {(contact.position || contact.company) && (
        <span className="entity-cell__meta">
          {[contact.position, contact.company?.name].filter(Boolean).join(' · ')}
        </span>
      )}
      {contact.email && <span className="entity-cell__meta">{contact.email}</span>}
      {(contact.keyStaff || contact.management) && (
        <span className="contact-flags">
          {contact.keyStaff && <span className="badge">{t('contacts.fields.keyStaff')}</span>}
          {contact.management && <span className="badge">{t('contacts.fields.management')}</span>}
        </span>
      )}
    </>
  );
}

export function ContactsPage() {
  const { t, i18n } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { state, change, searchText, setSearchText } = useAddressState(contactStateOf, contactParamsOf);
  const { pages, reload } = useContactPages(current?.id, state);
  const { list, dataProvider } = useGridPages(pages, PAGE_SIZE);
  const { company } = useCompany(state.companyId ? workspaceId || null : null, state.companyId ?? '');
  const gridRef = useRef<GridElement<Contact>>(null);
  const [, deleteContact] = useDeleteContact();
  const { editor, notice, narrow, pageRef, onRowAction, onSaved, deleteDialog } = useRowsPage<Row>({
    words: 'contacts',
    narrowBelow: FULL_ROW_MIN_WIDTH,
    remove: async (contact) => {
      const result = await deleteContact({ workspaceId, id: contact.id });
      if (!result.error) reload();
      return result;
    },
  });
  const counts = new Intl.NumberFormat(i18n.language);

  if (!loaded) return <LoadingState />;
  if (!current) return <p className="empty">{t('contacts.noWorkspace')}</p>;

  const total = list.kind === 'ready' ? list.total : null;
  const narrowed = isNarrowed(state);
  const consent = state.consentChannel && state.consentState ? `${state.consentChannel}:${state.consentState}` : null;
  const consentChoices = CONSENT_CHANNELS.flatMap((channel) => CONSENT_STATES.map((s) => `${channel}:${s}`));
  const clearFilter = () => {
    setSearchText('');
    change({ ...contactStateOf(new URLSearchParams()), orderBy: state.orderBy });
  };
  const asRow = (contact: Contact): Row => ({ ...contact, name: displayName(contact) });

  return (
    <ListPage
      title={t('contacts.title')}
      create={canWrite && { id: 'contact-create', label: t('contacts.create'), onClick: editor.create }}
      pageRef={pageRef}
    >
      <p className="muted page__notice">{t('contacts.intro')}</p>
      <PageNotice notice={notice} />
      {state.companyId && (
        <p className="page__notice" id="contact-company-filter">
          {t('contacts.ofCompany', { name: company?.name ?? '…' })}{' '}
          <Button theme="tertiary small" onClick={() => change({ companyId: null })}>
            {t('contacts.allCompanies')}
          </Button>
        </p>
      )}

      <div className="list-filter" role="search" aria-label={t('contacts.filterLabel')}>
        <TextField
          id="contact-search"
          className="list-filter__search"
          label={t('contacts.search')}
          placeholder={t('contacts.searchPlaceholder')}
          helperText={t('contacts.searchHelp')}
          clearButtonVisible
          value={searchText}
          onValueChanged={(e) => setSearchText(e.detail.value)}
        />
        <AnyChoiceSelect<YesNo>
          id="contact-key-staff-filter"
          label={t('contacts.fields.keyStaff')}
          anyLabel={t('contacts.either')}
          value={yesNoOf(state.keyStaff)}
          choices={YES_NO}
          words="contacts.yesNo"
          onChange={(v) => change({ keyStaff: booleanOf(v) })}
        />
        <AnyChoiceSelect<YesNo>
          id="contact-management-filter"
          label={t('contacts.fields.management')}
          anyLabel={t('contacts.either')}
          value={yesNoOf(state.management)}
          choices={YES_NO}
          words="contacts.yesNo"
          onChange={(v) => change({ management: booleanOf(v) })}
        />
        <AnyChoiceSelect<YesNo>
          id="contact-has-email-filter"
          label={t('contacts.hasEmail')}
          anyLabel={t('contacts.either')}
          value={yesNoOf(state.hasEmail)}
          choices={YES_NO}
          words="contacts.yesNo"
          onChange={(v) => change({ hasEmail: booleanOf(v) })}
        />
        <AnyChoiceSelect
          id="contact-consent-filter"
          label={t('contacts.consentFilter')}
          anyLabel={t('contacts.anyConsent')}
          value={consent}
          choices={consentChoices}
          words="contacts.consentChoice"
          onChange={(v) => {
            const [channel, s] = v ? v.split(':') : [null, null];
            change({ consentChannel: channel as ConsentChannel | null, consentState: s as ConsentState | null });
          }}
        />
        <TextField
          id="contact-country-filter"
          label={t('contacts.fields.country')}
          placeholder="PL"
          maxlength={2}
          clearButtonVisible
          value={state.country}
          onChange={(e) => change({ country: e.target.value.toUpperCase() })}
        />
        <ChoiceSelect
          id="contact-order"
          label={t('contacts.sortBy')}
          value={state.orderBy}
          choices={CONTACT_ORDERS}
          words="contacts.order"
          onChange={(orderBy) => change({ orderBy })}
        />
      </div>
      <SavedViewBar workspaceId={workspaceId} screen="contacts" />

      <span className="muted" id="contact-total" role="status" aria-live="polite">
        {total === null ? t('common.loading') : t('contacts.total', { count: total, formatted: counts.format(total) })}
      </span>

      {list.kind === 'failed' ? (
        <ErrorState error={list.error} onRetry={reload} />
      ) : list.kind === 'loading' ? (
        <ProgressBar indeterminate aria-label={t('common.loading')} />
      ) : total === 0 ? (
        <div className="card empty list-empty" id="contacts-empty">
          {narrowed ? (
            <>
              <p>{t('contacts.noMatch')}</p>
              <Button id="contact-clear-filter" onClick={clearFilter}>
                {t('contacts.clearFilter')}
              </Button>
            </>
          ) : (
            <>
              <p>{t('contacts.empty')}</p>
              {canWrite ? (
                <Button id="contact-create-first" theme="primary" onClick={editor.create}>
                  {t('contacts.createFirst')}
                </Button>
              ) : (
                <p className="muted">{t('contacts.emptyReader')}</p>
              )}
            </>
          )}
        </div>
      ) : null}

      {pages && total !== null && total > 0 && (
        <Grid<Contact>
          key={`${i18n.language}-${narrow ? 'compact' : 'full'}`}
          id="contact-grid"
          ref={gridRef}
          aria-label={t('contacts.title')}
          itemIdPath="id"
          pageSize={PAGE_SIZE}
          dataProvider={dataProvider}
          theme="row-stripes wrap-cell-content"
          className="list-grid"
        >
          <GridColumn<Contact> header={t('contacts.name')} width="12rem" flexGrow={3}>
            {({ item }) => (
              <span className="entity-cell">
                <Link className="entity-cell__name" to={`/contacts/${item.id}`}>
                  {displayName(item)}
                </Link>
                {narrow && <ContactMeta contact={item} />}
              </span>
            )}
          </GridColumn>
          <GridColumn<Contact> header={t('contacts.fields.email')} width="12rem" flexGrow={2} hidden={narrow}>
            {({ item }) => item.email && <a href={`mailto:${item.email}`}>{item.email}</a>}
          </GridColumn>
          <GridColumn<Contact> header={t('contacts.fields.company')} width="10rem" flexGrow={2} hidden={narrow}>
            {({ item }) => item.company && <Link to={`/companies/${item.company.id}`}>{item.company.name}</Link>}
          </GridColumn>
          <GridColumn<Contact> header={t('contacts.fields.position')} width="9rem" flexGrow={1} hidden={narrow}>
            {({ item }) => (
              <span className="entity-cell">
                <span>{item.position}</span>
                {(item.keyStaff || item.management) && (
                  <span className="contact-flags">
                    {item.keyStaff && <span className="badge">{t('contacts.fields.keyStaff')}</span>}
                    {item.management && <span className="badge">{t('contacts.fields.management')}</span>}
                  </span>
                )}
              </span>
            )}
          </GridColumn>
          <GridColumn<Contact> header={t('contacts.fields.country')} autoWidth flexGrow={0} hidden={narrow}>
            {({ item }) => item.country ?? ''}
          </GridColumn>
          {canWrite && (
            <GridColumn<Contact> header={narrow ? '' : t('common.actions')} autoWidth flexGrow={0}>
              {({ item }) => {
                const name = displayName(item);
                return (
                  <RowActions<'edit' | 'delete'>
                    compact={narrow}
                    menuLabel={t('common.actionsFor', { name })}
                    actions={[
                      { action: 'edit', text: t('common.edit'), label: t('common.editLabel', { name }) },
                      {
                        action: 'delete',
                        text: t('common.delete'),
                        label: t('common.deleteLabel', { name }),
                        destructive: true,
                      },
                    ]}
                    onAction={(action) => onRowAction(action, asRow(item))}
                  />
                );
              }}
            </GridColumn>
          )}
        </Grid>
      )}

      <ContactFormDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        contact={editor.edited}
        company={company ?? null}
        onClose={editor.closeDialog}
        onSaved={(contact) => {
          onSaved(asRow(contact));
          if (!pages?.replace((c) => c.id === contact.id, contact)) reload();
          else gridRef.current?.clearCache();
        }}
      />
      <DeleteConfirmDialog id="contact-delete-confirm" {...deleteDialog} />
    </ListPage>
  );
}
