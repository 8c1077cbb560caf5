import type { AssessmentInput, PublicationInput, Sentiment } from '../../generated/graphql';
import type { Publication } from './types/Publication';

/** One line of the assessment editor: a segment, and its impact and sentiment when it is assessed. */
export type AssessmentDraft = Readonly<{
  segmentId: string;
  segmentName: string;
  /** Empty means "the publication's weight" when a sentiment is chosen. */
  impact: number | null;
  sentiment: Sentiment | '';
}>;

export type AssessmentProblem = Readonly<{ segmentId: string; field: 'impact' | 'sentiment'; key: string }>;

/** Every segment of the workspace, filled in where the publication has an assessment. */
export function assessmentDrafts(
  segments: readonly { id: string; name: string }[],
  assessments: Publication['assessments'] = [],
): AssessmentDraft[] {
  const bySegment = new Map(assessments.map((a) => [a.segment.id, a]));
  const drafts = segments.map((segment) => {
    const assessment = bySegment.get(segment.id);
    return {
      segmentId: segment.id,
      segmentName: segment.name,
      impact: assessment?.impact ?? null,
      sentiment: assessment?.sentiment ?? '',
    } satisfies AssessmentDraft;
  });
  // An assessment of a segment the list does not know (deleted meanwhile) is kept rather than lost.
  for (const assessment of assessments) {
    if (!segments.some((s) => s.id === assessment.segment.id)) {
      drafts.push({
        segmentId: assessment.segment.id,
        segmentName: assessment.segment.name,
        impact: assessment.impact,
        sentiment: assessment.sentiment,
      });
    }
  }
  return drafts;
}

/** What is wrong with the drafts: an impact outside [0, 1], or an impact without a sentiment. */
export function validateAssessments(drafts: readonly AssessmentDraft[]): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  for (const draft of drafts) {
    if (draft.impact !== null && (Number.isNaN(draft.impact) || draft.impact < 0 || draft.impact > 1)) {
      problems.push({ segmentId: draft.segmentId, field: 'impact', key: 'publications.validation.fraction' });
    }
    if (draft.impact !== null && draft.sentiment === '') {
      problems.push({
        segmentId: draft.segmentId,
        field: 'sentiment',
        key: 'publications.validation.sentimentRequired',
      });
    }
  }
  return problems;
}

/** The assessments to send: one per segment with a sentiment; an empty impact lets the server use the weight. */
export function toAssessmentInputs(drafts: readonly AssessmentDraft[]): AssessmentInput[] {
  return drafts
    .filter((d): d is AssessmentDraft & { sentiment: Sentiment } => d.sentiment !== '')
    .map((d) => ({
      segmentId: d.segmentId,
      sentiment: d.sentiment,
      ...(d.impact !== null ? { impact: d.impact } : {}),
    }));
}

/**
 * The full input that reproduces a publication as it is. `updatePublication` replaces the publication and
 * all its assessments, so an edit of one assessment must still send everything else unchanged.
 */
export function publicationToInput(
  publication: Publication,
  assessments?: readonly AssessmentInput[],
): PublicationInput {
  return {
    title: publication.title,
    publishedAt: publication.publishedAt,
    weight: publication.weight,
    brandId: publication.brand.id,
    channelId: publication.channel.id,
    url: publication.url ?? null,
    author: publication.author ?? null,
    externalId: publication.externalId ?? null,
    assessments: assessments
      ? [...assessments]
      : publication.assessments.map((a) => ({ segmentId: a.segment.id, impact: a.impact, sentiment: a.sentiment })),
  };
}
