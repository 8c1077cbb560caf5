import { MergeCandidateDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';
import type { Candidate, Held } from '../duplicates';

/** Up to this many of a contact's purchases, equipment and timeline entries are counted; more shows as "50+". */
export const COUNTED_UP_TO = 50;

const heldOf = (connection: { edges: readonly unknown[]; pageInfo: { hasNextPage: boolean } }): Held => ({
  count: connection.edges.length,
  more: connection.pageInfo.hasNextPage,
});

/** One contact of a merge, with how many purchases, equipment and timeline entries the merge keeps of them. */
export function useMergeCandidate(workspaceId: string | null, id: string) {
  const result = useWatchedQuery({
    query: MergeCandidateDocument,
    variables: { workspaceId: workspaceId ?? '', id, first: COUNTED_UP_TO },
    pause: !workspaceId || !id,
  });
  const data = result.data;
  return {
    ...result,
    candidate:
      data &&
      ({
        contact: data.contact,
        consents: data.contact.consents,
        purchases: heldOf(data.purchases),
        equipment: heldOf(data.equipment),
        timeline: heldOf(data.contact.timeline),
      } satisfies Candidate),
  };
}
