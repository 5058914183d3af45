package org.bureaucrathackers.fellowship.reading;

import java.util.Collection;
import java.util.Set;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/** Hashtags fellows follow. */
public interface FollowedTagStore {

    /** Follows the tag unless already followed (then nothing changes). */
    void insert(FollowedTag tag);

    void delete(long accountId, String name);

    /** Which of {@code names} the fellow follows. */
    Set<String> followed(long accountId, Collection<String> names);

    long count(long accountId);

    /** The fellow's followed hashtags, most recently followed first. */
    Slice<FollowedTag> page(long accountId, PageRequest page);
}
