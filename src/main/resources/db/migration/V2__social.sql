-- Statuses (posts). The federation core fills these; the outbox and featured collections page over them.
CREATE TABLE status (
    id              BIGINT        NOT NULL PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    uri             VARCHAR(2048) NOT NULL,
    url             VARCHAR(2048),
    visibility      VARCHAR(16)   NOT NULL,
    content_html    VARCHAR(200000) NOT NULL,
    language        VARCHAR(16),
    in_reply_to_uri VARCHAR(2048),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT status_uri_unique UNIQUE (uri),
    CONSTRAINT status_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX status_account_idx ON status (account_id, id);

-- Follow relationships between any two accounts; state is 'pending' or 'accepted'.
CREATE TABLE follow (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    account_id         BIGINT        NOT NULL,
    target_account_id  BIGINT        NOT NULL,
    uri                VARCHAR(2048),
    state              VARCHAR(16)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT follow_pair_unique UNIQUE (account_id, target_account_id),
    CONSTRAINT follow_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT follow_target_fk FOREIGN KEY (target_account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX follow_target_idx ON follow (target_account_id, id);

-- Pinned statuses (the featured collection).
CREATE TABLE status_pin (
    id          BIGINT NOT NULL PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    status_id   BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT status_pin_unique UNIQUE (account_id, status_id),
    CONSTRAINT status_pin_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT status_pin_status_fk FOREIGN KEY (status_id) REFERENCES status (id) ON DELETE CASCADE
);

-- Featured hashtags (the featuredTags collection).
CREATE TABLE featured_tag (
    id          BIGINT       NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    name        VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT featured_tag_unique UNIQUE (account_id, name),
    CONSTRAINT featured_tag_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
