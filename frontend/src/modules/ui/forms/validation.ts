/** A client-side validation problem: a translation key and its values. */
export type ValidationMessage = Readonly<{ key: string; values?: Record<string, unknown> }>;
export type DraftErrors<F extends string> = Partial<Record<F, ValidationMessage>>;

export const REQUIRED: ValidationMessage = { key: 'validation.required' };

/** Too long when `text` has more than `max` characters (trim it first where the rule counts trimmed text). */
export function longerThan(text: string, max: number): ValidationMessage | undefined {
  return text.length > max ? { key: 'validation.tooLong', values: { max } } : undefined;
}

/** Required (not blank) and at most `max` characters long. */
export function requiredWithin(text: string, max: number): ValidationMessage | undefined {
  return text.trim() === '' ? REQUIRED : longerThan(text, max);
}

/** A draft's errors from one check per field, leaving out the fields that passed. */
export function draftErrors<F extends string>(checks: Readonly<Partial<Record<F, ValidationMessage | undefined>>>) {
  return Object.fromEntries(Object.entries(checks).filter(([, problem]) => problem)) as DraftErrors<F>;
}
