-- What the client API adds to statuses: bookmarks, idempotent posting, and the indexes its lists page over.

-- A fellow's private bookmarks; paged by the bookmark's own id (newest bookmark first).
CREATE TABLE bookmark (
    id          BIGINT NOT NULL PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    status_id   BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bookmark_pair_unique UNIQUE (account_id, status_id),
    CONSTRAINT bookmark_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT bookmark_status_fk FOREIGN KEY (status_id) REFERENCES status (id) ON DELETE CASCADE
);
CREATE INDEX bookmark_account_idx ON bookmark (account_id, id);
CREATE INDEX bookmark_status_idx ON bookmark (status_id);

-- Idempotency-Key of POST /api/v1/statuses: the SHA-256 of the key a fellow sent, and the status it made.
-- status_id is null while the first request is still posting. Rows older than an hour no longer count.
CREATE TABLE status_idempotency (
    account_id  BIGINT      NOT NULL,
    key_hash    VARCHAR(64) NOT NULL,
    status_id   BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT status_idempotency_pk PRIMARY KEY (account_id, key_hash),
    CONSTRAINT status_idempotency_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT status_idempotency_status_fk FOREIGN KEY (status_id) REFERENCES status (id) ON DELETE CASCADE
);
CREATE INDEX status_idempotency_created_idx ON status_idempotency (created_at);

-- A fellow's favourites, newest first.
CREATE INDEX favourite_account_idx ON favourite (account_id, id);
-- Public and hashtag timelines walk statuses of one visibility by id.
CREATE INDEX status_visibility_idx ON status (visibility, id);
