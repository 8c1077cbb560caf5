import { BrandsDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The workspace's brands; refetched after any change to a brand. */
export function useBrands(workspaceId: string | null) {
  const result = useWatchedQuery(
    { query: BrandsDocument, variables: { workspaceId: workspaceId ?? '' }, pause: !workspaceId },
    ['Brand'],
  );
  return { ...result, brands: result.data?.brands };
}
