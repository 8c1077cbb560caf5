/** A client-side validation problem: a translation key and its values. */
export type ValidationMessage = Readonly<{ key: string; values?: Record<string, unknown> }>;
export type DraftErrors<F extends string> = Partial<Record<F, ValidationMessage>>;
