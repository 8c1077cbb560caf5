import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftFormDialog, type RowDialogProps } from '../../ui/components/DraftFormDialog';
import { useRowDraftForm } from '../../ui/hooks/useDraftForm';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useCreateCompany } from '../hooks/useCreateCompany';
import { useUpdateCompany } from '../hooks/useUpdateCompany';
import {
  COMPANY_SIZES,
  COMPANY_STATUSES,
  UPSELL_POTENTIALS,
  type Company,
  type CompanySize,
  type CompanyStatus,
  type UpsellPotential,
} from '../types/Company';
import { COMPANY_LIMITS, companyDraftOf, toCompanyInput, validateCompany } from '../validation';

/** "Not set": Vaadin's Select shows no label for an item whose value is empty. */
const NONE = '__none';

type Props = RowDialogProps<Company> & Readonly<{ company: Company | null }>;

/** Creates or edits a company; Enter saves from every field. */
export function CompanyFormDialog({ opened, workspaceId, company, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { current } = useWorkspaces();
  const { draft, nameField, serverErrors, change, textProps, dialog } = useRowDraftForm({
    opened,
    workspaceId,
    record: company,
    draftOf: companyDraftOf,
    validate: validateCompany,
    toInput: toCompanyInput,
    create: useCreateCompany(),
    update: useUpdateCompany(),
    onSaved,
  });
  const members = current?.members;
  // Stable items: new ones re-render an open Select's list and close it (a blur re-renders the form).
  const items = useMemo(() => {
    const none = { value: NONE, label: t('companies.notSet') };
    return {
      status: COMPANY_STATUSES.map((s) => ({ value: s, label: t(`companies.status.${s}`) })),
      size: [none, ...COMPANY_SIZES.map((s) => ({ value: s, label: t(`companies.size.${s}`) }))],
      upsell: [none, ...UPSELL_POTENTIALS.map((u) => ({ value: u, label: t(`companies.upsell.${u}`) }))],
      owner: [none, ...(members ?? []).map((m) => ({ value: m.username, label: m.username }))],
    };
  }, [t, members]);
  const selectProps = (field: 'status' | 'size' | 'upsellPotential' | 'owner') => ({
    value: draft[field] || NONE,
    invalid: Boolean(serverErrors[field]),
    errorMessage: serverErrors[field],
  });
  const chosen = (value: string) => (value === NONE ? '' : value);

  return (
    <DraftFormDialog
      {...dialog}
      title={company ? t('companies.editTitle') : t('companies.createTitle')}
      saveId="company-save"
      onClose={onClose}
    >
      <TextField
        id="company-name"
        label={t('companies.fields.name')}
        required
        maxlength={COMPANY_LIMITS.name + 1}
        ref={nameField}
        {...textProps('name')}
      />
      <Select
        id="company-status"
        label={t('companies.fields.status')}
        items={items.status}
        {...selectProps('status')}
        onValueChanged={(e) => e.detail.value && change('status', e.detail.value as CompanyStatus)}
      />
      <TextField
        id="company-industry"
        label={t('companies.fields.industry')}
        maxlength={COMPANY_LIMITS.industry + 1}
        {...textProps('industry')}
      />
      <TextField
        id="company-region"
        label={t('companies.fields.region')}
        maxlength={COMPANY_LIMITS.region + 1}
        {...textProps('region')}
      />
      <Select
        id="company-size"
        label={t('companies.fields.size')}
        helperText={t('companies.sizeHelp')}
        items={items.size}
        {...selectProps('size')}
        onValueChanged={(e) => change('size', chosen(e.detail.value) as CompanySize | '')}
      />
      <Select
        id="company-upsell"
        label={t('companies.fields.upsellPotential')}
        items={items.upsell}
        {...selectProps('upsellPotential')}
        onValueChanged={(e) => change('upsellPotential', chosen(e.detail.value) as UpsellPotential | '')}
      />
      <Select
        id="company-owner"
        label={t('companies.fields.owner')}
        items={items.owner}
        {...selectProps('owner')}
        onValueChanged={(e) => change('owner', chosen(e.detail.value))}
      />
      <TextField
        id="company-external-id"
        label={t('companies.fields.externalId')}
        helperText={t('companies.externalIdHelp')}
        maxlength={COMPANY_LIMITS.externalId + 1}
        {...textProps('externalId')}
      />
    </DraftFormDialog>
  );
}
