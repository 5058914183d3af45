package org.bureaucrathackers.fellowship.uri;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one place that knows the shape of every local IRI. */
public final class LocalUris {

    public static final String PUBLIC_COLLECTION = "https://www.w3.org/ns/activitystreams#Public";
    private static final Pattern ACTOR_PATH = Pattern.compile("^/users/([^/?#]+)/?$");
    private static final Pattern PROFILE_PATH = Pattern.compile("^/@([^/?#]+)/?$");
    private static final Pattern COMMUNITY_PATH = Pattern.compile("^/communities/([^/?#]+)/?$");

    private final String base;
    private final String domain;

    /** @param base scheme://host[:port] without a trailing slash */
    public LocalUris(String base, String domain) {
        this.base = base;
        this.domain = domain;
    }

    public String base() {
        return base;
    }

    /** host[:port], the part after the @ of a local handle. */
    public String domain() {
        return domain;
    }

    public String home() {
        return base + "/";
    }

    public String actor(String username) {
        return base + "/users/" + username;
    }

    /** A community of practice: a Group actor (FEP-1b12), whose page for browsers is the same URL. */
    public String community(String name) {
        return base + "/communities/" + name;
    }

    public String communityInbox(String name) {
        return community(name) + "/inbox";
    }

    public String communityOutbox(String name) {
        return community(name) + "/outbox";
    }

    public String communityFollowers(String name) {
        return community(name) + "/followers";
    }

    /** The collection FEP-1b12 names in a group's {@code attributedTo}: who moderates it. */
    public String communityModerators(String name) {
        return community(name) + "/moderators";
    }

    public String mainKey(String username) {
        return actor(username) + "#main-key";
    }

    public String ed25519Key(String username) {
        return actor(username) + "#ed25519-key";
    }

    public String inbox(String username) {
        return actor(username) + "/inbox";
    }

    public String outbox(String username) {
        return actor(username) + "/outbox";
    }

    public String followers(String username) {
        return actor(username) + "/followers";
    }

    public String following(String username) {
        return actor(username) + "/following";
    }

    public String featured(String username) {
        return actor(username) + "/collections/featured";
    }

    public String featuredTags(String username) {
        return actor(username) + "/collections/tags";
    }

    public String profile(String username) {
        return base + "/@" + username;
    }

    public String status(String username, long id) {
        return actor(username) + "/statuses/" + id;
    }

    public String statusPage(String username, long id) {
        return profile(username) + "/" + id;
    }

    /** The Create that published a status, and a boost's own IRI (Announce), as Mastodon forms them. */
    public String statusActivity(String statusUri) {
        return statusUri + "/activity";
    }

    /** The replies collection of a status (CO6). */
    public String statusReplies(String statusUri) {
        return statusUri + "/replies";
    }

    /** The Update for the edit of a status at {@code editedEpochSecond}. */
    public String statusUpdate(String statusUri, long editedEpochSecond) {
        return statusUri + "#updates/" + editedEpochSecond;
    }

    public String statusDelete(String statusUri) {
        return statusUri + "#delete";
    }

    /** The conversation (thread) a local post starts; its {@code context} and {@code conversation}. */
    public String conversation(long rootStatusId) {
        return base + "/contexts/" + rootStatusId;
    }

    /** Activity ids need not dereference (E4): they hang off the actor as fragments, as Mastodon's do. */
    public String followActivity(String actorUri, long followId) {
        return actorUri + "#follows/" + followId;
    }

    public String acceptActivity(String actorUri, long followId) {
        return actorUri + "#accepts/follows/" + followId;
    }

    public String rejectActivity(String actorUri, long followId) {
        return actorUri + "#rejects/follows/" + followId;
    }

    public String blockActivity(String actorUri, long blockId) {
        return actorUri + "#blocks/" + blockId;
    }

    public String likeActivity(String actorUri, long favouriteId) {
        return actorUri + "#likes/" + favouriteId;
    }

    public String announceUndo(String actorUri, long boostId) {
        return actorUri + "#announces/" + boostId + "/undo";
    }

    /** The Undo of an activity of ours. */
    public String undo(String activityId) {
        return activityId + "/undo";
    }

    /** Whether this server is reached over https, so its cookies may be marked Secure. */
    public boolean isSecure() {
        return base.startsWith("https:");
    }

    /** Whether {@code iri} is on this server (same scheme, host and port; case-insensitive). */
    public boolean isLocal(String iri) {
        if (iri == null || iri.length() < base.length()) {
            return false;
        }
        if (!iri.regionMatches(true, 0, base, 0, base.length())) {
            return false;
        }
        return iri.length() == base.length() || "/?#".indexOf(iri.charAt(base.length())) >= 0;
    }

    public String tag(String name) {
        return base + "/tags/" + name;
    }

    public String sharedInbox() {
        return base + "/inbox";
    }

    public String instanceActor() {
        return base + "/actor";
    }

    public String instanceActorKey() {
        return instanceActor() + "#main-key";
    }

    public String instanceActorInbox() {
        return instanceActor() + "/inbox";
    }

    public String instanceActorOutbox() {
        return instanceActor() + "/outbox";
    }

    public String authorizeInteractionTemplate() {
        return base + "/authorize_interaction?uri={uri}";
    }

    public String handle(String username) {
        return username + "@" + domain;
    }

    /** The username a local actor or profile URL names, if {@code url} is one of ours. */
    public Optional<String> usernameOf(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null
                || !(uri.getScheme().toLowerCase() + "://" + uri.getRawAuthority().toLowerCase()).equals(base)
                || uri.getRawQuery() != null) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (Pattern pattern : new Pattern[]{ACTOR_PATH, PROFILE_PATH, COMMUNITY_PATH}) {
            Matcher matcher = pattern.matcher(path);
            if (matcher.matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    public boolean isInstanceActor(String url) {
        return instanceActor().equals(url);
    }
}
