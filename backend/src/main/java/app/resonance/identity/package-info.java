/**
 * Who is calling: the signed-in user from the OIDC token (Keycloak) and their realm roles.
 * Roles nest in Keycloak: admin includes analyst, analyst includes viewer.
 */
package app.resonance.identity;
