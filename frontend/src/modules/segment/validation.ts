import type { SegmentInput } from '../../generated/graphql';
import type { DraftErrors } from '../ui/forms/validation';
import type { Segment, SegmentDraft } from './types/Segment';
import { inputLimits } from '../../generated/input-limits';

export const SEGMENT_NAME_MAX_LENGTH = inputLimits.SegmentInput.name.maxLength;
export const SEGMENT_TEXT_MAX_LENGTH = inputLimits.SegmentInput.profile.maxLength;

/** A number typed with a decimal point or comma; NaN when it is not one. */
export function parseDecimal(text: string): number {
  const normalised = text.trim().replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
}

export function draftOf(segment: Segment | null | undefined): SegmentDraft {
  return {
    name: segment?.name ?? '',
    immersion: segment?.immersion ?? 'GENERAL',
    reactionWeight: segment ? String(segment.reactionWeight) : '0.5',
    profile: segment?.profile ?? '',
    significance: segment?.significance ?? '',
  };
}

/** Mirrors the server's rules (SegmentInput) so mistakes show before a round trip. */
export function validateSegment(draft: SegmentDraft): DraftErrors<keyof SegmentDraft> {
  const errors: DraftErrors<keyof SegmentDraft> = {};
  if (draft.name.trim() === '') errors.name = { key: 'validation.required' };
  else if (draft.name.length > SEGMENT_NAME_MAX_LENGTH)
    errors.name = { key: 'validation.tooLong', values: { max: SEGMENT_NAME_MAX_LENGTH } };
  const weight = parseDecimal(draft.reactionWeight);
  if (draft.reactionWeight.trim() === '') errors.reactionWeight = { key: 'validation.required' };
  else if (Number.isNaN(weight) || weight < 0 || weight > 1)
    errors.reactionWeight = { key: 'segments.validation.range' };
  for (const field of ['profile', 'significance'] as const) {
    if (draft[field].length > SEGMENT_TEXT_MAX_LENGTH)
      errors[field] = { key: 'validation.tooLong', values: { max: SEGMENT_TEXT_MAX_LENGTH } };
  }
  return errors;
}

export function toSegmentInput(draft: SegmentDraft): SegmentInput {
  return {
    name: draft.name.trim(),
    immersion: draft.immersion,
    reactionWeight: parseDecimal(draft.reactionWeight),
    profile: draft.profile.trim() || null,
    significance: draft.significance.trim() || null,
  };
}
