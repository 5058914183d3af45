package org.bureaucrathackers.fellowship.mastodon.api;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqMentionTagStore;
import org.bureaucrathackers.fellowship.store.JooqStatusStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestInstance;

/**
 * Accounts and posts of another server stored in a test instance as the inbox would store them, for lists
 * that tell local from remote statuses or need media (which local fellows cannot attach yet).
 */
public final class RemoteStatuses {

    private static final Ids IDS = new Ids(Clock.systemUTC());

    private final JooqAccountStore accounts;
    private final JooqStatusStore statuses;
    private final JooqMentionTagStore mentionTags;

    public RemoteStatuses(TestInstance instance) {
        this.accounts = new JooqAccountStore(instance.database());
        this.statuses = new JooqStatusStore(instance.database());
        this.mentionTags = new JooqMentionTagStore(instance.database());
    }

    public Account account(String username, String domain) {
        Account account = Accounts.remote(IDS.next(), username, domain);
        accounts.insertRemote(account);
        return account;
    }

    /** A public post; with {@code image} it carries one picture, with {@code tags} those hashtags. */
    public Status post(Account author, String text, Status.Visibility visibility, boolean image, List<String> tags) {
        long id = IDS.next();
        Status status = new Status(id, author.id(), author.uri() + "/statuses/" + id, null, visibility,
                "<p>" + text + "</p>", "en", null, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        statuses.insert(status);
        if (image) {
            statuses.replaceAttachments(id, List.of(new Attachment("Image", "https://" + author.domain() + "/media/"
                    + id + ".png", "image/png", "A chart")));
        }
        mentionTags.replaceTags(id, tags);
        return status;
    }

    /** Like {@link #post}, returning the API id of the status. */
    public String postId(Account author, String text, Status.Visibility visibility, boolean image, List<String> tags) {
        return Long.toString(post(author, text, visibility, image, tags).id());
    }

    /** The smallest status id that could be made from now on, for lists that should show only what follows. */
    public static long idFloorNow() {
        return Ids.floorOf(System.currentTimeMillis()) - 1;
    }
}
