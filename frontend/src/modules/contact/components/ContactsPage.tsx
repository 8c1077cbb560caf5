import { Button } from '@vaadin/react-components/Button.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCompany } from '../../company/hooks/useCompany';
import { CONSENT_CHANNELS, CONSENT_STATES, type ConsentChannel, type ConsentState } from '../../consent/types/Consent';
import { RecordGridPage } from '../../record/components/RecordGridPage';
import { AnyChoiceSelect } from '../../ui/components/AnyChoiceSelect';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import { useAddressState } from '../../ui/hooks/useAddressState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useContactPages } from '../hooks/useContactPages';
import { useDeleteContact } from '../hooks/useDeleteContact';
import { contactParamsOf, contactStateOf, isNarrowed } from '../listState';
import { CONTACT_ORDERS, displayName, type Contact } from '../types/Contact';
import { ContactFlags } from './ContactFlags';
import { ContactFormDialog } from './ContactFormDialog';
import { ContactNameCell } from './ContactNameCell';
import '../contacts.css';

const YES_NO = ['yes', 'no'] as const;
type YesNo = (typeof YES_NO)[number];
const yesNoOf = (value: boolean | null): YesNo | null => (value === null ? null : value ? 'yes' : 'no');
const booleanOf = (value: YesNo | null): boolean | null => (value === null ? null : value === 'yes');
const CONSENT_CHOICES = CONSENT_CHANNELS.flatMap((channel) => CONSENT_STATES.map((s) => `${channel}:${s}`));

/** The contacts grid: prefix search, filters (of one company, from its card), sorting and saved views. */
export function ContactsPage() {
  const { t } = useTranslation();
  const { current } = useWorkspaces();
  const workspaceId = current?.id ?? '';
  const { state, change, searchText, setSearchText } = useAddressState(contactStateOf, contactParamsOf);
  const { pages, reload } = useContactPages(current?.id, state);
  const { company } = useCompany(state.companyId ? workspaceId || null : null, state.companyId ?? '');
  const [, deleteContact] = useDeleteContact();
  const consent = state.consentChannel && state.consentState ? `${state.consentChannel}:${state.consentState}` : null;

  return (
    <RecordGridPage<Contact>
      words="contacts"
      idPrefix="contact"
      screen="contacts"
      nameOf={displayName}
      pages={pages}
      reload={reload}
      narrowed={isNarrowed(state)}
      onClearFilter={() => {
        setSearchText('');
        change({ ...contactStateOf(new URLSearchParams()), orderBy: state.orderBy });
      }}
      remove={(w, contact) => deleteContact({ workspaceId: w, id: contact.id })}
      lead={
        <>
          <p className="page__notice">
            <Link id="contacts-duplicates-link" to="/contacts/duplicates">
              {t('contacts.duplicatesLink')}
            </Link>
          </p>
          {state.companyId && (
            <p className="page__notice" id="contact-company-filter">
              {t('contacts.ofCompany', { name: company?.name ?? '…' })}{' '}
              <Button theme="tertiary small" onClick={() => change({ companyId: null })}>
                {t('contacts.allCompanies')}
              </Button>
            </p>
          )}
        </>
      }
      filters={
        <>
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
            choices={CONSENT_CHOICES}
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
        </>
      }
      columns={(narrow) => (
        <>
          <GridColumn<Contact> header={t('contacts.name')} width="12rem" flexGrow={3}>
            {({ item }) => <ContactNameCell contact={item} withMeta={narrow} />}
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
                <ContactFlags contact={item} />
              </span>
            )}
          </GridColumn>
          <GridColumn<Contact> header={t('contacts.fields.country')} autoWidth flexGrow={0} hidden={narrow}>
            {({ item }) => item.country ?? ''}
          </GridColumn>
        </>
      )}
      form={(dialog, edited) => <ContactFormDialog {...dialog} contact={edited} company={company ?? null} />}
    />
  );
}
