-- OAuth 2 for the client API: registered applications, authorization codes, and tokens bound to them.
-- Secrets (client secrets, codes, access and refresh tokens) are stored only as SHA-256 hashes.

-- Applications registered through POST /api/v1/apps. Redirect URIs are kept one per line.
CREATE TABLE oauth_application (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    client_id           VARCHAR(64)   NOT NULL,
    client_secret_hash  VARCHAR(64)   NOT NULL,
    name                VARCHAR(255)  NOT NULL,
    website             VARCHAR(2048),
    redirect_uris       VARCHAR(40000) NOT NULL,
    scopes              VARCHAR(1024) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT oauth_application_client_id_unique UNIQUE (client_id)
);

-- Authorization codes: single use (used_at), short-lived, bound to the application, the fellow who approved,
-- the redirect URI and scopes of the request and its PKCE challenge (S256). token_id is the token the code
-- was exchanged for, revoked if someone presents the code again.
CREATE TABLE oauth_authorization_code (
    id              BIGINT        NOT NULL PRIMARY KEY,
    code_hash       VARCHAR(64)   NOT NULL,
    application_id  BIGINT        NOT NULL,
    account_id      BIGINT        NOT NULL,
    redirect_uri    VARCHAR(2048) NOT NULL,
    scopes          VARCHAR(1024) NOT NULL,
    code_challenge  VARCHAR(128),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    token_id        BIGINT,
    CONSTRAINT oauth_code_hash_unique UNIQUE (code_hash),
    CONSTRAINT oauth_code_application_fk FOREIGN KEY (application_id) REFERENCES oauth_application (id) ON DELETE CASCADE,
    CONSTRAINT oauth_code_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX oauth_code_expires_idx ON oauth_authorization_code (expires_at);

-- Tokens name the application they were issued to (none for tokens made on the command line) and may act
-- for no fellow at all (client credentials). A refresh token, when issued, is stored as its hash.
ALTER TABLE access_token ADD COLUMN application_id BIGINT;
ALTER TABLE access_token ADD COLUMN refresh_token_hash VARCHAR(64);
ALTER TABLE access_token ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE access_token ADD CONSTRAINT access_token_application_fk
    FOREIGN KEY (application_id) REFERENCES oauth_application (id) ON DELETE CASCADE;
ALTER TABLE access_token ADD CONSTRAINT access_token_refresh_hash_unique UNIQUE (refresh_token_hash);
CREATE INDEX access_token_application_idx ON access_token (application_id);
CREATE INDEX access_token_account_idx ON access_token (account_id);
