package app.resonance.common.web;

import io.smallrye.config.ConfigMapping;

/** What the single-page app needs to know before it can sign the user in. */
@ConfigMapping(prefix = "resonance.web")
public interface WebConfig {

    /** The OIDC issuer as the browser reaches it (may differ from the server-side URL behind a proxy). */
    String oidcAuthority();

    /** The public OIDC client of the single-page app. */
    String oidcClientId();
}
