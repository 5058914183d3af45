package org.bureaucrathackers.fellowship.session;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.mastodon.oauth.FormTokens;
import org.bureaucrathackers.fellowship.mastodon.oauth.Secrets;

/**
 * The token every form of the web pages carries against cross-site request forgery: an HMAC over a random
 * nonce that lives in this browser's cookie (HttpOnly, SameSite=Lax), so another site can neither read nor
 * make one. Forms of one purpose cannot be replayed as another's.
 */
public final class CsrfTokens {

    public static final String COOKIE = "fellowship_csrf";
    public static final String FIELD = "csrf_token";
    private static final Pattern NONCE = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final String PURPOSE = "web-form";

    private final FormTokens tokens;
    private final boolean secureCookies;

    public CsrfTokens(FormTokens tokens, boolean secureCookies) {
        this.tokens = tokens;
        this.secureCookies = secureCookies;
    }

    /** A token for the forms of the page being answered; sets the browser's nonce cookie when it has none. */
    public String issue(Context ctx) {
        String nonce = nonce(ctx);
        if (nonce == null) {
            nonce = Secrets.random();
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + nonce + "; Path=/; Max-Age="
                    + BrowserSessions.LIFETIME.toSeconds() + "; HttpOnly; SameSite=Lax"
                    + (secureCookies ? "; Secure" : ""));
            ctx.attribute(COOKIE, nonce);
        }
        return tokens.issue(nonce, PURPOSE);
    }

    /** Whether the form posted carries a token made for this browser that has not expired. */
    public boolean verify(Context ctx) {
        return tokens.verify(nonce(ctx), PURPOSE, ctx.formParam(FIELD));
    }

    private static String nonce(Context ctx) {
        String justSet = ctx.attribute(COOKIE);
        if (justSet != null) {
            return justSet;
        }
        String cookie = ctx.cookie(COOKIE);
        return cookie != null && NONCE.matcher(cookie).matches() ? cookie : null;
    }
}
