import type { TFunction } from 'i18next';

/** The parts of a GraphQL error we read; matches both urql's CombinedError entries and raw JSON errors. */
export type GraphQLErrorLike = Readonly<{
  message: string;
  extensions?: Readonly<Record<string, unknown>> | null;
}>;

/** Anything that may carry GraphQL errors: urql's CombinedError, or a plain list. */
export type ErrorSource =
  | Readonly<{ graphQLErrors?: readonly GraphQLErrorLike[]; networkError?: unknown; message?: string }>
  | readonly GraphQLErrorLike[]
  | null
  | undefined;

export type FieldErrors = Readonly<Record<string, string>>;

type Violation = Readonly<{
  message?: unknown;
  propertyPath?: unknown;
  constraint?: Readonly<Record<string, unknown>> | null;
}>;

/** Constraints by message template (Bean Validation's and the app's own), as a translation key and its values. */
const CONSTRAINT_WORDING: Readonly<
  Record<string, (constraint: Readonly<Record<string, unknown>>) => [string, object]>
> = {
  '{jakarta.validation.constraints.NotBlank.message}': () => ['validation.required', {}],
  '{jakarta.validation.constraints.NotNull.message}': () => ['validation.required', {}],
  '{jakarta.validation.constraints.Size.message}': (c) =>
    Number(c.min ?? 0) > 0 ? ['validation.size', { min: c.min, max: c.max }] : ['validation.tooLong', { max: c.max }],
  '{jakarta.validation.constraints.Min.message}': (c) => ['validation.atLeast', { value: c.value }],
  '{jakarta.validation.constraints.DecimalMin.message}': (c) => ['validation.atLeast', { value: c.value }],
  '{jakarta.validation.constraints.Max.message}': (c) => ['validation.atMost', { value: c.value }],
  '{jakarta.validation.constraints.DecimalMax.message}': (c) => ['validation.atMost', { value: c.value }],
  // The app's own messages (backend ValidationMessages.properties).
  '{jakarta.validation.constraints.Email.message}': () => ['validation.email', {}],
  '{resonance.validation.httpAddress}': () => ['validation.httpAddress', {}],
  '{resonance.validation.phone}': () => ['validation.phone', {}],
  '{resonance.validation.username}': () => ['validation.username', {}],
  '{resonance.validation.storableText}': () => ['validation.storableText', {}],
};

/** A violation in the user's language when its template is known here; the server's English otherwise. */
function violationMessage(violation: Violation, t: TFunction): unknown {
  const template = violation.constraint?.message;
  const wording = typeof template === 'string' ? CONSTRAINT_WORDING[template] : undefined;
  if (!wording || !violation.constraint) return violation.message;
  const [key, values] = wording(violation.constraint);
  return t(key, { ...values, defaultValue: violation.message });
}

function errorsOf(source: ErrorSource): readonly GraphQLErrorLike[] {
  if (!source) return [];
  if (Array.isArray(source)) return source as readonly GraphQLErrorLike[];
  return (source as { graphQLErrors?: readonly GraphQLErrorLike[] }).graphQLErrors ?? [];
}

/** The input field a Bean Validation property path points at: its last segment ("createWorkspace.input.name" → "name"). */
function fieldOfPropertyPath(path: unknown): string | undefined {
  const segments = Array.isArray(path) ? path.map(String) : typeof path === 'string' ? path.split('.') : [];
  const last = segments[segments.length - 1];
  return last && last.length > 0 ? last : undefined;
}

/**
 * Maps server-side validation errors to `{field: message}` for showing them on form fields.
 *
 * The API reports bad input in two shapes: our own `BAD_USER_INPUT` and `DUPLICATE` errors naming `extensions.field`
 * (worded here from `extensions.reason` and `.value`, in the user's language; the server's English
 * when the reason is new to this client), and Bean Validation errors listing `extensions.violations`
 * with a `propertyPath` (worded here too when the constraint's template is known). The first message
 * for a field wins, so the user sees one clear message per field.
 */
/** Codes of our own errors about one input field (`extensions.field`). */
const FIELD_ERROR_CODES = new Set(['BAD_USER_INPUT', 'DUPLICATE']);

function isFieldError(extensions: Readonly<Record<string, unknown>>): boolean {
  return FIELD_ERROR_CODES.has(extensions.code as string) && typeof extensions.field === 'string';
}

export function fieldErrors(source: ErrorSource, t: TFunction): FieldErrors {
  const result: Record<string, string> = {};
  const put = (field: string | undefined, message: unknown) => {
    if (field && typeof message === 'string' && message.length > 0 && !(field in result)) {
      result[field] = message;
    }
  };
  for (const error of errorsOf(source)) {
    const ext = error.extensions ?? {};
    if (isFieldError(ext)) {
      put(
        ext.field as string,
        typeof ext.reason === 'string'
          ? t(`errors.reasons.${ext.reason}`, { value: ext.value ?? '', defaultValue: error.message })
          : error.message,
      );
    }
    if (Array.isArray(ext.violations)) {
      for (const violation of ext.violations as Violation[]) {
        put(fieldOfPropertyPath(violation?.propertyPath), violationMessage(violation ?? {}, t));
      }
    }
  }
  return result;
}

export function hasErrorCode(source: ErrorSource, code: string): boolean {
  return errorsOf(source).some((e) => e.extensions?.code === code);
}

export function isForbidden(source: ErrorSource): boolean {
  return hasErrorCode(source, 'FORBIDDEN');
}

/** Codes of requests the server refused as a whole (limits, rate limits, its own failure), worded here. */
const REQUEST_CODES = new Set([
  'RATE_LIMITED',
  'QUERY_TOO_DEEP',
  'TOO_MANY_FIELDS',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_LONG',
  'TIMEOUT',
  'UNAUTHENTICATED',
  'INTERNAL_ERROR',
]);

function requestCode(error: GraphQLErrorLike): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' && REQUEST_CODES.has(code) ? code : undefined;
}

/**
 * A message for errors that do not belong to a single field: forbidden, a refused request, network
 * trouble, anything else. Returns undefined when every error is already shown on a field.
 */
export function generalErrorMessage(
  source: ErrorSource,
  t: TFunction,
  shownOnFields: FieldErrors = {},
): string | undefined {
  if (!source) return undefined;
  if (isForbidden(source)) return t('errors.forbidden');
  const refused = errorsOf(source).find(requestCode);
  if (refused) {
    return t(`errors.codes.${requestCode(refused)}`, { retryAfter: refused.extensions?.retryAfter ?? 1 });
  }
  const networkError = !Array.isArray(source) && (source as { networkError?: unknown }).networkError;
  if (networkError) return t('errors.network');
  const errors = errorsOf(source);
  if (errors.length > 0 && Object.keys(shownOnFields).length > 0) {
    const unshown = errors.filter((e) => !isFieldError(e.extensions ?? {}) && !Array.isArray(e.extensions?.violations));
    if (unshown.length === 0) return undefined;
    return t('errors.unknown', { message: unshown.map((e) => e.message).join('; ') });
  }
  const message =
    errors.length > 0 ? errors.map((e) => e.message).join('; ') : (source as { message?: string }).message;
  return t('errors.unknown', { message: message ?? '' });
}
