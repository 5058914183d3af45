package org.bureaucrathackers.fellowship.post;

/**
 * What a fellow's new posts get when the client does not say: a visibility, whether media is marked
 * sensitive, and a language ({@code null}: none chosen).
 */
public record PostingDefaults(Status.Visibility visibility, boolean sensitive, String language) {

    public static final PostingDefaults INITIAL = new PostingDefaults(Status.Visibility.PUBLIC, false, null);
}
