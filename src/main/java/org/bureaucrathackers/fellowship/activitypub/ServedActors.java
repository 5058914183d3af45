package org.bureaucrathackers.fellowship.activitypub;

import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.Usernames;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** Finds the local actor a /users/{username} path names: 404 when there is none, 410 when it was deleted. */
public final class ServedActors {

    private final FellowService fellows;
    private final LocalUris uris;

    public ServedActors(FellowService fellows, LocalUris uris) {
        this.fellows = fellows;
        this.uris = uris;
    }

    public Account byUsername(String username) {
        if (username.length() > Usernames.MAX_LENGTH) {
            throw HttpError.notFound("No fellow called " + abbreviate(username) + " here");
        }
        Account account = fellows.findLocal(username)
                // The instance actor shares the username namespace but lives at /actor.
                .filter(a -> a.uri().equals(uris.actor(a.username())))
                .orElseThrow(() -> HttpError.notFound("No fellow called " + abbreviate(username) + " here"));
        if (account.isDeleted()) {
            throw HttpError.gone(account.username() + " has left this instance");
        }
        return account;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
