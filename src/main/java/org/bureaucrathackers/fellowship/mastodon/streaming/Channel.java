package org.bureaucrathackers.fellowship.mastodon.streaming;

import java.util.List;
import java.util.Set;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.post.Hashtags;

/**
 * One of Mastodon's streams: {@code public} (+{@code :local}, {@code :remote}, each with {@code :media}),
 * {@code hashtag} and {@code hashtag:local} with a tag, {@code user} (home timeline and notifications) and
 * {@code user:notification}. {@code tag} is kept as the client wrote it, since clients match the {@code stream}
 * of each event against what they asked for; {@code tagKey} is its normalised form, which statuses are matched by.
 */
public record Channel(String name, String tag, String tagKey) {

    public static final String USER = "user";
    public static final String USER_NOTIFICATION = "user:notification";
    public static final String HASHTAG = "hashtag";
    public static final String HASHTAG_LOCAL = "hashtag:local";
    private static final Set<String> PUBLIC = Set.of("public", "public:media", "public:local", "public:local:media",
            "public:remote", "public:remote:media");

    /** The channel a client names; 400 for names we do not stream (list, direct) and for a missing or bad tag. */
    public static Channel of(String name, String tag) {
        String stream = name == null ? "" : name.trim();
        if (stream.equals(HASHTAG) || stream.equals(HASHTAG_LOCAL)) {
            String written = tag == null ? "" : tag.trim();
            String key = written.length() > Hashtags.MAX_LENGTH + 1 ? null : Hashtags.normalize(written);
            if (key == null) {
                throw new HttpError(400, "The hashtag stream needs a tag such as tag=opendata");
            }
            return new Channel(stream, written, key);
        }
        if (stream.equals(USER) || stream.equals(USER_NOTIFICATION) || PUBLIC.contains(stream)) {
            return new Channel(stream, null, null);
        }
        throw new HttpError(400, "Unknown stream type" + (stream.isEmpty() ? "" : ": " + abbreviate(stream)));
    }

    /** The {@code stream} array of a WebSocket event: the name, then the tag for hashtag streams. */
    public List<String> label() {
        return tag == null ? List.of(name) : List.of(name, tag);
    }

    /** A fellow's own stream: needs a user token. */
    public boolean isUser() {
        return name.equals(USER) || name.equals(USER_NOTIFICATION);
    }

    /** The scope a token needs for it, as Mastodon's streaming server asks. */
    public String scope() {
        return name.equals(USER_NOTIFICATION) ? "read:notifications" : "read:statuses";
    }

    public boolean isPublic() {
        return PUBLIC.contains(name);
    }

    public boolean isHashtag() {
        return tag != null;
    }

    /** Public and hashtag streams narrowed to this server's fellows. */
    public boolean onlyLocal() {
        return name.startsWith("public:local") || name.equals(HASHTAG_LOCAL);
    }

    public boolean onlyRemote() {
        return name.startsWith("public:remote");
    }

    public boolean onlyMedia() {
        return name.endsWith(":media");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
