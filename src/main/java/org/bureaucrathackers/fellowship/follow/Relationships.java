package org.bureaucrathackers.fellowship.follow;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;

/** Reads the relationship between two accounts from follows, blocks and mutes. */
public final class Relationships {

    private final FollowStore follows;
    private final BlockStore blocks;
    private final MuteService mutes;

    public Relationships(FollowStore follows, BlockStore blocks, MuteService mutes) {
        this.follows = follows;
        this.blocks = blocks;
        this.mutes = mutes;
    }

    /** {@code viewer}'s relationship to {@code target}. */
    public Relationship between(Account viewer, Account target) {
        Optional<Follow> out = follows.find(viewer.id(), target.id());
        Optional<Follow> in = follows.find(target.id(), viewer.id());
        FollowOptions options = out.map(f -> follows.options(f.id())).orElse(null);
        Optional<Mute> mute = mutes.find(viewer, target);
        return new Relationship(
                target.id(),
                out.filter(f -> f.state() == Follow.State.ACCEPTED).isPresent(),
                out.filter(f -> f.state() == Follow.State.PENDING).isPresent(),
                options != null && options.showReblogs(),
                options != null && options.notifyOnPosts(),
                options == null || options.languages().isEmpty() ? null : options.languages(),
                in.filter(f -> f.state() == Follow.State.ACCEPTED).isPresent(),
                in.filter(f -> f.state() == Follow.State.PENDING).isPresent(),
                blocks.find(viewer.id(), target.id()).isPresent(),
                blocks.find(target.id(), viewer.id()).isPresent(),
                mute.isPresent(),
                mute.map(Mute::hideNotifications).orElse(false));
    }
}
