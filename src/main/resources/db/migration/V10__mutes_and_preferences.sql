-- Mutes, follow options, posting defaults and profile settings for the client API.

-- account_id mutes target_account_id: the target's statuses leave account_id's home timeline, and with
-- hide_notifications its notifications too. Mutes are private to this server and never federate.
-- expires_at null means until lifted.
CREATE TABLE account_mute (
    id                  BIGINT  NOT NULL PRIMARY KEY,
    account_id          BIGINT  NOT NULL,
    target_account_id   BIGINT  NOT NULL,
    hide_notifications  BOOLEAN NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_mute_pair_unique UNIQUE (account_id, target_account_id),
    CONSTRAINT account_mute_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT account_mute_target_fk FOREIGN KEY (target_account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX account_mute_target_idx ON account_mute (target_account_id);

-- What a follower asked for when following: the followed account's boosts in the home timeline, a
-- notification for each new post, and only posts in these languages (comma-separated ISO 639 codes; null = all).
ALTER TABLE follow ADD COLUMN show_reblogs BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE follow ADD COLUMN notify BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE follow ADD COLUMN languages VARCHAR(200);

-- A fellow's posting defaults (Mastodon's preferences and the source of verify_credentials).
ALTER TABLE local_user ADD COLUMN default_visibility VARCHAR(16) DEFAULT 'public' NOT NULL;
ALTER TABLE local_user ADD COLUMN default_sensitive BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE local_user ADD COLUMN default_language VARCHAR(16);

-- The bio as the fellow typed it (Markdown), shown back to them for editing; and whether their followers and
-- following lists are hidden from others.
ALTER TABLE local_user ADD COLUMN bio_source VARCHAR(5000);
ALTER TABLE local_user ADD COLUMN hide_collections BOOLEAN DEFAULT FALSE NOT NULL;

-- The profile directory lists discoverable accounts, newest first or by activity.
CREATE INDEX account_directory_idx ON account (discoverable, created_at);
