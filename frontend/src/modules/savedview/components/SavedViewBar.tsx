import { Button } from '@vaadin/react-components/Button.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { DraftFormDialog } from '../../ui/components/DraftFormDialog';
import { PageNotice, type Notice } from '../../ui/components/PageNotice';
import { draftErrors, requiredWithin } from '../../ui/forms/validation';
import { outcomeOf, useDraftForm } from '../../ui/hooks/useDraftForm';
import { useCreateSavedView } from '../hooks/useCreateSavedView';
import { useDeleteSavedView } from '../hooks/useDeleteSavedView';
import { useSavedViews } from '../hooks/useSavedViews';
import {
  encodeState,
  fitsLimit,
  matchingView,
  paramsOfState,
  stateOfParams,
  VIEW_NAME_MAX_LENGTH,
} from '../savedState';
import '../savedviews.css';

type Props = Readonly<{
  workspaceId: string;
  /** The grid's screen key, e.g. "contacts": each screen has its own views. */
  screen: string;
}>;

type NameDraft = { name: string };
const draftOf = (): NameDraft => ({ name: '' });
const NONE = '';

/**
 * Saved views of a grid whose search, filters and sorting live in the address: pick one to apply it, save the
 * current state under a name, delete the view shown. The views are the member's own and kept on the server, so
 * they follow the person to any device.
 */
export function SavedViewBar({ workspaceId, screen }: Props) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { views } = useSavedViews(workspaceId, screen);
  const [creating, create] = useCreateSavedView();
  const [, remove] = useDeleteSavedView();
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const current = stateOfParams(params);
  // Stable items: new ones re-render an open Select's list and close it.
  const items = useMemo(() => (views ?? []).map((view) => ({ value: view.id, label: view.name })), [views]);
  const shown = matchingView(views ?? [], current);

  const validate = useCallback(
    (draft: NameDraft) => {
      const name = draft.name.trim();
      return draftErrors<keyof NameDraft>({
        name:
          requiredWithin(name, VIEW_NAME_MAX_LENGTH) ??
          ((views ?? []).some((v) => v.name.toLowerCase() === name.toLowerCase())
            ? { key: 'savedViews.nameTaken' }
            : undefined),
      });
    },
    [views],
  );
  const form = useDraftForm({
    opened: saving,
    record: null,
    draftOf,
    validate,
    saving: creating.fetching,
    save: async (draft) => {
      const state = encodeState(current);
      if (!fitsLimit(state)) return { saved: null, error: [{ message: t('savedViews.tooLarge') }] };
      return outcomeOf(await create({ workspaceId, input: { screen, name: draft.name.trim(), state } }));
    },
    onSaved: (view) => {
      setSaving(false);
      setNotice({ kind: 'ok', text: t('savedViews.saved', { name: view.name }) });
    },
  });

  const deleteShown = async () => {
    if (!shown) return;
    const { error } = await remove({ workspaceId, id: shown.id });
    setNotice(
      error
        ? { kind: 'error', text: generalErrorMessage(error, t) ?? '' }
        : { kind: 'ok', text: t('savedViews.deleted', { name: shown.name }) },
    );
  };

  return (
    <div className="saved-views">
      <Select
        id={`${screen}-saved-views`}
        className="saved-views__select"
        label={t('savedViews.label')}
        placeholder={views && views.length === 0 ? t('savedViews.none') : t('savedViews.pick')}
        disabled={!views || views.length === 0}
        value={shown?.id ?? NONE}
        items={items}
        onValueChanged={(e) => {
          const picked = views?.find((view) => view.id === e.detail.value);
          if (picked && picked.id !== shown?.id) {
            setNotice(null);
            setParams(paramsOfState(picked.state));
          }
        }}
      />
      <Button
        id={`${screen}-save-view`}
        onClick={() => {
          setNotice(null);
          setSaving(true);
        }}
      >
        {t('savedViews.save')}
      </Button>
      {shown && (
        <Button
          id={`${screen}-delete-view`}
          theme="tertiary error"
          aria-label={t('savedViews.deleteLabel', { name: shown.name })}
          onClick={() => void deleteShown()}
        >
          {t('savedViews.delete')}
        </Button>
      )}
      <PageNotice notice={notice} />
      <DraftFormDialog
        opened={saving}
        title={t('savedViews.saveTitle')}
        saveId={`${screen}-save-view-confirm`}
        saving={creating.fetching}
        submit={form.submit}
        generalError={form.generalError}
        onClose={() => setSaving(false)}
      >
        <p className="muted saved-views__hint">{t('savedViews.saveHint')}</p>
        <TextField
          id={`${screen}-view-name`}
          label={t('savedViews.name')}
          required
          maxlength={VIEW_NAME_MAX_LENGTH + 1}
          ref={form.nameField}
          {...form.textProps('name')}
        />
      </DraftFormDialog>
    </div>
  );
}
