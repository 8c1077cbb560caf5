import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftFormDialog, type RowDialogProps } from '../../ui/components/DraftFormDialog';
import { isInTextArea } from '../../ui/forms/formKeys';
import { useRowDraftForm } from '../../ui/hooks/useDraftForm';
import { ANALYTIC_LIMITS, analyticDraftOf, toAnalyticInput, validateAnalytic } from '../analytic';
import { useCreateAnalytic } from '../hooks/useCreateAnalytic';
import { useUpdateAnalytic } from '../hooks/useUpdateAnalytic';
import {
  ANALYTIC_APPLIES_TO,
  ANALYTIC_TYPES,
  type Analytic,
  type AnalyticAppliesTo,
  type AnalyticDraft,
  type AnalyticType,
} from '../types/Analytic';

type Props = RowDialogProps<Analytic> & Readonly<{ analytic: Analytic | null; analytics: readonly Analytic[] }>;

/** Defines an analytic: its name, the records it describes, its type and, for an enumeration, its options. */
export function AnalyticFormDialog({ opened, workspaceId, analytic, analytics, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const editingId = analytic?.id ?? null;
  const validate = useCallback(
    (draft: AnalyticDraft) =>
      validateAnalytic(
        draft,
        analytics.filter((a) => a.id !== editingId),
      ),
    [analytics, editingId],
  );
  const { draft, nameField, serverErrors, change, textProps, errorOf, dialog } = useRowDraftForm({
    opened,
    workspaceId,
    record: analytic,
    draftOf: analyticDraftOf,
    validate,
    toInput: toAnalyticInput,
    create: useCreateAnalytic(),
    update: useUpdateAnalytic(),
    onSaved,
  });
  // Stable items: new ones re-render an open Select's list and close it (a blur re-renders the form).
  const recordItems = useMemo(
    () => ANALYTIC_APPLIES_TO.map((a) => ({ value: a, label: t(`analytics.records.${a}`) })),
    [t],
  );
  const typeItems = useMemo(
    () => ANALYTIC_TYPES.map((type) => ({ value: type, label: t(`analytics.types.${type}`) })),
    [t],
  );
  return (
    <DraftFormDialog
      {...dialog}
      title={analytic ? t('analytics.editTitle') : t('analytics.createTitle')}
      saveId="analytic-save"
      onClose={onClose}
      keepsEnter={isInTextArea}
    >
      <TextField
        id="analytic-name"
        label={t('analytics.name')}
        required
        maxlength={ANALYTIC_LIMITS.name + 1}
        ref={nameField}
        {...textProps('name')}
      />
      <Select
        id="analytic-applies-to"
        label={t('analytics.appliesTo')}
        helperText={analytic ? t('analytics.fixedOnceUsed') : undefined}
        value={draft.appliesTo}
        items={recordItems}
        invalid={Boolean(serverErrors.appliesTo)}
        errorMessage={serverErrors.appliesTo}
        onValueChanged={(e) => e.detail.value && change('appliesTo', e.detail.value as AnalyticAppliesTo)}
      />
      <Select
        id="analytic-type"
        label={t('analytics.type')}
        value={draft.type}
        items={typeItems}
        invalid={Boolean(serverErrors.type)}
        errorMessage={serverErrors.type}
        onValueChanged={(e) => e.detail.value && change('type', e.detail.value as AnalyticType)}
      />
      {draft.type === 'ENUMERATION' && (
        <TextArea
          id="analytic-options"
          label={t('analytics.options')}
          helperText={t('analytics.optionsHelp')}
          required
          {...textProps('options')}
          invalid={Boolean(errorOf('options'))}
          errorMessage={errorOf('options')}
        />
      )}
      <TextArea
        id="analytic-description"
        label={t('analytics.description')}
        maxlength={ANALYTIC_LIMITS.description + 1}
        {...textProps('description')}
      />
    </DraftFormDialog>
  );
}
