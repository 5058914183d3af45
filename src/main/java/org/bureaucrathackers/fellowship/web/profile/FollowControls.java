package org.bureaucrathackers.fellowship.web.profile;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.Relationship;
import org.bureaucrathackers.fellowship.follow.Relationships;
import org.bureaucrathackers.fellowship.web.ProfilePages.FollowControl;

/** What a viewer may do about following an account, from their relationship to it. */
final class FollowControls {

    private final Relationships relationships;

    FollowControls(Relationships relationships) {
        this.relationships = relationships;
    }

    /**
     * @param viewer  the signed-in fellow, if any
     * @param path    the profile's path, which the buttons post under
     * @param handle  the account's full handle
     */
    FollowControl of(Optional<Account> viewer, Account account, String path, String handle) {
        if (viewer.isEmpty()) {
            return new FollowControl(FollowControl.State.SIGNED_OUT, path, handle);
        }
        if (viewer.get().id() == account.id()) {
            return new FollowControl(FollowControl.State.SELF, path, handle);
        }
        Relationship relationship = relationships.between(viewer.get(), account);
        FollowControl.State state;
        if (relationship.blocking() || relationship.blockedBy()) {
            state = FollowControl.State.BLOCKED;
        } else if (relationship.following()) {
            state = FollowControl.State.FOLLOWING;
        } else if (relationship.requested()) {
            state = FollowControl.State.REQUESTED;
        } else {
            state = FollowControl.State.NOT_FOLLOWING;
        }
        return new FollowControl(state, path, handle);
    }
}
