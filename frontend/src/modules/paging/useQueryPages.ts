import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useClient, type AnyVariables } from 'urql';
import type { ConnectionPage } from '../publication/connectionWindow';
import { useConnectionWindow } from './useConnectionWindow';

/**
 * A lazy grid's window over a connection query: the query's variables but the paging ones (null: not yet, e.g. no
 * workspace) name the window, so a new search, filter or order starts a new one. Pages always come from the server.
 */
export function useQueryPages<Data, Variables extends AnyVariables, T>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'> | null,
  connectionOf: (data: Data) => ConnectionPage<T>,
) {
  const client = useClient();
  const key = variables === null ? null : JSON.stringify(variables);
  return useConnectionWindow<T>(key, async (first, after) => {
    // The variables given and the paging ones are the query's variables; TypeScript cannot tell an Omit back.
    const all = { ...variables, first, after } as unknown as Variables;
    const result = await client.query(document, all, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('no data');
    return connectionOf(result.data);
  });
}
