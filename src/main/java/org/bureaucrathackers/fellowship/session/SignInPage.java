package org.bureaucrathackers.fellowship.session;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.web.Visits;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.http.ClientAddress;
import org.bureaucrathackers.fellowship.mastodon.oauth.FormTokens;
import org.bureaucrathackers.fellowship.mastodon.oauth.PasswordLogins;
import org.bureaucrathackers.fellowship.mastodon.oauth.Secrets;
import org.bureaucrathackers.fellowship.mastodon.oauth.SignInRefused;

/**
 * {@code GET/POST /auth/sign_in}: a fellow signs in with the same password check and throttle as the OAuth
 * authorize form, and is sent back to the page that asked ({@code return_to}, a path on this site). The form
 * carries a {@link FormTokens} token bound to a nonce cookie, so no other site can sign a browser in.
 */
public final class SignInPage implements Routes {

    public static final String PATH = "/auth/sign_in";
    static final String NONCE_COOKIE = "fellowship_signin";
    private static final Pattern NONCE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final PasswordLogins logins;
    private final BrowserSessions sessions;
    private final FormTokens formTokens;
    private final SessionPages pages;
    private final boolean secureCookies;

    public SignInPage(PasswordLogins logins, BrowserSessions sessions, FormTokens formTokens, SessionPages pages,
                      boolean secureCookies) {
        this.logins = logins;
        this.sessions = sessions;
        this.formTokens = formTokens;
        this.pages = pages;
        this.secureCookies = secureCookies;
    }

    /** The sign-in page's address that comes back to {@code path} afterwards. */
    public static String returningTo(String path) {
        return PATH + "?return_to=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::show);
        routes.post(PATH, this::signIn);
    }

    private void show(Context ctx) {
        HtmlAnswers.protect(ctx);
        String returnTo = ReturnPaths.safe(ctx.queryParam("return_to"));
        if (sessions.current(ctx).isPresent()) {
            ctx.redirect(returnTo, HttpStatus.SEE_OTHER);
            return;
        }
        HtmlAnswers.html(ctx, 200, form(ctx, returnTo, null, null));
    }

    private void signIn(Context ctx) {
        HtmlAnswers.protect(ctx);
        String returnTo = ReturnPaths.safe(ctx.formParam("return_to"));
        String nonce = validNonce(ctx.cookie(NONCE_COOKIE));
        if (!formTokens.verify(nonce, binding(returnTo), ctx.formParam("csrf_token"))) {
            HtmlAnswers.html(ctx, 403, form(ctx, returnTo, null, Visits.of(ctx).text("common.form_expired")));
            return;
        }
        String login = bounded(ctx.formParam("username"));
        Account fellow;
        try {
            fellow = logins.signIn(login, bounded(ctx.formParam("password")), ClientAddress.of(ctx));
        } catch (SignInRefused refused) {
            if (refused.isThrottled()) {
                ctx.header("Retry-After", Long.toString(refused.retryAfterSeconds()));
            }
            String message = refused.isThrottled()
                    ? Visits.of(ctx).format("sign_in.throttled", Math.max(1, (refused.retryAfterSeconds() + 59) / 60))
                    : Visits.of(ctx).text("sign_in.refused");
            HtmlAnswers.html(ctx, refused.isThrottled() ? 429 : 422, form(ctx, returnTo, login, message));
            return;
        }
        sessions.start(ctx, fellow);
        ctx.redirect(returnTo, HttpStatus.SEE_OTHER);
    }

    /** The form, with a fresh token bound to this browser's nonce cookie (set when missing). */
    private String form(Context ctx, String returnTo, String login, String message) {
        String nonce = validNonce(ctx.cookie(NONCE_COOKIE));
        if (nonce == null) {
            nonce = Secrets.random();
            ctx.res().addHeader("Set-Cookie", NONCE_COOKIE + "=" + nonce + "; Path=/auth; Max-Age="
                    + FormTokens.LIFETIME.toSeconds() + "; HttpOnly; SameSite=Lax" + (secureCookies ? "; Secure" : ""));
        }
        return pages.signIn(Visits.of(ctx), new SessionPages.SignInForm(returnTo, formTokens.issue(nonce, binding(returnTo)),
                login, message));
    }

    private static String binding(String returnTo) {
        return "sign_in|" + returnTo;
    }

    private static String validNonce(String cookie) {
        return cookie != null && NONCE.matcher(cookie).matches() ? cookie : null;
    }

    /** Form values past any sensible length are cut, so nothing downstream hashes megabytes. */
    private static String bounded(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 1_024 ? value.substring(0, 1_024) : value;
    }
}
