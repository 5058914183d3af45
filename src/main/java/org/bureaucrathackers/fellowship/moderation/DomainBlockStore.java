package org.bureaucrathackers.fellowship.moderation;

import java.util.List;
import java.util.Optional;

/** Persistence of domain blocks. */
public interface DomainBlockStore {

    /** Adds the block, or replaces the reason and severity of the existing one for the same host. */
    void upsert(DomainBlock block);

    /** Returns whether a block was removed. */
    boolean delete(String host);

    Optional<DomainBlock> find(String host);

    /** Blocks ordered by host, at most {@code limit}. */
    List<DomainBlock> list(int limit);

    long count();
}
