import { useCallback, useMemo } from 'react';
import {
  useMutation,
  useQuery,
  type AnyVariables,
  type DocumentInput,
  type OperationContext,
  type UseQueryArgs,
} from 'urql';

/**
 * The cache's contract, in one place. urql's document cache drops (and refetches, while shown) every query whose answer
 * holds a type a mutation returns. Two cases it cannot see by itself are declared with GraphQL type names:
 *  - a query `watches` the types it lists, so an empty list is refetched when the first row is created;
 *  - a mutation `invalidates` the types it changes without returning them (a delete answers with an ID).
 * A screen therefore never forces a reload after a change; the hook of the operation says what it changes.
 */
export type Typenames = readonly string[];

function contextOf(typenames: Typenames): Partial<OperationContext> {
  return { additionalTypenames: [...typenames] };
}

/** A query that is refetched when a mutation or subscription invalidates one of `watches`, with a retry after errors. */
export function useWatchedQuery<Data, Variables extends AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
  watches: Typenames = [],
) {
  const key = watches.join(',');
  // The context must keep its identity between renders or urql sends the query again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const context = useMemo(() => contextOf(watches), [key]);
  const [state, reexecute] = useQuery<Data, Variables>({ ...args, context });
  // A retry asks the server again; the failed answer must not come back from the cache.
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { ...state, retry };
}

/** A mutation that, once answered, invalidates `invalidates` in addition to the types of its answer. */
export function useInvalidatingMutation<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
  invalidates: Typenames = [],
) {
  const [state, execute] = useMutation<Data, Variables>(document);
  const key = invalidates.join(',');
  const run = useCallback(
    (variables: Variables) => execute(variables, contextOf(invalidates)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [execute, key],
  );
  return [state, run] as const;
}

/** The context for a subscription whose events mean that `typenames` changed on the server. */
export function invalidatesOnEvent(typenames: Typenames): Partial<OperationContext> {
  return contextOf(typenames);
}
