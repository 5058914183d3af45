-- Browser sessions of fellows signed in on the web pages (confirming a follow from another server, say).
-- Only the SHA-256 of the cookie's secret is kept; a session ends at expires_at or when deleted.
CREATE TABLE web_session (
    id            BIGINT       NOT NULL PRIMARY KEY,
    token_hash    VARCHAR(64)  NOT NULL,
    account_id    BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT web_session_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT web_session_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX web_session_account_idx ON web_session (account_id);
CREATE INDEX web_session_expires_idx ON web_session (expires_at);
