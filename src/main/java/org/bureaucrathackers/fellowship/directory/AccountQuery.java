package org.bureaucrathackers.fellowship.directory;

/**
 * An account search: usernames starting with {@code usernamePrefix}, or display names containing
 * {@code displayNameText} (either may be null: not searched that way); on domains starting with {@code domainPrefix}
 * when it is not null ("" is this instance); only accounts {@code followerId} follows when it is not null;
 * never accounts {@code viewerId} blocks or is blocked by. All text is lower case.
 */
public record AccountQuery(String usernamePrefix, String displayNameText, String domainPrefix, Long followerId,
                           Long viewerId) {
}
