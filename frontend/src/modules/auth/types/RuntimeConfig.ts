/** What the backend serves at /config.json, so one build runs against any Keycloak. */
export type RuntimeConfig = Readonly<{
  oidcAuthority: string;
  oidcClientId: string;
}>;
