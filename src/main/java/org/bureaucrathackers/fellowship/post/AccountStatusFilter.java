package org.bureaucrathackers.fellowship.post;

/**
 * What a list of one account's statuses leaves out: replies to others, boosts, statuses without media,
 * statuses without the hashtag {@code tagged} (normalised; null for any).
 */
public record AccountStatusFilter(boolean excludeReplies, boolean excludeReblogs, boolean onlyMedia, String tagged) {

    public static final AccountStatusFilter NONE = new AccountStatusFilter(false, false, false, null);
}
