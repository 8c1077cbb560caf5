import { Button } from '@vaadin/react-components/Button.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { assessmentDrafts, publicationToInput, toAssessmentInputs, validateAssessments } from '../assessments';
import type { FilterOptions, Publication } from '../types/Publication';
import { AssessmentEditor } from './AssessmentEditor';
import { useUpdatePublication } from '../hooks/useUpdatePublication';

type Props = Readonly<{
  workspaceId: string;
  publication: Publication;
  segments: FilterOptions['segments'];
  onSaved: (publication: Publication) => void;
  onClose: () => void;
}>;

/**
 * Edits the per-segment impact and sentiment of one publication inside its grid row. The API has no
 * per-assessment mutation: the save sends the whole publication, unchanged but for its assessments.
 */
export function InlineAssessmentEditor({ workspaceId, publication, segments, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState(() => assessmentDrafts(segments, publication.assessments));
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string>();
  const [state, update] = useUpdatePublication();
  const problems = touched ? validateAssessments(drafts) : [];

  const save = async () => {
    setTouched(true);
    if (validateAssessments(drafts).length > 0 || state.fetching) return;
    const result = await update({
      workspaceId,
      id: publication.id,
      input: publicationToInput(publication, toAssessmentInputs(drafts)),
    });
    if (result.error || !result.data) {
      setError(generalErrorMessage(result.error, t));
      return;
    }
    onSaved(result.data.updatePublication);
  };

  return (
    <div
      className="inline-assessments"
      role="region"
      aria-label={t('publications.assessment.editorFor', { title: publication.title })}
      onKeyDown={(e) => {
        // Keys typed here belong to the fields, not to the grid's keyboard navigation around them.
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
    >
      <AssessmentEditor
        idPrefix={`inline-${publication.id}`}
        drafts={drafts}
        problems={problems}
        onChange={setDrafts}
      />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="inline-assessments__actions">
        <Button id="inline-assessments-cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button id="inline-assessments-save" theme="primary" disabled={state.fetching} onClick={() => void save()}>
          {t('publications.assessment.save')}
        </Button>
      </div>
    </div>
  );
}
