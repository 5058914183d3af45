-- Activity ids already accepted, so a repeated delivery is acknowledged but not processed twice (DL9).
CREATE TABLE inbox_seen (
    activity_id   VARCHAR(2048) NOT NULL PRIMARY KEY,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX inbox_seen_received_idx ON inbox_seen (received_at);

-- Accepted activities waiting for (or retrying) their handler. Survives restarts.
CREATE TABLE inbox_job (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    activity_id        VARCHAR(2048) NOT NULL,
    signer_actor_uri   VARCHAR(2048) NOT NULL,
    trust_embedded     BOOLEAN       NOT NULL,
    body               VARCHAR(1048576) NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    attempts           INTEGER       NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until        TIMESTAMP WITH TIME ZONE,
    last_error         VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX inbox_job_due_idx ON inbox_job (state, next_attempt_at);
