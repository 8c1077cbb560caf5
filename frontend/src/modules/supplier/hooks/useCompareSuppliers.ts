import { CompareSuppliersDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** Several suppliers' scores, quotes and history side by side (paused until at least two are chosen). */
export function useCompareSuppliers(workspaceId: string | null, supplierIds: readonly string[]) {
  const result = useWatchedQuery(
    {
      query: CompareSuppliersDocument,
      variables: { workspaceId: workspaceId ?? '', supplierIds: [...supplierIds] },
      pause: !workspaceId || supplierIds.length < 2,
    },
    ['Supplier', 'SupplierEngagement'],
  );
  return { ...result, comparison: result.data?.compareSuppliers };
}
