package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An application registered to use the client API. Its client secret is kept only as a hash. */
public record OAuthApp(long id, String clientId, String clientSecretHash, String name, String website,
                       List<String> redirectUris, Set<String> scopes, Instant createdAt) {

    public OAuthApp {
        redirectUris = List.copyOf(redirectUris);
        scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    }

    /** The scopes in the order they were registered, space-separated. */
    public String scopeText() {
        return String.join(" ", scopes);
    }
}
