-- Uploads processed in the background (POST /api/v2/media answers 202 for large images): 'processing' until the
-- image is re-encoded, then 'ready'; 'failed' when it could not be decoded. While processing, pending_key names
-- the file as received, kept in the media storage so a restart can take the work up again.
ALTER TABLE media_attachment ADD COLUMN state VARCHAR(16) DEFAULT 'ready' NOT NULL;
ALTER TABLE media_attachment ADD COLUMN pending_key VARCHAR(255);
CREATE INDEX media_attachment_state_idx ON media_attachment (state, id);

