package org.bureaucrathackers.fellowship.follow;

import org.bureaucrathackers.fellowship.actor.AccountStore;

/**
 * Whether blocks and mutes keep two accounts apart, as each surface asks it: notifications, streaming and
 * authorized fetch each want a slightly different answer, so each has its own question here.
 */
public final class Separation {

    private final AccountStore accounts;
    private final BlockStore blocks;
    private final MuteService mutes;

    public Separation(AccountStore accounts, BlockStore blocks, MuteService mutes) {
        this.accounts = accounts;
        this.blocks = blocks;
        this.mutes = mutes;
    }

    /** Whether a fellow hears nothing from an account: a block either way, or a mute of its notifications. */
    public boolean silences(long fellowId, long accountId) {
        return blocks.eitherBlocks(fellowId, accountId) || mutes.hidesNotifications(fellowId, accountId);
    }

    /** Whether a listener's streams leave out an author: a block either way, or a mute. */
    public boolean hides(long listenerId, long authorId) {
        return blocks.eitherBlocks(listenerId, authorId) || mutes.mutes(listenerId, authorId);
    }

    /** Whether a block separates the local fellow {@code username} and the actor {@code actorUri}, either way. */
    public boolean blockedBetween(String username, String actorUri) {
        return accounts.findLocal(username).flatMap(fellow -> accounts.findByUri(actorUri)
                .map(other -> blocks.eitherBlocks(fellow.id(), other.id()))).orElse(false);
    }
}
