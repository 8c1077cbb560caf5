import type { PublicationInput } from '../../generated/graphql';
import { toAssessmentInputs, validateAssessments, type AssessmentDraft, type AssessmentProblem } from './assessments';
import { inputLimits } from '../../generated/input-limits';

export const TITLE_MAX_LENGTH = inputLimits.PublicationInput.title.maxLength;
export const AUTHOR_MAX_LENGTH = inputLimits.PublicationInput.author.maxLength;
export const EXTERNAL_ID_MAX_LENGTH = inputLimits.PublicationInput.externalId.maxLength;

export type ValidationMessage = Readonly<{ key: string; values?: Record<string, unknown> }>;

/** The form as the user fills it in; names match PublicationInput so server errors land on the same fields. */
export type PublicationDraft = Readonly<{
  title: string;
  /** Local date-time as the DateTimePicker gives it: yyyy-mm-ddThh:mm[:ss]. */
  publishedAt: string;
  brandId: string;
  channelId: string;
  weight: number | null;
  url: string;
  author: string;
  externalId: string;
  assessments: readonly AssessmentDraft[];
}>;

export type PublicationFormErrors = Readonly<{
  fields: Partial<Record<keyof Omit<PublicationDraft, 'assessments'>, ValidationMessage>>;
  assessments: AssessmentProblem[];
}>;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** A local date-time string (no zone) read in the browser's time zone, as an ISO instant. */
export function localDateTimeToIso(value: string): string | null {
  if (!LOCAL_DATE_TIME.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO instant as the DateTimePicker's local value (minutes precision). */
export function isoToLocalDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Mirrors the server's rules, so the user hears about them before a round trip. */
export function validatePublication(draft: PublicationDraft, now: Date = new Date()): PublicationFormErrors {
  const fields: Record<string, ValidationMessage> = {};
  if (draft.title.trim() === '') fields.title = { key: 'validation.required' };
  else if (draft.title.length > TITLE_MAX_LENGTH)
    fields.title = { key: 'validation.tooLong', values: { max: TITLE_MAX_LENGTH } };

  const publishedAt = localDateTimeToIso(draft.publishedAt);
  if (draft.publishedAt === '') fields.publishedAt = { key: 'validation.required' };
  else if (!publishedAt) fields.publishedAt = { key: 'publications.validation.dateTime' };
  else if (new Date(publishedAt).getTime() > now.getTime() + 24 * 3600 * 1000)
    fields.publishedAt = { key: 'publications.validation.future' };

  if (!draft.brandId) fields.brandId = { key: 'validation.required' };
  if (!draft.channelId) fields.channelId = { key: 'validation.required' };

  if (draft.weight === null) fields.weight = { key: 'validation.required' };
  else if (Number.isNaN(draft.weight) || draft.weight < 0 || draft.weight > 1)
    fields.weight = { key: 'publications.validation.fraction' };

  const url = draft.url.trim();
  if (url !== '' && !isHttpUrl(url)) fields.url = { key: 'publications.validation.url' };
  if (draft.author.length > AUTHOR_MAX_LENGTH)
    fields.author = { key: 'validation.tooLong', values: { max: AUTHOR_MAX_LENGTH } };
  if (draft.externalId.length > EXTERNAL_ID_MAX_LENGTH) {
    fields.externalId = { key: 'validation.tooLong', values: { max: EXTERNAL_ID_MAX_LENGTH } };
  }
  return { fields, assessments: validateAssessments(draft.assessments) };
}

export function hasErrors(errors: PublicationFormErrors): boolean {
  return Object.keys(errors.fields).length > 0 || errors.assessments.length > 0;
}

/** The input for create/update from a valid draft; blank optional texts are sent as null. */
export function draftToInput(draft: PublicationDraft): PublicationInput {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    title: draft.title.trim(),
    publishedAt: localDateTimeToIso(draft.publishedAt) ?? draft.publishedAt,
    brandId: draft.brandId,
    channelId: draft.channelId,
    weight: draft.weight ?? 0,
    url: optional(draft.url),
    author: optional(draft.author),
    externalId: optional(draft.externalId),
    assessments: toAssessmentInputs(draft.assessments),
  };
}
