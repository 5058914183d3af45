package org.bureaucrathackers.fellowship.cli;

import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.webfinger.ResolvedHandle;

/** What operator commands look up: the local fellow acting, and the account or post they act on. */
final class Fellows {

    private Fellows() {
    }

    /** A local fellow (a Person, not deleted) by username. */
    static Account local(Instance instance, String username) {
        return instance.fellows().findLocal(username)
                .filter(a -> a.actorType() == Account.ActorType.Person && !a.isDeleted())
                .orElseThrow(() -> new CommandFailure("no fellow called '" + username + "'"));
    }

    /**
     * The account a handle ({@code user@host}), a local name ({@code bob} or {@code @bob}) or an actor/profile
     * URL names, fetched when remote.
     */
    static ResolvedHandle account(Instance instance, String handleOrUrl) {
        String localName = localName(handleOrUrl);
        if (localName != null) {
            String handle = instance.uris().handle(localName);
            Account local = instance.fellows().findLocal(localName).filter(a -> !a.isDeleted())
                    .orElseThrow(() -> new CommandFailure("cannot find " + handleOrUrl + ": there is no fellow "
                            + handle));
            return new ResolvedHandle(local, instance.uris().handle(local.username()));
        }
        try {
            return instance.webFinger().resolveHandleOrUrl(handleOrUrl);
        } catch (FetchException e) {
            throw new CommandFailure("cannot find " + handleOrUrl + ": " + e.reason());
        }
    }

    /** The username in {@code bob} or {@code @bob}: no host and no URL means a fellow of this instance. */
    private static String localName(String text) {
        String name = text == null ? "" : text.strip();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        boolean plain = !name.isEmpty() && name.indexOf('@') < 0 && name.indexOf(':') < 0 && name.indexOf('/') < 0;
        return plain ? name : null;
    }

    /** The post a URL names (id or permalink), fetched from its server when it is not stored here. */
    static Status post(Instance instance, String url) {
        try {
            return instance.statusResolver().resolve(url);
        } catch (FetchException e) {
            throw new CommandFailure("cannot fetch the post " + url + ": " + e.reason());
        }
    }

    /** "@user@domain" of an account, local or remote. */
    static String handle(Instance instance, Account account) {
        return "@" + (account.isLocal() ? instance.uris().handle(account.username())
                : account.username() + "@" + account.domain());
    }

    static String queuedNote(Account target) {
        return target.isLocal() ? "" : " (queued for delivery)";
    }
}
