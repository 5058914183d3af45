package org.bureaucrathackers.fellowship.session;

import io.javalin.http.Context;
import java.util.Optional;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Languages;
import org.bureaucrathackers.fellowship.web.Texts;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * The visit of a browser's request: who is signed in (their session cookie), their language (their setting,
 * else the browser's last choice, else {@code Accept-Language}) and a fresh form token.
 */
public final class BrowserVisits implements Visits {

    /** The language a browser chose with the switcher, for whoever is not signed in. */
    public static final String LANGUAGE_COOKIE = "fellowship_lang";

    private final BrowserSessions sessions;
    private final LanguageSettingStore languages;
    private final CsrfTokens csrf;
    private final LocalUris uris;

    public BrowserVisits(BrowserSessions sessions, LanguageSettingStore languages, CsrfTokens csrf, LocalUris uris) {
        this.sessions = sessions;
        this.languages = languages;
        this.csrf = csrf;
        this.uris = uris;
    }

    @Override
    public Visit make(Context ctx) {
        Optional<BrowserSessions.Session> session = sessions.current(ctx);
        String setting = session.flatMap(s -> languages.find(s.fellow().id())).orElse(null);
        Texts texts = Texts.of(Languages.choose(setting, ctx.cookie(LANGUAGE_COOKIE), ctx.header("Accept-Language")));
        String path = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        return new Visit(texts, ReturnPaths.safe(path),
                session.map(s -> "@" + uris.handle(s.fellow().username())).orElse(null), csrf.issue(ctx));
    }
}
