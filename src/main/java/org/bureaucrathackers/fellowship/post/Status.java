package org.bureaucrathackers.fellowship.post;

import java.time.Instant;
import java.util.Locale;

/**
 * A post, or a boost of one ({@code reblogOfId} set, empty content). {@code contentHtml} is already safe
 * HTML. Nullable: {@code url}, {@code language}, {@code inReplyToUri}, {@code spoilerText} (a content
 * warning, plain text), {@code contentSource} (Markdown of local posts), {@code inReplyToId} and
 * {@code inReplyToAccountId} (when the parent is known here), {@code conversationUri}, {@code reblogOfId},
 * {@code editedAt}.
 */
public record Status(long id, long accountId, String uri, String url, Visibility visibility, String contentHtml,
                     String language, String inReplyToUri, Instant createdAt, String spoilerText,
                     boolean sensitive, String contentSource, Long inReplyToId, Long inReplyToAccountId,
                     String conversationUri, Long reblogOfId, Instant editedAt) {

    /** A plain post with no content warning, thread ids, boost or edit. */
    public Status(long id, long accountId, String uri, String url, Visibility visibility, String contentHtml,
                  String language, String inReplyToUri, Instant createdAt) {
        this(id, accountId, uri, url, visibility, contentHtml, language, inReplyToUri, createdAt, null, false, null,
                null, null, null, null, null);
    }

    public boolean isBoost() {
        return reblogOfId != null;
    }

    /** A reply to someone else's status; a reply to one's own continues a thread. */
    public boolean isReplyToOthers() {
        return inReplyToUri != null && !Long.valueOf(accountId).equals(inReplyToAccountId);
    }

    /** The same status with new content, as an edit at {@code at}. */
    public Status edited(String html, String source, String spoiler, boolean isSensitive, String lang, Instant at) {
        return new Status(id, accountId, uri, url, visibility, html, lang, inReplyToUri, createdAt, spoiler,
                isSensitive, source, inReplyToId, inReplyToAccountId, conversationUri, reblogOfId, at);
    }

    public enum Visibility {
        PUBLIC, UNLISTED, PRIVATE, DIRECT;

        /** Public and unlisted posts may be shown to anyone; the others only to their audience. */
        public boolean isOpen() {
            return this == PUBLIC || this == UNLISTED;
        }

        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Visibility fromStored(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }

        /** Reads the words operators and clients use: public, unlisted, private or followers, direct. */
        public static Visibility parse(String word) {
            String lower = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
            return switch (lower) {
                case "public" -> PUBLIC;
                case "unlisted" -> UNLISTED;
                case "private", "followers", "followers-only" -> PRIVATE;
                case "direct" -> DIRECT;
                default -> throw new InvalidPostException(
                        "visibility must be public, unlisted, followers or direct, not '" + word + "'");
            };
        }
    }
}
