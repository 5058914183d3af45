package org.bureaucrathackers.fellowship.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;

/**
 * What the RSS and Atom feeds list: the newest public posts of one account, with one hashtag or announced by a
 * community, each with its
 * author, hashtags and media, loaded in a few queries for the whole feed.
 */
public final class PublicFeeds {

    /** As many entries as Mastodon's feeds give unless asked. */
    public static final int DEFAULT_ENTRIES = 20;
    /** The most one feed lists, whatever is asked. */
    public static final int MAX_ENTRIES = 40;

    private final FeedStore feeds;
    private final MentionTagStore tags;
    private final StatusStore statuses;
    private final AccountStore accounts;

    public PublicFeeds(FeedStore feeds, MentionTagStore tags, StatusStore statuses, AccountStore accounts) {
        this.feeds = feeds;
        this.tags = tags;
        this.statuses = statuses;
        this.accounts = accounts;
    }

    /** The newest public posts of {@code account} (a fellow, or any account whose own posts make its feed). */
    public List<FeedEntry> ofAccount(Account account, int limit) {
        return entries(feeds.publicPostsOf(account.id(), bounded(limit)), Optional.of(account));
    }

    /** The newest public posts with the hashtag {@code name}; none when it is no hashtag. */
    public List<FeedEntry> ofTag(String name, int limit) {
        String tag = Hashtags.normalize(name);
        if (tag == null) {
            return List.of();
        }
        return entries(feeds.publicTagged(tag, bounded(limit)), Optional.empty());
    }

    /** The newest public posts {@code announcer} boosted: what a community announced, by their authors. */
    public List<FeedEntry> announcedBy(Account announcer, int limit) {
        return entries(feeds.publicAnnouncedBy(announcer.id(), bounded(limit)), Optional.empty());
    }

    private List<FeedEntry> entries(List<Status> posts, Optional<Account> knownAuthor) {
        List<Long> ids = posts.stream().map(Status::id).toList();
        Map<Long, List<String>> tagsOf = tags.tagsOf(ids);
        Map<Long, List<Attachment>> mediaOf = statuses.attachmentsOf(ids);
        List<FeedEntry> entries = new ArrayList<>();
        for (Status post : posts) {
            Optional<Account> author = knownAuthor.isPresent() ? knownAuthor : accounts.findById(post.accountId());
            author.ifPresent(a -> entries.add(new FeedEntry(post, a, tagsOf.getOrDefault(post.id(), List.of()),
                    mediaOf.getOrDefault(post.id(), List.of()))));
        }
        return entries;
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_ENTRIES));
    }
}
