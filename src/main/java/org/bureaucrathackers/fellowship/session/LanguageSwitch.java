package org.bureaucrathackers.fellowship.session;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.web.Languages;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * {@code POST /settings/language}, the switcher at the foot of every page (a plain form, no script): the
 * browser keeps the choice in a cookie, and a signed-in fellow's setting is saved with their account.
 */
public final class LanguageSwitch implements Routes {

    public static final String PATH = "/settings/language";
    private static final Duration REMEMBERED = Duration.ofDays(365);

    private final BrowserSessions sessions;
    private final LanguageSettingStore settings;
    private final CsrfTokens csrf;
    private final Pages pages;
    private final boolean secureCookies;

    public LanguageSwitch(BrowserSessions sessions, LanguageSettingStore settings, CsrfTokens csrf, Pages pages,
                          boolean secureCookies) {
        this.sessions = sessions;
        this.settings = settings;
        this.csrf = csrf;
        this.pages = pages;
        this.secureCookies = secureCookies;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post(PATH, this::change);
    }

    private void change(Context ctx) {
        HtmlAnswers.protect(ctx);
        if (!csrf.verify(ctx)) {
            HtmlAnswers.html(ctx, 403, pages.error(Visits.of(ctx), 403,
                    Visits.of(ctx).text("common.form_expired")));
            return;
        }
        Optional<Locale> chosen = Languages.supported(ctx.formParam("lang"));
        if (chosen.isEmpty()) {
            HtmlAnswers.html(ctx, 422, pages.error(Visits.of(ctx), 422, Visits.of(ctx).text("language.invalid")));
            return;
        }
        String code = chosen.get().getLanguage();
        sessions.current(ctx).ifPresent(session -> settings.save(session.fellow().id(), code));
        ctx.res().addHeader("Set-Cookie", BrowserVisits.LANGUAGE_COOKIE + "=" + code + "; Path=/; Max-Age="
                + REMEMBERED.toSeconds() + "; HttpOnly; SameSite=Lax" + (secureCookies ? "; Secure" : ""));
        ctx.redirect(ReturnPaths.safe(ctx.formParam("return_to")), HttpStatus.SEE_OTHER);
    }
}
