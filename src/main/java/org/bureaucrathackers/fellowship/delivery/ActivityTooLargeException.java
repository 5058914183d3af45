package org.bureaucrathackers.fellowship.delivery;

/** An outgoing activity over the size every peer accepts (E3: Misskey's inbox takes at most 64 KiB). */
public final class ActivityTooLargeException extends IllegalArgumentException {

    public ActivityTooLargeException(String activityId, int size, int limit) {
        super("activity " + activityId + " is " + size + " bytes; outgoing activities may be at most " + limit
                + " bytes");
    }
}
