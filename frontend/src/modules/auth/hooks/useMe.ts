import { MeDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The signed-in user as the API knows them (username, roles), asked anew at each start rather than from the cache. */
export function useMe() {
  return useWatchedQuery({ query: MeDocument, requestPolicy: 'network-only' });
}
