package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.DOMAIN_BLOCK;

import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.moderation.DomainBlock;
import org.bureaucrathackers.fellowship.moderation.DomainBlockStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.DomainBlockRecord;

public final class JooqDomainBlockStore implements DomainBlockStore {

    private final Database db;

    public JooqDomainBlockStore(Database db) {
        this.db = db;
    }

    @Override
    public void upsert(DomainBlock block) {
        db.inTransaction(tx -> {
            int updated = tx.update(DOMAIN_BLOCK)
                    .set(DOMAIN_BLOCK.SEVERITY, block.severity().stored())
                    .set(DOMAIN_BLOCK.REASON, block.reason())
                    .where(DOMAIN_BLOCK.HOST.eq(block.host()))
                    .execute();
            if (updated == 0) {
                tx.insertInto(DOMAIN_BLOCK)
                        .set(DOMAIN_BLOCK.HOST, block.host())
                        .set(DOMAIN_BLOCK.SEVERITY, block.severity().stored())
                        .set(DOMAIN_BLOCK.REASON, block.reason())
                        .set(DOMAIN_BLOCK.CREATED_AT, Times.time(block.createdAt()))
                        .execute();
            }
            return null;
        });
    }

    @Override
    public boolean delete(String host) {
        return db.dsl().deleteFrom(DOMAIN_BLOCK).where(DOMAIN_BLOCK.HOST.eq(host)).execute() > 0;
    }

    @Override
    public Optional<DomainBlock> find(String host) {
        return db.dsl().selectFrom(DOMAIN_BLOCK).where(DOMAIN_BLOCK.HOST.eq(host)).fetchOptional()
                .map(JooqDomainBlockStore::toBlock);
    }

    @Override
    public List<DomainBlock> list(int limit) {
        return db.dsl().selectFrom(DOMAIN_BLOCK).orderBy(DOMAIN_BLOCK.HOST.asc()).limit(limit)
                .fetch(JooqDomainBlockStore::toBlock);
    }

    @Override
    public long count() {
        return db.dsl().fetchCount(DOMAIN_BLOCK);
    }

    private static DomainBlock toBlock(DomainBlockRecord r) {
        return new DomainBlock(r.getHost(), DomainBlock.Severity.ofStored(r.getSeverity()), r.getReason(),
                Times.instant(r.getCreatedAt()));
    }
}
