package org.bureaucrathackers.fellowship.post;

import java.util.List;

/**
 * New content for an existing post. Visibility and the post it replies to never change; {@code spoilerText}
 * null removes the warning, {@code language} null keeps the one the post had; {@code sensitive} marks the
 * post sensitive even without a warning. {@code mediaIds} null keeps the media the post has; a list (maybe
 * empty) replaces them, as Mastodon's edit does.
 */
public record PostEdit(String markdown, String spoilerText, String language, boolean sensitive, List<Long> mediaIds) {

    public PostEdit {
        markdown = markdown == null ? "" : markdown;
        mediaIds = mediaIds == null ? null : List.copyOf(mediaIds);
    }

    public PostEdit(String markdown, String spoilerText, String language, boolean sensitive) {
        this(markdown, spoilerText, language, sensitive, null);
    }

    public PostEdit(String markdown, String spoilerText, String language) {
        this(markdown, spoilerText, language, false);
    }
}
