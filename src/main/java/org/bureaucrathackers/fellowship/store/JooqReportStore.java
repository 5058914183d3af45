package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.REPORT;

import java.util.Arrays;
import java.util.List;
import org.bureaucrathackers.fellowship.moderation.Report;
import org.bureaucrathackers.fellowship.moderation.ReportStore;

public final class JooqReportStore implements ReportStore {

    private final Database db;

    public JooqReportStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Report report) {
        db.dsl().insertInto(REPORT)
                .set(REPORT.ID, report.id())
                .set(REPORT.REPORTER_ACCOUNT_ID, report.reporterAccountId())
                .set(REPORT.TARGET_ACCOUNT_ID, report.targetAccountId())
                .set(REPORT.STATUS_URIS, String.join("\n", report.statusUris()))
                .set(REPORT.COMMENT_TEXT, report.comment())
                .set(REPORT.URI, report.uri())
                .set(REPORT.CREATED_AT, Times.time(report.createdAt()))
                .execute();
    }

    @Override
    public List<Report> about(long targetAccountId, int limit) {
        return db.dsl().selectFrom(REPORT)
                .where(REPORT.TARGET_ACCOUNT_ID.eq(targetAccountId))
                .orderBy(REPORT.ID.desc()).limit(limit)
                .fetch(r -> new Report(r.getId(), r.getReporterAccountId(), r.getTargetAccountId(),
                        r.getStatusUris().isEmpty() ? List.of() : Arrays.asList(r.getStatusUris().split("\n")),
                        r.getCommentText(), r.getUri(), Times.instant(r.getCreatedAt())));
    }
}
