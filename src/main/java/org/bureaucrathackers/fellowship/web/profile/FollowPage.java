package org.bureaucrathackers.fellowship.web.profile;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.InteractionPage;
import org.bureaucrathackers.fellowship.session.InteractionTargets;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;

/**
 * {@code GET /follow?acct=…}: a signed-in fellow names an account by handle or address; a well-formed one is
 * handed to {@code /authorize_interaction}, which finds it and asks to confirm. Nothing changes here, so the form
 * is a GET.
 */
public final class FollowPage implements Routes {

    public static final String PATH = "/follow";

    private final SignedInPages signedIn;
    private final Pages pages;

    FollowPage(SignedInPages signedIn, Pages pages) {
        this.signedIn = signedIn;
        this.pages = pages;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::show);
    }

    private void show(Context ctx) {
        String acct = ctx.queryParam("acct");
        String back = acct == null || acct.length() > InteractionTargets.MAX_URI_LENGTH ? PATH
                : PATH + "?acct=" + URLEncoder.encode(acct, StandardCharsets.UTF_8);
        if (signedIn.session(ctx, back).isEmpty()) {
            return;
        }
        Visit visit = Visits.of(ctx);
        if (acct == null) {
            HtmlAnswers.html(ctx, 200, page(visit, "", null));
            return;
        }
        String text = acct.strip();
        if (!wellFormed(text)) {
            String shown = text.length() > InteractionTargets.MAX_URI_LENGTH ? "" : text;
            HtmlAnswers.html(ctx, 422, page(visit, shown, visit.text("follow.by_handle_error")));
            return;
        }
        ctx.redirect(InteractionPage.PATH + "?uri=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }

    /** A handle (alice@server.example, @alice@…, acct:…) or a web address, within the bound. */
    static boolean wellFormed(String text) {
        if (text.isEmpty() || text.length() > InteractionTargets.MAX_URI_LENGTH) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return !text.contains(" ");
        }
        try {
            WebFingerClient.parseHandle(text);
            return true;
        } catch (FetchException e) {
            return false;
        }
    }

    private String page(Visit visit, String acct, String error) {
        return pages.render("follow.jte", visit, Map.of("acct", acct, "error", error == null ? "" : error));
    }
}
