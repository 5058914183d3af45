package org.bureaucrathackers.fellowship.reading;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Hashtags;
import org.bureaucrathackers.fellowship.transaction.Transactions;

/** Following and unfollowing hashtags. Names are normalised as in posts, so "#Café" and "cafe" are one tag. */
public final class TagFollows {

    public static final int MAX_FOLLOWED = 1_000;

    private final Transactions transactions;
    private final FollowedTagStore store;
    private final Ids ids;
    private final Clock clock;

    public TagFollows(Transactions transactions, FollowedTagStore store, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    /** The normalised name, or {@link UnknownRecordException} when it cannot be a hashtag. */
    public static String name(String raw) {
        String name = Hashtags.normalize(raw);
        if (name == null) {
            throw new UnknownRecordException("'" + abbreviate(raw) + "' is not a hashtag");
        }
        return name;
    }

    /** Follows the tag (again is fine); returns its normalised name. */
    public String follow(Account fellow, String rawName) {
        String name = name(rawName);
        transactions.run(() -> {
            if (store.followed(fellow.id(), Set.of(name)).isEmpty()) {
                if (store.count(fellow.id()) >= MAX_FOLLOWED) {
                    throw new InvalidReadingException("Validation failed: a fellow can follow at most " + MAX_FOLLOWED
                            + " hashtags");
                }
                store.insert(new FollowedTag(ids.next(), fellow.id(), name,
                        clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            }
        });
        return name;
    }

    /** Unfollows the tag (not following it is fine); returns its normalised name. */
    public String unfollow(Account fellow, String rawName) {
        String name = name(rawName);
        store.delete(fellow.id(), name);
        return name;
    }

    /** Which of the normalised {@code names} the fellow follows. */
    public Set<String> followed(Account fellow, Collection<String> names) {
        return names.isEmpty() ? Set.of() : store.followed(fellow.id(), names);
    }

    public Slice<FollowedTag> followed(Account fellow, PageRequest page) {
        return store.page(fellow.id(), page);
    }

    private static String abbreviate(String text) {
        String shown = text == null ? "" : text;
        return shown.length() <= 40 ? shown : shown.substring(0, 40) + "…";
    }
}
