import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { EmailField } from '@vaadin/react-components/EmailField.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompanyPicker } from '../../company/components/CompanyPicker';
import { DraftFormDialog, type RowDialogProps } from '../../ui/components/DraftFormDialog';
import { outcomeOf, useDraftForm } from '../../ui/hooks/useDraftForm';
import { useCreateContact } from '../hooks/useCreateContact';
import { useUpdateContact } from '../hooks/useUpdateContact';
import type { Contact } from '../types/Contact';
import { CONTACT_LIMITS, contactDraftOf, toContactInput, validateContact } from '../validation';

type Props = RowDialogProps<Contact> &
  Readonly<{
    contact: Contact | null;
    /** A new contact's company, when created from the company's card. */
    company?: Readonly<{ id: string; name: string }> | null;
  }>;

/** Creates or edits a contact: a first name, a last name or an email is enough; Enter saves from every field. */
export function ContactFormDialog({ opened, workspaceId, contact, company, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [created, create] = useCreateContact();
  const [updated, update] = useUpdateContact();
  const [chosenCompany, setChosenCompany] = useState<Readonly<{ id: string; name: string }> | null>(null);
  const draftOf = useCallback(
    (edited: Contact | null | undefined) => ({
      ...contactDraftOf(edited),
      companyId: edited ? (edited.company?.id ?? '') : (company?.id ?? ''),
    }),
    [company],
  );
  const form = useDraftForm({
    opened,
    record: contact,
    draftOf,
    validate: validateContact,
    saving: created.fetching || updated.fetching,
    firstField: 'firstName',
    save: async (draft) => {
      const input = toContactInput(draft);
      return outcomeOf(
        await (contact ? update({ workspaceId, id: contact.id, input }) : create({ workspaceId, input })),
      );
    },
    onSaved,
  });
  useEffect(() => {
    if (opened) setChosenCompany(contact ? (contact.company ?? null) : (company ?? null));
  }, [opened, contact, company]);
  const { draft, change, textProps, serverErrors } = form;
  const checkbox = (field: 'keyStaff' | 'management') => ({
    checked: draft[field],
    onCheckedChanged: (e: CustomEvent<{ value: boolean }>) => change(field, e.detail.value),
  });

  return (
    <DraftFormDialog
      opened={opened}
      title={contact ? t('contacts.editTitle') : t('contacts.createTitle')}
      saveId="contact-save"
      saving={created.fetching || updated.fetching}
      submit={form.submit}
      generalError={form.generalError}
      onClose={onClose}
    >
      <p className="muted form-hint">{t('contacts.nameOrEmail')}</p>
      <TextField
        id="contact-first-name"
        label={t('contacts.fields.firstName')}
        maxlength={CONTACT_LIMITS.firstName + 1}
        autocomplete="off"
        ref={form.nameField}
        {...textProps('firstName')}
      />
      <TextField
        id="contact-last-name"
        label={t('contacts.fields.lastName')}
        maxlength={CONTACT_LIMITS.lastName + 1}
        autocomplete="off"
        {...textProps('lastName')}
      />
      <EmailField
        id="contact-email"
        label={t('contacts.fields.email')}
        maxlength={CONTACT_LIMITS.email + 1}
        autocomplete="off"
        manualValidation
        {...textProps('email')}
      />
      <TextField
        id="contact-phone"
        label={t('contacts.fields.phone')}
        maxlength={CONTACT_LIMITS.phone + 1}
        autocomplete="off"
        {...textProps('phone')}
      />
      <CompanyPicker
        id="contact-company"
        workspaceId={workspaceId}
        value={chosenCompany}
        invalid={Boolean(serverErrors.companyId)}
        errorMessage={serverErrors.companyId}
        onChange={(picked) => {
          setChosenCompany(picked);
          change('companyId', picked?.id ?? '');
        }}
      />
      <TextField
        id="contact-position"
        label={t('contacts.fields.position')}
        maxlength={CONTACT_LIMITS.position + 1}
        {...textProps('position')}
      />
      <Checkbox id="contact-key-staff" label={t('contacts.fields.keyStaff')} {...checkbox('keyStaff')} />
      <Checkbox id="contact-management" label={t('contacts.fields.management')} {...checkbox('management')} />
      <TextField
        id="contact-address"
        label={t('contacts.fields.addressLine')}
        maxlength={CONTACT_LIMITS.addressLine + 1}
        {...textProps('addressLine')}
      />
      <TextField
        id="contact-postal-code"
        label={t('contacts.fields.postalCode')}
        maxlength={CONTACT_LIMITS.postalCode + 1}
        {...textProps('postalCode')}
      />
      <TextField
        id="contact-city"
        label={t('contacts.fields.city')}
        maxlength={CONTACT_LIMITS.city + 1}
        {...textProps('city')}
      />
      <TextField
        id="contact-country"
        label={t('contacts.fields.country')}
        helperText={t('contacts.countryHelp')}
        maxlength={2}
        {...textProps('country')}
      />
      <TextField
        id="contact-language"
        label={t('contacts.fields.preferredLanguage')}
        helperText={t('contacts.languageHelp')}
        maxlength={5}
        {...textProps('preferredLanguage')}
      />
      <TextField
        id="contact-external-id"
        label={t('contacts.fields.externalId')}
        maxlength={CONTACT_LIMITS.externalId + 1}
        {...textProps('externalId')}
      />
    </DraftFormDialog>
  );
}
