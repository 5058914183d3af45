package org.bureaucrathackers.fellowship.mastodon;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.FavouriteStore;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusDetails;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Json;

/**
 * The Mastodon Status entity: every documented key present (null, [] or "" when empty), never
 * {@code scheduled_at} (toot would take the status for a scheduled one). A boost is a wrapper whose
 * {@code reblog} is the original. The viewer-specific flags are given when a fellow is asking.
 */
public final class StatusEntities {

    private final Statuses statuses;
    private final StatusStore store;
    private final FavouriteStore favourites;
    private final AccountEntities accounts;
    private final LocalUris uris;

    public StatusEntities(Statuses statuses, StatusStore store, FavouriteStore favourites, AccountEntities accounts,
                          LocalUris uris) {
        this.statuses = statuses;
        this.store = store;
        this.favourites = favourites;
        this.accounts = accounts;
        this.uris = uris;
    }

    /** @param viewer the fellow asking, or null for anonymous and application callers */
    public ObjectNode status(Status status, Account viewer) {
        StatusDetails details = statuses.details(status);
        ObjectNode json = Json.object();
        json.put("id", ApiIds.format(status.id()));
        json.put("uri", status.uri());
        json.put("created_at", ApiTimes.datetime(status.createdAt()));
        json.set("account", accounts.account(details.author()));
        json.put("visibility", visibility(status.visibility()));
        json.put("sensitive", status.sensitive());
        json.put("spoiler_text", status.spoilerText() == null ? "" : status.spoilerText());
        json.put("language", status.language());
        json.put("url", status.isBoost() ? null : url(status, details.author()));
        json.put("in_reply_to_id", status.inReplyToId() == null ? null : ApiIds.format(status.inReplyToId()));
        json.put("in_reply_to_account_id",
                status.inReplyToAccountId() == null ? null : ApiIds.format(status.inReplyToAccountId()));
        json.put("edited_at", ApiTimes.datetime(status.editedAt()));
        json.putNull("poll");
        json.putNull("card");
        json.putArray("emojis");
        json.putArray("filtered");
        if (status.isBoost()) {
            Status original = store.findById(status.reblogOfId()).orElse(null);
            json.put("content", "");
            json.set("reblog", original == null ? null : status(original, viewer));
            json.putArray("media_attachments");
            json.putArray("mentions");
            json.putArray("tags");
        } else {
            json.put("content", status.contentHtml());
            json.putNull("reblog");
            json.set("media_attachments", attachments(status.id(), details.attachments()));
            json.set("mentions", mentions(details.mentions()));
            json.set("tags", tags(details.tags()));
        }
        json.put("replies_count", 0);
        json.put("reblogs_count", store.boosterIds(status.id(), Integer.MAX_VALUE).size());
        json.put("favourites_count", favourites.count(status.id()));
        if (viewer != null) {
            json.put("favourited", favourites.find(viewer.id(), status.id()).isPresent());
            json.put("reblogged", store.findBoost(viewer.id(), status.id()).isPresent());
            json.put("muted", false);
            json.put("bookmarked", false);
            if (status.accountId() == viewer.id()) {
                json.put("pinned", false);
            }
        }
        return json;
    }

    public ArrayNode statuses(List<Status> list, Account viewer) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        list.forEach(s -> array.add(status(s, viewer)));
        return array;
    }

    /** Mastodon's words: public, unlisted, private (followers only), direct. */
    public static String visibility(Status.Visibility visibility) {
        return visibility.stored().toLowerCase(Locale.ROOT);
    }

    private String url(Status status, Account author) {
        if (author.isLocal()) {
            return uris.statusPage(author.username(), status.id());
        }
        return status.url() != null ? status.url() : status.uri();
    }

    private ArrayNode attachments(long statusId, List<Attachment> list) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        int index = 0;
        for (Attachment attachment : list) {
            ObjectNode json = array.addObject();
            json.put("id", ApiIds.format(statusId) + "-" + index++);
            json.put("type", mediaType(attachment));
            json.put("url", attachment.url());
            json.put("preview_url", attachment.url());
            json.put("remote_url", attachment.url());
            json.putObject("meta");
            json.put("description", attachment.description());
            json.putNull("blurhash");
        }
        return array;
    }

    private static String mediaType(Attachment attachment) {
        String type = attachment.mediaType() == null ? "" : attachment.mediaType();
        if (type.startsWith("image/gif")) {
            return "gifv";
        }
        if (type.startsWith("image/") || "Image".equals(attachment.type())) {
            return "image";
        }
        if (type.startsWith("video/") || "Video".equals(attachment.type())) {
            return "video";
        }
        if (type.startsWith("audio/") || "Audio".equals(attachment.type())) {
            return "audio";
        }
        return "unknown";
    }

    private ArrayNode mentions(List<Account> mentioned) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Account account : mentioned) {
            ObjectNode json = array.addObject();
            json.put("id", ApiIds.format(account.id()));
            json.put("username", account.username());
            json.put("url", account.isLocal() ? uris.profile(account.username())
                    : account.url() != null ? account.url() : account.uri());
            json.put("acct", AccountEntities.acct(account));
        }
        return array;
    }

    private ArrayNode tags(List<String> names) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (String name : names) {
            ObjectNode json = array.addObject();
            json.put("name", name);
            json.put("url", uris.tag(name));
        }
        return array;
    }
}
