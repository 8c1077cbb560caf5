import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftFormDialog } from '../../ui/components/DraftFormDialog';
import { draftErrors, requiredWithin } from '../../ui/forms/validation';
import { outcomeOf, useDraftForm } from '../../ui/hooks/useDraftForm';
import { ANALYTIC_LIMITS } from '../analytic';
import { useRenameAnalyticOption } from '../hooks/useRenameAnalyticOption';
import type { Analytic } from '../types/Analytic';

type RenameDraft = { from: string; to: string };

type Props = Readonly<{
  workspaceId: string;
  /** The enumeration whose option is renamed; null while the dialog is closed. */
  analytic: Analytic | null;
  onClose: () => void;
  onSaved: (analytic: Analytic) => void;
}>;

const draftOf = (analytic: Analytic | null | undefined): RenameDraft => ({ from: analytic?.options[0] ?? '', to: '' });

/** Renames one option of an enumeration; every record that holds it holds the new name. */
export function RenameOptionDialog({ workspaceId, analytic, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [state, rename] = useRenameAnalyticOption();
  const validate = useCallback(
    (draft: RenameDraft) => {
      const to = draft.to.trim();
      return draftErrors<keyof RenameDraft>({
        from: draft.from ? undefined : { key: 'validation.required' },
        to:
          requiredWithin(to, ANALYTIC_LIMITS.option) ??
          (analytic?.options.some((o) => o !== draft.from && o.toLowerCase() === to.toLowerCase())
            ? { key: 'errors.reasons.OPTION_EXISTS', values: { value: to } }
            : undefined),
      });
    },
    [analytic],
  );
  const form = useDraftForm({
    opened: analytic !== null,
    record: analytic,
    draftOf,
    validate,
    saving: state.fetching,
    firstField: 'to',
    save: async (draft) =>
      outcomeOf(await rename({ workspaceId, id: analytic?.id ?? '', from: draft.from, to: draft.to.trim() })),
    onSaved,
  });
  // Stable items: new ones re-render an open Select's list and close it (a blur re-renders the form).
  const options = useMemo(() => (analytic?.options ?? []).map((o) => ({ value: o, label: o })), [analytic]);
  return (
    <DraftFormDialog
      opened={analytic !== null}
      title={t('analytics.renameTitle', { name: analytic?.name ?? '' })}
      saveId="analytic-rename-save"
      saving={state.fetching}
      submit={form.submit}
      generalError={form.generalError}
      onClose={onClose}
    >
      <Select
        id="analytic-rename-from"
        label={t('analytics.renameFrom')}
        value={form.draft.from}
        items={options}
        invalid={Boolean(form.errorOf('from'))}
        errorMessage={form.errorOf('from')}
        onValueChanged={(e) => form.change('from', e.detail.value)}
      />
      <TextField
        id="analytic-rename-to"
        label={t('analytics.renameTo')}
        required
        maxlength={ANALYTIC_LIMITS.option + 1}
        ref={form.nameField}
        {...form.textProps('to')}
      />
    </DraftFormDialog>
  );
}
