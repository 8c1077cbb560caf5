import { TargetGroupAnalyticsDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The workspace's analytics (of companies and contacts) that analytic conditions choose from. */
export function useRuleAnalytics(workspaceId: string | null) {
  const result = useWatchedQuery(
    { query: TargetGroupAnalyticsDocument, variables: { workspaceId: workspaceId ?? '' }, pause: !workspaceId },
    ['Analytic'],
  );
  return { ...result, analytics: result.data?.analytics };
}
