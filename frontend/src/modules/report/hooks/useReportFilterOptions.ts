import { ReportFilterOptionsDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** Brands and channels to filter the report by. */
export function useReportFilterOptions(workspaceId: string | null) {
  const { data } = useWatchedQuery(
    { query: ReportFilterOptionsDocument, variables: { workspaceId: workspaceId ?? '' }, pause: !workspaceId },
    ['Brand', 'Channel'],
  );
  return data;
}
