import { Button } from '@vaadin/react-components/Button.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { CarefulConfirmDialog } from '../../ui/components/CarefulConfirmDialog';
import { DetailList } from '../../ui/components/DetailList';
import { ErrorState } from '../../ui/components/ErrorState';
import { FormError } from '../../ui/components/FormError';
import { LoadingState } from '../../ui/components/LoadingState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { filledFields, mergedConsents, type Candidate, type Held } from '../duplicates';
import { useMergeCandidate } from '../hooks/useMergeCandidate';
import { useMergeContacts } from '../hooks/useMergeContacts';
import { displayName } from '../types/Contact';
import '../../ui/pages.css';
import '../contacts.css';

type Side = 'contact' | 'other';

/**
 * Two contacts side by side: the user picks the one that stays, sees what the merge keeps (the purchases, equipment,
 * consent and timeline of both, the blank fields it fills) and confirms; then the survivor's card opens.
 */
export function MergePage({ contactId, otherId }: Readonly<{ contactId: string; otherId: string }>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { current, loaded } = useWorkspaces();
  const workspaceId = current?.id ?? null;
  const a = useMergeCandidate(workspaceId, contactId);
  const b = useMergeCandidate(workspaceId, otherId);
  const [keep, setKeep] = useState<Side>('contact');
  const [confirming, setConfirming] = useState(false);
  const [mergeState, merge] = useMergeContacts();

  if (!loaded) return <LoadingState />;
  if (!current) return <p className="empty">{t('duplicates.noWorkspace')}</p>;
  const back = (
    <Link to="/contacts/duplicates" className="record-page__back">
      {t('duplicates.backToList')}
    </Link>
  );
  if (!a.candidate || !b.candidate) {
    const error = a.error ?? b.error;
    return (
      <section className="page">
        {back}
        {error ? <ErrorState error={error} onRetry={a.error ? a.retry : b.retry} /> : <LoadingState />}
      </section>
    );
  }

  const sides = { contact: a.candidate, other: b.candidate };
  const survivor = sides[keep];
  const merged = sides[keep === 'contact' ? 'other' : 'contact'];
  const survivorName = displayName(survivor.contact);
  const mergedName = displayName(merged.contact);
  const names = { survivor: survivorName, merged: mergedName };

  const confirm = async () => {
    setConfirming(false);
    const result = await merge({
      workspaceId: current.id,
      survivorId: survivor.contact.id,
      mergedId: merged.contact.id,
    });
    if (result.data) void navigate(`/contacts/${result.data.mergeContacts.id}`);
  };

  return (
    <section className="page merge-page" aria-labelledby="merge-title">
      {back}
      <header className="page__header">
        <h2 id="merge-title">{t('merge.title')}</h2>
      </header>
      <p className="muted page__notice">{t('merge.intro')}</p>
      <fieldset className="merge-sides">
        <legend>{t('merge.pick')}</legend>
        {(['contact', 'other'] as const).map((side) => (
          <CandidateCard
            key={side}
            side={side}
            candidate={sides[side]}
            stays={keep === side}
            onPick={() => setKeep(side)}
          />
        ))}
      </fieldset>

      <section className="panel merge-outcome" id="merge-outcome" aria-labelledby="merge-outcome-title">
        <h3 id="merge-outcome-title">{t('merge.outcomeTitle', names)}</h3>
        <Outcome survivor={survivor} merged={merged} />
        <FormError message={mergeState.error && generalErrorMessage(mergeState.error, t)} />
        <div className="row-actions merge-actions">
          <Button id="merge-submit" theme="primary" disabled={mergeState.fetching} onClick={() => setConfirming(true)}>
            {t('merge.submit')}
          </Button>
          <Link to="/contacts/duplicates">{t('common.cancel')}</Link>
        </div>
      </section>

      <CarefulConfirmDialog
        id="merge-confirm"
        opened={confirming}
        title={t('merge.confirmTitle')}
        text={t('merge.confirmText', names)}
        confirmText={t('merge.confirm')}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}

function CandidateCard({
  side,
  candidate,
  stays,
  onPick,
}: Readonly<{ side: Side; candidate: Candidate; stays: boolean; onPick: () => void }>) {
  const { t, i18n } = useTranslation();
  const { contact } = candidate;
  const name = displayName(contact);
  const id = `merge-${side}`;
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section className={`card merge-side${stays ? ' merge-side--stays' : ''}`} id={id} aria-labelledby={`${id}-name`}>
      <label className="merge-side__pick">
        <input type="radio" name="merge-survivor" checked={stays} onChange={onPick} />
        <span>{t('merge.keep', { name })}</span>
      </label>
      <h3 id={`${id}-name`}>
        <Link to={`/contacts/${contact.id}`}>{name}</Link>
      </h3>
      <p className={stays ? 'badge merge-badge--stays' : 'badge merge-badge--goes'} id={`${id}-fate`}>
        {t(stays ? 'merge.stays' : 'merge.goes')}
      </p>
      <DetailList
        items={[
          [t('contacts.fields.email'), contact.email],
          [t('contacts.fields.phone'), contact.phone],
          [t('contacts.fields.company'), contact.company?.name],
          [t('contacts.fields.position'), contact.position],
          [t('contacts.fields.city'), contact.city],
          [t('contacts.fields.country'), contact.country],
          [t('contacts.fields.externalId'), contact.externalId],
          [t('contacts.createdAt'), dates.format(new Date(contact.createdAt))],
          [t('merge.purchases'), <HeldCount held={candidate.purchases} />],
          [t('merge.equipment'), <HeldCount held={candidate.equipment} />],
          [t('merge.timeline'), <HeldCount held={candidate.timeline} />],
          [
            t('merge.consent'),
            candidate.consents
              .map((c) => `${t(`consent.channel.${c.channel}`)}: ${t(`consent.state.${c.state}`)}`)
              .join(', '),
          ],
        ]}
      />
    </section>
  );
}

