package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_BLOCK;

import java.util.Optional;
import org.bureaucrathackers.fellowship.follow.Block;
import org.bureaucrathackers.fellowship.follow.BlockStore;

public final class JooqBlockStore implements BlockStore {

    private final Database db;

    public JooqBlockStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Block block) {
        db.dsl().insertInto(ACCOUNT_BLOCK)
                .set(ACCOUNT_BLOCK.ID, block.id())
                .set(ACCOUNT_BLOCK.ACCOUNT_ID, block.accountId())
                .set(ACCOUNT_BLOCK.TARGET_ACCOUNT_ID, block.targetId())
                .set(ACCOUNT_BLOCK.URI, block.uri())
                .set(ACCOUNT_BLOCK.CREATED_AT, JooqAccountStore.time(block.createdAt()))
                .execute();
    }

    @Override
    public Optional<Block> find(long accountId, long targetId) {
        return db.dsl().selectFrom(ACCOUNT_BLOCK)
                .where(ACCOUNT_BLOCK.ACCOUNT_ID.eq(accountId)).and(ACCOUNT_BLOCK.TARGET_ACCOUNT_ID.eq(targetId))
                .fetchOptional(r -> new Block(r.getId(), r.getAccountId(), r.getTargetAccountId(), r.getUri(),
                        JooqAccountStore.instant(r.getCreatedAt())));
    }

    @Override
    public void delete(long blockId) {
        db.dsl().deleteFrom(ACCOUNT_BLOCK).where(ACCOUNT_BLOCK.ID.eq(blockId)).execute();
    }
}
