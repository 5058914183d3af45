package org.bureaucrathackers.fellowship.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * Where services hand the activities they cause. Services call it inside their transaction, so an
 * implementation that writes delivery jobs in the same transaction never loses or invents one.
 * Services never send anything themselves.
 */
public interface OutboundActivities {

    /**
     * @param actor       the local actor the activity is from (it signs the delivery)
     * @param activity    the complete activity, with its {@code @context}
     * @param recipients  actors to deliver to directly (mentioned, followed, interacted); local ones need
     *                    no delivery and may be skipped by the implementation
     * @param toFollowers also deliver to the actor's followers
     */
    void publish(Actor actor, ObjectNode activity, Collection<? extends Actor> recipients, boolean toFollowers);

    /** Delivers nothing: until delivery is wired, activities stay local. */
    OutboundActivities NONE = (actor, activity, recipients, toFollowers) -> {
    };
}
