package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.util.Optional;

/** Registered OAuth applications. */
public interface OAuthAppStore {

    void insert(OAuthApp app);

    Optional<OAuthApp> findByClientId(String clientId);

    Optional<OAuthApp> findById(long id);
}
