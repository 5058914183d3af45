package org.bureaucrathackers.fellowship.instance;

import java.time.Instant;

/** The counts NodeInfo publishes about this instance (D13). Fellows are local, non-deleted Person accounts. */
public interface InstanceStats {

    long fellows();

    /** Fellows who joined at or after {@code since}, or posted a status (not deleted) at or after it. */
    long fellowsActiveSince(Instant since);

    /** Statuses by local accounts that are not deleted. */
    long localPosts();
}
