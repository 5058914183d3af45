package org.bureaucrathackers.fellowship.session;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.mastodon.oauth.Secrets;

/**
 * Fellows signed in on the web pages: a random secret in a cookie (HttpOnly, SameSite=Lax, Secure on https),
 * whose SHA-256 names a row in the database, so sessions survive restarts and end for good when deleted.
 */
public final class BrowserSessions {

    public static final String COOKIE = "fellowship_session";
    public static final Duration LIFETIME = Duration.ofDays(14);
    private static final Pattern SECRET = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final SessionStore store;
    private final AccountStore accounts;
    private final Ids ids;
    private final Clock clock;
    private final boolean secureCookies;

    public BrowserSessions(SessionStore store, AccountStore accounts, Ids ids, Clock clock, boolean secureCookies) {
        this.store = store;
        this.accounts = accounts;
        this.ids = ids;
        this.clock = clock;
        this.secureCookies = secureCookies;
    }

    /** A signed-in fellow and the id of their session (what the confirm forms' tokens are bound to). */
    public record Session(long id, Account fellow) {
    }

    /** Starts a session for {@code fellow} and sets its cookie on the response. */
    public void start(Context ctx, Account fellow) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        store.deleteExpiredBefore(now);
        String secret = Secrets.random();
        store.insert(new SessionStore.StoredSession(ids.next(), Secrets.hash(secret), fellow.id(), now,
                now.plus(LIFETIME)));
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + secret + "; Path=/; Max-Age=" + LIFETIME.toSeconds()
                + "; HttpOnly; SameSite=Lax" + (secureCookies ? "; Secure" : ""));
    }

    /** Ends the request's session, if any, for good, and clears its cookie. */
    public void end(Context ctx) {
        current(ctx).ifPresent(session -> store.delete(session.id()));
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (secureCookies ? "; Secure" : ""));
    }

    /** The session the request's cookie names, while it lasts and its fellow is still here. */
    public Optional<Session> current(Context ctx) {
        String secret = ctx.cookie(COOKIE);
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.findByHash(Secrets.hash(secret))
                .filter(session -> session.expiresAt().isAfter(now))
                .flatMap(session -> accounts.findById(session.accountId())
                        .filter(a -> a.isLocal() && !a.isDeleted() && a.actorType() == Account.ActorType.Person)
                        .map(fellow -> new Session(session.id(), fellow)));
    }
}
