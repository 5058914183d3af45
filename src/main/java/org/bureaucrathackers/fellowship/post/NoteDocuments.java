package org.bureaucrathackers.fellowship.post;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * A local status as an ActivityStreams Note, and the activities about it: Create, Update, Delete and the
 * Announce of a boost (shapes of section 8, rules N1, N4, N5, V1–V5, T1, T2, T6, CO6, L3).
 */
public final class NoteDocuments {

    /** The prefix of Fellowship's extension terms and the namespace it stands for. */
    public static final String FELLOWSHIP_PREFIX = "fellowship";
    public static final String FELLOWSHIP_NAMESPACE = "https://w3id.org/fellowship/ns#";
    /** schema.org terms go under {@code sdo:}: Mastodon maps the prefix {@code schema} to another IRI. */
    public static final String SCHEMA_ORG_PREFIX = "sdo";
    public static final String SCHEMA_ORG_NAMESPACE = "https://schema.org/";

    private final LocalUris uris;
    private final NoteExtension extension;

    public NoteDocuments(LocalUris uris) {
        this(uris, NoteExtension.NONE);
    }

    public NoteDocuments(LocalUris uris, NoteExtension extension) {
        this.uris = uris;
        this.extension = extension;
    }

    /** The {@code @context} of Notes and their activities: ActivityStreams plus Mastodon's extra terms. */
    public static ArrayNode context() {
        ArrayNode context = Json.MAPPER.createArrayNode().add("https://www.w3.org/ns/activitystreams");
        ObjectNode terms = context.addObject();
        terms.put("ostatus", "http://ostatus.org#");
        terms.put("conversation", "ostatus:conversation");
        terms.put("sensitive", "as:sensitive");
        terms.put("Hashtag", "as:Hashtag");
        // Prefixes only, defined inline, so no reader must fetch a context to expand the extension terms.
        terms.put(FELLOWSHIP_PREFIX, FELLOWSHIP_NAMESPACE);
        terms.put(SCHEMA_ORG_PREFIX, SCHEMA_ORG_NAMESPACE);
        // Mastodon's terms for media: the BlurHash placeholder and the focal point [x, y].
        terms.put("toot", "http://joinmastodon.org/ns#");
        terms.put("blurhash", "toot:blurhash");
        terms.putObject("focalPoint").put("@container", "@list").put("@id", "toot:focalPoint");
        return context;
    }

    /** A copy of {@code document} with {@link #context()} as its first property, ready to serve or send. */
    public static ObjectNode withContext(ObjectNode document) {
        ObjectNode doc = Json.object();
        doc.set("@context", context());
        doc.setAll(document);
        return doc;
    }

    /** The Note, without {@code @context} (it is embedded in a collection or an activity). */
    public ObjectNode note(StatusDetails details) {
        Status status = details.status();
        Account author = details.author();
        ObjectNode note = Json.object();
        note.put("id", status.uri());
        note.put("type", "Note");
        // summary is a content warning in Mastodon, never an abstract.
        note.put("summary", status.spoilerText());
        note.put("inReplyTo", status.inReplyToUri());
        note.put("published", timestamp(status.createdAt()));
        if (status.editedAt() != null) {
            note.put("updated", timestamp(status.editedAt()));
        }
        note.put("url", status.url());
        note.put("attributedTo", author.uri());
        putAudience(note, details);
        note.put("sensitive", status.sensitive());
        if (status.conversationUri() != null) {
            note.put("conversation", status.conversationUri());
            note.put("context", status.conversationUri());
        }
        note.put("content", status.contentHtml());
        if (status.language() != null) {
            note.putObject("contentMap").put(status.language(), status.contentHtml());
        }
        ArrayNode attachment = note.putArray("attachment");
        for (Attachment a : details.attachments()) {
            attachment.add(attachment(a));
        }
        ArrayNode tag = note.putArray("tag");
        for (Account mentioned : details.mentions()) {
            tag.addObject()
                    .put("type", "Mention")
                    .put("href", mentioned.uri())
                    .put("name", "@" + handle(mentioned));
        }
        for (String name : details.tags()) {
            tag.addObject()
                    .put("type", "Hashtag")
                    .put("href", uris.tag(name))
                    .put("name", "#" + name);
        }
        note.set("replies", replies(status, details.firstReplies()));
        extension.extend(note, status);
        return note;
    }

    /** One media file as Mastodon publishes it: {@code name} is the alt text. */
    private static ObjectNode attachment(Attachment a) {
        ObjectNode media = Json.object();
        media.put("type", a.type());
        media.put("mediaType", a.mediaType());
        media.put("url", a.url());
        media.put("name", a.description());
        if (a.blurhash() != null) {
            media.put("blurhash", a.blurhash());
        }
        if (a.width() != null && a.height() != null) {
            media.put("width", a.width());
            media.put("height", a.height());
        }
        if (a.focusX() != null && a.focusY() != null) {
            media.putArray("focalPoint").add(a.focusX()).add(a.focusY());
        }
        return media;
    }

