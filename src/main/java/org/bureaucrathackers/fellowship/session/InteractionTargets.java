package org.bureaucrathackers.fellowship.session;

import java.util.Locale;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusResolver;
import org.bureaucrathackers.fellowship.webfinger.ResolvedHandle;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;

/**
 * What the {@code uri} of {@code /authorize_interaction} names, found as a search with {@code resolve=true}
 * finds it: a handle ({@code acct:user@host}, {@code @user@host}) through WebFinger, a URL as a post if it
 * is one, else as an actor. Failures become a 400 (not something we can look up) or a 404 (nothing there).
 */
public final class InteractionTargets {

    public static final int MAX_URI_LENGTH = 2_048;

    private final WebFingerClient webFinger;
    private final StatusResolver statuses;

    public InteractionTargets(WebFingerClient webFinger, StatusResolver statuses) {
        this.webFinger = webFinger;
        this.statuses = statuses;
    }

    /** An account to follow, or a post to open; exactly one is set. */
    public record Target(ResolvedHandle account, Status post) {
    }

    public Target resolve(String uri) {
        String text = uri == null ? "" : uri.strip();
        if (text.isEmpty()) {
            throw HttpError.badRequest("Say which account or post to open: the address needs a uri, such as "
                    + "uri=acct:alice@ministry.example or the https address of a post.");
        }
        if (text.length() > MAX_URI_LENGTH) {
            throw HttpError.badRequest("That uri is longer than " + MAX_URI_LENGTH + " characters.");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return byUrl(text);
        }
        return new Target(account(text), null);
    }

    /** The account {@code uri} names, for the confirming POST; posts cannot be followed. */
    public ResolvedHandle account(String uri) {
        try {
            ResolvedHandle handle = webFinger.resolveHandleOrUrl(uri);
            if (handle.account().actorType() == Account.ActorType.Application && handle.account().isLocal()) {
                throw HttpError.notFound("This instance's own server actor cannot be followed.");
            }
            return handle;
        } catch (FetchException e) {
            throw failure(uri, e);
        }
    }

    private Target byUrl(String url) {
        try {
            return new Target(null, statuses.resolve(url));
        } catch (InvalidPostException notAPost) {
            // Not a post: an actor or profile URL, most often.
            return new Target(account(url), null);
        } catch (FetchException e) {
            throw failure(url, e);
        }
    }

    private static HttpError failure(String uri, FetchException e) {
        String shown = uri.length() <= 80 ? uri : uri.substring(0, 80) + "…";
        return switch (e.kind()) {
            case BAD_URL -> HttpError.badRequest("'" + shown + "' is neither a handle such as alice@ministry.example "
                    + "nor the https address of an account or post.");
            case GONE -> HttpError.gone(shown + " has been deleted.");
            case BLOCKED_DOMAIN, FORBIDDEN_ADDRESS -> HttpError.notFound("This instance does not connect to the "
                    + "server of " + shown + ".");
            case TIMEOUT, NETWORK, TOO_MANY_NEW_HOSTS, HTTP_STATUS -> HttpError.notFound("The server of " + shown
                    + " could not be reached or did not answer properly just now. Try again later.");
            default -> HttpError.notFound("No account or post could be found at " + shown + ": " + e.reason());
        };
    }
}
