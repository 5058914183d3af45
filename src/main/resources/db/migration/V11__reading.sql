-- What a fellow keeps for reading: lists of followed accounts, keyword filters, read markers and followed
-- hashtags. Everything belongs to one local account and goes with it.

-- Lists of accounts the owner follows, each read as its own timeline. replies_policy is followed, list or
-- none (which replies by members the list shows); an exclusive list's members leave the home timeline.
CREATE TABLE account_list (
    id              BIGINT       NOT NULL PRIMARY KEY,
    account_id      BIGINT       NOT NULL,
    title           VARCHAR(255) NOT NULL,
    replies_policy  VARCHAR(16)  NOT NULL,
    is_exclusive    BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_list_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX account_list_account_idx ON account_list (account_id, id);

-- Members of a list; the row id is the paging cursor of the list's member listing.
CREATE TABLE account_list_member (
    id          BIGINT NOT NULL PRIMARY KEY,
    list_id     BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    CONSTRAINT account_list_member_unique UNIQUE (list_id, account_id),
    CONSTRAINT account_list_member_list_fk FOREIGN KEY (list_id) REFERENCES account_list (id) ON DELETE CASCADE,
    CONSTRAINT account_list_member_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX account_list_member_account_idx ON account_list_member (account_id);

-- Keyword filters (Mastodon's v2 filters). contexts is a space-separated subset of home, notifications,
-- public, thread, account; filter_action is warn or hide; expires_at null means never.
CREATE TABLE content_filter (
    id             BIGINT       NOT NULL PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    title          VARCHAR(256) NOT NULL,
    contexts       VARCHAR(100) NOT NULL,
    filter_action  VARCHAR(16)  NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT content_filter_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX content_filter_account_idx ON content_filter (account_id, id);

CREATE TABLE content_filter_keyword (
    id          BIGINT       NOT NULL PRIMARY KEY,
    filter_id   BIGINT       NOT NULL,
    keyword     VARCHAR(512) NOT NULL,
    whole_word  BOOLEAN      NOT NULL,
    CONSTRAINT content_filter_keyword_filter_fk FOREIGN KEY (filter_id) REFERENCES content_filter (id)
        ON DELETE CASCADE
);
CREATE INDEX content_filter_keyword_filter_idx ON content_filter_keyword (filter_id, id);

-- Where a fellow stopped reading a timeline (home or notifications); version counts the changes.
CREATE TABLE read_marker (
    account_id    BIGINT      NOT NULL,
    timeline      VARCHAR(16) NOT NULL,
    last_read_id  BIGINT      NOT NULL,
    version       INTEGER     NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT read_marker_pk PRIMARY KEY (account_id, timeline),
    CONSTRAINT read_marker_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Hashtags a fellow follows, normalised and without the '#'.
CREATE TABLE followed_tag (
    id          BIGINT       NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT followed_tag_unique UNIQUE (account_id, name),
    CONSTRAINT followed_tag_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX followed_tag_name_idx ON followed_tag (name);

-- Trends and weekly activity count statuses by when they were posted.
CREATE INDEX status_created_at_idx ON status (created_at);
