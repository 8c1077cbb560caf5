import type { AnalyticAppliesTo } from '../../../generated/graphql';
import { AnalyticsDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The workspace's analytics (of companies or contacts, or both); refetched after any change to an analytic. */
export function useAnalytics(workspaceId: string | null, appliesTo: AnalyticAppliesTo | null) {
  const result = useWatchedQuery(
    { query: AnalyticsDocument, variables: { workspaceId: workspaceId ?? '', appliesTo }, pause: !workspaceId },
    ['Analytic'],
  );
  return { ...result, analytics: result.data?.analytics };
}
