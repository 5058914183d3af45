package org.bureaucrathackers.fellowship.post;

/**
 * Hears of statuses once their transaction has committed: the streaming API pushes them to the timelines
 * that show them. Called on the committing thread, so implementations return quickly and never block.
 */
public interface StatusEvents {

    /** A post or a boost was stored, made here or received. */
    void published(Status status);

    /** A post was edited. */
    void edited(Status status);

    /** A post or a boost is gone. */
    void deleted(DeletedStatus deleted);

    /** Tells {@code first}, then {@code second}, of each event. */
    static StatusEvents both(StatusEvents first, StatusEvents second) {
        return new StatusEvents() {
            @Override
            public void published(Status status) {
                first.published(status);
                second.published(status);
            }

            @Override
            public void edited(Status status) {
                first.edited(status);
                second.edited(status);
            }

            @Override
            public void deleted(DeletedStatus deleted) {
                first.deleted(deleted);
                second.deleted(deleted);
            }
        };
    }
}
