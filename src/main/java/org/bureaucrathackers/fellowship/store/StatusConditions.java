package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_BLOCK;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FOLLOW;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_MENTION;

import java.util.List;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.post.Status;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The rules of {@link org.bureaucrathackers.fellowship.post.StatusAccess} as SQL, so a list filters what its
 * viewer may see in the query that pages it instead of one check per status.
 */
final class StatusConditions {

    static final List<String> OPEN = List.of(Status.Visibility.PUBLIC.stored(), Status.Visibility.UNLISTED.stored());
    /** The status a boost points at, joined to apply the block rules to its author too. */
    static final org.bureaucrathackers.fellowship.store.schema.tables.Status ORIGINAL = STATUS.as("original");

    private StatusConditions() {
    }

    /**
     * Anyone sees public and unlisted statuses; the author everything; accepted followers followers-only ones;
     * mentioned accounts the statuses that mention them. A block either way hides everything.
     */
    static Condition visibleTo(Long viewerId) {
        if (viewerId == null) {
            return STATUS.VISIBILITY.in(OPEN);
        }
        Condition audience = STATUS.VISIBILITY.in(OPEN)
                .or(STATUS.VISIBILITY.eq(Status.Visibility.PRIVATE.stored()).and(followedBy(viewerId)))
                .or(mentions(viewerId));
        return STATUS.ACCOUNT_ID.eq(viewerId).or(notBlocked(STATUS.ACCOUNT_ID, viewerId).and(audience));
    }

    /** The status's author is one {@code viewerId} follows (accepted). */
    static Condition followedBy(long viewerId) {
        return STATUS.ACCOUNT_ID.in(DSL.select(FOLLOW.TARGET_ACCOUNT_ID).from(FOLLOW)
                .where(FOLLOW.ACCOUNT_ID.eq(viewerId)).and(FOLLOW.STATE.eq(Follow.State.ACCEPTED.stored())));
    }

    /** The status mentions or addresses {@code accountId}. */
    static Condition mentions(long accountId) {
        return STATUS.ID.in(DSL.select(STATUS_MENTION.STATUS_ID).from(STATUS_MENTION)
                .where(STATUS_MENTION.ACCOUNT_ID.eq(accountId)));
    }

    /** Neither the account in {@code accountId} nor {@code viewerId} blocks the other. */
    static Condition notBlocked(Field<Long> accountId, long viewerId) {
        return accountId.notIn(DSL.select(ACCOUNT_BLOCK.TARGET_ACCOUNT_ID).from(ACCOUNT_BLOCK)
                        .where(ACCOUNT_BLOCK.ACCOUNT_ID.eq(viewerId)))
                .and(accountId.notIn(DSL.select(ACCOUNT_BLOCK.ACCOUNT_ID).from(ACCOUNT_BLOCK)
                        .where(ACCOUNT_BLOCK.TARGET_ACCOUNT_ID.eq(viewerId))));
    }

    /** A boost's original is by nobody the viewer is blocked from (needs {@link #ORIGINAL} left-joined). */
    static Condition originalNotBlocked(Long viewerId) {
        if (viewerId == null) {
            return DSL.noCondition();
        }
        return ORIGINAL.ID.isNull().or(notBlocked(ORIGINAL.ACCOUNT_ID, viewerId));
    }

    /** Not a reply, or a reply to the author's own status (a thread), as Mastodon's public timelines show. */
    static Condition notReplyToOthers() {
        return STATUS.IN_REPLY_TO_URI.isNull().or(STATUS.IN_REPLY_TO_ACCOUNT_ID.eq(STATUS.ACCOUNT_ID));
    }
}
