package org.bureaucrathackers.fellowship.post;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;

/** The hashtags an account features on its profile, each with how often and when it last used it. */
public final class FeaturedTags {

    /** Mastodon's limit on featured hashtags per account. */
    public static final int MAX_LISTED = 10;

    private final FeaturedTagStore store;

    public FeaturedTags(FeaturedTagStore store) {
        this.store = store;
    }

    /** A featured hashtag with its use. */
    public record Featured(FeaturedTag tag, FeaturedTagStore.TagUse use) {
    }

    public List<Featured> of(Account account) {
        return store.byAccount(account.id(), MAX_LISTED).stream()
                .map(tag -> new Featured(tag, store.use(account.id(), tag.name())))
                .toList();
    }
}
