package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_BLOCK;

import java.util.Optional;
import org.bureaucrathackers.fellowship.follow.Block;
import org.bureaucrathackers.fellowship.follow.BlockStore;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.store.schema.tables.records.AccountBlockRecord;
import org.jooq.Condition;

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
                .set(ACCOUNT_BLOCK.CREATED_AT, Times.time(block.createdAt()))
                .execute();
    }

    @Override
    public Optional<Block> find(long accountId, long targetId) {
        return db.dsl().selectFrom(ACCOUNT_BLOCK)
                .where(ACCOUNT_BLOCK.ACCOUNT_ID.eq(accountId)).and(ACCOUNT_BLOCK.TARGET_ACCOUNT_ID.eq(targetId))
                .fetchOptional(JooqBlockStore::toBlock);
    }

    private static Block toBlock(AccountBlockRecord r) {
        return new Block(r.getId(), r.getAccountId(), r.getTargetAccountId(), r.getUri(),
                Times.instant(r.getCreatedAt()));
    }

    @Override
    public Slice<Block> blockedBy(long accountId, PageRequest page) {
        Condition filter = ACCOUNT_BLOCK.ACCOUNT_ID.eq(accountId);
        return KeysetPages.page(page, ACCOUNT_BLOCK.ID, Block::id,
                (range, order, limit) -> db.dsl().selectFrom(ACCOUNT_BLOCK).where(filter).and(range)
                        .orderBy(order).limit(limit).fetch(JooqBlockStore::toBlock),
                extra -> db.dsl().fetchExists(ACCOUNT_BLOCK, filter.and(extra)));
    }

    @Override
    public void delete(long blockId) {
        db.dsl().deleteFrom(ACCOUNT_BLOCK).where(ACCOUNT_BLOCK.ID.eq(blockId)).execute();
    }
}
