import { NumberField } from '@vaadin/react-components/NumberField.js';
import { Select } from '@vaadin/react-components/Select.js';
import { useTranslation } from 'react-i18next';
import type { AssessmentDraft, AssessmentProblem } from '../assessments';
import { SENTIMENTS, type Sentiment } from '../types/Publication';

type Props = Readonly<{
  /** Prefix for element ids, so two editors on a page do not clash. */
  idPrefix: string;
  drafts: readonly AssessmentDraft[];
  problems: readonly AssessmentProblem[];
  onChange: (drafts: AssessmentDraft[]) => void;
  disabled?: boolean;
}>;

/** One line per segment: impact a(p, s) in [0, 1] and sentiment; a segment without a sentiment is not assessed. */
export function AssessmentEditor({ idPrefix, drafts, problems, onChange, disabled = false }: Props) {
  const { t } = useTranslation();
  const sentimentItems = [
    { label: t('publications.assessment.notAssessed'), value: '' },
    ...SENTIMENTS.map((s) => ({ label: t(`publications.sentiment.${s}`), value: s })),
  ];
  const update = (index: number, change: Partial<AssessmentDraft>) =>
    onChange(drafts.map((draft, i) => (i === index ? { ...draft, ...change } : draft)));
  const problemOf = (segmentId: string, field: AssessmentProblem['field']) =>
    problems.find((p) => p.segmentId === segmentId && p.field === field);

  if (drafts.length === 0) return <p className="muted">{t('publications.assessment.noSegments')}</p>;

  return (
    <div className="assessment-editor" role="group" aria-label={t('publications.assessment.title')}>
      {drafts.map((draft, index) => {
        const impactProblem = problemOf(draft.segmentId, 'impact');
        const sentimentProblem = problemOf(draft.segmentId, 'sentiment');
        return (
          <div className="assessment-editor__row" key={draft.segmentId} data-segment={draft.segmentName}>
            <span className="assessment-editor__segment" id={`${idPrefix}-segment-${index}`}>
              {draft.segmentName}
            </span>
            <NumberField
              id={`${idPrefix}-impact-${index}`}
              label={t('publications.assessment.impact')}
              accessibleName={t('publications.assessment.impactFor', { segment: draft.segmentName })}
              min={0}
              max={1}
              step={0.01}
              disabled={disabled}
              placeholder={t('publications.assessment.impactDefault')}
              value={draft.impact === null ? '' : String(draft.impact)}
              invalid={Boolean(impactProblem)}
              errorMessage={impactProblem ? t(impactProblem.key) : undefined}
              onValueChanged={(e) => {
                const text = e.detail.value;
                const impact = text.trim() === '' ? null : Number(text);
                if (impact !== draft.impact) update(index, { impact });
              }}
            />
            <Select
              id={`${idPrefix}-sentiment-${index}`}
              label={t('publications.assessment.sentiment')}
              accessibleName={t('publications.assessment.sentimentFor', { segment: draft.segmentName })}
              items={sentimentItems}
              disabled={disabled}
              value={draft.sentiment}
              invalid={Boolean(sentimentProblem)}
              errorMessage={sentimentProblem ? t(sentimentProblem.key) : undefined}
              onValueChanged={(e) => {
                const sentiment = e.detail.value as Sentiment | '';
                if (sentiment !== draft.sentiment) update(index, { sentiment });
              }}
            />
          </div>
        );
      })}
    </div>
  );
}
