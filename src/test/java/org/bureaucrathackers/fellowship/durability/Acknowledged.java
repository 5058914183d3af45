package org.bureaucrathackers.fellowship.durability;

import java.util.ArrayList;
import java.util.List;

/**
 * What the server acknowledged before it was killed, and so promised to keep: posts the API answered 2xx (or
 * the command line printed), activities its inbox answered 202. Written by several threads at once.
 */
final class Acknowledged {

    /**
     * A post of the fellow's. {@code uri} is known at once for API posts; the command line prints only the URL,
     * whose last segment is the status id.
     */
    record Post(int cycle, String id, String uri, String url, boolean fromCommandLine) {
    }

    /** A Create of a remote Note that the inbox answered 202. */
    record Inbound(int cycle, String activityId, String noteUri) {
    }

    private final List<Post> posts = new ArrayList<>();
    private final List<Inbound> inbound = new ArrayList<>();

    synchronized void post(Post post) {
        posts.add(post);
    }

    synchronized void inbound(Inbound activity) {
        inbound.add(activity);
    }

    synchronized List<Post> posts() {
        return List.copyOf(posts);
    }

    synchronized List<Inbound> inbound() {
        return List.copyOf(inbound);
    }
}
