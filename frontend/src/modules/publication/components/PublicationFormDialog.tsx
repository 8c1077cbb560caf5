import { ComboBox } from '@vaadin/react-components/ComboBox.js';
import { DateTimePicker } from '@vaadin/react-components/DateTimePicker.js';
import { NumberField } from '@vaadin/react-components/NumberField.js';
import { TextField, type TextFieldElement } from '@vaadin/react-components/TextField.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, generalErrorMessage } from '../../api/graphqlErrors';
import { FormDialog } from '../../ui/components/FormDialog';
import { outcomeOf } from '../../ui/hooks/useDraftForm';
import { assessmentDrafts } from '../assessments';
import { datePickerI18n } from '../format';
import type { FilterOptions, Publication } from '../types/Publication';
import {
  AUTHOR_MAX_LENGTH,
  draftToInput,
  EXTERNAL_ID_MAX_LENGTH,
  hasErrors,
  isoToLocalDateTime,
  TITLE_MAX_LENGTH,
  validatePublication,
  type PublicationDraft,
} from '../validation';
import { AssessmentEditor } from './AssessmentEditor';
import { useCreatePublication } from '../hooks/useCreatePublication';
import { useUpdatePublication } from '../hooks/useUpdatePublication';

type Props = Readonly<{
  opened: boolean;
  workspaceId: string;
  /** The publication to edit; absent when creating one. */
  publication?: Publication | null;
  options: FilterOptions;
  onClose: () => void;
  onSaved: (publication: Publication, created: boolean) => void;
}>;

type Field = keyof Omit<PublicationDraft, 'assessments'>;

function initialDraft(publication: Publication | null | undefined, options: FilterOptions): PublicationDraft {
  return {
    title: publication?.title ?? '',
    publishedAt: publication ? isoToLocalDateTime(publication.publishedAt) : '',
    brandId: publication?.brand.id ?? '',
    channelId: publication?.channel.id ?? '',
    weight: publication?.weight ?? null,
    url: publication?.url ?? '',
    author: publication?.author ?? '',
    externalId: publication?.externalId ?? '',
    assessments: assessmentDrafts(options.segments, publication?.assessments),
  };
}

