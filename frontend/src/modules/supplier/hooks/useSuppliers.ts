import { SuppliersDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The workspace's suppliers; refetched after any change to a supplier. */
export function useSuppliers(workspaceId: string | null) {
  const result = useWatchedQuery(
    { query: SuppliersDocument, variables: { workspaceId: workspaceId ?? '' }, pause: !workspaceId },
    ['Supplier'],
  );
  return { ...result, suppliers: result.data?.suppliers };
}
