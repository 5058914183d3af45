package org.bureaucrathackers.fellowship.inbox;

/**
 * How much one inbound activity may make this server discover (X19): actors it did not know, posts it fetches,
 * and how far up a reply thread it goes. One budget per activity, spent by the one thread that handles it.
 * Mastodon's limits per request are 400 new actors and 1000 statuses.
 */
public final class DiscoveryBudget {

    /**
     * @param newActors  actors not stored here before that one activity may bring
     * @param statuses   posts that one activity may cause to be fetched
     * @param replyDepth how many unknown ancestors of a reply are fetched
     */
    public record Limits(int newActors, int statuses, int replyDepth) {

        public static final Limits DEFAULT = new Limits(400, 1000, 5);

        public Limits {
            if (newActors < 1 || statuses < 1 || replyDepth < 0) {
                throw new IllegalArgumentException("discovery limits must be positive");
            }
        }
    }

    private final Limits limits;
    private int newActors;
    private int statuses;

    public DiscoveryBudget(Limits limits) {
        this.limits = limits;
    }

    public static DiscoveryBudget standard() {
        return new DiscoveryBudget(Limits.DEFAULT);
    }

    public Limits limits() {
        return limits;
    }

    /** Spends one new actor, or refuses when the activity has brought as many as it may. */
    public void spendNewActor(String actorUri) {
        if (newActors >= limits.newActors()) {
            throw new DiscoveryLimitReached("one activity may bring at most " + limits.newActors()
                    + " new actors; not fetching " + abbreviate(actorUri));
        }
        newActors++;
    }

    /** Spends one fetched post, or refuses when the activity has fetched as many as it may. */
    public void spendStatus(String statusUri) {
        if (statuses >= limits.statuses()) {
            throw new DiscoveryLimitReached("one activity may fetch at most " + limits.statuses()
                    + " posts; not fetching " + abbreviate(statusUri));
        }
        statuses++;
    }

    public int newActorsSpent() {
        return newActors;
    }

    public int statusesSpent() {
        return statuses;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
