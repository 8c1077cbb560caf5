import { CompanyTimelineDocument, ContactTimelineDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

export type TimelineOwner = 'contact' | 'company';
export const TIMELINE_PAGE_SIZE = 20;

/**
 * One page of a contact's or company's timeline, after a cursor (null: the newest); refetched when a change writes
 * a timeline entry (a consent change, an edit).
 */
export function useTimelinePage(owner: TimelineOwner, workspaceId: string, id: string, after: string | null) {
  const variables = { workspaceId, id, first: TIMELINE_PAGE_SIZE, after };
  const contact = useWatchedQuery({ query: ContactTimelineDocument, variables, pause: owner !== 'contact' }, [
    'TimelineEntry',
    'Contact',
  ]);
  const company = useWatchedQuery({ query: CompanyTimelineDocument, variables, pause: owner !== 'company' }, [
    'TimelineEntry',
    'Company',
  ]);
  const result = owner === 'contact' ? contact : company;
  const timeline = owner === 'contact' ? contact.data?.contact.timeline : company.data?.company.timeline;
  return { ...result, timeline };
}
