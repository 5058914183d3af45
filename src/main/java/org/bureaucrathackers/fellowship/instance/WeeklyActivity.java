package org.bureaucrathackers.fellowship.instance;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** How busy the instance was, week by week (UTC weeks starting on Monday), the current week first. */
public final class WeeklyActivity {

    /** Mastodon reports twelve weeks. */
    public static final int WEEKS = 12;

    private final InstanceActivity activity;
    private final Clock clock;

    public WeeklyActivity(InstanceActivity activity, Clock clock) {
        this.activity = activity;
        this.clock = clock;
    }

    /** One week: statuses posted by fellows, fellows who signed in, fellows who joined. */
    public record Week(Instant start, long statuses, long logins, long registrations) {
    }

    public List<Week> recent() {
        LocalDate monday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Week> weeks = new ArrayList<>(WEEKS);
        for (int i = 0; i < WEEKS; i++) {
            Instant start = monday.minusWeeks(i).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = monday.minusWeeks(i - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
            weeks.add(new Week(start, activity.localStatuses(start, end), activity.logins(start, end),
                    activity.registrations(start, end)));
        }
        return weeks;
    }
}
