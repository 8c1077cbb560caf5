import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetGroupMember } from '../types/RuleTree';

/** Where a contact's card is (the contact module's route). */
export function contactPath(contactId: string): string {
  return `/contacts/${contactId}`;
}

export function memberName(member: Pick<TargetGroupMember, 'firstName' | 'lastName' | 'email'>): string {
  return `${member.firstName} ${member.lastName}`.trim() || member.email;
}

type Props = Readonly<{
  id: string;
  members: readonly TargetGroupMember[];
  caption: string;
  /** What a row offers besides the link to the contact's card (exclude, take back). */
  actions?: (member: TargetGroupMember) => ReactNode;
  /** Whether to mark members included by hand. */
  markManual?: boolean;
}>;

/**
 * Contacts one under the other, each a link to the contact's card with email and company: a list rather than a grid,
 * so that a phone shows every part of a row without sideways scrolling.
 */
export function MemberList({ id, members, caption, actions, markManual = false }: Props) {
  const { t } = useTranslation();
  return (
    <div className="tg-members" id={id}>
      <p className="muted tg-members__caption">{caption}</p>
      <ul className="stack-list tg-members__list" aria-label={caption}>
        {members.map((member) => (
          <li key={member.id} className="tg-member">
            <span className="entity-cell">
              <Link className="entity-cell__name" to={contactPath(member.id)}>
                {memberName(member)}
              </Link>
              <span className="entity-cell__meta">
                {[member.email, member.companyName].filter(Boolean).join(' · ')}
                {markManual && member.includedManually && (
                  <span className="badge tg-badge--manual">{t('targetGroups.members.includedByHand')}</span>
                )}
              </span>
            </span>
            {actions && <span className="tg-member__actions">{actions(member)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
