package org.bureaucrathackers.fellowship.session;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.mastodon.oauth.TokenStore;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * {@code /settings/applications}: the apps holding a token for the signed-in fellow, each with a button that
 * revokes all its tokens ({@code POST /settings/applications/{id}/revoke}).
 */
public final class ApplicationsPage implements Routes {

    public static final String PATH = "/settings/applications";
    /** More apps than anyone authorizes; the page stays bounded whatever the database holds. */
    static final int MAX_LISTED = 200;
    static final int MAX_NOTICE_LENGTH = 300;

    private final AccessTokens tokens;
    private final SignedInPages signedIn;
    private final Pages pages;

    public ApplicationsPage(AccessTokens tokens, BrowserSessions sessions, CsrfTokens csrf, Pages pages) {
        this.tokens = tokens;
        this.signedIn = new SignedInPages(sessions, csrf, pages);
        this.pages = pages;
    }

    /** One app as the page lists it; {@code website} may be null, {@code since} is an ISO date. */
    public record AppView(long id, String name, String website, String scopes, String since) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::list);
        routes.post(PATH + "/{id}/revoke", this::revoke);
    }

    private void list(Context ctx) {
        signedIn.session(ctx, PATH).ifPresent(session -> HtmlAnswers.html(ctx, 200,
                page(Visits.of(ctx), session.fellow().id(), null)));
    }

    private void revoke(Context ctx) {
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, PATH);
        if (session.isEmpty() || !signedIn.formAccepted(ctx)) {
            return;
        }
        long fellowId = session.get().fellow().id();
        Visit visit = Visits.of(ctx);
        Optional<TokenStore.AuthorizedApp> app = parseId(ctx.pathParam("id")).flatMap(id ->
                tokens.appsAuthorizedBy(fellowId, MAX_LISTED).stream().filter(a -> a.applicationId() == id).findFirst());
        if (app.isEmpty()) {
            HtmlAnswers.html(ctx, 404, page(visit, fellowId, visit.text("applications.not_found")));
            return;
        }
        tokens.revokeApp(fellowId, app.get().applicationId());
        HtmlAnswers.html(ctx, 200, page(visit, fellowId, visit.format("applications.revoked", app.get().name())));
    }

    private String page(Visit visit, long fellowId, String notice) {
        List<AppView> apps = tokens.appsAuthorizedBy(fellowId, MAX_LISTED).stream()
                .map(a -> new AppView(a.applicationId(), a.name(), a.website(), a.scopes(),
                        DateTimeFormatter.ISO_LOCAL_DATE.format(a.since().atOffset(ZoneOffset.UTC))))
                .toList();
        return pages.render("applications.jte", visit, Map.of("apps", apps, "notice", notice == null ? "" : notice));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return text.length() > 20 ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
