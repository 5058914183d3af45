package org.bureaucrathackers.fellowship.post;

/** The posting defaults of local fellows. */
public interface PostingDefaultsStore {

    /** The defaults of a local fellow; {@link PostingDefaults#INITIAL} for any other account. */
    PostingDefaults of(long accountId);

    void save(long accountId, PostingDefaults defaults);
}
