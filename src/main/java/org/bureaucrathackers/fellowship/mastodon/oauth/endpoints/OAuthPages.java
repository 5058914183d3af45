package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bureaucrathackers.fellowship.mastodon.oauth.AuthorizationCodes;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApp;
import org.bureaucrathackers.fellowship.mastodon.oauth.RedirectUris;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;

/** The HTML of the authorize flow: the sign-in and consent form, the out-of-band code, the refusal. */
public final class OAuthPages {

    private final Pages pages;

    public OAuthPages(Pages pages) {
        this.pages = pages;
    }

    /** One permission the application asks for, as the fellow reads it. */
    public record ScopeLine(String scope, String description) {
    }

    public record HiddenField(String name, String value) {
    }

    /**
     * The sign-in and consent form. {@code appWebsite}, {@code login} and {@code message} may be null;
     * {@code message} is shown above the form (failed sign-in, expired form).
     */
    public record AuthorizeForm(String appName, String appWebsite, List<ScopeLine> scopes, String destination,
                                String action, List<HiddenField> hidden, String login, String message) {
    }

    public String authorize(Visit visit, AuthorizationRequest request, String csrfToken, String login, String message) {
        List<HiddenField> hidden = new ArrayList<>(request.formFields().stream()
                .map(field -> new HiddenField(field.getKey(), field.getValue())).toList());
        hidden.add(new HiddenField("csrf_token", csrfToken));
        OAuthApp app = request.app();
        AuthorizeForm form = new AuthorizeForm(app.name(), app.website(),
                request.scopes().stream().map(s -> new ScopeLine(s, describe(visit, s))).toList(),
                destination(visit, app.name(), request.redirectUri()), "/oauth/authorize", hidden, login, message);
        return pages.render("oauth_authorize.jte", visit, Map.of("form", form));
    }

    /** The code for an out-of-band application, to copy into it. */
    public String code(Visit visit, String appName, String code) {
        return pages.render("oauth_code.jte", visit, Map.of("appName", appName, "code", code,
                "minutes", AuthorizationCodes.LIFETIME.toMinutes()));
    }

    /** What the fellow sees after denying an out-of-band application, or when it sent a bad request. */
    public String refused(Visit visit, String appName, String message) {
        return pages.render("oauth_refused.jte", visit, Map.of("appName", appName, "message", message));
    }

    /** Where approval leads, so the fellow can tell a look-alike application from the real one. */
    static String destination(Visit visit, String appName, String redirectUri) {
        if (RedirectUris.isOutOfBand(redirectUri)) {
            return visit.format("oauth.destination_code", appName);
        }
        URI uri = URI.create(redirectUri);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String where = (scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null
                ? scheme + "://" + uri.getRawAuthority() : visit.format("oauth.destination_scheme", scheme);
        return visit.format("oauth.destination_back", where);
    }

    /** A plain-language line for a scope, in the page's language. */
    static String describe(Visit visit, String scope) {
        if (!scope.contains(":")) {
            return visit.text("oauth.scope." + scope);
        }
        String[] parts = scope.split(":");
        if (parts[0].equals("admin")) {
            String what = parts.length > 2 ? resource(visit, "oauth.scope.admin_resource.", parts[2])
                    : visit.text("oauth.scope.admin_everything");
            return visit.format(parts[1].equals("read") ? "oauth.scope.admin_read" : "oauth.scope.admin_write", what);
        }
        return visit.format(parts[0].equals("read") ? "oauth.scope.read_part" : "oauth.scope.write_part",
                resource(visit, "oauth.scope.resource.", parts[1]));
    }

    private static String resource(Visit visit, String prefix, String name) {
        return visit.texts().has(prefix + name) ? visit.text(prefix + name) : name.replace('_', ' ');
    }
}
