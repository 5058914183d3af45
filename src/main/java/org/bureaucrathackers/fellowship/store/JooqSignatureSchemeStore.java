package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.Times.time;
import static org.bureaucrathackers.fellowship.store.schema.Tables.SIGNATURE_SCHEME;

import java.time.Instant;
import java.util.Optional;
import org.bureaucrathackers.fellowship.delivery.SignatureSchemeStore;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.jooq.exception.IntegrityConstraintViolationException;

public final class JooqSignatureSchemeStore implements SignatureSchemeStore {

    private final Database db;

    public JooqSignatureSchemeStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<SignatureScheme> find(String origin) {
        return db.dsl().select(SIGNATURE_SCHEME.SCHEME).from(SIGNATURE_SCHEME)
                .where(SIGNATURE_SCHEME.ORIGIN.eq(origin))
                .fetchOptional(SIGNATURE_SCHEME.SCHEME)
                .flatMap(JooqSignatureSchemeStore::known);
    }

    @Override
    public void remember(String origin, SignatureScheme scheme, Instant now) {
        int updated = db.dsl().update(SIGNATURE_SCHEME)
                .set(SIGNATURE_SCHEME.SCHEME, scheme.name())
                .set(SIGNATURE_SCHEME.UPDATED_AT, time(now))
                .where(SIGNATURE_SCHEME.ORIGIN.eq(origin))
                .execute();
        if (updated > 0) {
            return;
        }
        try {
            db.dsl().insertInto(SIGNATURE_SCHEME)
                    .set(SIGNATURE_SCHEME.ORIGIN, origin)
                    .set(SIGNATURE_SCHEME.SCHEME, scheme.name())
                    .set(SIGNATURE_SCHEME.UPDATED_AT, time(now))
                    .onConflict(SIGNATURE_SCHEME.ORIGIN).doNothing()
                    .execute();
        } catch (IntegrityConstraintViolationException alreadyThere) {
            // Another delivery to the origin learned the same thing at the same moment (H2's MERGE can race).
        }
    }

    /** A scheme name this version no longer knows reads as nothing remembered. */
    private static Optional<SignatureScheme> known(String name) {
        try {
            return Optional.of(SignatureScheme.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
