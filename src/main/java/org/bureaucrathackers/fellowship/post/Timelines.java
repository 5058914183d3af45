package org.bureaucrathackers.fellowship.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/**
 * The lists of statuses clients read: a fellow's home, the public and hashtag timelines, one account's
 * statuses. Each shows only what its viewer may see and nothing of accounts blocked either way.
 */
public final class Timelines {

    /** Hashtags one hashtag timeline may combine, per kind (any, all, none). */
    public static final int MAX_TAGS = 10;

    private final TimelineStore statuses;

    public Timelines(TimelineStore statuses) {
        this.statuses = statuses;
    }

    /** The fellow's own statuses, those of the accounts they follow (boosts too), and those mentioning them. */
    public Slice<Status> home(Account fellow, PageRequest page) {
        return statuses.home(fellow.id(), page);
    }

    /** Public statuses, boosts and replies to others left out. */
    public Slice<Status> publicStatuses(Optional<Account> viewer, PublicTimeline.Origin origin, boolean onlyMedia,
                                        PageRequest page) {
        return statuses.publicTimeline(PublicTimeline.of(origin, onlyMedia), idOf(viewer), page);
    }

    /**
     * Public statuses with the hashtag {@code tag} or any of {@code any}, all of {@code all} and none of
     * {@code none}. Names are normalised as hashtags are; one that is no hashtag matches nothing.
     *
     * @throws InvalidPostException when more than {@link #MAX_TAGS} names are given in one list
     */
    public Slice<Status> tagged(Optional<Account> viewer, String tag, List<String> any, List<String> all,
                                List<String> none, PublicTimeline.Origin origin, boolean onlyMedia,
                                PageRequest page) {
        for (List<String> names : List.of(any, all, none)) {
            if (names.size() > MAX_TAGS) {
                throw new InvalidPostException("at most " + MAX_TAGS + " hashtags in any[], all[] or none[]");
            }
        }
        List<String> anyNames = new ArrayList<>();
        anyNames.add(tag);
        anyNames.addAll(any);
        List<String> anyTags = normalised(anyNames);
        List<String> allTags = normalised(all);
        List<String> noneTags = normalised(none);
        // A name that is no hashtag is on no status: "any" skips it, "all" then matches nothing.
        if (anyTags.isEmpty() || all.stream().anyMatch(name -> Hashtags.normalize(name) == null)) {
            return Slice.empty();
        }
        return statuses.publicTimeline(new PublicTimeline(origin, onlyMedia, true, anyTags, allTags, noneTags),
                idOf(viewer), page);
    }

    /** Statuses of {@code account} that {@code viewer} may see, newest first. */
    public Slice<Status> ofAccount(Account account, Optional<Account> viewer, AccountStatusFilter filter,
                                   PageRequest page) {
        if (filter.tagged() != null) {
            String tag = Hashtags.normalize(filter.tagged());
            if (tag == null) {
                return Slice.empty();
            }
            filter = new AccountStatusFilter(filter.excludeReplies(), filter.excludeReblogs(), filter.onlyMedia(), tag);
        }
        return statuses.byAccount(account.id(), idOf(viewer), filter, page);
    }

    /** The statuses {@code account} pinned that {@code viewer} may see, most recently pinned first. */
    public List<Status> pinned(Account account, Optional<Account> viewer) {
        return statuses.pinnedVisible(account.id(), idOf(viewer), Pins.MAX_PINS);
    }

    private static List<String> normalised(List<String> names) {
        return names.stream().map(Hashtags::normalize).filter(n -> n != null).distinct().toList();
    }

    private static Long idOf(Optional<Account> viewer) {
        return viewer.map(Account::id).orElse(null);
    }
}
