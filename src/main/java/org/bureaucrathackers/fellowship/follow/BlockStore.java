package org.bureaucrathackers.fellowship.follow;

import java.util.Optional;

/** Blocks between accounts. */
public interface BlockStore {

    void insert(Block block);

    Optional<Block> find(long accountId, long targetId);

    void delete(long blockId);

    /** Whether either account blocks the other. */
    default boolean eitherBlocks(long a, long b) {
        return find(a, b).isPresent() || find(b, a).isPresent();
    }
}
