package org.bureaucrathackers.fellowship.follow;

import java.util.Optional;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/** Blocks between accounts. */
public interface BlockStore {

    void insert(Block block);

    Optional<Block> find(long accountId, long targetId);

    void delete(long blockId);

    /** The blocks {@code accountId} made, most recent first, paged by block id. */
    Slice<Block> blockedBy(long accountId, PageRequest page);

    /** Whether either account blocks the other. */
    default boolean eitherBlocks(long a, long b) {
        return find(a, b).isPresent() || find(b, a).isPresent();
    }
}
