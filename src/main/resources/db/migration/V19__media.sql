-- Media fellows upload: re-encoded images and PDF documents, kept in the media storage under file_key (and a
-- preview under preview_key). An upload belongs to its uploader until a status takes it (status_id set).
CREATE TABLE media_attachment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    status_id     BIGINT,
    kind          VARCHAR(16)   NOT NULL,
    media_type    VARCHAR(64)   NOT NULL,
    file_key      VARCHAR(255)  NOT NULL,
    preview_key   VARCHAR(255),
    file_size     BIGINT        NOT NULL,
    width         INTEGER,
    height        INTEGER,
    description   VARCHAR(1500),
    focus_x       DOUBLE PRECISION,
    focus_y       DOUBLE PRECISION,
    blurhash      VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT media_attachment_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT media_attachment_status_fk FOREIGN KEY (status_id) REFERENCES status (id) ON DELETE SET NULL
);
CREATE INDEX media_attachment_account_idx ON media_attachment (account_id, id);
CREATE INDEX media_attachment_status_idx ON media_attachment (status_id);

-- What a status shows of each attachment, local or remote: the local upload it came from (media_id, null for
-- remote media), its preview, blurhash, size and focal point as published.
ALTER TABLE status_attachment ADD COLUMN media_id BIGINT;
ALTER TABLE status_attachment ADD COLUMN preview_url VARCHAR(2048);
ALTER TABLE status_attachment ADD COLUMN blurhash VARCHAR(200);
ALTER TABLE status_attachment ADD COLUMN width INTEGER;
ALTER TABLE status_attachment ADD COLUMN height INTEGER;
ALTER TABLE status_attachment ADD COLUMN focus_x DOUBLE PRECISION;
ALTER TABLE status_attachment ADD COLUMN focus_y DOUBLE PRECISION;

-- A fellow's header image (the avatar has its columns since V1).
ALTER TABLE account ADD COLUMN header_url VARCHAR(2048);
ALTER TABLE account ADD COLUMN header_media_type VARCHAR(255);
