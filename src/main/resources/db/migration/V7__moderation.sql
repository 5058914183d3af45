-- Domains this instance does not federate with (X17): nothing signed by or fetched from them is accepted, and
-- nothing is fetched from or delivered to them. A block covers every subdomain of its host. Only the severity
-- 'suspend' exists today; the column leaves room for milder ones.
CREATE TABLE domain_block (
    host         VARCHAR(253)  NOT NULL PRIMARY KEY,
    severity     VARCHAR(16)   NOT NULL,
    reason       VARCHAR(1000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT domain_block_severity_check CHECK (severity IN ('suspend'))
);

-- Remote actors suspended here by an operator: from them the inbox accepts only Delete, Undo, Reject and
-- Update (X17). Null when not suspended.
ALTER TABLE account ADD COLUMN suspended_at TIMESTAMP WITH TIME ZONE;
