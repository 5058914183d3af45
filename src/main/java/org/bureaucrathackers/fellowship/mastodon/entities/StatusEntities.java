package org.bureaucrathackers.fellowship.mastodon.entities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.media.LocalCopies;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.BookmarkStore;
import org.bureaucrathackers.fellowship.post.BoostStore;
import org.bureaucrathackers.fellowship.post.FavouriteStore;
import org.bureaucrathackers.fellowship.post.MentionTagStore;
import org.bureaucrathackers.fellowship.post.PinStore;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.post.TimelineStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * The Mastodon Status entity: every documented key present (null, [] or "" when empty), never
 * {@code scheduled_at} (toot would take the status for a scheduled one). A boost is a wrapper whose
 * {@code reblog} is the original. The viewer-specific flags are given when a fellow is asking.
 * <p>
 * A list is built with one query per kind of fact for the whole list (mentions, tags, media, counts, the
 * viewer's likes, boosts, bookmarks and pins), plus the accounts it shows, each loaded once.
 */
public final class StatusEntities {

    private final StatusStore store;
    private final MentionTagStore mentionTags;
    private final TimelineStore timelines;
    private final BoostStore boostStore;
    private final PinStore pins;
    private final AccountStore accountStore;
    private final FavouriteStore favourites;
    private final BookmarkStore bookmarks;
    private final AccountEntities accounts;
    private final LocalUris uris;
    private final LocalCopies copies;

    public StatusEntities(StatusStore store, MentionTagStore mentionTags, TimelineStore timelines,
                          BoostStore boosts, PinStore pins, AccountStore accountStore, FavouriteStore favourites,
                          BookmarkStore bookmarks, AccountEntities accounts, LocalUris uris) {
        this(store, mentionTags, timelines, boosts, pins, accountStore, favourites, bookmarks, accounts, uris,
                LocalCopies.NONE);
    }

    /** @param copies this instance's copies of remote media, shown in their place when ready */
    public StatusEntities(StatusStore store, MentionTagStore mentionTags, TimelineStore timelines,
                          BoostStore boosts, PinStore pins, AccountStore accountStore, FavouriteStore favourites,
                          BookmarkStore bookmarks, AccountEntities accounts, LocalUris uris, LocalCopies copies) {
        this.copies = copies;
        this.store = store;
        this.mentionTags = mentionTags;
        this.timelines = timelines;
        this.boostStore = boosts;
        this.pins = pins;
        this.accountStore = accountStore;
        this.favourites = favourites;
        this.bookmarks = bookmarks;
        this.accounts = accounts;
        this.uris = uris;
    }

    /** @param viewer the fellow asking, or null for anonymous and application callers */
    public ObjectNode status(Status status, Account viewer) {
        ArrayNode one = statuses(List.of(status), viewer);
        if (one.isEmpty()) {
            throw new IllegalStateException("status " + status.id() + " has no author");
        }
        return (ObjectNode) one.get(0);
    }

    /** The entities of {@code list}, in its order; a status whose author is unknown is left out. */
    public ArrayNode statuses(List<Status> list, Account viewer) {
        Facts facts = new Facts(list, viewer);
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Status status : list) {
            ObjectNode json = facts.entity(status);
            if (json != null) {
                array.add(json);
            }
        }
        return array;
    }

    /** Mastodon's words: public, unlisted, private (followers only), direct. */
    public static String visibility(Status.Visibility visibility) {
        return visibility.stored().toLowerCase(Locale.ROOT);
    }

    /** Everything the entities of one list need, loaded in bulk. */
    private final class Facts {
        private final Account viewer;
        private final Map<Long, Status> originals = new HashMap<>();
        private final Map<Long, List<Long>> mentions;
        private final Map<Long, List<String>> tags;
        private final Map<Long, List<Attachment>> media;
        /** This instance's copies of the list's remote media, by remote URL. */
        private final Map<String, String> mediaCopies;
        private final Map<Long, Long> replies;
        private final Map<Long, Long> boosts;
        private final Map<Long, Long> likes;
        private final Set<Long> liked;
        private final Set<Long> boosted;
        private final Set<Long> bookmarked;
        private final Set<Long> pinned;
        private final Map<Long, Optional<Account>> accountsById = new HashMap<>();
        private final Map<Long, ObjectNode> accountEntities = new HashMap<>();

        Facts(List<Status> list, Account viewer) {
            this.viewer = viewer;
            Set<Long> boostedIds = new LinkedHashSet<>();
            list.stream().filter(Status::isBoost).forEach(s -> boostedIds.add(s.reblogOfId()));
            if (!boostedIds.isEmpty()) {
                store.findByIds(boostedIds).forEach(s -> originals.put(s.id(), s));
            }
            Map<Long, Status> all = new LinkedHashMap<>();
            list.forEach(s -> all.put(s.id(), s));
            originals.values().forEach(s -> all.put(s.id(), s));
            List<Long> ids = List.copyOf(all.keySet());
            List<Long> posts = all.values().stream().filter(s -> !s.isBoost()).map(Status::id).toList();
            mentions = posts.isEmpty() ? Map.of() : mentionTags.mentionsOf(posts);
            tags = posts.isEmpty() ? Map.of() : mentionTags.tagsOf(posts);
            media = posts.isEmpty() ? Map.of() : store.attachmentsOf(posts);
            mediaCopies = copies.of(media.values().stream().flatMap(List::stream)
                    .filter(a -> !a.isLocal()).map(Attachment::url).toList());
            replies = ids.isEmpty() ? Map.of() : timelines.replyCounts(ids);
            boosts = ids.isEmpty() ? Map.of() : boostStore.boostCounts(ids);
            likes = ids.isEmpty() ? Map.of() : favourites.counts(ids);
            boolean asking = viewer != null && !ids.isEmpty();
            liked = asking ? favourites.likedAmong(viewer.id(), ids) : Set.of();
            boosted = asking ? boostStore.boostedAmong(viewer.id(), ids) : Set.of();
            bookmarked = asking ? bookmarks.bookmarkedAmong(viewer.id(), ids) : Set.of();
            pinned = asking ? pins.pinnedAmong(viewer.id(), ids) : Set.of();
        }

        ObjectNode entity(Status status) {
            Optional<Account> author = account(status.accountId());
            if (author.isEmpty()) {
                return null;
            }
            ObjectNode json = Json.object();
            json.put("id", ApiIds.format(status.id()));
            json.put("uri", status.uri());
            json.put("created_at", ApiTimes.datetime(status.createdAt()));
            json.set("account", accountEntity(author.get()));
            json.put("visibility", visibility(status.visibility()));
            json.put("sensitive", status.sensitive());
            json.put("spoiler_text", status.spoilerText() == null ? "" : status.spoilerText());
            json.put("language", status.language());
            json.put("url", status.isBoost() ? null : url(status, author.get()));
            json.put("in_reply_to_id", status.inReplyToId() == null ? null : ApiIds.format(status.inReplyToId()));
            json.put("in_reply_to_account_id",
                    status.inReplyToAccountId() == null ? null : ApiIds.format(status.inReplyToAccountId()));
            json.put("edited_at", ApiTimes.datetime(status.editedAt()));
            json.putNull("poll");
            json.putNull("card");
            json.putArray("emojis");
            json.putArray("filtered");
            if (status.isBoost()) {
                Status original = originals.get(status.reblogOfId());
                json.put("content", "");
                json.set("reblog", original == null ? null : entity(original));
                json.putArray("media_attachments");
                json.putArray("mentions");
                json.putArray("tags");
            } else {
                json.put("content", status.contentHtml());
                json.putNull("reblog");
                json.set("media_attachments", attachments(status.id(), media.getOrDefault(status.id(), List.of()),
                        mediaCopies));
                json.set("mentions", mentionEntities(mentions.getOrDefault(status.id(), List.of())));
                json.set("tags", tagEntities(tags.getOrDefault(status.id(), List.of())));
            }
            json.put("replies_count", replies.getOrDefault(status.id(), 0L));
            json.put("reblogs_count", boosts.getOrDefault(status.id(), 0L));
            json.put("favourites_count", likes.getOrDefault(status.id(), 0L));
            if (viewer != null) {
                json.put("favourited", liked.contains(status.id()));
                json.put("reblogged", boosted.contains(status.id()));
                json.put("muted", false);
                json.put("bookmarked", bookmarked.contains(status.id()));
                if (status.accountId() == viewer.id()) {
                    json.put("pinned", pinned.contains(status.id()));
                    // Statuses do not record the app they were posted with.
                    json.putNull("application");
                }
            }
            return json;
        }

        private Optional<Account> account(long id) {
            return accountsById.computeIfAbsent(id, accountStore::findById);
        }

        /** Each account's entity is built once per list (its counts cost queries) and copied where shown. */
        private ObjectNode accountEntity(Account account) {
            return accountEntities.computeIfAbsent(account.id(), id -> accounts.account(account)).deepCopy();
        }

        private ArrayNode mentionEntities(List<Long> accountIds) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            for (long id : accountIds) {
                account(id).ifPresent(account -> {
                    ObjectNode json = array.addObject();
                    json.put("id", ApiIds.format(account.id()));
                    json.put("username", account.username());
                    json.put("url", account.isLocal() ? uris.profile(account.username())
                            : account.url() != null ? account.url() : account.uri());
                    json.put("acct", AccountEntities.acct(account));
                });
            }
            return array;
        }
    }

    private String url(Status status, Account author) {
        if (author.isLocal()) {
            return uris.statusPage(author.username(), status.id());
        }
        return status.url() != null ? status.url() : status.uri();
    }

    private ArrayNode attachments(long statusId, List<Attachment> list, Map<String, String> mediaCopies) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        int index = 0;
        for (Attachment attachment : list) {
            // Remote media have no id of their own here: the status id and their place stand in.
            String id = attachment.isLocal() ? ApiIds.format(attachment.mediaId())
                    : ApiIds.format(statusId) + "-" + index;
            index++;
            array.add(MediaEntities.entity(id, attachment,
                    attachment.isLocal() || attachment.url() == null ? null : mediaCopies.get(attachment.url())));
        }
        return array;
    }

    private ArrayNode tagEntities(List<String> names) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (String name : names) {
            ObjectNode json = array.addObject();
            json.put("name", name);
            json.put("url", uris.tag(name));
        }
        return array;
    }
}
