-- The language a fellow chose for the web pages (en, fr, es); null follows the browser's.
ALTER TABLE local_user ADD COLUMN web_language VARCHAR(8);
