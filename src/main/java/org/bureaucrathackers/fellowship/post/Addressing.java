package org.bureaucrathackers.fellowship.post;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** Visibility to and from ActivityStreams addressing, as Mastodon maps them (V1–V4). */
public final class Addressing {

    public static final String PUBLIC = LocalUris.PUBLIC_COLLECTION;

    /** The {@code to} and {@code cc} of a post. */
    public record Audience(List<String> to, List<String> cc) {
        public Audience {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
        }
    }

    private Addressing() {
    }

    /**
     * V1: public → to Public, cc followers and mentions; unlisted → to followers, cc Public and mentions;
     * followers-only → to followers (V3), cc mentions; direct → to mentions only.
     */
    public static Audience of(Status.Visibility visibility, String followersUri, List<String> mentionedActors) {
        List<String> to = new ArrayList<>();
        List<String> cc = new ArrayList<>();
        switch (visibility) {
            case PUBLIC -> {
                to.add(PUBLIC);
                cc.add(followersUri);
                cc.addAll(mentionedActors);
            }
            case UNLISTED -> {
                to.add(followersUri);
                cc.add(PUBLIC);
                cc.addAll(mentionedActors);
            }
            case PRIVATE -> {
                to.add(followersUri);
                cc.addAll(mentionedActors);
            }
            case DIRECT -> to.addAll(mentionedActors);
        }
        return new Audience(to, cc);
    }

    /**
     * The visibility a remote post's addressing means (Mastodon's reading): Public in {@code to} is public,
     * Public in {@code cc} unlisted, the author's followers in {@code to} followers-only; anything else reaches
     * only the addressed actors, which is direct.
     */
    public static Status.Visibility visibilityOf(Collection<String> to, Collection<String> cc, String followersUri) {
        if (to.stream().anyMatch(Addressing::isPublic)) {
            return Status.Visibility.PUBLIC;
        }
        if (cc.stream().anyMatch(Addressing::isPublic)) {
            return Status.Visibility.UNLISTED;
        }
        if (followersUri != null && to.contains(followersUri)) {
            return Status.Visibility.PRIVATE;
        }
        return Status.Visibility.DIRECT;
    }

    /** V2: the public collection, also in its compacted forms. */
    public static boolean isPublic(String address) {
        return PUBLIC.equals(address) || "as:Public".equals(address) || "Public".equals(address);
    }
}
