-- Communities of practice (FEP-1b12): each is a local account of actor type Group (so follows, WebFinger,
-- delivery and signatures work as for fellows); this row adds what only a community has.
CREATE TABLE community (
    account_id   BIGINT        NOT NULL PRIMARY KEY,
    description  VARCHAR(5000) NOT NULL,
    created_by   BIGINT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT community_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT community_creator_fk FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL
);

-- Posts a moderator removed from a community: the community never announces them again.
CREATE TABLE community_removal (
    community_id  BIGINT        NOT NULL,
    status_uri    VARCHAR(2048) NOT NULL,
    removed_by    BIGINT,
    removed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT community_removal_pk PRIMARY KEY (community_id, status_uri),
    CONSTRAINT community_removal_community_fk FOREIGN KEY (community_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT community_removal_remover_fk FOREIGN KEY (removed_by) REFERENCES account (id) ON DELETE SET NULL
);
