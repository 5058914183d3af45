package org.bureaucrathackers.fellowship.signals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusStore;

/**
 * What people here talk about now: hashtags ranked by how many accounts used them in public statuses over the
 * last week, with a day-by-day history, and public statuses of the last week ranked by favourites and boosts.
 */
public final class Trends {

    /** The window trends look at, and the days of a hashtag's history. */
    public static final int DAYS = 7;

    private final TrendStore store;
    private final StatusStore statuses;
    private final StatusAccess access;
    private final Clock clock;

    public Trends(TrendStore store, StatusStore statuses, StatusAccess access, Clock clock) {
        this.store = store;
        this.statuses = statuses;
        this.access = access;
        this.clock = clock;
    }

    /** A hashtag's use on one UTC day. */
    public record Day(Instant start, long uses, long accounts) {
    }

    /** A trending hashtag with its history, today first. */
    public record TrendingTag(String name, List<Day> history) {
    }

    public List<TrendingTag> tags(int offset, int limit) {
        List<TagUse> top = store.topTags(clock.instant().minus(Duration.ofDays(DAYS)), offset, limit);
        Map<String, List<Day>> histories = history(top.stream().map(TagUse::name).toList());
        return top.stream().map(t -> new TrendingTag(t.name(), histories.get(t.name()))).toList();
    }

    /** For each name, {@link #DAYS} days of use, today (UTC) first; days without use count zero. */
    public Map<String, List<Day>> history(Collection<String> names) {
        Map<String, List<Day>> histories = new LinkedHashMap<>();
        names.forEach(name -> histories.put(name, new ArrayList<>(DAYS)));
        if (names.isEmpty()) {
            return histories;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int i = 0; i < DAYS; i++) {
            Instant start = today.minusDays(i).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = today.minusDays(i - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
            Map<String, TagUse> uses = store.uses(names, start, end);
            for (Map.Entry<String, List<Day>> entry : histories.entrySet()) {
                TagUse use = uses.get(entry.getKey());
                entry.getValue().add(new Day(start, use == null ? 0 : use.uses(), use == null ? 0 : use.accounts()));
            }
        }
        return histories;
    }

    /** Public statuses of the last week with the most favourites and boosts, as the viewer may see them. */
    public List<Status> statuses(Optional<Account> viewer, int offset, int limit) {
        List<Status> found = new ArrayList<>();
        for (long id : store.topStatusIds(clock.instant().minus(Duration.ofDays(DAYS)), offset, limit)) {
            statuses.findById(id).filter(status -> access.canSee(viewer, status)).ifPresent(found::add);
        }
        return found;
    }
}
