package org.bureaucrathackers.fellowship.post;

/**
 * New content for an existing post. Visibility and the post it replies to never change; {@code spoilerText}
 * null removes the warning, {@code language} null keeps the one the post had; {@code sensitive} marks the
 * post sensitive even without a warning.
 */
public record PostEdit(String markdown, String spoilerText, String language, boolean sensitive) {

    public PostEdit(String markdown, String spoilerText, String language) {
        this(markdown, spoilerText, language, false);
    }
}
