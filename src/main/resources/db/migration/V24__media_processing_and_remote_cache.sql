-- Uploads processed in the background (POST /api/v2/media answers 202 for large images): 'processing' until the
-- image is re-encoded, then 'ready'; 'failed' when it could not be decoded. While processing, pending_key names
-- the file as received, kept in the media storage so a restart can take the work up again.
ALTER TABLE media_attachment ADD COLUMN state VARCHAR(16) DEFAULT 'ready' NOT NULL;
ALTER TABLE media_attachment ADD COLUMN pending_key VARCHAR(255);
CREATE INDEX media_attachment_state_idx ON media_attachment (state, id);

-- Other servers' media kept here when the remote cache is on: the remote URL, what we serve instead, its size
-- (for the byte budget) and when it was cached (the oldest go first).
CREATE TABLE remote_media (
    id            BIGINT        NOT NULL PRIMARY KEY,
    remote_url    VARCHAR(2048) NOT NULL,
    media_type    VARCHAR(64)   NOT NULL,
    file_key      VARCHAR(255)  NOT NULL,
    preview_key   VARCHAR(255),
    file_size     BIGINT        NOT NULL,
    width         INTEGER,
    height        INTEGER,
    blurhash      VARCHAR(200),
    cached_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT remote_media_url_unique UNIQUE (remote_url)
);
CREATE INDEX remote_media_age_idx ON remote_media (cached_at, id);
