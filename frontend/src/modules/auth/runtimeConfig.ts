import type { RuntimeConfig } from './types/RuntimeConfig';

export class RuntimeConfigError extends Error {}

export function parseRuntimeConfig(json: unknown): RuntimeConfig {
  const value = (json ?? {}) as Record<string, unknown>;
  const { oidcAuthority, oidcClientId } = value;
  if (typeof oidcAuthority !== 'string' || oidcAuthority.length === 0) {
    throw new RuntimeConfigError('config.json lacks oidcAuthority');
  }
  if (typeof oidcClientId !== 'string' || oidcClientId.length === 0) {
    throw new RuntimeConfigError('config.json lacks oidcClientId');
  }
  return { oidcAuthority, oidcClientId };
}

export async function loadRuntimeConfig(
  fetchFn: typeof fetch = fetch,
  baseUrl = import.meta.env.BASE_URL,
): Promise<RuntimeConfig> {
  const response = await fetchFn(`${baseUrl}config.json`, {
    headers: { Accept: 'application/json' },
    cache: 'no-store',
  });
  if (!response.ok) {
    throw new RuntimeConfigError(`GET config.json answered ${response.status}`);
  }
  return parseRuntimeConfig(await response.json());
}
