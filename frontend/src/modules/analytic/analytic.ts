import type { AnalyticInput, AnalyticValueInput } from '../../generated/graphql';
import { inputLimits } from '../../generated/input-limits';
import { draftErrors, longerThan, REQUIRED, requiredWithin, type ValidationMessage } from '../ui/forms/validation';
import type { Analytic, AnalyticDraft, AnalyticType, AnalyticValue } from './types/Analytic';

const LIMITS = inputLimits.AnalyticInput;
export const ANALYTIC_LIMITS = {
  name: LIMITS.name.maxLength,
  description: LIMITS.description.maxLength,
  option: LIMITS.options.maxLength,
  text: inputLimits.AnalyticValueInput.text.maxLength,
} as const;

export function analyticDraftOf(analytic: Analytic | null | undefined): AnalyticDraft {
  return {
    name: analytic?.name ?? '',
    appliesTo: analytic?.appliesTo ?? 'CONTACT',
    type: analytic?.type ?? 'ENUMERATION',
    description: analytic?.description ?? '',
    options: (analytic?.options ?? []).join('\n'),
  };
}

/** An enumeration's options from the text area: one per line, trimmed, blank lines left out. */
export function optionsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function optionsProblem(options: readonly string[]): ValidationMessage | undefined {
  if (options.length === 0) return REQUIRED;
  const tooLong = options.find((option) => option.length > ANALYTIC_LIMITS.option);
  if (tooLong)
    return { key: 'analytics.validation.optionTooLong', values: { option: tooLong, max: ANALYTIC_LIMITS.option } };
  const seen = new Set<string>();
  for (const option of options) {
    if (seen.has(option.toLowerCase())) return { key: 'analytics.validation.optionTwice', values: { option } };
    seen.add(option.toLowerCase());
  }
  return undefined;
}

/**
 * Mirrors the server's rules: a name unique among the analytics of the same records (regardless of case), and for an
 * enumeration at least one option, each distinct and within the limit. `others` are the workspace's other analytics.
 */
export function validateAnalytic(draft: AnalyticDraft, others: readonly Analytic[]) {
  const name = draft.name.trim();
  return draftErrors<keyof AnalyticDraft>({
    name:
      requiredWithin(name, ANALYTIC_LIMITS.name) ??
      (others.some((a) => a.appliesTo === draft.appliesTo && a.name.toLowerCase() === name.toLowerCase())
        ? { key: 'analytics.validation.duplicate' }
        : undefined),
    description: longerThan(draft.description.trim(), ANALYTIC_LIMITS.description),
    options: draft.type === 'ENUMERATION' ? optionsProblem(optionsOf(draft.options)) : undefined,
  });
}

export function toAnalyticInput(draft: AnalyticDraft): AnalyticInput {
  return {
    name: draft.name.trim(),
    appliesTo: draft.appliesTo,
    type: draft.type,
    description: draft.description.trim() || null,
    options: draft.type === 'ENUMERATION' ? optionsOf(draft.options) : [],
  };
}

/** A value as its editor holds it: text for every type ("" when unset; booleans "true"/"false"; dates yyyy-mm-dd). */
export function editorValueOf(value: AnalyticValue | undefined, type: AnalyticType): string {
  if (!value) return '';
  switch (type) {
    case 'NUMBER':
      return value.number === null || value.number === undefined ? '' : String(value.number);
    case 'DATE':
      return value.date ?? '';
    case 'BOOLEAN':
      return value.boolean === null || value.boolean === undefined ? '' : String(value.boolean);
    default:
      return value.text ?? '';
  }
}

/** What to send for an editor's text: null to clear the value, else the one field the type fills. */
export function toValueInput(type: AnalyticType, text: string): AnalyticValueInput | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  switch (type) {
    case 'NUMBER':
      // A string keeps every digit of an exact decimal.
      return { number: trimmed.replace(',', '.') };
    case 'DATE':
      return { date: trimmed };
    case 'BOOLEAN':
      return { boolean: trimmed === 'true' };
    default:
      return { text: trimmed };
  }
}

/** Whether a number editor's text is a number the server reads (a decimal comma is accepted). */
export function isNumberText(text: string): boolean {
  return /^-?\d+([.,]\d+)?$/.test(text.trim());
}
