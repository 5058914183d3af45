package org.bureaucrathackers.fellowship.moderation;

import java.util.List;

/** Reports for moderators. */
public interface ReportStore {

    void insert(Report report);

    /** Reports about {@code targetAccountId}, newest first. */
    List<Report> about(long targetAccountId, int limit);
}
