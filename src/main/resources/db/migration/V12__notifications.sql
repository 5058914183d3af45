-- Notifications of local fellows: who did what (mention, reblog, follow, follow_request, favourite, update) and
-- about which status. Each row also points at the row that caused it, so whatever removes the cause removes
-- the notification: an Undo of a like, boost or follow, a rejected request, a deleted status (ON DELETE CASCADE).
CREATE TABLE notification (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    account_id         BIGINT       NOT NULL,
    from_account_id    BIGINT       NOT NULL,
    notification_type  VARCHAR(32)  NOT NULL,
    status_id          BIGINT,
    follow_id          BIGINT,
    favourite_id       BIGINT,
    boost_id           BIGINT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A repeated activity never notifies twice. Follows have no status: the follow row tells them apart.
    CONSTRAINT notification_status_cause_unique UNIQUE (account_id, notification_type, from_account_id, status_id),
    CONSTRAINT notification_follow_cause_unique UNIQUE (follow_id, notification_type),
    CONSTRAINT notification_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT notification_from_account_fk FOREIGN KEY (from_account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT notification_status_fk FOREIGN KEY (status_id) REFERENCES status (id) ON DELETE CASCADE,
    CONSTRAINT notification_follow_fk FOREIGN KEY (follow_id) REFERENCES follow (id) ON DELETE CASCADE,
    CONSTRAINT notification_favourite_fk FOREIGN KEY (favourite_id) REFERENCES favourite (id) ON DELETE CASCADE,
    CONSTRAINT notification_boost_fk FOREIGN KEY (boost_id) REFERENCES status (id) ON DELETE CASCADE
);
-- Listing a fellow's notifications newest first; the others serve the cascades and the block clean-up.
CREATE INDEX notification_account_idx ON notification (account_id, id);
CREATE INDEX notification_from_account_idx ON notification (from_account_id);
CREATE INDEX notification_status_idx ON notification (status_id);
CREATE INDEX notification_favourite_idx ON notification (favourite_id);
CREATE INDEX notification_boost_idx ON notification (boost_id);
