// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n } from '../../i18n/i18n';

let Bootstrap: typeof import('./Bootstrap').Bootstrap;

const AUTHORITY = 'http://localhost:8180/realms/resonance';

/** The app's own config answers; Keycloak (every request to the authority) cannot be reached. */
function keycloakUnreachable() {
  const keycloakCalls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith('config.json')) {
        return new Response(JSON.stringify({ oidcAuthority: AUTHORITY, oidcClientId: 'resonance-web' }), {
          headers: { 'Content-Type': 'application/json' },
        });
      }
      keycloakCalls.push(url);
      // What fetch does when the connection is refused.
      throw new TypeError('Failed to fetch');
    }),
  );
  return keycloakCalls;
}

describe('Bootstrap when Keycloak cannot be reached', () => {
  beforeAll(async () => {
    // Vaadin's components register CSS custom properties as they are imported, which happy-dom cannot (and
    // it makes a new CSS object on each access: the prototype gets a stand-in), so the app is imported
    // afterwards. Lumo's style injection (what Vaadin's Copilot also switches off) needs a full CSS object
    // model; the test looks at words, not looks. oidc-client-ts stops the page's loading when a sign-in cannot
    // start, and happy-dom has no window.stop.
    const css = Object.getPrototypeOf(window.CSS) as { registerProperty?: (definition: object) => void };
    css.registerProperty ??= () => {};
    (document as { __lumoInjectorDisabled?: boolean }).__lumoInjectorDisabled = true;
    window.stop ??= () => {};
    ({ Bootstrap } = await import('./Bootstrap'));
    initI18n();
  });

  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    await changeLanguage('en');
  });

  it('tells a person who signs in that the sign-in service is unreachable, and retries on request', async () => {
    const keycloakCalls = keycloakUnreachable();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await changeLanguage('en');
    render(<Bootstrap />);

    expect(
      await screen.findByText(
        'The sign-in service cannot be reached right now. Please try again in a moment; if it keeps happening, tell your administrator.',
      ),
    ).toBeTruthy();
    expect(keycloakCalls).toEqual([`${AUTHORITY}/.well-known/openid-configuration`]);

    fireEvent.click(screen.getByText('Try again'));
    await vi.waitFor(() => expect(keycloakCalls).toHaveLength(2));
    expect(await screen.findByText(/The sign-in service cannot be reached right now/)).toBeTruthy();
  });

  it('says so in the language of the user', async () => {
    keycloakUnreachable();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await changeLanguage('pl');
    render(<Bootstrap />);

    expect(await screen.findByText(/Usługa logowania jest teraz niedostępna/)).toBeTruthy();
    expect(screen.getByText('Spróbuj ponownie')).toBeTruthy();
  });
});
