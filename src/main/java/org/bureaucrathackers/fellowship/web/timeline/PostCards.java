package org.bureaucrathackers.fellowship.web.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.BookmarkStore;
import org.bureaucrathackers.fellowship.post.BoostStore;
import org.bureaucrathackers.fellowship.post.FavouriteStore;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.post.TimelineStore;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.PostViews;

/**
 * The posts of one page with their media, counts and the viewer's likes, boosts and bookmarks. Whatever the
 * length of the list, each kind of fact costs one query (as the client API's lists do), and each author is
 * loaded once. A boost is shown as the post it boosts, with who boosted it.
 */
public final class PostCards {

    private final StatusStore statuses;
    private final TimelineStore timelines;
    private final AccountStore accounts;
    private final FavouriteStore favourites;
    private final BoostStore boosts;
    private final BookmarkStore bookmarks;
    private final PostViews views;

    public PostCards(StatusStore statuses, TimelineStore timelines, AccountStore accounts, FavouriteStore favourites,
                     BoostStore boosts, BookmarkStore bookmarks, PostViews views) {
        this.statuses = statuses;
        this.timelines = timelines;
        this.accounts = accounts;
        this.favourites = favourites;
        this.boosts = boosts;
        this.bookmarks = bookmarks;
        this.views = views;
    }

    /** The posts of {@code list}, in its order, as {@code viewer} (empty: nobody signed in) sees them. */
    public List<Pages.PostView> of(List<Status> list, Optional<Account> viewer) {
        Map<Long, Status> originals = new HashMap<>();
        Set<Long> boosted = new LinkedHashSet<>();
        list.stream().filter(Status::isBoost).forEach(s -> boosted.add(s.reblogOfId()));
        if (!boosted.isEmpty()) {
            statuses.findByIds(boosted).forEach(s -> originals.put(s.id(), s));
        }
        List<Status> shown = new ArrayList<>(list.size());
        for (Status status : list) {
            Status post = status.isBoost() ? originals.get(status.reblogOfId()) : status;
            if (post != null && !post.isBoost()) {
                shown.add(post);
            }
        }
        Facts facts = new Facts(shown.stream().map(Status::id).distinct().toList(), viewer);
        Map<Long, Optional<Account>> authors = new HashMap<>();
        List<Pages.PostView> cards = new ArrayList<>(list.size());
        Set<Long> seen = new HashSet<>();
        for (Status status : list) {
            Status post = status.isBoost() ? originals.get(status.reblogOfId()) : status;
            // A post and a boost of it on one page are shown once, where it comes first.
            if (post == null || post.isBoost() || !seen.add(post.id())) {
                continue;
            }
            Optional<Account> author = authors.computeIfAbsent(post.accountId(), accounts::findById);
            Optional<Account> booster = status.isBoost()
                    ? authors.computeIfAbsent(status.accountId(), accounts::findById) : Optional.empty();
            if (author.isEmpty() || author.get().isDeleted() || (status.isBoost() && booster.isEmpty())) {
                continue;
            }
            cards.add(card(post, author.get(), booster.orElse(null), facts, viewer));
        }
        return cards;
    }

    /** One post, as its thread page shows it. */
    public Pages.PostView of(Status post, Account author, Optional<Account> viewer) {
        return card(post, author, null, new Facts(List.of(post.id()), viewer), viewer);
    }

    private Pages.PostView card(Status post, Account author, Account booster, Facts facts, Optional<Account> viewer) {
        long id = post.id();
        Pages.PostState state = new Pages.PostState(facts.replies.getOrDefault(id, 0L),
                facts.boostCounts.getOrDefault(id, 0L), facts.likeCounts.getOrDefault(id, 0L),
                facts.liked.contains(id), facts.boosted.contains(id), facts.bookmarked.contains(id),
                post.visibility().isOpen());
        boolean mine = viewer.isPresent() && viewer.get().id() == post.accountId();
        return views.view(post, author, facts.media.getOrDefault(id, List.of()), state, booster, mine);
    }

    /** Everything the cards of one page need, one query per kind. */
    private final class Facts {
        final Map<Long, List<Attachment>> media;
        final Map<Long, Long> replies;
        final Map<Long, Long> boostCounts;
        final Map<Long, Long> likeCounts;
        final Set<Long> liked;
        final Set<Long> boosted;
        final Set<Long> bookmarked;

        Facts(List<Long> ids, Optional<Account> viewer) {
            boolean any = !ids.isEmpty();
            media = any ? statuses.attachmentsOf(ids) : Map.of();
            replies = any ? timelines.replyCounts(ids) : Map.of();
            boostCounts = any ? boosts.boostCounts(ids) : Map.of();
            likeCounts = any ? favourites.counts(ids) : Map.of();
            boolean asking = any && viewer.isPresent();
            long viewerId = viewer.map(Account::id).orElse(0L);
            liked = asking ? favourites.likedAmong(viewerId, ids) : Set.of();
            boosted = asking ? boosts.boostedAmong(viewerId, ids) : Set.of();
            bookmarked = asking ? bookmarks.bookmarkedAmong(viewerId, ids) : Set.of();
        }
    }
}
