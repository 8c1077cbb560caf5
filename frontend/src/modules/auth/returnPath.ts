/** True when the URL is Keycloak's redirect back to us (authorization code or error, with our state). */
export function isAuthCallback(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('state') && (params.has('code') || params.has('error'));
}

/**
 * The in-app path to go back to after sign-in. Only same-origin absolute paths are accepted, so a crafted
 * state cannot send the user to another site ("//evil.example" is protocol-relative, hence refused).
 */
export function safeReturnPath(candidate: unknown, fallback = '/'): string {
  if (
    typeof candidate !== 'string' ||
    !candidate.startsWith('/') ||
    candidate.startsWith('//') ||
    candidate.includes('\\')
  ) {
    return fallback;
  }
  return candidate;
}

export function currentPath(location: Pick<Location, 'pathname' | 'search' | 'hash'> = window.location): string {
  return `${location.pathname}${location.search}${location.hash}`;
}
