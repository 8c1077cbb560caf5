import { BalanceSettingsDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

export function useBalanceSettings(workspaceId: string | null) {
  return useWatchedQuery({
    query: BalanceSettingsDocument,
    variables: { workspaceId: workspaceId ?? '' },
    pause: !workspaceId,
  });
}
