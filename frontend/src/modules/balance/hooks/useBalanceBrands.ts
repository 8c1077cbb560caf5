import { BalanceBrandsDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The workspace's brands, to name the competitors the matrix can be narrowed to. */
export function useBalanceBrands(workspaceId: string) {
  const { data } = useWatchedQuery({ query: BalanceBrandsDocument, variables: { workspaceId } }, ['Brand']);
  return data?.brands;
}
