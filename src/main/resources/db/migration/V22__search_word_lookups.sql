-- Full-text search checks a practice's words by practice as well as finding practices by word: a common query
-- word is probed per candidate practice, which this index answers directly (it replaces the index on status_id
-- alone, and serves the foreign key as that one did).
DROP INDEX practice_search_word_status_idx;
CREATE INDEX practice_search_word_status_word_idx ON practice_search_word (status_id, word);

-- The words of each account's directory text (username, display name, bio, profile fields, and the structured
-- profile: organisation, role, sector, aims, themes), one row each, so that the directory's q reads an index by
-- word instead of scanning every profile. Written whenever the account or its profile is saved; accounts
-- without any row are indexed when the server starts (every account has at least its username).
CREATE TABLE fellow_search_word (
    word        VARCHAR(40) NOT NULL,
    account_id  BIGINT      NOT NULL,
    CONSTRAINT fellow_search_word_pk PRIMARY KEY (word, account_id),
    CONSTRAINT fellow_search_word_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX fellow_search_word_account_idx ON fellow_search_word (account_id, word);
