package org.bureaucrathackers.fellowship.actor;

import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.outbox.Actor;

/**
 * An actor this instance knows: a local fellow, the instance actor, or (later) a remote actor.
 * Local accounts have an empty domain.
 */
public record Account(
        long id,
        String username,
        String domain,
        String uri,
        String url,
        ActorType actorType,
        String displayName,
        String summaryHtml,
        boolean manuallyApprovesFollowers,
        boolean discoverable,
        boolean indexable,
        String avatarUrl,
        String avatarMediaType,
        String inboxUrl,
        String sharedInboxUrl,
        String outboxUrl,
        String followersUrl,
        String followingUrl,
        String featuredUrl,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        List<ProfileField> fields,
        String headerUrl,
        String headerMediaType) implements Actor {

    public Account {
        fields = List.copyOf(fields);
    }

    /** An account without a header image. */
    public Account(long id, String username, String domain, String uri, String url, ActorType actorType,
                   String displayName, String summaryHtml, boolean manuallyApprovesFollowers, boolean discoverable,
                   boolean indexable, String avatarUrl, String avatarMediaType, String inboxUrl,
                   String sharedInboxUrl, String outboxUrl, String followersUrl, String followingUrl,
                   String featuredUrl, Instant createdAt, Instant updatedAt, Instant deletedAt,
                   List<ProfileField> fields) {
        this(id, username, domain, uri, url, actorType, displayName, summaryHtml, manuallyApprovesFollowers,
                discoverable, indexable, avatarUrl, avatarMediaType, inboxUrl, sharedInboxUrl, outboxUrl, followersUrl,
                followingUrl, featuredUrl, createdAt, updatedAt, deletedAt, fields, null, null);
    }

    @Override
    public boolean isLocal() {
        return domain.isEmpty();
    }

    @Override
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** The ActivityStreams actor types Mastodon accepts (A3). */
    public enum ActorType {
        Person, Service, Application, Group, Organization
    }
}
