package org.bureaucrathackers.fellowship.post;

/**
 * A plain edit of a post whose text a feature writes from its own record (a practice's story): the record must
 * be edited instead, or the post and the record would tell different stories.
 */
public final class StructuredPostException extends InvalidPostException {

    private final long statusId;

    public StructuredPostException(long statusId) {
        super("post " + statusId + " tells the story of a structured record; edit the record instead");
        this.statusId = statusId;
    }

    public long statusId() {
        return statusId;
    }
}