    /** The Create that published the Note; its id is the status IRI plus "/activity", as Mastodon's is. */
    public ObjectNode create(StatusDetails details) {
        Status status = details.status();
        ObjectNode create = Json.object();
        create.put("id", uris.statusActivity(status.uri()));
        create.put("type", "Create");
        create.put("actor", details.author().uri());
        create.put("published", timestamp(status.createdAt()));
        putAudience(create, details);
        create.set("object", note(details));
        return create;
    }

    /** The Update carrying an edited Note (N4): same id and author, a strictly newer {@code updated}. */
    public ObjectNode update(StatusDetails details) {
        Status status = details.status();
        if (status.editedAt() == null) {
            throw new IllegalArgumentException("status " + status.id() + " was never edited");
        }
        ObjectNode update = Json.object();
        update.put("id", uris.statusUpdate(status.uri(), status.editedAt().getEpochSecond()));
        update.put("type", "Update");
        update.put("actor", details.author().uri());
        update.put("published", timestamp(status.editedAt()));
        putAudience(update, details);
        update.set("object", note(details));
        return update;
    }

    /** The Delete of a status (N5): the object is a Tombstone, addressed to Public. */
    public ObjectNode delete(Status status, Account author) {
        ObjectNode delete = Json.object();
        delete.put("id", uris.statusDelete(status.uri()));
        delete.put("type", "Delete");
        delete.put("actor", author.uri());
        delete.putArray("to").add(Addressing.PUBLIC);
        ObjectNode tombstone = delete.putObject("object");
        tombstone.put("id", status.uri());
        tombstone.put("type", "Tombstone");
        return delete;
    }

    /**
     * The Announce of a boost (L3): the original by IRI only, to Public, cc the booster's followers and the
     * original's author.
     */
    public ObjectNode announce(Status boost, Account booster, Status original, Account originalAuthor) {
        ObjectNode announce = Json.object();
        announce.put("id", boost.uri());
        announce.put("type", "Announce");
        announce.put("actor", booster.uri());
        announce.put("published", timestamp(boost.createdAt()));
        ArrayNode to = announce.putArray("to");
        ArrayNode cc = announce.putArray("cc");
        if (boost.visibility() == Status.Visibility.UNLISTED) {
            to.add(booster.followersUrl());
            cc.add(Addressing.PUBLIC);
        } else {
            to.add(Addressing.PUBLIC);
            cc.add(booster.followersUrl());
        }
        if (!originalAuthor.uri().equals(booster.uri())) {
            cc.add(originalAuthor.uri());
        }
        announce.put("object", original.uri());
        return announce;
    }

    /** The replies collection (CO6) with its first page embedded: replies posted on this server. */
    public ObjectNode replies(Status status, Slice<Status> firstPage) {
        String id = uris.statusReplies(status.uri());
        ObjectNode replies = Json.object();
        replies.put("id", id);
        replies.put("type", "Collection");
        replies.set("first", repliesPage(status, PageRequest.newest(Statuses.EMBEDDED_REPLIES), firstPage));
        return replies;
    }

    /** One page of the replies collection, as asked for by {@code request}; {@code next} leads to older replies. */
    public ObjectNode repliesPage(Status status, PageRequest request, Slice<Status> page) {
        String collection = uris.statusReplies(status.uri());
        String cursor = request.maxId() != null ? "&max_id=" + request.maxId()
                : request.minId() != null ? "&min_id=" + request.minId() : "";
        ObjectNode doc = Json.object();
        doc.put("id", collection + "?page=true" + cursor);
        doc.put("type", "CollectionPage");
        doc.put("partOf", collection);
        List<Status> items = page.items();
        if (page.hasOlder() && !items.isEmpty()) {
            doc.put("next", collection + "?page=true&max_id=" + items.get(items.size() - 1).id());
        }
        if (page.hasNewer() && !items.isEmpty()) {
            doc.put("prev", collection + "?page=true&min_id=" + items.get(0).id());
        }
        ArrayNode array = doc.putArray("items");
        items.forEach(reply -> array.add(reply.uri()));
        return doc;
    }

    /** to/cc by visibility (V1), with every mentioned actor addressed (V4, V5). */
    private static void putAudience(ObjectNode node, StatusDetails details) {
        List<String> mentioned = details.mentions().stream().map(Account::uri).toList();
        Addressing.Audience audience = Addressing.of(details.status().visibility(), details.author().followersUrl(),
                mentioned);
        ArrayNode to = node.putArray("to");
        audience.to().forEach(to::add);
        ArrayNode cc = node.putArray("cc");
        audience.cc().forEach(cc::add);
        // A post to a community names it as its audience (FEP-1b12), as Lemmy and Mbin expect.
        details.mentions().stream().filter(a -> a.actorType() == Account.ActorType.Group).findFirst()
                .ifPresent(group -> node.put("audience", group.uri()));
    }

    private String handle(Account account) {
        return account.username() + "@" + (account.isLocal() ? uris.domain() : account.domain());
    }

    public static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

}
