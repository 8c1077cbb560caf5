import { Button } from '@vaadin/react-components/Button.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { CursorPager } from '../../ui/components/CursorPager';
import { ErrorState } from '../../ui/components/ErrorState';
import { FormError } from '../../ui/components/FormError';
import { LoadingState } from '../../ui/components/LoadingState';
import { useCursorPages } from '../../ui/hooks/useCursorPages';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useExcludeFromTargetGroup } from '../hooks/useExcludeFromTargetGroup';
import { useRuleAnalytics } from '../hooks/useRuleAnalytics';
import { useTargetGroup } from '../hooks/useTargetGroup';
import { MEMBERS_PAGE_SIZE, useTargetGroupMembers } from '../hooks/useTargetGroupMembers';
import { useTargetGroups } from '../hooks/useTargetGroups';
import { fromStoredRule, toRuleInput } from '../rule';
import { ManualMembers } from './ManualMembers';
import { MemberList, memberName } from './MemberList';
import { RuleSummary } from './RuleSummary';
import { TargetGroupCount } from './TargetGroupCount';
import { TargetGroupHistory } from './TargetGroupHistory';
import '../targetgroups.css';

/** One target group: its rule in words, size, members, the manual includes and excludes, and its versions. */
export function TargetGroupPage({ targetGroupId }: Readonly<{ targetGroupId: string }>) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? null;
  const { targetGroup, error, fetching, retry } = useTargetGroup(workspaceId, targetGroupId);
  const { analytics } = useRuleAnalytics(workspaceId);
  const { targetGroups } = useTargetGroups(workspaceId);
  const rule = useMemo(() => (targetGroup ? fromStoredRule(targetGroup.rule) : null), [targetGroup]);

  if (!loaded || (!targetGroup && fetching)) return <LoadingState />;
  if (!current || !workspaceId) return <p className="empty">{t('targetGroups.noWorkspace')}</p>;
  if (!targetGroup || !rule) return <ErrorState error={error} onRetry={retry} />;

  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const groupName = (id: string) => targetGroups?.find((g) => g.id === id)?.name;
  return (
    <section className="page tg-page" aria-labelledby="tg-title">
      <header className="page__header">
        <div>
          <h2 id="tg-title">{targetGroup.name}</h2>
          {targetGroup.description && <p className="muted tg-page__description">{targetGroup.description}</p>}
        </div>
        <div className="tg-page__actions">
          <Link to="/target-groups">{t('targetGroups.builder.backToList')}</Link>
          {canWrite && (
            <Button id="tg-edit-rule" theme="primary" onClick={() => navigate(`/target-groups/${targetGroup.id}/edit`)}>
              {t('targetGroups.editRule')}
            </Button>
          )}
        </div>
      </header>

      <div className="tg-page__grid">
        <div className="tg-page__main">
          <section className="panel" aria-labelledby="tg-size-title">
            <h3 id="tg-size-title">{t('targetGroups.size')}</h3>
            <p className="tg-count" id="tg-page-count">
              <TargetGroupCount workspaceId={workspaceId} id={targetGroup.id} />
            </p>
            <p className="muted">
              {t('targetGroups.versionLine', {
                version: targetGroup.version,
                by: targetGroup.changedBy,
                when: when.format(new Date(targetGroup.changedAt)),
              })}
            </p>
          </section>
          <TargetGroupHistory workspaceId={workspaceId} targetGroupId={targetGroup.id} canWrite={canWrite} />
          <section className="panel" aria-labelledby="tg-rule-title">
            <h3 id="tg-rule-title">{t('targetGroups.ruleTitle')}</h3>
            {!rule.complete && <p className="form-error">{t('targetGroups.builder.tooDeepToEdit')}</p>}
            <RuleSummary root={rule.tree} analytics={analytics ?? []} targetGroupName={groupName} />
          </section>
          <Members workspaceId={workspaceId} targetGroupId={targetGroup.id} canWrite={canWrite} />
        </div>
        <div className="tg-page__side">
          <section className="panel" aria-labelledby="tg-manual-title">
            <h3 id="tg-manual-title">{t('targetGroups.manual.title')}</h3>
            <p className="muted">{t('targetGroups.manual.intro')}</p>
            <ManualMembers
              workspaceId={workspaceId}
              targetGroupId={targetGroup.id}
              rule={rule.complete ? toRuleInput(rule.tree) : null}
              timeZone={targetGroup.timeZone}
              canWrite={canWrite}
            />
          </section>
          <section className="panel" aria-labelledby="tg-versions-title">
            <h3 id="tg-versions-title">{t('targetGroups.versions.title')}</h3>
            <ol className="stack-list tg-versions" id="tg-versions">
              {targetGroup.versions.map((v) => (
                <li key={v.version} className="tg-version">
                  <strong>{t('targetGroups.versions.version', { version: v.version })}</strong>
                  {v.version === targetGroup.version && (
                    <span className="badge">{t('targetGroups.versions.current')}</span>
                  )}
                  <span className="entity-cell__meta">
                    {t('targetGroups.versions.madeBy', { by: v.createdBy, when: when.format(new Date(v.createdAt)) })}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </section>
  );
}

function Members({
  workspaceId,
  targetGroupId,
  canWrite,
}: Readonly<{ workspaceId: string; targetGroupId: string; canWrite: boolean }>) {
  const { t } = useTranslation();
  const pages = useCursorPages(MEMBERS_PAGE_SIZE);
  const { first } = pages;
  const { members, pageInfo, error, retry } = useTargetGroupMembers(workspaceId, targetGroupId, pages.after);
  const [excludeState, exclude] = useExcludeFromTargetGroup();
  return (
    <section className="panel" aria-labelledby="tg-members-title">
      <h3 id="tg-members-title">{t('targetGroups.members.title')}</h3>
      {error && !members ? (
        <ErrorState error={error} onRetry={retry} />
      ) : !members ? (
        <LoadingState />
      ) : members.length === 0 ? (
        <p className="muted" id="tg-members-empty">
          {t('targetGroups.members.none')}
        </p>
      ) : (
        <MemberList
          id="tg-members"
          members={members}
          markManual
          caption={t('targetGroups.members.range', { first, last: first + members.length - 1 })}
          actions={(m) =>
            canWrite && (
              <Button
                theme="tertiary small error"
                disabled={excludeState.fetching}
                aria-label={t('targetGroups.members.excludeNamed', { name: memberName(m) })}
                onClick={() => void exclude({ workspaceId, id: targetGroupId, contactIds: [m.id] })}
              >
                {t('targetGroups.members.exclude')}
              </Button>
            )
          }
        />
      )}
      <FormError message={excludeState.error && generalErrorMessage(excludeState.error, t)} />
      <CursorPager
        pages={pages}
        pageInfo={pageInfo}
        previousLabel={t('targetGroups.members.previous')}
        nextLabel={t('targetGroups.members.next')}
      />
    </section>
  );
}
