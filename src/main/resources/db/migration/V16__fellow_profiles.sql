-- The structured profile of a fellow, local or remote (a remote Fellowship actor's extension properties, checked
-- the same way): where they work and what they are trying to achieve next. One row per account that has any of
-- it; the vocabularies (organisation_type, government_level, country) are checked by the application.
CREATE TABLE fellow_profile (
    account_id         BIGINT        NOT NULL PRIMARY KEY,
    organisation       VARCHAR(200),
    organisation_type  VARCHAR(32),
    role_title         VARCHAR(200),
    country            VARCHAR(2),
    government_level   VARCHAR(16),
    sector             VARCHAR(60),
    aims               VARCHAR(1000),
    CONSTRAINT fellow_profile_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX fellow_profile_country_idx ON fellow_profile (country);
CREATE INDEX fellow_profile_sector_idx ON fellow_profile (sector);

-- The themes (hashtag names, lower case, without '#') a fellow works on, in the order given: at most 10.
CREATE TABLE fellow_profile_theme (
    account_id  BIGINT       NOT NULL,
    sort_order  INTEGER      NOT NULL,
    theme       VARCHAR(60)  NOT NULL,
    CONSTRAINT fellow_profile_theme_pk PRIMARY KEY (account_id, sort_order),
    CONSTRAINT fellow_profile_theme_unique UNIQUE (account_id, theme),
    CONSTRAINT fellow_profile_theme_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX fellow_profile_theme_idx ON fellow_profile_theme (theme);
