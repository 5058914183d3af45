package org.bureaucrathackers.fellowship.notification;

import java.util.Locale;
import java.util.Optional;

/** What a notification tells a fellow, in Mastodon's words (the {@code type} of its Notification entity). */
public enum NotificationType {
    /** Someone mentioned the fellow in a status. */
    MENTION,
    /** Someone boosted the fellow's status. */
    REBLOG,
    /** Someone follows the fellow. */
    FOLLOW,
    /** Someone asks to follow the fellow, who approves followers by hand. */
    FOLLOW_REQUEST,
    /** Someone liked the fellow's status. */
    FAVOURITE,
    /** A status the fellow boosted or liked was edited. */
    UPDATE,
    /** An account the fellow follows, asking to hear of each of its posts, posted. */
    STATUS;

    /** The name clients see and filter by, also the stored form. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a client named, if it is one of ours; Mastodon ignores names it does not know, and so do we. */
    public static Optional<NotificationType> fromWire(String name) {
        for (NotificationType type : values()) {
            if (type.wire().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
