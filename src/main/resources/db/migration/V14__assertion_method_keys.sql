-- Which keys their actor lists under assertionMethod (FEP-521a): only those may make object proofs (FEP-8b32).
ALTER TABLE account_key ADD COLUMN assertion_method BOOLEAN DEFAULT FALSE NOT NULL;

-- Our own Ed25519 keys are the ones our actor documents publish there. Remote keys learn theirs on the next fetch.
UPDATE account_key SET assertion_method = TRUE WHERE key_type = 'ED25519' AND private_key IS NOT NULL;
