package org.bureaucrathackers.fellowship.session;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * {@code /auth/sign_out}: a page with one button (GET changes nothing, so a link or a prefetch cannot sign
 * anyone out); its POST ends this browser's session for good and clears the cookie.
 */
public final class SignOutPage implements Routes {

    public static final String PATH = "/auth/sign_out";

    private final BrowserSessions sessions;
    private final SignedInPages signedIn;
    private final Pages pages;

    public SignOutPage(BrowserSessions sessions, CsrfTokens csrf, Pages pages) {
        this.sessions = sessions;
        this.signedIn = new SignedInPages(sessions, csrf, pages);
        this.pages = pages;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::show);
        routes.post(PATH, this::signOut);
    }

    private void show(Context ctx) {
        if (signedIn.session(ctx, PATH).isPresent()) {
            HtmlAnswers.html(ctx, 200, pages.render("sign_out.jte", Visits.of(ctx), Map.of()));
        }
    }

    private void signOut(Context ctx) {
        HtmlAnswers.protect(ctx);
        if (!signedIn.formAccepted(ctx)) {
            return;
        }
        sessions.end(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }
}
