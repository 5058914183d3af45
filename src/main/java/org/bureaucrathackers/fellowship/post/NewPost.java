package org.bureaucrathackers.fellowship.post;

/**
 * What a fellow asks to publish. {@code visibility} null means public; {@code inReplyToUri},
 * {@code spoilerText} (a content warning) and {@code language} (a BCP 47 tag such as "en") may be null.
 */
public record NewPost(String markdown, Status.Visibility visibility, String inReplyToUri, String spoilerText,
                      String language) {

    public static NewPost publicText(String markdown) {
        return new NewPost(markdown, Status.Visibility.PUBLIC, null, null, null);
    }
}
