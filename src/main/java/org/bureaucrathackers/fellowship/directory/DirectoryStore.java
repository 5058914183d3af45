package org.bureaucrathackers.fellowship.directory;

import java.util.List;

/**
 * The queries behind search and the profile directory. They return ids; callers load what they show. Deleted
 * accounts and statuses, boosts and instance actors never appear.
 */
public interface DirectoryStore {

    /** Accounts matching {@code query}: an exact username first, then this instance's, then by username. */
    List<Long> accounts(AccountQuery query, int offset, int limit);

    /** Discoverable accounts, all or only this instance's, in {@code order}. */
    List<Long> discoverable(DirectoryOrder order, boolean localOnly, int offset, int limit);

    /** Hashtags of public and unlisted statuses starting with {@code prefix}, most used first. */
    List<String> tags(String prefix, int offset, int limit);

    /**
     * Statuses whose HTML contains every one of {@code words} (case-insensitively), by {@code authorId} when it is
     * not null, older than {@code beforeId} when it is not null, newest first. The HTML may match where the text
     * does not (in a link): callers check the text.
     */
    List<Long> statusesContaining(List<String> words, Long authorId, Long beforeId, int limit);
}
