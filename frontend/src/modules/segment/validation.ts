import type { SegmentInput } from '../../generated/graphql';
import { draftErrors, longerThan, REQUIRED, requiredWithin } from '../ui/forms/validation';
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
export function validateSegment(draft: SegmentDraft) {
  const weight = parseDecimal(draft.reactionWeight);
  return draftErrors<keyof SegmentDraft>({
    name: requiredWithin(draft.name, SEGMENT_NAME_MAX_LENGTH),
    reactionWeight:
      draft.reactionWeight.trim() === ''
        ? REQUIRED
        : Number.isNaN(weight) || weight < 0 || weight > 1
          ? { key: 'segments.validation.range' }
          : undefined,
    profile: longerThan(draft.profile, SEGMENT_TEXT_MAX_LENGTH),
    significance: longerThan(draft.significance, SEGMENT_TEXT_MAX_LENGTH),
  });
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
