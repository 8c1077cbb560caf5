import type { TextFieldElement } from '@vaadin/react-components/TextField.js';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, generalErrorMessage, type ErrorSource, type FieldErrors } from '../../api/graphqlErrors';
import type { DraftErrors } from '../forms/validation';
import { withoutField } from '../forms/formKeys';

export type SaveOutcome<T> = Readonly<{ saved: T | null | undefined; error: ErrorSource }>;

/** A create or update mutation's result as a `save` outcome: its error, or the row under its one field. */
export function outcomeOf<T>(
  result: Readonly<{ error?: ErrorSource; data?: Readonly<Record<string, T>> }>,
): SaveOutcome<T> {
  return { error: result.error, saved: result.data && Object.values(result.data)[0] };
}

type Options<E, D extends object, T> = Readonly<{
  opened: boolean;
  /** The record being edited; null or absent when creating one. */
  record: E | null | undefined;
  draftOf: (record: E | null | undefined) => D;
  validate: (draft: D) => DraftErrors<Extract<keyof D, string>>;
  /** Whether a save is on its way (the mutations' `fetching`). */
  saving: boolean;
  save: (draft: D) => Promise<SaveOutcome<T>>;
  onSaved: (saved: T) => void;
  /** The text field focused on opening (bound to `nameField`): "name" unless a draft has none (a person's). */
  firstField?: Extract<keyof D, string>;
}>;

/**
 * The state of a dialog that edits a record as a draft of text fields: client errors once a field was
 * left or the form submitted, server errors on their fields until the field changes, one save at a time.
 */
export function useDraftForm<E, D extends object, T>({
  opened,
  record,
  draftOf,
  validate,
  saving,
  save,
  onSaved,
  firstField,
}: Options<E, D, T>) {
  type Field = Extract<keyof D, string>;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<D>(() => draftOf(null));
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [generalError, setGeneralError] = useState<string>();
  const nameField = useRef<TextFieldElement>(null);
  // Enter can arrive twice (key handler and the form's implicit submission) before `saving` re-renders.
  const submitting = useRef(false);

  useEffect(() => {
    if (!opened) return;
    setDraft(draftOf(record));
    setTouched({});
    setSubmitted(false);
    setServerErrors({});
    setGeneralError(undefined);
    // The dialog renders its content after opening; focus the name once it is there.
    const frame = requestAnimationFrame(() => nameField.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [opened, record, draftOf]);

  const clientErrors = validate(draft);
  const errorOf = (field: Field): string | undefined => {
    if (serverErrors[field]) return serverErrors[field];
    const error = clientErrors[field];
    return error && (submitted || touched[field]) ? t(error.key, error.values) : undefined;
  };
  const change = <K extends Field>(field: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerErrors((errors) => withoutField(errors, field));
  };
  const blur = (field: Field) => () => setTouched((s) => ({ ...s, [field]: true }));
  /** The props that bind a text field or area to a text field of the draft. */
  const textProps = <K extends Field>(field: D[K] extends string ? K : never) => ({
    value: draft[field] as string,
    invalid: Boolean(errorOf(field)),
    errorMessage: errorOf(field),
    onValueChanged: (e: CustomEvent<{ value: string }>) => change(field, e.detail.value as D[K]),
    onBlur: blur(field),
  });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    // Read the first field from its element: an Enter right after typing can come before React has the last character.
    const typed = nameField.current?.value;
    const current = typed === undefined ? draft : { ...draft, [firstField ?? 'name']: typed };
    if (Object.keys(validate(current)).length > 0 || saving || submitting.current) return;
    submitting.current = true;
    const { saved, error } = await save(current).finally(() => {
      submitting.current = false;
    });
    if (error || !saved) {
      const fields = fieldErrors(error, t);
      setServerErrors(fields);
      setGeneralError(generalErrorMessage(error, t, fields));
      return;
    }
    onSaved(saved);
  };

  return { draft, nameField, serverErrors, generalError, errorOf, change, textProps, submit };
}

type SaveResult<T> = Readonly<{ error?: ErrorSource; data?: Readonly<Record<string, T>> }>;
/** A mutation hook's answer: its state and the function that runs it. */
type Mutation<V, T> = readonly [Readonly<{ fetching: boolean }>, (variables: V) => Promise<SaveResult<T>>];

type RowOptions<E extends { id: string }, D extends { name: string }, T, I> = Readonly<{
  opened: boolean;
  workspaceId: string;
  /** The row being edited; null or absent when creating one. */
  record: E | null | undefined;
  draftOf: (record: E | null | undefined) => D;
  validate: (draft: D) => DraftErrors<Extract<keyof D, string>>;
  toInput: (draft: D) => I;
  create: Mutation<{ workspaceId: string; input: I }, T>;
  update: Mutation<{ workspaceId: string; id: string; input: I }, T>;
  onSaved: (saved: T) => void;
}>;

/**
 * `useDraftForm` for a workspace's row that the create mutation saves when it is new and the update mutation when
 * it is edited; with the props its `DraftFormDialog` takes from the form.
 */
export function useRowDraftForm<E extends { id: string }, D extends { name: string }, T, I>({
  opened,
  workspaceId,
  record,
  draftOf,
  validate,
  toInput,
  create: [createState, create],
  update: [updateState, update],
  onSaved,
}: RowOptions<E, D, T, I>) {
  const saving = createState.fetching || updateState.fetching;
  const form = useDraftForm({
    opened,
    record,
    draftOf,
    validate,
    saving,
    save: async (draft) => {
      const input = toInput(draft);
      return outcomeOf(await (record ? update({ workspaceId, id: record.id, input }) : create({ workspaceId, input })));
    },
    onSaved,
  });
  return { ...form, dialog: { opened, saving, submit: form.submit, generalError: form.generalError } };
}
