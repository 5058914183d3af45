package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.http.ClientAddress;
import org.bureaucrathackers.fellowship.mastodon.oauth.AuthorizationCodes;
import org.bureaucrathackers.fellowship.mastodon.oauth.FormTokens;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApps;
import org.bureaucrathackers.fellowship.mastodon.oauth.PasswordLogins;
import org.bureaucrathackers.fellowship.mastodon.oauth.Secrets;
import org.bureaucrathackers.fellowship.mastodon.oauth.SignInRefused;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * {@code GET/POST /oauth/authorize}: the page where a fellow signs in (username or e-mail and password) and
 * lets an application use their account. Approval sends the browser back to the application with a code,
 * or shows the code for out-of-band applications. It works without JavaScript, and the POST carries a
 * {@link FormTokens} token bound to a cookie.
 */
public final class AuthorizePage implements Routes {

    static final String NONCE_COOKIE = "fellowship_oauth";
    private static final Pattern NONCE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final OAuthApps apps;
    private final PasswordLogins logins;
    private final AuthorizationCodes codes;
    private final FormTokens formTokens;
    private final OAuthPages oauthPages;
    private final Pages pages;
    private final boolean secureCookies;

    public AuthorizePage(OAuthApps apps, PasswordLogins logins, AuthorizationCodes codes, FormTokens formTokens,
                         OAuthPages oauthPages, Pages pages, boolean secureCookies) {
        this.apps = apps;
        this.logins = logins;
        this.codes = codes;
        this.formTokens = formTokens;
        this.oauthPages = oauthPages;
        this.pages = pages;
        this.secureCookies = secureCookies;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/oauth/authorize", ctx -> respond(ctx, this::show));
        routes.post("/oauth/authorize", ctx -> respond(ctx, this::decide));
    }

    private interface Step {
        void handle(Context ctx, ApiParams params, AuthorizationRequest request);
    }

    /** Checks the request, then runs {@code step}; refusals become pages or redirects, never JSON. */
    private void respond(Context ctx, Step step) {
        protect(ctx);
        ApiParams params;
        AuthorizationRequest request;
        try {
            params = ApiParams.of(ctx);
            request = AuthorizationRequest.read(params, apps);
        } catch (AuthorizationRefused refused) {
            refuse(ctx, refused);
            return;
        } catch (HttpError e) {
            html(ctx, e.status(), pages.error(Visits.of(ctx), e.status(), e.getMessage()));
            return;
        }
        step.handle(ctx, params, request);
    }

    private void show(Context ctx, ApiParams params, AuthorizationRequest request) {
        html(ctx, 200, form(ctx, request, null, null));
    }

    private void decide(Context ctx, ApiParams params, AuthorizationRequest request) {
        String nonce = validNonce(ctx.cookie(NONCE_COOKIE));
        if (!formTokens.verify(nonce, request.binding(), params.string("csrf_token").orElse(null))) {
            html(ctx, 403, form(ctx, request, null, "This form expired or did not come from this site, so "
                    + "nothing was authorized. Please sign in again. (If this keeps happening, allow cookies "
                    + "for this site.)"));
            return;
        }
        if ("deny".equals(params.string("decision").orElse("approve"))) {
            answerApplication(ctx, request.target(), "access_denied", "The fellow did not authorize the application.",
                    200, oauthPages.refused(Visits.of(ctx), request.app().name(),
                            "You did not authorize it, so it cannot use your account."));
            return;
        }
        String login = params.string("username").orElse("");
        Account fellow;
        try {
            fellow = logins.signIn(login, params.string("password").orElse(""), ClientAddress.of(ctx));
        } catch (SignInRefused refused) {
            if (refused.isThrottled()) {
                ctx.header("Retry-After", Long.toString(refused.retryAfterSeconds()));
            }
            html(ctx, refused.isThrottled() ? 429 : 422, form(ctx, request, login, refused.getMessage()));
            return;
        }
        String code = codes.issue(request.app(), fellow.id(), request.redirectUri(), request.scopes(),
                request.codeChallenge());
        if (request.target().isOutOfBand()) {
            html(ctx, 200, oauthPages.code(Visits.of(ctx), request.app().name(), code));
        } else {
            ctx.redirect(request.target().with(Map.of("code", code)), HttpStatus.FOUND);
        }
    }

    /** The form, with a fresh token bound to this browser's nonce cookie (set when missing). */
    private String form(Context ctx, AuthorizationRequest request, String login, String message) {
        String nonce = validNonce(ctx.cookie(NONCE_COOKIE));
        if (nonce == null) {
            nonce = Secrets.random();
            ctx.res().addHeader("Set-Cookie", NONCE_COOKIE + "=" + nonce + "; Path=/oauth; Max-Age="
                    + FormTokens.LIFETIME.toSeconds() + "; HttpOnly; SameSite=Lax" + (secureCookies ? "; Secure" : ""));
        }
        return oauthPages.authorize(Visits.of(ctx), request, formTokens.issue(nonce, request.binding()), login, message);
    }

    private void refuse(Context ctx, AuthorizationRefused refused) {
        AuthorizationRequest.Target target = refused.target();
        if (target == null) {
            html(ctx, 400, pages.error(Visits.of(ctx), 400, refused.description()));
            return;
        }
        answerApplication(ctx, target, refused.error(), refused.description(), 400,
                oauthPages.refused(Visits.of(ctx), "The application", refused.description()));
    }

    /**
     * An error for the application: on its redirect URI (RFC 6749 §4.1.2.1), or, for out-of-band
     * applications, which have none, as {@code page} with {@code status}.
     */
    private static void answerApplication(Context ctx, AuthorizationRequest.Target target, String error,
                                          String description, int status, String page) {
        if (target.isOutOfBand()) {
            html(ctx, status, page);
            return;
        }
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("error", error);
        answer.put("error_description", description);
        ctx.redirect(target.with(answer), HttpStatus.FOUND);
    }

    private static String validNonce(String cookie) {
        return cookie != null && NONCE.matcher(cookie).matches() ? cookie : null;
    }

    /**
     * Nothing here may be cached, framed (clickjacking the consent) or leak its URL to other sites; the server
     * adds the pages' Content-Security-Policy.
     */
    private static void protect(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    private static void html(Context ctx, int status, String body) {
        ctx.status(status);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(body);
    }
}
