package org.bureaucrathackers.fellowship.post;

import java.util.List;

/**
 * What a fellow asks to publish. {@code visibility} null means public; {@code inReplyToUri},
 * {@code spoilerText} (a content warning) and {@code language} (a BCP 47 tag such as "en") may be null.
 * {@code sensitive} marks the post sensitive even without a content warning (a warning always does).
 * {@code mediaIds} are the fellow's uploads to attach, in order (a post with media may have no text).
 */
public record NewPost(String markdown, Status.Visibility visibility, String inReplyToUri, String spoilerText,
                      String language, boolean sensitive, List<Long> mediaIds) {

    public NewPost {
        markdown = markdown == null ? "" : markdown;
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
    }

    public NewPost(String markdown, Status.Visibility visibility, String inReplyToUri, String spoilerText,
                   String language, boolean sensitive) {
        this(markdown, visibility, inReplyToUri, spoilerText, language, sensitive, List.of());
    }

    public NewPost(String markdown, Status.Visibility visibility, String inReplyToUri, String spoilerText,
                   String language) {
        this(markdown, visibility, inReplyToUri, spoilerText, language, false);
    }

    public static NewPost publicText(String markdown) {
        return new NewPost(markdown, Status.Visibility.PUBLIC, null, null, null);
    }
}
