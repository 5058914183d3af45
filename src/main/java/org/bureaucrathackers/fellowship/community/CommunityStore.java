package org.bureaucrathackers.fellowship.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What only a community has, beside its account row: its description, and the posts moderators removed. */
public interface CommunityStore {

    void insert(long accountId, String description, Long createdBy, Instant createdAt);

    /** The description of the community with this account id; empty when the account is no community. */
    Optional<String> description(long accountId);

    /** Account ids of local communities, oldest first. */
    List<Long> list(int offset, int limit);

    long count();

    /** Remembers that a moderator removed {@code statusUri} from the community; false when it already was. */
    boolean markRemoved(long communityId, String statusUri, Long removedBy, Instant removedAt);

    boolean isRemoved(long communityId, String statusUri);

    /** Account ids of the fellows who moderate every community (the instance's admins, for now), bounded. */
    List<Long> moderatorIds(int limit);
}
