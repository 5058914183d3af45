package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.ids.Ids;

/** Registers the applications fellows sign in with, and authenticates them by client id and secret. */
public final class OAuthApps {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_WEBSITE_LENGTH = 2_000;
    private static final int MAX_CLIENT_ID_LENGTH = 64;

    private final OAuthAppStore store;
    private final Ids ids;
    private final Clock clock;

    public OAuthApps(OAuthAppStore store, Ids ids, Clock clock) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    /** What a client asks to register; {@code website} and {@code scopeText} may be null. */
    public record NewApp(String name, String website, List<String> redirectUris, String scopeText) {
    }

    /** A registered application and its client secret, which is shown this once and never stored. */
    public record Registration(OAuthApp app, String clientSecret) {
    }

    /** Registers an application; {@link InvalidApplicationException} says what is wrong with the request. */
    public Registration register(NewApp request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw new InvalidApplicationException("Name can't be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidApplicationException("Name is too long (at most " + MAX_NAME_LENGTH + " characters)");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidApplicationException("Name cannot contain control characters");
        }
        String website = website(request.website());
        List<String> redirectUris = RedirectUris.parse(request.redirectUris());
        Set<String> scopes;
        try {
            scopes = Scopes.parse(request.scopeText());
        } catch (IllegalArgumentException e) {
            throw new InvalidApplicationException("Scopes are invalid: " + e.getMessage());
        }
        String secret = Secrets.random();
        OAuthApp app = new OAuthApp(ids.next(), Secrets.random(), Secrets.hash(secret), name, website, redirectUris,
                scopes, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.insert(app);
        return new Registration(app, secret);
    }

    /** The application with this client id and secret; empty when either is wrong. */
    public Optional<OAuthApp> authenticate(String clientId, String clientSecret) {
        if (clientSecret == null || clientSecret.isEmpty()) {
            return Optional.empty();
        }
        return find(clientId).filter(app -> Secrets.equal(app.clientSecretHash(), Secrets.hash(clientSecret)));
    }

    public Optional<OAuthApp> find(String clientId) {
        if (clientId == null || clientId.isEmpty() || clientId.length() > MAX_CLIENT_ID_LENGTH) {
            return Optional.empty();
        }
        return store.findByClientId(clientId);
    }

    public Optional<OAuthApp> find(long id) {
        return store.findById(id);
    }

    private static String website(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String website = text.strip();
        if (website.length() > MAX_WEBSITE_LENGTH) {
            throw new InvalidApplicationException("Website is too long (at most " + MAX_WEBSITE_LENGTH
                    + " characters)");
        }
        try {
            URI uri = new URI(website);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return website;
            }
        } catch (URISyntaxException e) {
            // Reported below.
        }
        throw new InvalidApplicationException("Website must be an http or https URL");
    }
}
