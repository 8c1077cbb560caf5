import { CellPublicationsDocument, type CellPublicationsQueryVariables } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

export function useCellPublications(variables: CellPublicationsQueryVariables) {
  return useWatchedQuery({ query: CellPublicationsDocument, variables });
}
