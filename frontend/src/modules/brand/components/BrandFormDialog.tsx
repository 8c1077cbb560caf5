import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { TextField, type TextFieldElement } from '@vaadin/react-components/TextField.js';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, generalErrorMessage } from '../../api/graphqlErrors';
import type { RowDialogProps } from '../../ui/components/DraftFormDialog';
import { FormDialog } from '../../ui/components/FormDialog';
import { outcomeOf } from '../../ui/hooks/useDraftForm';
import { FormError } from '../../ui/components/FormError';
import { saveOnEnter, withoutField } from '../../ui/forms/formKeys';
import { useCreateBrand } from '../hooks/useCreateBrand';
import { useUpdateBrand } from '../hooks/useUpdateBrand';
import type { Brand, BrandKind } from '../types/Brand';
import { BRAND_NAME_MAX_LENGTH, clientTakenBy, validateBrandKind, validateBrandName } from '../validation';

type Props = RowDialogProps<Brand> & Readonly<{ brand: Brand | null; brands: readonly Brand[] }>;

export function BrandFormDialog({ opened, workspaceId, brand, brands, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<BrandKind>('COMPETITOR');
  const [touched, setTouched] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [generalError, setGeneralError] = useState<string>();
  const [createState, create] = useCreateBrand();
  const [updateState, update] = useUpdateBrand();
  const saving = createState.fetching || updateState.fetching;
  const nameField = useRef<TextFieldElement>(null);
  const editingId = brand?.id ?? null;
  const others = brands.filter((b) => b.id !== editingId);
  const client = clientTakenBy(brands, editingId);

  useEffect(() => {
    if (!opened) return;
    setName(brand?.name ?? '');
    setKind(brand?.kind ?? (clientTakenBy(brands, null) ? 'COMPETITOR' : 'CLIENT'));
    setTouched(false);
    setServer({});
    setGeneralError(undefined);
    const frame = requestAnimationFrame(() => nameField.current?.focus());
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, brand]);

  const nameProblem = validateBrandName(name, others);
  const kindProblem = validateBrandKind(kind, brands, editingId);
  const nameError = server.name ?? (touched && nameProblem ? t(nameProblem.key, nameProblem.values) : undefined);
  const kindError = server.kind ?? (kindProblem ? t(kindProblem.key, kindProblem.values) : undefined);

  const submit = async () => {
    setTouched(true);
    const value = nameField.current?.value ?? name;
    if (validateBrandName(value, others) || kindProblem || saving) return;
    const input = { name: value.trim(), kind };
    const { saved, error } = outcomeOf(
      await (brand ? update({ workspaceId, id: brand.id, input }) : create({ workspaceId, input })),
    );
    if (error || !saved) {
      const fields = fieldErrors(error, t);
      setServer(fields);
      const shown = Object.fromEntries(Object.entries(fields).filter(([f]) => f === 'name' || f === 'kind'));
      setGeneralError(generalErrorMessage(error, t, shown));
      return;
    }
    onSaved(saved);
  };

  return (
    <FormDialog
      opened={opened}
      title={brand ? t('brands.editTitle') : t('brands.createTitle')}
      saveId="brand-save"
      saving={saving}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <form
        noValidate
        style={{ width: 'min(24rem, 80vw)', display: 'flex', flexDirection: 'column' }}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField
          id="brand-name"
          ref={nameField}
          label={t('brands.name')}
          required
          maxlength={BRAND_NAME_MAX_LENGTH + 1}
          value={name}
          invalid={Boolean(nameError)}
          errorMessage={nameError}
          onValueChanged={(e) => {
            setName(e.detail.value);
            setServer((s) => withoutField(s, 'name'));
          }}
          onBlur={() => setTouched(true)}
          onKeyDown={saveOnEnter(() => void submit())}
        />
        <RadioGroup
          id="brand-kind"
          label={t('brands.kind')}
          value={kind}
          invalid={Boolean(kindError)}
          errorMessage={kindError}
          helperText={client && kind !== 'CLIENT' ? t('brands.clientIs', { name: client.name }) : undefined}
          onValueChanged={(e) => {
            if (e.detail.value) setKind(e.detail.value as BrandKind);
            setServer((s) => withoutField(s, 'kind'));
          }}
        >
          <RadioButton value="CLIENT" label={t('brands.kinds.CLIENT')} disabled={Boolean(client)} />
          <RadioButton value="COMPETITOR" label={t('brands.kinds.COMPETITOR')} />
        </RadioGroup>
        <FormError message={generalError} />
      </form>
    </FormDialog>
  );
}
