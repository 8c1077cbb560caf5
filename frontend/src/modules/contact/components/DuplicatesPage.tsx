import { Button } from '@vaadin/react-components/Button.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DuplicateReason } from '../../../generated/graphql';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { AnyChoiceSelect } from '../../ui/components/AnyChoiceSelect';
import { CursorPager } from '../../ui/components/CursorPager';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice, type Notice } from '../../ui/components/PageNotice';
import { useCursorPages } from '../../ui/hooks/useCursorPages';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { DUPLICATES_PAGE_SIZE, useContactDuplicates } from '../hooks/useContactDuplicates';
import { useDismissContactDuplicate } from '../hooks/useDismissContactDuplicate';
import { DUPLICATE_REASONS, mergePath, reasonOf } from '../duplicates';
import { displayName, type Contact } from '../types/Contact';
import '../../ui/pages.css';
import '../contacts.css';

/** Suspected duplicate pairs, a page at a time, of one reason or all: merge a pair, or mark it as not duplicates. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const [params, setParams] = useSearchParams();
  const reason = reasonOf(params.get('reason'));

  if (!loaded) return <LoadingState />;
  if (!current) return <p className="empty">{t('duplicates.noWorkspace')}</p>;
  return (
    <section className="page" aria-labelledby="duplicates-title">
      <Link to="/contacts" className="record-page__back">
        {t('contacts.backToList')}
      </Link>
      <header className="page__header">
        <h2 id="duplicates-title">{t('duplicates.title')}</h2>
      </header>
      <p className="muted page__notice">{t('duplicates.intro')}</p>
      <div className="list-filter">
        <AnyChoiceSelect<DuplicateReason>
          id="duplicates-reason"
          label={t('duplicates.reasonFilter')}
          anyLabel={t('duplicates.anyReason')}
          value={reason}
          choices={DUPLICATE_REASONS}
          words="duplicates.reason"
          onChange={(value) => setParams(value ? { reason: value } : {}, { replace: true })}
        />
      </div>
      {/* A fresh first page for each reason. */}
      <DuplicatePairs key={reason ?? 'any'} workspaceId={current.id} reason={reason} />
    </section>
  );
}

function DuplicatePairs({ workspaceId, reason }: Readonly<{ workspaceId: string; reason: DuplicateReason | null }>) {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const pages = useCursorPages(DUPLICATES_PAGE_SIZE);
  const { first } = pages;
  const { pairs, pageInfo, error, retry } = useContactDuplicates(workspaceId, reason, pages.after);
  const [dismissState, dismiss] = useDismissContactDuplicate();
  const [notice, setNotice] = useState<Notice | null>(null);

  const notDuplicates = async (a: Contact, b: Contact) => {
    setNotice(null);
    const names = { a: displayName(a), b: displayName(b) };
    const result = await dismiss({ workspaceId, contactId: a.id, otherId: b.id });
    setNotice(
      result.error
        ? { kind: 'error', text: generalErrorMessage(result.error, t) ?? '' }
        : { kind: 'ok', text: t('duplicates.dismissed', names) },
    );
  };

  if (error && !pairs) return <ErrorState error={error} onRetry={retry} />;
  if (!pairs) return <LoadingState />;
  return (
    <>
      <PageNotice notice={notice} />
      {pairs.length === 0 ? (
        <div className="card empty list-empty" id="duplicates-empty">
          <p>{t(reason ? 'duplicates.noneOfReason' : 'duplicates.none')}</p>
        </div>
      ) : (
        <section className="panel" aria-labelledby="duplicates-range">
          <p className="muted dup-caption" id="duplicates-range">
            {t('duplicates.range', { first, last: first + pairs.length - 1 })}
          </p>
          <ul className="stack-list dup-pairs" id="duplicates-list">
            {pairs.map(({ contact: a, other: b, reasons }) => {
              const names = { a: displayName(a), b: displayName(b) };
              return (
                <li key={`${a.id}-${b.id}`} className="dup-pair" aria-label={t('duplicates.pairLabel', names)}>
                  <div className="dup-pair__people">
                    <Person contact={a} />
                    <Person contact={b} />
                  </div>
                  <span className="dup-pair__reasons">
                    {reasons.map((r) => (
                      <span key={r} className={`badge dup-reason dup-reason--${r.toLowerCase()}`}>
                        {t(`duplicates.reason.${r}`)}
                      </span>
                    ))}
                  </span>
                  {canWrite && (
                    <span className="row-actions dup-pair__actions">
                      <Link
                        className="dup-pair__merge"
                        to={mergePath(a.id, b.id)}
                        aria-label={t('duplicates.mergeLabel', names)}
                      >
                        {t('duplicates.merge')}
                      </Link>
                      <Button
                        theme="tertiary small"
                        disabled={dismissState.fetching}
                        aria-label={t('duplicates.dismissLabel', names)}
                        onClick={() => void notDuplicates(a, b)}
                      >
                        {t('duplicates.dismiss')}
                      </Button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <CursorPager
        pages={pages}
        pageInfo={pageInfo}
        previousLabel={t('duplicates.previous')}
        nextLabel={t('duplicates.next')}
      />
    </>
  );
}

/** One contact of a pair: a link to their card, with what a person compares (e-mail, phone, company, position). */
function Person({ contact }: Readonly<{ contact: Contact }>) {
  return (
    <span className="entity-cell dup-person">
      <Link className="entity-cell__name" to={`/contacts/${contact.id}`}>
        {displayName(contact)}
      </Link>
      <span className="entity-cell__meta">
        {[contact.email, contact.phone, contact.company?.name, contact.position].filter(Boolean).join(' · ')}
      </span>
    </span>
  );
}
