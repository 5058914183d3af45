package org.bureaucrathackers.fellowship.post;

import java.time.Instant;
import java.util.Locale;

/** A post. {@code contentHtml} is already safe HTML; {@code url}, {@code language} and {@code inReplyToUri} may be null. */
public record Status(long id, long accountId, String uri, String url, Visibility visibility, String contentHtml,
                     String language, String inReplyToUri, Instant createdAt) {

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
    }
}
