package org.bureaucrathackers.fellowship.post;

/**
 * New content for an existing post. Visibility and the post it replies to never change; {@code spoilerText}
 * null removes the warning, {@code language} null keeps the one the post had.
 */
public record PostEdit(String markdown, String spoilerText, String language) {
}
