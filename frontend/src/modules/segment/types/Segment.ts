import type { Immersion, SegmentFieldsFragment } from '../../../generated/graphql';

export type Segment = SegmentFieldsFragment;

export const IMMERSIONS: readonly Immersion[] = ['EXPERT', 'ENGAGED', 'GENERAL'];

/** The form's values as the user typed them. */
export type SegmentDraft = {
  name: string;
  immersion: Immersion;
  reactionWeight: string;
  profile: string;
  significance: string;
};
