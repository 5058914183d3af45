package org.bureaucrathackers.fellowship.vocab;

import java.time.Instant;
import java.util.List;

/**
 * What we keep of a remote actor document. Required: {@code id}, {@code type}, {@code inbox}; anything
 * else is null (or empty, for lists) when absent or unreadable. HTML fields are as received: sanitise
 * before showing them. {@code fellowProfile} holds the {@code fellowship:} profile properties
 * ({@link RemoteFellowProfile#NONE} when there are none).
 */
public record RemoteActor(
        String id,
        String type,
        String preferredUsername,
        String webfinger,
        String name,
        String summary,
        String url,
        RemoteImage icon,
        RemoteImage image,
        String inbox,
        String outbox,
        String followers,
        String following,
        String featured,
        String featuredTags,
        String sharedInbox,
        List<RemoteKey> publicKeys,
        List<RemoteMultikey> assertionMethods,
        List<PropertyValue> fields,
        Boolean manuallyApprovesFollowers,
        Boolean discoverable,
        Boolean indexable,
        Instant published,
        String movedTo,
        List<String> alsoKnownAs,
        Boolean suspended,
        Boolean memorial,
        RemoteFellowProfile fellowProfile) {

    public RemoteActor {
        publicKeys = List.copyOf(publicKeys);
        assertionMethods = List.copyOf(assertionMethods);
        fields = List.copyOf(fields);
        alsoKnownAs = List.copyOf(alsoKnownAs);
        fellowProfile = fellowProfile == null ? RemoteFellowProfile.NONE : fellowProfile;
    }

    /** Service and Application actors are automated accounts (Mastodon shows them as bots). */
    public boolean isBot() {
        return "Service".equals(type) || "Application".equals(type);
    }

    public boolean isGroup() {
        return "Group".equals(type);
    }

    /** The key with this id, if the actor lists it. */
    public RemoteKey key(String keyId) {
        for (RemoteKey key : publicKeys) {
            if (key.id().equals(keyId)) {
                return key;
            }
        }
        return null;
    }
}
