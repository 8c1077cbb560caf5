import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { CheckboxGroup } from '@vaadin/react-components/CheckboxGroup.js';
import { EmailField } from '@vaadin/react-components/EmailField.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftFormDialog, type RowDialogProps } from '../../ui/components/DraftFormDialog';
import { isInTextArea } from '../../ui/forms/formKeys';
import { useRowDraftForm } from '../../ui/hooks/useDraftForm';
import { useCreateSupplier } from '../hooks/useCreateSupplier';
import { useUpdateSupplier } from '../hooks/useUpdateSupplier';
import { BUDGET_CATEGORIES, type BudgetCategory, type Supplier, type SupplierDraft } from '../types/Supplier';
import {
  draftOf,
  SUPPLIER_CONTACT_NAME_MAX_LENGTH,
  SUPPLIER_EMAIL_MAX_LENGTH,
  SUPPLIER_NAME_MAX_LENGTH,
  SUPPLIER_NOTES_MAX_LENGTH,
  SUPPLIER_PHONE_MAX_LENGTH,
  toSupplierInput,
  validateSupplier,
} from '../validation';
import '../suppliers.css';

type Props = RowDialogProps<Supplier> &
  Readonly<{
    /** The supplier to edit; null when creating one. */
    supplier: Supplier | null;
    /** The workspace's suppliers, to refuse a name another one has before asking the server. */
    suppliers: readonly Supplier[];
  }>;

export function SupplierFormDialog({ opened, workspaceId, supplier, suppliers, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const editingId = supplier?.id ?? null;
  const validate = useCallback(
    (draft: SupplierDraft) =>
      validateSupplier(
        draft,
        suppliers.filter((s) => s.id !== editingId),
      ),
    [suppliers, editingId],
  );
  const { draft, nameField, serverErrors, change, textProps, dialog } = useRowDraftForm({
    opened,
    workspaceId,
    record: supplier,
    draftOf,
    validate,
    toInput: toSupplierInput,
    create: useCreateSupplier(),
    update: useUpdateSupplier(),
    onSaved,
  });

  return (
    <DraftFormDialog
      {...dialog}
      title={supplier ? t('suppliers.editTitle') : t('suppliers.createTitle')}
      saveId="supplier-save"
      onClose={onClose}
      // Enter saves from the text fields and the checkboxes (where it does nothing else); in the notes it starts a line.
      keepsEnter={isInTextArea}
    >
      <TextField
        id="supplier-name"
        label={t('suppliers.name')}
        required
        maxlength={SUPPLIER_NAME_MAX_LENGTH + 1}
        ref={nameField}
        {...textProps('name')}
      />
      {/* Checkboxes rather than a combo box: Tab and Space reach every service, and Enter stays "save". */}
      <CheckboxGroup
        id="supplier-services"
        className="supplier-services"
        label={t('suppliers.services')}
        helperText={t('suppliers.servicesHelp')}
        value={draft.services}
        invalid={Boolean(serverErrors.services)}
        errorMessage={serverErrors.services}
        onValueChanged={(e) => {
          const chosen = new Set(e.detail.value);
          // In the schema's order, as the server keeps them, whatever order they were ticked in.
          const services = BUDGET_CATEGORIES.filter((c) => chosen.has(c));
          if (services.join() !== draft.services.join()) change('services', services as BudgetCategory[]);
        }}
      >
        {BUDGET_CATEGORIES.map((category) => (
          <Checkbox key={category} value={category} label={t(`suppliers.categories.${category}`)} />
        ))}
      </CheckboxGroup>
      <TextField
        id="supplier-contact-name"
        label={t('suppliers.contactName')}
        maxlength={SUPPLIER_CONTACT_NAME_MAX_LENGTH + 1}
        autocomplete="off"
        {...textProps('contactName')}
      />
      {/* Phones offer their e-mail keyboard; the field's own, looser check is off so one rule (the server's) speaks. */}
      <EmailField
        id="supplier-email"
        label={t('suppliers.email')}
        maxlength={SUPPLIER_EMAIL_MAX_LENGTH + 1}
        autocomplete="off"
        manualValidation
        {...textProps('email')}
      />
      <TextField
        id="supplier-phone"
        label={t('suppliers.phone')}
        helperText={t('suppliers.phoneHelp')}
        maxlength={SUPPLIER_PHONE_MAX_LENGTH + 1}
        autocomplete="off"
        {...textProps('phone')}
      />
      <TextArea
        id="supplier-notes"
        label={t('suppliers.notes')}
        maxlength={SUPPLIER_NOTES_MAX_LENGTH + 1}
        {...textProps('notes')}
      />
    </DraftFormDialog>
  );
}
