import { Button } from '@vaadin/react-components/Button.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldErrors, generalErrorMessage } from '../../api/graphqlErrors';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { ErrorState } from '../../ui/components/ErrorState';
import { FormError } from '../../ui/components/FormError';
import { LoadingState } from '../../ui/components/LoadingState';
import { useDebounced } from '../../ui/hooks/useDebounced';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useChangeTargetGroupRule } from '../hooks/useChangeTargetGroupRule';
import { useCreateTargetGroup } from '../hooks/useCreateTargetGroup';
import { usePreviewTargetGroup } from '../hooks/usePreviewTargetGroup';
import { useRuleAnalytics } from '../hooks/useRuleAnalytics';
import { useTargetGroup } from '../hooks/useTargetGroup';
import { useTargetGroups } from '../hooks/useTargetGroups';
import { wordApiProblems, wordLocalProblems } from '../problems';
import { fromStoredRule, newGroup, toRuleInput, validateRule } from '../rule';
import type { GroupNode, RuleAnalytic, ShownProblem } from '../types/RuleTree';
import { MemberList } from './MemberList';
import { RuleEditor } from './RuleEditor';
import '../targetgroups.css';

/** How long the rule must stay unchanged before it is counted: typing a number does not send a count per key. */
const PREVIEW_DELAY_MS = 400;
const PREVIEW_MEMBERS = 10;
const NAME_MAX_LENGTH = 200;

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Creates a target group (no id) or changes the rule of one (its id): the live count beside the rule. */
export function TargetGroupBuilderPage({ targetGroupId }: Readonly<{ targetGroupId?: string }>) {
  const { t } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const workspaceId = current?.id ?? null;
  const { targetGroup, error, fetching, retry } = useTargetGroup(workspaceId, targetGroupId ?? '');
  const analytics = useRuleAnalytics(workspaceId);
  const groups = useTargetGroups(workspaceId);

  if (!loaded || (targetGroupId && !targetGroup && fetching) || (!analytics.analytics && analytics.fetching))
    return <LoadingState />;
  if (!current) return <p className="empty">{t('targetGroups.noWorkspace')}</p>;
  if (targetGroupId && error && !targetGroup) return <ErrorState error={error} onRetry={retry} />;
  if (analytics.error && !analytics.analytics) return <ErrorState error={analytics.error} onRetry={analytics.retry} />;
  const others = (groups.targetGroups ?? []).filter((g) => g.id !== targetGroupId);
  return (
    <Builder
      // A fresh editor for each group (and for the loaded rule once it arrives).
      key={targetGroup ? `${targetGroup.id}-${targetGroup.version}` : 'new'}
      workspaceId={current.id}
      existing={targetGroup ?? null}
      analytics={analytics.analytics ?? []}
      otherGroups={others}
    />
  );
}

type Existing = NonNullable<ReturnType<typeof useTargetGroup>['targetGroup']>;

