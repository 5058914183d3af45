-- Local copies of remote media (attachments of remote posts, remote avatars and headers), so clients load them
-- from this instance. One row per remote URL: 'waiting' until the background worker fetches it (next_attempt_at
-- says when it may try, also serving as a lease while it works), 'cached' once file_key holds the file, 'failed'
-- when it was refused or kept failing, 'evicted' when the total bound pushed it out. Entities show the local copy
-- only of 'cached' rows, so a file half fetched is never shown.
CREATE TABLE remote_media (
    id              BIGINT        NOT NULL PRIMARY KEY,
    remote_url      VARCHAR(1024) NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    file_key        VARCHAR(255),
    media_type      VARCHAR(64),
    file_size       BIGINT        DEFAULT 0 NOT NULL,
    attempts        INTEGER       DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    cached_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT remote_media_url_uq UNIQUE (remote_url)
);
CREATE INDEX remote_media_due_idx ON remote_media (state, next_attempt_at);
CREATE INDEX remote_media_cached_idx ON remote_media (state, cached_at);
