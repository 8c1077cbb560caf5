import { Button } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField, type TextFieldElement } from '@vaadin/react-components/TextField.js';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateSegmentDocument, UpdateSegmentDocument } from '../../../generated/graphql';
import { fieldErrors, generalErrorMessage, type FieldErrors } from '../../api/graphqlErrors';
import { IMMERSIONS, type Segment, type SegmentDraft } from '../types/Segment';
import { draftOf, SEGMENT_NAME_MAX_LENGTH, SEGMENT_TEXT_MAX_LENGTH, toSegmentInput, validateSegment } from '../validation';

type Props = Readonly<{
  opened: boolean;
  workspaceId: string;
  /** The segment to edit; absent when creating one. */
  segment?: Segment | null;
  onClose: () => void;
  onSaved: (segment: Segment) => void;
}>;

export function SegmentFormDialog({ opened, workspaceId, segment, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SegmentDraft>(draftOf(null));
  const [touched, setTouched] = useState<Partial<Record<keyof SegmentDraft, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [generalError, setGeneralError] = useState<string>();
  const [createState, create] = useMutation(CreateSegmentDocument);
  const [updateState, update] = useMutation(UpdateSegmentDocument);
  const saving = createState.fetching || updateState.fetching;
  const nameField = useRef<TextFieldElement>(null);
  const submitting = useRef(false);

  useEffect(() => {
    if (!opened) return;
    setDraft(draftOf(segment));
    setTouched({});
    setSubmitted(false);
    setServerErrors({});
    setGeneralError(undefined);
    const frame = requestAnimationFrame(() => nameField.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [opened, segment]);

  const clientErrors = validateSegment(draft);
  const errorOf = (field: keyof SegmentDraft): string | undefined => {
    if (serverErrors[field]) return serverErrors[field];
    const error = clientErrors[field];
    return error && (submitted || touched[field]) ? t(error.key, error.values) : undefined;
  };
  const change = <K extends keyof SegmentDraft>(field: K, value: SegmentDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field)));
  };
  const blur = (field: keyof SegmentDraft) => () => setTouched((s) => ({ ...s, [field]: true }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    // Read the name from the field: an Enter right after typing can come before React has the last character.
    const current = { ...draft, name: nameField.current?.value ?? draft.name };
    if (Object.keys(validateSegment(current)).length > 0 || saving || submitting.current) return;
    submitting.current = true;
    const input = toSegmentInput(current);
    const result = await (segment ? update({ workspaceId, id: segment.id, input }) : create({ workspaceId, input })).finally(() => {
      submitting.current = false;
    });
    const saved = result.data && ('createSegment' in result.data ? result.data.createSegment : result.data.updateSegment);
    if (result.error || !saved) {
      const fields = fieldErrors(result.error);
      setServerErrors(fields);
      setGeneralError(generalErrorMessage(result.error, t, fields));
      return;
    }
    onSaved(saved);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Enter saves from single-line fields; in the text areas it starts a new line.
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' && !e.nativeEvent.isComposing && target.localName !== 'textarea' && !target.closest?.('vaadin-text-area')) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <Dialog
      opened={opened}
      headerTitle={segment ? t('segments.editTitle') : t('segments.createTitle')}
      onOpenedChanged={(e) => {
        if (!e.detail.value) onClose();
      }}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button id="segment-save" theme="primary" disabled={saving} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <form className="entity-form" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate>
        <TextField
          id="segment-name"
          label={t('segments.name')}
          value={draft.name}
          required
          maxlength={SEGMENT_NAME_MAX_LENGTH + 1}
          ref={nameField}
          invalid={Boolean(errorOf('name'))}
          errorMessage={errorOf('name')}
          onValueChanged={(e) => change('name', e.detail.value)}
          onBlur={blur('name')}
        />
        {/* Radio buttons rather than a Select: a Select inside a Vaadin Dialog does not open here (see the report). */}
        <RadioGroup
          id="segment-immersion"
          label={t('segments.immersion')}
          value={draft.immersion}
          invalid={Boolean(serverErrors.immersion)}
          errorMessage={serverErrors.immersion}
          onValueChanged={(e) => {
            if (e.detail.value) change('immersion', e.detail.value as SegmentDraft['immersion']);
          }}
        >
          {IMMERSIONS.map((value) => (
            <RadioButton key={value} value={value} label={t(`segments.immersions.${value}`)} />
          ))}
        </RadioGroup>
        <TextField
          id="segment-reaction-weight"
          label={t('segments.reactionWeight')}
          helperText={t('segments.reactionWeightHelp')}
          value={draft.reactionWeight}
          required
          allowedCharPattern="[0-9.,]"
          invalid={Boolean(errorOf('reactionWeight'))}
          errorMessage={errorOf('reactionWeight')}
          onValueChanged={(e) => change('reactionWeight', e.detail.value)}
          onBlur={blur('reactionWeight')}
        />
        <TextArea
          id="segment-profile"
          label={t('segments.profile')}
          helperText={t('segments.profileHelp')}
          value={draft.profile}
          maxlength={SEGMENT_TEXT_MAX_LENGTH + 1}
          invalid={Boolean(errorOf('profile'))}
          errorMessage={errorOf('profile')}
          onValueChanged={(e) => change('profile', e.detail.value)}
          onBlur={blur('profile')}
        />
        <TextArea
          id="segment-significance"
          label={t('segments.significance')}
          helperText={t('segments.significanceHelp')}
          value={draft.significance}
          maxlength={SEGMENT_TEXT_MAX_LENGTH + 1}
          invalid={Boolean(errorOf('significance'))}
          errorMessage={errorOf('significance')}
          onValueChanged={(e) => change('significance', e.detail.value)}
          onBlur={blur('significance')}
        />
        {generalError && (
          <p role="alert" className="form-error">
            {generalError}
          </p>
        )}
      </form>
    </Dialog>
  );
}
