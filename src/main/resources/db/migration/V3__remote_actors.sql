-- Remote actors: when the document was last fetched (the cache's age), where the actor says it moved, and the
-- aliases it lists (alsoKnownAs, one URL per line, bounded). All null for local accounts.
ALTER TABLE account ADD COLUMN fetched_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN moved_to_uri VARCHAR(2048);
ALTER TABLE account ADD COLUMN also_known_as VARCHAR(20000);
