package org.bureaucrathackers.fellowship.directory;

import java.util.Map;

/**
 * The queries of the fellows' directory: discoverable accounts, local and remote, never deleted, suspended or
 * an instance actor, narrowed by a {@link DirectoryFilter}.
 */
public interface FacetedDirectoryStore {

    /** Ids of the matching accounts in {@code order}. */
    java.util.List<Long> fellows(DirectoryFilter filter, DirectoryOrder order, int offset, int limit);

    /**
     * How many matching accounts have each value of {@code facet}, most first (ties by value), at most
     * {@code maxValues} of them; counted by the database, not here.
     */
    Map<String, Long> counts(Facet facet, DirectoryFilter filter, int maxValues);
}
