import { OwnedEquipmentDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The card shows the latest pieces; a record with more says how to see them (the import's lists). */
export const EQUIPMENT_SHOWN = 100;

export type Owner = Readonly<{ companyId?: string; contactId?: string }>;

/** The equipment a company or contact owns, the latest purchase first; refetched after any change to equipment. */
export function useOwnedEquipment(workspaceId: string, owner: Owner) {
  const result = useWatchedQuery(
    {
      query: OwnedEquipmentDocument,
      variables: {
        workspaceId,
        companyId: owner.companyId ?? null,
        contactId: owner.contactId ?? null,
        first: EQUIPMENT_SHOWN,
      },
    },
    ['Equipment'],
  );
  return {
    ...result,
    equipment: result.data?.equipment.edges.map((e) => e.node),
    more: result.data?.equipment.pageInfo.hasNextPage,
  };
}
