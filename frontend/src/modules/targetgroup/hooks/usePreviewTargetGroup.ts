import { PreviewTargetGroupDocument, type RuleInput } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/**
 * What a rule selects now, without saving it: the count and the first members. Paused while there is no rule to ask
 * about (it has problems the builder shows first). Asked again when shown, since contacts change elsewhere, and after
 * any change of a target group (a rule may use another group, and the manual lists of a group's page are previews).
 */
export function usePreviewTargetGroup(workspaceId: string, rule: RuleInput | null, timeZone: string, first: number) {
  const result = useWatchedQuery(
    {
      query: PreviewTargetGroupDocument,
      variables: { workspaceId, rule: rule ?? {}, timeZone, first },
      pause: !workspaceId || rule === null,
      requestPolicy: 'cache-and-network',
    },
    ['TargetGroup'],
  );
  return { ...result, preview: result.data?.previewTargetGroup };
}
