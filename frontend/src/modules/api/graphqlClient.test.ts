import { describe, expect, it, vi } from 'vitest';
import { createAuthorizedFetch, toWebSocketUrl } from './graphqlClient';

describe('toWebSocketUrl', () => {
  it('uses ws for an http page', () => {
    expect(toWebSocketUrl({ protocol: 'http:', host: 'localhost:5173' }, '/graphql')).toBe(
      'ws://localhost:5173/graphql',
    );
  });
  it('uses wss for an https page', () => {
    expect(toWebSocketUrl({ protocol: 'https:', host: 'crm.example.org' }, 'graphql')).toBe(
      'wss://crm.example.org/graphql',
    );
  });
});

describe('createAuthorizedFetch', () => {
  it('sends the current token as a bearer header on each call', async () => {
    const tokens = ['first', 'second'];
    const seen: (string | null)[] = [];
    const base = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Headers(init?.headers).get('Authorization'));
      return new Response('{}', { status: 200 });
    });
    const authorizedFetch = createAuthorizedFetch(
      async () => tokens.shift() ?? null,
      () => {},
      base as typeof fetch,
    );
    await authorizedFetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    await authorizedFetch('/graphql', { method: 'POST' });
    expect(seen).toEqual(['Bearer first', 'Bearer second']);
  });

  it('reports a 401 so the app can sign in again', async () => {
    const onUnauthorized = vi.fn();
    const base = async () => new Response('', { status: 401 });
    const authorizedFetch = createAuthorizedFetch(async () => 'expired', onUnauthorized, base as typeof fetch);
    const response = await authorizedFetch('/graphql');
    expect(response.status).toBe(401);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('sends no Authorization header without a token', async () => {
    let header: string | null = 'unset';
    const base = async (_i: RequestInfo | URL, init?: RequestInit) => {
      header = new Headers(init?.headers).get('Authorization');
      return new Response('{}');
    };
    await createAuthorizedFetch(
      async () => null,
      () => {},
      base as typeof fetch,
    )('/graphql');
    expect(header).toBeNull();
  });
});
