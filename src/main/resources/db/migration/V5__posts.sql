-- Posts with content warnings, threads and boosts; mentions, hashtags and media of statuses; favourites,
-- blocks, reports and the tombstones that remember deleted objects.

-- A content warning (plain text); Markdown source of local posts; thread links both as URI (always, in
-- in_reply_to_uri) and as ids when the parent is known; boosts are statuses that point at what they boost.
ALTER TABLE status ADD COLUMN spoiler_text VARCHAR(5000);
ALTER TABLE status ADD COLUMN sensitive BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE status ADD COLUMN content_source VARCHAR(5000);
ALTER TABLE status ADD COLUMN in_reply_to_id BIGINT;
ALTER TABLE status ADD COLUMN in_reply_to_account_id BIGINT;
ALTER TABLE status ADD COLUMN conversation_uri VARCHAR(2048);
ALTER TABLE status ADD COLUMN reblog_of_id BIGINT;
ALTER TABLE status ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE status ADD CONSTRAINT status_in_reply_to_fk
    FOREIGN KEY (in_reply_to_id) REFERENCES status (id) ON DELETE SET NULL;
ALTER TABLE status ADD CONSTRAINT status_in_reply_to_account_fk
    FOREIGN KEY (in_reply_to_account_id) REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE status ADD CONSTRAINT status_reblog_fk
    FOREIGN KEY (reblog_of_id) REFERENCES status (id) ON DELETE CASCADE;
-- One boost per account and status; NULLs (ordinary posts) never collide.
ALTER TABLE status ADD CONSTRAINT status_reblog_unique UNIQUE (account_id, reblog_of_id);
CREATE INDEX status_in_reply_to_idx ON status (in_reply_to_id, id);
CREATE INDEX status_reblog_idx ON status (reblog_of_id);

-- Accounts a status mentions or addresses; they may see it whatever its visibility.
CREATE TABLE status_mention (
    status_id   BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    CONSTRAINT status_mention_pk PRIMARY KEY (status_id, account_id),
    CONSTRAINT status_mention_status_fk FOREIGN KEY (status_id) REFERENCES status (id) ON DELETE CASCADE,
    CONSTRAINT status_mention_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX status_mention_account_idx ON status_mention (account_id, status_id);

-- Hashtags of a status, normalised (T1) and without the '#'.
CREATE TABLE status_tag (
    status_id  BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    CONSTRAINT status_tag_pk PRIMARY KEY (status_id, name),
    CONSTRAINT status_tag_status_fk FOREIGN KEY (status_id) REFERENCES status (id) ON DELETE CASCADE
);
CREATE INDEX status_tag_name_idx ON status_tag (name, status_id);

-- Media of remote statuses (at most four, as Mastodon keeps); the files stay where they are.
CREATE TABLE status_attachment (
    status_id        BIGINT        NOT NULL,
    sort_order       INTEGER       NOT NULL,
    attachment_type  VARCHAR(32)   NOT NULL,
    url              VARCHAR(2048) NOT NULL,
    media_type       VARCHAR(255),
    description      VARCHAR(10000),
    CONSTRAINT status_attachment_pk PRIMARY KEY (status_id, sort_order),
    CONSTRAINT status_attachment_status_fk FOREIGN KEY (status_id) REFERENCES status (id) ON DELETE CASCADE
);

-- Likes.
CREATE TABLE favourite (
    id          BIGINT        NOT NULL PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    status_id   BIGINT        NOT NULL,
    uri         VARCHAR(2048) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT favourite_uri_unique UNIQUE (uri),
    CONSTRAINT favourite_pair_unique UNIQUE (account_id, status_id),
    CONSTRAINT favourite_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT favourite_status_fk FOREIGN KEY (status_id) REFERENCES status (id) ON DELETE CASCADE
);
CREATE INDEX favourite_status_idx ON favourite (status_id);

-- account_id blocks target_account_id (named account_block: BLOCK is a keyword in some SQL dialects).
CREATE TABLE account_block (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    account_id         BIGINT        NOT NULL,
    target_account_id  BIGINT        NOT NULL,
    uri                VARCHAR(2048),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_block_pair_unique UNIQUE (account_id, target_account_id),
    CONSTRAINT account_block_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT account_block_target_fk FOREIGN KEY (target_account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX account_block_target_idx ON account_block (target_account_id);

-- Reports (Flag): the reported statuses as newline-separated URIs, the comment cut at 5 000 characters.
CREATE TABLE report (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    reporter_account_id  BIGINT        NOT NULL,
    target_account_id    BIGINT        NOT NULL,
    status_uris          VARCHAR(45000) NOT NULL,
    comment_text         VARCHAR(5000) NOT NULL,
    uri                  VARCHAR(2048),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT report_reporter_fk FOREIGN KEY (reporter_account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT report_target_fk FOREIGN KEY (target_account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX report_target_idx ON report (target_account_id, id);

-- Objects that were deleted, so their ids answer 410 and a late Create cannot bring them back (N5, N6).
-- actor_uri is who deleted it.
CREATE TABLE tombstone (
    uri         VARCHAR(2048) NOT NULL PRIMARY KEY,
    actor_uri   VARCHAR(2048) NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
