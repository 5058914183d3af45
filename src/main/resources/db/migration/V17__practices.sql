-- Practice records: a structured write-up of how a rule was worked with. A practice IS a status (local or
-- remote): the status carries the readable story, this row its structure. The whole record is kept as JSON in
-- document; the columns beside it are what lists filter on.
CREATE TABLE practice (
    status_id          BIGINT          NOT NULL PRIMARY KEY,
    account_id         BIGINT          NOT NULL,
    title              VARCHAR(150)    NOT NULL,
    country            VARCHAR(2),
    government_level   VARCHAR(100),
    organisation_type  VARCHAR(100),
    sector             VARCHAR(100),
    stage              VARCHAR(32),
    community_uri      VARCHAR(2048),
    language           VARCHAR(16),
    -- Lower-cased title, summary, problem, what changed and themes: what the full-text filter matches.
    search_text        VARCHAR(30000)  NOT NULL,
    document           VARCHAR(200000) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT practice_status_fk FOREIGN KEY (status_id) REFERENCES status (id) ON DELETE CASCADE,
    CONSTRAINT practice_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX practice_account_idx ON practice (account_id, status_id);
CREATE INDEX practice_country_idx ON practice (country, status_id);
CREATE INDEX practice_stage_idx ON practice (stage, status_id);
CREATE INDEX practice_community_idx ON practice (community_uri, status_id);

-- The kinds of hack a practice names, one row each.
CREATE TABLE practice_hack_kind (
    status_id  BIGINT      NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    CONSTRAINT practice_hack_kind_pk PRIMARY KEY (status_id, kind),
    CONSTRAINT practice_hack_kind_practice_fk FOREIGN KEY (status_id) REFERENCES practice (status_id) ON DELETE CASCADE
);
CREATE INDEX practice_hack_kind_idx ON practice_hack_kind (kind, status_id);

-- Its themes, normalised like hashtags and without the '#'.
CREATE TABLE practice_theme (
    status_id  BIGINT       NOT NULL,
    theme      VARCHAR(100) NOT NULL,
    CONSTRAINT practice_theme_pk PRIMARY KEY (status_id, theme),
    CONSTRAINT practice_theme_practice_fk FOREIGN KEY (status_id) REFERENCES practice (status_id) ON DELETE CASCADE
);
CREATE INDEX practice_theme_idx ON practice_theme (theme, status_id);

-- Lineage: the practices (by IRI, on any instance) a practice was adapted from; the original lists its
-- adaptations by looking itself up here.
CREATE TABLE practice_adaptation (
    status_id     BIGINT        NOT NULL,
    original_uri  VARCHAR(2048) NOT NULL,
    CONSTRAINT practice_adaptation_pk PRIMARY KEY (status_id, original_uri),
    CONSTRAINT practice_adaptation_practice_fk FOREIGN KEY (status_id) REFERENCES practice (status_id) ON DELETE CASCADE
);
CREATE INDEX practice_adaptation_original_idx ON practice_adaptation (original_uri, status_id);

-- Earlier versions of a practice, kept whole on each edit.
CREATE TABLE practice_version (
    id          BIGINT          NOT NULL PRIMARY KEY,
    status_id   BIGINT          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    document    VARCHAR(200000) NOT NULL,
    CONSTRAINT practice_version_practice_fk FOREIGN KEY (status_id) REFERENCES practice (status_id) ON DELETE CASCADE
);
CREATE INDEX practice_version_status_idx ON practice_version (status_id, id);
