-- Accounts: every actor we know, local (domain = '') or remote. Ids are time-sortable 64-bit numbers.
CREATE TABLE account (
    id                           BIGINT        NOT NULL PRIMARY KEY,
    username                     VARCHAR(255)  NOT NULL,
    username_key                 VARCHAR(255)  NOT NULL,
    domain                       VARCHAR(255)  NOT NULL,
    uri                          VARCHAR(2048) NOT NULL,
    url                          VARCHAR(2048),
    actor_type                   VARCHAR(32)   NOT NULL,
    display_name                 VARCHAR(2048) NOT NULL,
    summary_html                 VARCHAR(20000) NOT NULL,
    manually_approves_followers  BOOLEAN       NOT NULL,
    discoverable                 BOOLEAN       NOT NULL,
    indexable                    BOOLEAN       NOT NULL,
    avatar_url                   VARCHAR(2048),
    avatar_media_type            VARCHAR(255),
    inbox_url                    VARCHAR(2048),
    shared_inbox_url             VARCHAR(2048),
    outbox_url                   VARCHAR(2048),
    followers_url                VARCHAR(2048),
    following_url                VARCHAR(2048),
    featured_url                 VARCHAR(2048),
    created_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at                   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_handle_unique UNIQUE (username_key, domain),
    CONSTRAINT account_uri_unique UNIQUE (uri)
);

-- Profile fields shown as PropertyValue attachments.
CREATE TABLE account_field (
    account_id   BIGINT        NOT NULL,
    sort_order   INTEGER       NOT NULL,
    field_name   VARCHAR(2048) NOT NULL,
    field_value  VARCHAR(4096) NOT NULL,
    CONSTRAINT account_field_pk PRIMARY KEY (account_id, sort_order),
    CONSTRAINT account_field_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Key pairs. Remote keys have no private part; local private keys never leave the server.
CREATE TABLE account_key (
    key_id        VARCHAR(2048) NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    key_type      VARCHAR(16)   NOT NULL,
    public_key    VARCHAR(4096) NOT NULL,
    private_key   VARCHAR(8192),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_key_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX account_key_account_idx ON account_key (account_id);

-- Credentials of local fellows.
CREATE TABLE local_user (
    account_id     BIGINT        NOT NULL PRIMARY KEY,
    email          VARCHAR(320),
    password_hash  VARCHAR(512),
    admin          BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT local_user_email_unique UNIQUE (email),
    CONSTRAINT local_user_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Bearer tokens, stored only as SHA-256 hashes.
CREATE TABLE access_token (
    id           BIGINT        NOT NULL PRIMARY KEY,
    account_id   BIGINT        NOT NULL,
    token_hash   VARCHAR(64)   NOT NULL,
    scopes       VARCHAR(1024) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT access_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT access_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
