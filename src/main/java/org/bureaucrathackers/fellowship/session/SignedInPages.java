package org.bureaucrathackers.fellowship.session;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * What the pages that need a session share: a signed-out visit goes to sign in and comes back, and a form
 * without this browser's token is refused with a page that says so, before anything is changed.
 */
public final class SignedInPages {

    private final BrowserSessions sessions;
    private final CsrfTokens csrf;
    private final Pages pages;

    public SignedInPages(BrowserSessions sessions, CsrfTokens csrf, Pages pages) {
        this.sessions = sessions;
        this.csrf = csrf;
        this.pages = pages;
    }

    /** The session, or empty after sending the browser to sign in first (to come back to {@code returnTo}). */
    public Optional<BrowserSessions.Session> session(Context ctx, String returnTo) {
        HtmlAnswers.protect(ctx);
        Optional<BrowserSessions.Session> session = sessions.current(ctx);
        if (session.isEmpty()) {
            ctx.redirect(SignInPage.returningTo(returnTo), HttpStatus.SEE_OTHER);
        }
        return session;
    }

    /** Whether the posted form carries a good token; answers 403 with an explanation when it does not. */
    public boolean formAccepted(Context ctx) {
        if (csrf.verify(ctx)) {
            return true;
        }
        HtmlAnswers.html(ctx, 403, pages.error(Visits.of(ctx), 403, Visits.of(ctx).text("common.form_expired")));
        return false;
    }
}
