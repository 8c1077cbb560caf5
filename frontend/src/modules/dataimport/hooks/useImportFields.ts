import { useQuery } from 'urql';
import { ImportFieldsDocument, type ImportKind } from '../../../generated/graphql';

/** The fields a file of a customer kind maps to its columns; paused for the kinds that have none to map. */
export function useImportFields(kind: ImportKind | null) {
  const [result] = useQuery({ query: ImportFieldsDocument, variables: { kind: kind ?? 'CONTACTS' }, pause: !kind });
  return kind ? (result.data?.importFields ?? null) : null;
}
