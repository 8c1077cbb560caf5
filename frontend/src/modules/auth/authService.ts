import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { currentPath, isAuthCallback, safeReturnPath } from './returnPath';
import type { RuntimeConfig } from './types/RuntimeConfig';

type SignInState = Readonly<{ returnTo: string }>;

/**
 * Keycloak could not be reached to start a sign-in (it is down, or the network is): nothing the user did
 * wrong, and trying again later helps.
 */
export class SignInUnavailableError extends Error {}

/**
 * Keycloak sign-in with the authorization code flow and PKCE (oidc-client-ts does PKCE by default for
 * the code flow). Tokens live in sessionStorage; oidc-client-ts renews the access token shortly before
 * it expires using the refresh token.
 */
export class AuthService {
  readonly userManager: UserManager;
  #renewal: Promise<User | null> | null = null;

  constructor(config: RuntimeConfig, origin: string = window.location.origin) {
    this.userManager = new UserManager({
      authority: config.oidcAuthority,
      client_id: config.oidcClientId,
      redirect_uri: `${origin}/`,
      post_logout_redirect_uri: `${origin}/`,
      response_type: 'code',
      scope: 'openid profile email',
      automaticSilentRenew: true,
      monitorSession: false,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
  }

  /**
   * Finishes a redirect back from Keycloak, or returns the stored session, or starts a sign-in.
   * Resolves to null when the browser is being redirected to Keycloak.
   */
  async start(): Promise<User | null> {
    if (isAuthCallback(window.location.search)) {
      const user = await this.userManager.signinRedirectCallback();
      const state = user.state as Partial<SignInState> | undefined;
      // Drops code and state from the address bar and restores where the user was going.
      window.history.replaceState(null, '', safeReturnPath(state?.returnTo));
      return user;
    }
    let user = await this.userManager.getUser();
    if (user?.expired) {
      user = await this.#renew();
    }
    if (!user) {
      await this.login();
      return null;
    }
    return user;
  }

  /** Sends the browser to Keycloak; rejects with SignInUnavailableError when Keycloak cannot be reached. */
  async login(returnTo: string = currentPath()): Promise<void> {
    const state: SignInState = { returnTo: safeReturnPath(returnTo) };
    try {
      await this.userManager.signinRedirect({ state });
    } catch (cause) {
      // Before it leaves the page, signinRedirect loads Keycloak's metadata (/.well-known/openid-configuration):
      // a failure means the browser stays here, with Keycloak unreachable.
      throw new SignInUnavailableError('The sign-in service could not be reached', { cause });
    }
  }

  async logout(): Promise<void> {
    await this.userManager.signoutRedirect();
  }

  /** A valid access token, renewed first if it has expired; null when the session cannot be renewed. */
  getAccessToken = async (): Promise<string | null> => {
    let user = await this.userManager.getUser();
    if (!user || user.expired) {
      user = await this.#renew();
    }
    return user?.access_token ?? null;
  };

  /** One renewal at a time, however many requests find the token expired at once. */
  #renew(): Promise<User | null> {
    this.#renewal ??= this.userManager
      .signinSilent()
      .catch(() => null)
      .finally(() => {
        this.#renewal = null;
      });
    return this.#renewal;
  }
}