/** A count of up to a page; "50+" when there are more. */
function HeldCount({ held }: Readonly<{ held: Held }>) {
  const { i18n } = useTranslation();
  return <>{`${new Intl.NumberFormat(i18n.language).format(held.count)}${held.more ? '+' : ''}`}</>;
}

const sum = (x: Held, y: Held): Held => ({ count: x.count + y.count, more: x.more || y.more });

/** What the survivor keeps: the server's merge rule, worded for this pair. */
function Outcome({ survivor, merged }: Readonly<{ survivor: Candidate; merged: Candidate }>) {
  const { t } = useTranslation();
  const survivorName = displayName(survivor.contact);
  const mergedName = displayName(merged.contact);
  const filled = filledFields(survivor.contact, merged.contact);
  const consents = mergedConsents(survivor.consents, merged.consents);
  return (
    <ul className="merge-outcome__list">
      <li id="merge-keeps-purchases">
        {t('merge.keepsPurchases')} <HeldCount held={sum(survivor.purchases, merged.purchases)} />
      </li>
      <li>
        {t('merge.keepsEquipment')} <HeldCount held={sum(survivor.equipment, merged.equipment)} />
      </li>
      <li id="merge-keeps-timeline">
        {t('merge.keepsTimeline')} <HeldCount held={sum(survivor.timeline, merged.timeline)} />
      </li>
      <li>
        {t('merge.keepsConsent', {
          consents: consents
            .map((c) => `${t(`consent.channel.${c.channel}`)}: ${t(`consent.state.${c.state}`)}`)
            .join(', '),
        })}
      </li>
      <li>{t('merge.keepsAnalytics', { name: survivorName })}</li>
      <li id="merge-fills">
        {filled.length > 0
          ? t('merge.fills', {
              name: survivorName,
              other: mergedName,
              fields: filled.map((f) => t(`contacts.fields.${f}`)).join(', '),
            })
          : t('merge.fillsNothing', { name: survivorName })}
      </li>
      <li>{t('merge.deletes', { name: mergedName })}</li>
    </ul>
  );
}
