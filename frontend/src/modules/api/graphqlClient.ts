import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

export type TokenSource = () => Promise<string | null>;

export type GraphqlClientOptions = Readonly<{
  /** Returns a currently valid access token (refreshing it first when needed). */
  getAccessToken: TokenSource;
  /** Called when the API answers 401: the session is gone and the user must sign in again. */
  onUnauthorized: () => void;
  /** Where the page runs; the API is on the same origin. */
  location?: Pick<Location, 'protocol' | 'host'>;
  /** Path of the GraphQL endpoint on this origin (HTTP and WebSocket). */
  path?: string;
}>;

/** The WebSocket URL for a path on the page's own origin: wss when the page is https. */
export function toWebSocketUrl(location: Pick<Location, 'protocol' | 'host'>, path: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path.startsWith('/') ? path : `/${path}`}`;
}

export function bearer(token: string | null): string | undefined {
  return token ? `Bearer ${token}` : undefined;
}

/** A fetch that adds a fresh bearer token to each request and reports a 401. */
export function createAuthorizedFetch(
  getAccessToken: TokenSource,
  onUnauthorized: () => void,
  baseFetch: typeof fetch = fetch,
): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    const authorization = bearer(await getAccessToken());
    if (authorization) headers.set('Authorization', authorization);
    const response = await baseFetch(input, { ...init, headers });
    if (response.status === 401) onUnauthorized();
    return response;
  };
}

export function createSubscriptionClient(options: GraphqlClientOptions): WsClient {
  const location = options.location ?? window.location;
  return createWsClient({
    url: toWebSocketUrl(location, options.path ?? '/graphql'),
    // Browsers cannot set headers on a WebSocket; the server reads the token from connection_init.
    // A function, so every (re)connect sends the token that is valid at that moment.
    connectionParams: async () => {
      const authorization = bearer(await options.getAccessToken());
      return authorization ? { Authorization: authorization } : {};
    },
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
  });
}

export function createGraphqlClient(options: GraphqlClientOptions): Client {
  const ws = createSubscriptionClient(options);
  return new Client({
    url: options.path ?? '/graphql',
    // SmallRye GraphQL rejects queries sent as GET.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetch: createAuthorizedFetch(options.getAccessToken, options.onUnauthorized),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