/** Server field names ("assessments[0].impact", "input.title") to the form's fields. */
function serverFieldOf(name: string): Field | 'assessments' | undefined {
  const base = name.replace(/\[.*$/, '').split('.').pop() ?? '';
  const fields: Array<Field | 'assessments'> = [
    'title',
    'publishedAt',
    'brandId',
    'channelId',
    'weight',
    'url',
    'author',
    'externalId',
    'assessments',
  ];
  return fields.find((f) => f === base || (name.startsWith('assessments') && f === 'assessments'));
}

export function PublicationFormDialog({ opened, workspaceId, publication, options, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<PublicationDraft>(() => initialDraft(publication, options));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field | 'assessments', string>>>({});
  const [generalError, setGeneralError] = useState<string>();
  const [createState, create] = useCreatePublication();
  const [updateState, update] = useUpdatePublication();
  const saving = createState.fetching || updateState.fetching;
  const titleField = useRef<TextFieldElement>(null);

  useEffect(() => {
    if (!opened) return;
    setDraft(initialDraft(publication, options));
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
    setGeneralError(undefined);
    const frame = requestAnimationFrame(() => titleField.current?.focus());
    return () => cancelAnimationFrame(frame);
    // Options arriving later must not wipe what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, publication]);

  const errors = validatePublication(draft);
  const errorOf = (field: Field): string | undefined => {
    if (serverErrors[field]) return serverErrors[field];
    const problem = errors.fields[field];
    return problem && (submitted || touched.has(field)) ? t(problem.key, problem.values) : undefined;
  };
  const set = (change: Partial<PublicationDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setServerErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(change)) delete next[key as Field];
      return next;
    });
  };
  const touch = (field: Field) => setTouched((s) => new Set(s).add(field));
  /** The props that bind an input to a text field of the draft, with its error once it was left or submitted. */
  const bind = (field: Exclude<Field, 'weight'>) => ({
    value: draft[field],
    invalid: Boolean(errorOf(field)),
    errorMessage: errorOf(field),
    onValueChanged: (e: CustomEvent<{ value: string }>) => set({ [field]: e.detail.value }),
    onBlur: () => touch(field),
  });

  const pickerI18n = useMemo(
    () => datePickerI18n(i18n.language, { today: t('publications.filter.today'), cancel: t('common.cancel') }),
    [i18n.language, t],
  );

  const submit = async () => {
    setSubmitted(true);
    // Read the title from the field: an Enter right after typing can arrive before React renders the last key.
    const current = { ...draft, title: titleField.current?.value ?? draft.title };
    if (hasErrors(validatePublication(current)) || saving) return;
    const input = draftToInput(current);
    const { saved, error } = outcomeOf(
      await (publication ? update({ workspaceId, id: publication.id, input }) : create({ workspaceId, input })),
    );
    if (error || !saved) {
      const fields = fieldErrors(error, t);
      const mapped: Partial<Record<Field | 'assessments', string>> = {};
      for (const [name, message] of Object.entries(fields)) {
        const field = serverFieldOf(name);
        if (field && !mapped[field]) mapped[field] = message;
      }
      setServerErrors(mapped);
      const shown = Object.fromEntries(Object.entries(fields).filter(([name]) => serverFieldOf(name)));
      setGeneralError(generalErrorMessage(error, t, shown));
      return;
    }
    onSaved(saved, !publication);
  };

  const brandItems = options.brands.map((b) => ({ label: b.name, value: b.id }));
  const channelItems = options.channels.map((c) => ({ label: c.name, value: c.id }));

  return (
    <FormDialog
      opened={opened}
      title={publication ? t('publications.form.editTitle') : t('publications.form.createTitle')}
      saveId="publication-save"
      saving={saving}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <form
        className="publication-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField
          id="publication-title"
          ref={titleField}
          label={t('publications.fields.title')}
          required
          maxlength={TITLE_MAX_LENGTH + 1}
          {...bind('title')}
          className="publication-form__wide"
        />
        <DateTimePicker
          id="publication-published-at"
          label={t('publications.fields.publishedAt')}
          required
          i18n={pickerI18n}
          {...bind('publishedAt')}
        />
        <NumberField
          id="publication-weight"
          label={t('publications.fields.weight')}
          helperText={t('publications.form.weightHelp')}
          required
          min={0}
          max={1}
          step={0.01}
          value={draft.weight === null ? '' : String(draft.weight)}
          invalid={Boolean(errorOf('weight'))}
          errorMessage={errorOf('weight')}
          onValueChanged={(e) => set({ weight: e.detail.value.trim() === '' ? null : Number(e.detail.value) })}
          onBlur={() => touch('weight')}
        />
        <ComboBox
          id="publication-brand"
          label={t('publications.fields.brand')}
          required
          items={brandItems}
          {...bind('brandId')}
        />
        <ComboBox
          id="publication-channel"
          label={t('publications.fields.channel')}
          required
          items={channelItems}
          {...bind('channelId')}
        />
        <TextField
          id="publication-url"
          label={t('publications.fields.url')}
          {...bind('url')}
          className="publication-form__wide"
        />
        <TextField
          id="publication-author"
          label={t('publications.fields.author')}
          maxlength={AUTHOR_MAX_LENGTH + 1}
          {...bind('author')}
        />
        <TextField
          id="publication-external-id"
          label={t('publications.fields.externalId')}
          maxlength={EXTERNAL_ID_MAX_LENGTH + 1}
          {...bind('externalId')}
        />
        <fieldset className="publication-form__wide publication-form__assessments">
          <legend>{t('publications.assessment.title')}</legend>
          <AssessmentEditor
            idPrefix="form"
            drafts={draft.assessments}
            problems={submitted ? errors.assessments : []}
            onChange={(assessments) => set({ assessments })}
          />
          {serverErrors.assessments && (
            <p role="alert" className="form-error">
              {serverErrors.assessments}
            </p>
          )}
        </fieldset>
        {generalError && (
          <p role="alert" className="form-error publication-form__wide">
            {generalError}
          </p>
        )}
        {/* Enter in a field submits the form. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </form>
    </FormDialog>
  );
}
