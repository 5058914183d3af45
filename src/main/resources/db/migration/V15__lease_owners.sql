-- The node that holds a job's lease, so a node that restarts takes back at once what its previous run held
-- instead of waiting for those leases to expire; other nodes' leases are left alone.
ALTER TABLE delivery_job ADD COLUMN lease_owner VARCHAR(100);
ALTER TABLE inbox_job ADD COLUMN lease_owner VARCHAR(100);
CREATE INDEX delivery_job_lease_owner_idx ON delivery_job (lease_owner);
CREATE INDEX inbox_job_lease_owner_idx ON inbox_job (lease_owner);
