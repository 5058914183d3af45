package org.bureaucrathackers.fellowship.post;

import java.util.List;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;

/** The rules a local post or edit is checked against before anything is stored: who, how many media, which words. */
final class PostRules {

    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$");
    private static final int MAX_LANGUAGE = 16;

    private PostRules() {
    }

    static void requireLocalAuthor(Account author) {
        if (!author.isLocal() || author.isDeleted() || author.actorType() != Account.ActorType.Person) {
            throw new InvalidPostException("only a fellow of this instance can post");
        }
    }

    static void requireMediaCount(List<Long> mediaIds) {
        if (mediaIds.size() > PostService.MAX_MEDIA) {
            throw new InvalidPostException("media_ids: a post takes at most " + PostService.MAX_MEDIA + " attachments");
        }
        if (mediaIds.stream().distinct().count() != mediaIds.size()) {
            throw new InvalidPostException("media_ids: the same attachment is named twice");
        }
    }

    /** The content warning, stripped; null when there is none. */
    static String spoiler(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > PostService.MAX_SPOILER) {
            throw new InvalidPostException("a content warning is at most " + PostService.MAX_SPOILER + " characters");
        }
        return stripped;
    }

    /** The language tag, stripped; null when there is none. */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String stripped = tag.strip();
        if (stripped.length() > MAX_LANGUAGE || !LANGUAGE.matcher(stripped).matches()) {
            throw new InvalidPostException("'" + abbreviate(stripped) + "' is not a language tag such as en or pt-BR");
        }
        return stripped;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
