import { OwnedPurchasesDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

export const PURCHASES_SHOWN = 50;
export type Owner = Readonly<{ companyId?: string; contactId?: string }>;

/** A company's or contact's latest purchases; refetched after any change to a purchase. */
export function useOwnedPurchases(workspaceId: string, owner: Owner) {
  const result = useWatchedQuery(
    {
      query: OwnedPurchasesDocument,
      variables: {
        workspaceId,
        companyId: owner.companyId ?? null,
        contactId: owner.contactId ?? null,
        first: PURCHASES_SHOWN,
      },
    },
    ['Purchase'],
  );
  return {
    ...result,
    purchases: result.data?.purchases.edges.map((e) => e.node),
    more: result.data?.purchases.pageInfo.hasNextPage,
  };
}
