import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from './runtimeConfig';
import { currentPath, isAuthCallback, safeReturnPath } from './returnPath';

describe('isAuthCallback', () => {
  it('recognises a code response', () => {
    expect(isAuthCallback('?state=abc&session_state=x&code=123')).toBe(true);
  });
  it('recognises an error response', () => {
    expect(isAuthCallback('?error=access_denied&state=abc')).toBe(true);
  });
  it('ignores ordinary query strings', () => {
    expect(isAuthCallback('?code=123')).toBe(false);
    expect(isAuthCallback('?tab=members')).toBe(false);
  });
});

describe('safeReturnPath', () => {
  it('keeps an in-app path with query and hash', () => {
    expect(safeReturnPath('/workspaces?id=1#members')).toBe('/workspaces?id=1#members');
  });
  it('refuses protocol-relative and absolute URLs', () => {
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
  });
  it('falls back for missing state', () => {
    expect(safeReturnPath(undefined)).toBe('/');
  });
  it('builds the current path from a location', () => {
    expect(currentPath({ pathname: '/workspaces', search: '?a=1', hash: '#x' })).toBe('/workspaces?a=1#x');
  });
});

describe('parseRuntimeConfig', () => {
  it('reads the OIDC settings', () => {
    expect(
      parseRuntimeConfig({ oidcAuthority: 'http://localhost:8180/realms/resonance', oidcClientId: 'resonance-web' }),
    ).toEqual({ oidcAuthority: 'http://localhost:8180/realms/resonance', oidcClientId: 'resonance-web' });
  });
  it('rejects a config without a client id', () => {
    expect(() => parseRuntimeConfig({ oidcAuthority: 'http://x' })).toThrow(/oidcClientId/);
  });
});
