import { Button } from '@vaadin/react-components/Button.js';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { generalErrorMessage, type ErrorSource } from '../../api/graphqlErrors';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { DetailList } from '../../ui/components/DetailList';
import type { RowDialogProps } from '../../ui/components/DraftFormDialog';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice, type Notice } from '../../ui/components/PageNotice';
import { useIsNarrowerThan } from '../../ui/hooks/useIsNarrowerThan';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import '../../ui/pages.css';

// Below this width the record lists fold their actions into one "⋯" menu.
const NARROW = 600;

type Stored = Readonly<{ id: string; createdAt: string; updatedAt: string }>;

/** What the card's sections get besides the record. */
export type SectionContext = Readonly<{ workspaceId: string; canWrite: boolean; narrow: boolean }>;

type Props<T extends Stored> = Readonly<{
  /**
   * The card's translations: `<words>.noWorkspace`, `.backToList`, `.details`, `.createdAt`, `.updatedAt`, `.saved`
   * ({name}), `.deleteTitle`, `.deleteText` ({name}).
   */
  words: string;
  /** The start of the card's element ids: `<idPrefix>-name`, `-details`, `-edit`, `-delete`, `-delete-confirm`. */
  idPrefix: string;
  /** The list the card belongs to: its back link, and where a deleted record leaves to. */
  listPath: string;
  /** The record as its query answers it. */
  found: Readonly<{ record: T | undefined; error?: ErrorSource; fetching: boolean; retry: () => void }>;
  nameOf: (record: T) => string;
  /** The record's facts before when it was added and changed; pairs without a value are left out. */
  details: (record: T) => readonly (readonly [string, ReactNode])[];
  /** The sections after the facts (consent, analytics, equipment, purchases, timeline), in the order they show. */
  sections: (record: T, context: SectionContext) => ReactNode;
  remove: (workspaceId: string, record: T) => Promise<Readonly<{ error?: ErrorSource }>>;
  /** The edit dialog. */
  form: (props: RowDialogProps<T>, record: T) => ReactNode;
}>;

/**
 * A customer record's card (a contact, a company): the back link, its name with Edit and Delete, the last action's
 * notice, its facts, then its sections in one or two columns. A card of its own is only its facts and sections.
 */
export function RecordCard<T extends Stored>(props: Props<T>) {
  const { words, idPrefix, listPath, found, nameOf } = props;
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [narrow, pageRef] = useIsNarrowerThan<HTMLElement>(NARROW);
  const record = found.record;

  if (!loaded || (current && !record && found.fetching)) return <LoadingState />;
  if (!current) return <p className="empty">{t(`${words}.noWorkspace`)}</p>;
  if (!record)
    return (
      <section className="page">
        <ErrorState error={found.error} onRetry={found.retry} />
        <Link to={listPath}>{t(`${words}.backToList`)}</Link>
      </section>
    );

  const name = nameOf(record);
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const confirmDelete = async () => {
    setDeleting(false);
    const { error: refused } = await props.remove(workspaceId, record);
    if (refused) setNotice({ kind: 'error', text: generalErrorMessage(refused, t) ?? '' });
    else void navigate(listPath);
  };

  return (
    <section className="page record-page" ref={pageRef} aria-labelledby={`${idPrefix}-name`}>
      <Link to={listPath} className="record-page__back">
        {t(`${words}.backToList`)}
      </Link>
      <header className="record-page__header">
        <h2 id={`${idPrefix}-name`}>{name}</h2>
        {canWrite && (
          <div className="row-actions">
            <Button id={`${idPrefix}-edit`} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button id={`${idPrefix}-delete`} theme="error tertiary" onClick={() => setDeleting(true)}>
              {t('common.delete')}
            </Button>
          </div>
        )}
      </header>
      <PageNotice notice={notice} />
      <div className="record-page__sections">
        <section className="card" aria-labelledby={`${idPrefix}-details-title`}>
          <h3 id={`${idPrefix}-details-title`}>{t(`${words}.details`)}</h3>
          <DetailList
            id={`${idPrefix}-details`}
            items={[
              ...props.details(record),
              [t(`${words}.createdAt`), dates.format(new Date(record.createdAt))],
              [t(`${words}.updatedAt`), dates.format(new Date(record.updatedAt))],
            ]}
          />
        </section>
        {props.sections(record, { workspaceId, canWrite, narrow })}
      </div>
      {props.form(
        {
          opened: editing,
          workspaceId,
          onClose: () => setEditing(false),
          onSaved: (saved) => {
            setEditing(false);
            setNotice({ kind: 'ok', text: t(`${words}.saved`, { name: nameOf(saved) }) });
          },
        },
        record,
      )}
      <DeleteConfirmDialog
        id={`${idPrefix}-delete-confirm`}
        opened={deleting}
        title={t(`${words}.deleteTitle`)}
        text={t(`${words}.deleteText`, { name })}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(false)}
      />
    </section>
  );
}
