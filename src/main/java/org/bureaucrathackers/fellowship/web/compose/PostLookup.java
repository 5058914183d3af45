package org.bureaucrathackers.fellowship.web.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.post.MentionTagStore;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.PostViews;

/**
 * The posts the compose and delete pages name by id: one a fellow may reply to, one of their own to edit or
 * delete, and how either is shown on the page.
 */
public final class PostLookup {

    /** Mentions a reply starts with, at most: Mastodon's limit of mentions per post keeps the text short too. */
    static final int MAX_PREFILLED_MENTIONS = 20;
    private static final int MAX_ID_DIGITS = 19;

    /** A post of one's own, or why there is none. */
    public sealed interface Own permits Found, NotFound, NotYours {
    }

    public record Found(Status status) implements Own {
    }

    public record NotFound() implements Own {
    }

    public record NotYours() implements Own {
    }

    private final StatusStore statuses;
    private final StatusAccess access;
    private final AccountStore accounts;
    private final MentionTagStore mentions;
    private final PostViews views;

    public PostLookup(StatusStore statuses, StatusAccess access, AccountStore accounts, MentionTagStore mentions,
                      PostViews views) {
        this.statuses = statuses;
        this.access = access;
        this.accounts = accounts;
        this.mentions = mentions;
        this.views = views;
    }

    static Optional<Long> parseId(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_ID_DIGITS || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The post {@code id} names that {@code fellow} may see and reply to (for a boost, what it boosted). */
    Optional<Status> replyable(Account fellow, String id) {
        Optional<Status> found = parseId(id).flatMap(statuses::findById)
                .filter(status -> access.canSee(Optional.of(fellow), status));
        if (found.isPresent() && found.get().isBoost()) {
            found = statuses.findById(found.get().reblogOfId())
                    .filter(status -> access.canSee(Optional.of(fellow), status));
        }
        return found;
    }

    /** The post {@code id} names, if it is one of {@code fellow}'s (a boost is not a post one edits or deletes). */
    Own own(Account fellow, String id) {
        Optional<Status> found = parseId(id).flatMap(statuses::findById).filter(status -> !status.isBoost());
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (found.get().accountId() != fellow.id()) {
            return access.canSee(Optional.of(fellow), found.get()) ? new NotYours() : new NotFound();
        }
        return new Found(found.get());
    }

    /** The post as pages show it (its HTML sanitised), or null when its author is gone. */
    Pages.PostView view(Status status) {
        return accounts.findById(status.accountId()).map(author -> views.view(status, author)).orElse(null);
    }

    /**
     * What a reply starts with, as Mastodon does: the handles of the author replied to and of the accounts that
     * post mentions, never the fellow's own, each once.
     */
    String mentionsFor(Account fellow, Status parent) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(parent.accountId());
        ids.addAll(mentions.mentionedAccountIds(parent.id()));
        ids.remove(fellow.id());
        List<String> handles = new ArrayList<>();
        for (long id : ids) {
            if (handles.size() >= MAX_PREFILLED_MENTIONS) {
                break;
            }
            accounts.findById(id).filter(a -> !a.isDeleted())
                    .ifPresent(a -> handles.add("@" + a.username() + (a.isLocal() ? "" : "@" + a.domain())));
        }
        return handles.isEmpty() ? "" : String.join(" ", handles) + " ";
    }

    /** The uploads published with a post, in order. */
    List<org.bureaucrathackers.fellowship.post.Attachment> localMedia(Status status) {
        return statuses.attachments(status.id()).stream().filter(a -> a.isLocal()).toList();
    }
}
