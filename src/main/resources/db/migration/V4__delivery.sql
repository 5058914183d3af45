-- Outgoing deliveries: one row per (activity, inbox). Workers claim a due row by setting a lease in one
-- UPDATE; a node that dies mid-attempt leaves a lease that expires, so the row comes back (never lost).
-- body is the activity's UTF-8 JSON, at most 64 KiB (E3), stored as text and signed afresh per attempt.
CREATE TABLE delivery_job (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    sender_account_id  BIGINT        NOT NULL,
    activity_id        VARCHAR(2048) NOT NULL,
    inbox_url          VARCHAR(2048) NOT NULL,
    inbox_host         VARCHAR(300)  NOT NULL,
    body               VARCHAR(65536) NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    attempts           INTEGER       NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until        TIMESTAMP WITH TIME ZONE,
    lease_token        BIGINT,
    last_status        INTEGER,
    last_error         VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT delivery_job_activity_inbox_unique UNIQUE (activity_id, inbox_url),
    CONSTRAINT delivery_job_sender_fk FOREIGN KEY (sender_account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX delivery_job_due_idx ON delivery_job (state, next_attempt_at);
CREATE INDEX delivery_job_finished_idx ON delivery_job (finished_at);

-- Health of each receiving host. A failure on a new UTC day adds one to failure_days; at 7 days the host is
-- unavailable (DL2) and only probed every few hours, until a delivery succeeds or it sends us a signed POST.
CREATE TABLE delivery_host (
    host                  VARCHAR(300) NOT NULL PRIMARY KEY,
    consecutive_failures  INTEGER      NOT NULL,
    failure_days          INTEGER      NOT NULL,
    last_failure_day      DATE,
    unavailable_since     TIMESTAMP WITH TIME ZONE,
    last_probe_at         TIMESTAMP WITH TIME ZONE,
    last_success_at       TIMESTAMP WITH TIME ZONE
);

-- Which HTTP signature scheme each origin (scheme://host[:port]) accepted last: the double-knock memory (S17).
CREATE TABLE signature_scheme (
    origin      VARCHAR(300) NOT NULL PRIMARY KEY,
    scheme      VARCHAR(16)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
