package org.bureaucrathackers.fellowship.post;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Json;

/** A local status as an ActivityStreams Note, and the Create that published it (shapes of section 8). */
public final class NoteDocuments {

    private NoteDocuments() {
    }

    /** The Note, without {@code @context} (it is embedded in a collection or an activity). */
    public static ObjectNode note(Status status, Account author) {
        ObjectNode note = Json.object();
        note.put("id", status.uri());
        note.put("type", "Note");
        note.putNull("summary");
        note.put("inReplyTo", status.inReplyToUri());
        note.put("published", timestamp(status.createdAt()));
        note.put("url", status.url());
        note.put("attributedTo", author.uri());
        audience(note, status.visibility(), author);
        note.put("sensitive", false);
        note.put("content", status.contentHtml());
        if (status.language() != null) {
            note.putObject("contentMap").put(status.language(), status.contentHtml());
        }
        return note;
    }

    /** The Create activity wrapping the Note; its id is the status uri plus "/activity", as Mastodon's is. */
    public static ObjectNode create(Status status, Account author) {
        ObjectNode create = Json.object();
        create.put("id", status.uri() + "/activity");
        create.put("type", "Create");
        create.put("actor", author.uri());
        create.put("published", timestamp(status.createdAt()));
        audience(create, status.visibility(), author);
        create.set("object", note(status, author));
        return create;
    }

    /** to/cc by visibility (rule V1); mentions are not stored yet, so direct posts have no addressees here. */
    private static void audience(ObjectNode node, Status.Visibility visibility, Account author) {
        String followers = author.followersUrl();
        String everyone = LocalUris.PUBLIC_COLLECTION;
        List<String> to = switch (visibility) {
            case PUBLIC -> List.of(everyone);
            case UNLISTED, PRIVATE -> List.of(followers);
            case DIRECT -> List.of();
        };
        List<String> cc = switch (visibility) {
            case PUBLIC -> List.of(followers);
            case UNLISTED -> List.of(everyone);
            case PRIVATE, DIRECT -> List.of();
        };
        ArrayNode toArray = node.putArray("to");
        to.forEach(toArray::add);
        ArrayNode ccArray = node.putArray("cc");
        cc.forEach(ccArray::add);
    }

    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
