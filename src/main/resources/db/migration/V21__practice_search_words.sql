-- The words of each practice's search text, one row each, so that full-text search reads an index by word
-- (exact or prefix) instead of scanning every practice's text. Filled when a practice is saved; practices
-- saved before this table existed are marked unindexed and filled when the server next starts.
CREATE TABLE practice_search_word (
    word       VARCHAR(40) NOT NULL,
    status_id  BIGINT      NOT NULL,
    CONSTRAINT practice_search_word_pk PRIMARY KEY (word, status_id),
    CONSTRAINT practice_search_word_practice_fk FOREIGN KEY (status_id) REFERENCES practice (status_id) ON DELETE CASCADE
);
CREATE INDEX practice_search_word_status_idx ON practice_search_word (status_id);

ALTER TABLE practice ADD COLUMN words_indexed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX practice_words_indexed_idx ON practice (words_indexed, status_id);
