package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApp;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApps;
import org.bureaucrathackers.fellowship.mastodon.oauth.Pkce;
import org.bureaucrathackers.fellowship.mastodon.oauth.RedirectUris;
import org.bureaucrathackers.fellowship.mastodon.oauth.Scopes;

/**
 * A checked request to the authorize page: the application, where the answer goes, the scopes asked for
 * (within the application's), the client's {@code state} and the PKCE challenge. Junk that clients send
 * ({@code force_login=False&state=None&lang=None}) is tolerated: {@code state} is echoed as it came, the
 * rest is ignored.
 */
public record AuthorizationRequest(OAuthApp app, String redirectUri, Set<String> scopes, String state,
                                   String codeChallenge) {

    static final int MAX_STATE_LENGTH = 2_000;

    /** Where the answer to a request goes: the redirect URI, with the state to echo. */
    public record Target(String redirectUri, String state) {

        public boolean isOutOfBand() {
            return RedirectUris.isOutOfBand(redirectUri);
        }

        /** The redirect URI with the answer's parameters (and the state) added to its query. */
        public String with(Map<String, String> answer) {
            Map<String, String> parameters = new LinkedHashMap<>(answer);
            if (state != null) {
                parameters.put("state", state);
            }
            StringBuilder url = new StringBuilder(redirectUri);
            char separator = redirectUri.indexOf('?') >= 0 ? '&' : '?';
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                url.append(separator).append(encode(parameter.getKey())).append('=')
                        .append(encode(parameter.getValue()));
                separator = '&';
            }
            return url.toString();
        }
    }

    /** Reads and checks the request parameters; {@link AuthorizationRefused} when they cannot be accepted. */
    public static AuthorizationRequest read(ApiParams params, OAuthApps apps) {
        String clientId = params.nonBlank("client_id")
                .orElseThrow(() -> AuthorizationRefused.shown("The request has no client_id: the application that "
                        + "sent you here made a mistake."));
        OAuthApp app = apps.find(clientId.strip())
                .orElseThrow(() -> AuthorizationRefused.shown("No application with this client_id is registered "
                        + "here: the application that sent you here may be registered with another server."));
        Optional<String> asked = params.nonBlank("redirect_uri").map(String::strip);
        String redirectUri;
        if (asked.isPresent()) {
            redirectUri = asked.get();
        } else if (app.redirectUris().size() == 1) {
            redirectUri = app.redirectUris().get(0);
        } else {
            throw AuthorizationRefused.shown("The request has no redirect_uri, and " + app.name()
                    + " registered several.");
        }
        if (!app.redirectUris().contains(redirectUri)) {
            throw AuthorizationRefused.shown("The redirect_uri is not one " + app.name() + " registered, so "
                    + "signing in here could hand your account to someone else.");
        }
        String state = params.string("state").orElse(null);
        if (state != null && state.length() > MAX_STATE_LENGTH) {
            throw AuthorizationRefused.shown("The state parameter is longer than " + MAX_STATE_LENGTH
                    + " characters.");
        }
        Target target = new Target(redirectUri, state);
        String responseType = params.nonBlank("response_type").map(String::strip).orElse("");
        if (responseType.isEmpty()) {
            throw AuthorizationRefused.toClient("invalid_request", "Missing parameter: response_type", target);
        }
        if (!responseType.equals("code")) {
            throw AuthorizationRefused.toClient("unsupported_response_type",
                    "Only response_type=code is supported.", target);
        }
        Set<String> scopes;
        try {
            scopes = Scopes.parse(params.string("scope").orElse(null));
        } catch (IllegalArgumentException e) {
            throw AuthorizationRefused.toClient("invalid_scope", "The requested scope is invalid: "
                    + e.getMessage(), target);
        }
        if (!Scopes.coversAll(app.scopes(), scopes)) {
            throw AuthorizationRefused.toClient("invalid_scope", "The requested scope is wider than the "
                    + "application's registered scopes (" + app.scopeText() + ").", target);
        }
        return new AuthorizationRequest(app, redirectUri, scopes, state, challenge(params, target));
    }

    private static String challenge(ApiParams params, Target target) {
        Optional<String> challenge = params.nonBlank("code_challenge").map(String::strip);
        Optional<String> method = params.nonBlank("code_challenge_method").map(String::strip);
        if (challenge.isEmpty()) {
            if (method.isPresent()) {
                throw AuthorizationRefused.toClient("invalid_request",
                        "code_challenge_method was sent without a code_challenge.", target);
            }
            return null;
        }
        if (method.isEmpty() || !method.get().equals(Pkce.S256)) {
            throw AuthorizationRefused.toClient("invalid_request",
                    "code_challenge_method must be S256 (the plain method is not supported).", target);
        }
        if (!Pkce.isWellFormedChallenge(challenge.get())) {
            throw AuthorizationRefused.toClient("invalid_request",
                    "code_challenge must be the 43-character base64url SHA-256 of the code verifier.", target);
        }
        return challenge.get();
    }

    public Target target() {
        return new Target(redirectUri, state);
    }

    public String scopeText() {
        return String.join(" ", scopes);
    }

    /** The request as the form carries it to the POST, in hidden fields. */
    public List<Map.Entry<String, String>> formFields() {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("response_type", "code"));
        fields.add(Map.entry("client_id", app.clientId()));
        fields.add(Map.entry("redirect_uri", redirectUri));
        fields.add(Map.entry("scope", scopeText()));
        if (state != null) {
            fields.add(Map.entry("state", state));
        }
        if (codeChallenge != null) {
            fields.add(Map.entry("code_challenge", codeChallenge));
            fields.add(Map.entry("code_challenge_method", Pkce.S256));
        }
        return fields;
    }

    /** What a form token is bound to: every field that decides what the approval grants and to whom. */
    public String binding() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {app.clientId(), redirectUri, scopeText(), state, codeChallenge}) {
            String value = part == null ? "" : part;
            text.append(part == null ? '-' : '+').append(value.length()).append(':').append(value);
        }
        return text.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