function Builder({
  workspaceId,
  existing,
  analytics,
  otherGroups,
}: Readonly<{
  workspaceId: string;
  existing: Existing | null;
  analytics: readonly RuleAnalytic[];
  otherGroups: readonly Readonly<{ id: string; name: string }>[];
}>) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const loaded = useMemo(() => (existing ? fromStoredRule(existing.rule) : null), [existing]);
  const [tree, setTree] = useState<GroupNode>(() => loaded?.tree ?? newGroup('all'));
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<Parameters<typeof wordApiProblems>[1]>(null);
  const [createState, create] = useCreateTargetGroup();
  const [changeState, changeRule] = useChangeTargetGroupRule();
  const timeZone = existing?.timeZone ?? browserTimeZone();
  const ctx = useMemo(() => ({ analytics, selfId: existing?.id }), [analytics, existing?.id]);

  const local = validateRule(tree, ctx);
  // The count follows the rule once it has settled and has nothing the builder itself can tell is wrong.
  const settled = useDebounced(tree, PREVIEW_DELAY_MS);
  const settledProblems = validateRule(settled, ctx);
  const settledInput = useMemo(
    () => (settledProblems.length === 0 ? toRuleInput(settled) : null),
    [settled, settledProblems.length],
  );
  const preview = usePreviewTargetGroup(workspaceId, settledInput, timeZone, PREVIEW_MEMBERS);
  const pending = settled !== tree || preview.fetching;

  const worded =
    local.length > 0
      ? wordLocalProblems(tree, local, t)
      : saveError
        ? wordApiProblems(tree, saveError, t)
        : preview.error && settled === tree
          ? wordApiProblems(tree, preview.error, t)
          : null;
  const problems = worded?.byNode ?? new Map<string, readonly ShownProblem[]>();

  const unchanged =
    existing !== null &&
    loaded !== null &&
    JSON.stringify(toRuleInput(tree)) === JSON.stringify(toRuleInput(loaded.tree));
  const nameError = submitted && !existing ? (validateName(name, t) ?? worded?.others.name) : undefined;
  const saving = createState.fetching || changeState.fetching;

  const save = async () => {
    setSubmitted(true);
    setSaveError(null);
    if (local.length > 0 || saving || (!existing && validateName(name, t))) return;
    const rule = toRuleInput(tree);
    const result = existing
      ? await changeRule({ workspaceId, id: existing.id, rule, timeZone })
      : await create({ workspaceId, input: { name: name.trim(), description: description.trim() }, rule, timeZone });
    const saved = result.data && Object.values(result.data)[0];
    if (result.error || !saved) {
      setSaveError(result.error ?? null);
      return;
    }
    navigate(`/target-groups/${saved.id}`);
  };

  const generalSaveError =
    saveError && problems.size === 0 && !worded?.headline
      ? generalErrorMessage(saveError, t, fieldErrors(saveError, t))
      : undefined;
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <section className="page tg-builder">
      <header className="page__header">
        <h2>
          {existing
            ? t('targetGroups.builder.editTitle', { name: existing.name })
            : t('targetGroups.builder.createTitle')}
        </h2>
        <Link to={existing ? `/target-groups/${existing.id}` : '/target-groups'}>
          {existing ? t('targetGroups.builder.backToGroup') : t('targetGroups.builder.backToList')}
        </Link>
      </header>
      {loaded && !loaded.complete && (
        <p className="form-error" role="alert">
          {t('targetGroups.builder.tooDeepToEdit')}
        </p>
      )}
      {!existing && (
        <div className="tg-builder__names">
          <TextField
            id="tg-name"
            label={t('targetGroups.name')}
            required
            maxlength={NAME_MAX_LENGTH + 1}
            value={name}
            invalid={Boolean(nameError)}
            errorMessage={nameError}
            autofocus
            onValueChanged={(e) => setName(e.detail.value)}
          />
          <TextArea
            id="tg-description"
            label={t('targetGroups.description')}
            value={description}
            maxlength={4000}
            onValueChanged={(e) => setDescription(e.detail.value)}
          />
        </div>
      )}
      <div className="tg-builder__body">
        <div className="tg-builder__rule">
          <RuleEditor
            root={tree}
            onChange={(next) => {
              setTree(next);
              setSaveError(null);
            }}
            analytics={analytics}
            otherGroups={otherGroups}
            problems={problems}
          />
        </div>
        <aside className="panel tg-preview" aria-labelledby="tg-preview-title">
          <h3 id="tg-preview-title">{t('targetGroups.preview.title')}</h3>
          <div className="tg-preview__count" role="status" aria-live="polite" aria-busy={pending}>
            {worded?.headline ? (
              <p className="form-error" id="tg-preview-problem">
                {worded.headline}
              </p>
            ) : (
              <p id="tg-count" className="tg-count">
                {preview.preview
                  ? t('targetGroups.preview.count', {
                      count: preview.preview.count,
                      formatted: number.format(preview.preview.count),
                    })
                  : t('targetGroups.preview.counting')}
              </p>
            )}
            <ProgressBar
              indeterminate
              className="tg-preview__progress"
              style={{ visibility: pending && !worded?.headline ? 'visible' : 'hidden' }}
              aria-label={t('targetGroups.preview.counting')}
            />
          </div>
          {preview.preview && !worded?.headline && (
            <MemberList
              id="tg-preview-members"
              members={preview.preview.members}
              caption={t('targetGroups.preview.first', { count: preview.preview.members.length })}
            />
          )}
        </aside>
      </div>
      <FormError message={generalSaveError} />
      {canWrite && (
        <div className="tg-builder__actions">
          <Button
            id="tg-save"
            theme="primary"
            disabled={saving || unchanged || (loaded !== null && !loaded.complete)}
            onClick={() => void save()}
          >
            {existing
              ? t('targetGroups.builder.saveVersion', { version: existing.version + 1 })
              : t('targetGroups.builder.create')}
          </Button>
          {unchanged && <span className="muted">{t('targetGroups.builder.unchanged')}</span>}
        </div>
      )}
    </section>
  );
}

function validateName(name: string, t: TFunction): string | undefined {
  if (name.trim() === '') return t('validation.required');
  if (name.trim().length > NAME_MAX_LENGTH) return t('validation.tooLong', { max: NAME_MAX_LENGTH });
  return undefined;
}
