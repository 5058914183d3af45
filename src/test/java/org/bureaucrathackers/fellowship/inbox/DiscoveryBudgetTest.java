package org.bureaucrathackers.fellowship.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What one inbound activity may make this server discover (X19). */
class DiscoveryBudgetTest {

    @Test
    void the_default_limits_are_mastodons() {
        assertEquals(new DiscoveryBudget.Limits(400, 1000, 5), DiscoveryBudget.Limits.DEFAULT);
    }

    @Test
    void one_activity_brings_at_most_400_new_actors() {
        DiscoveryBudget budget = DiscoveryBudget.standard();
        for (int i = 0; i < 400; i++) {
            budget.spendNewActor("https://a" + i + ".example/actor");
        }
        DiscoveryLimitReached e = assertThrows(DiscoveryLimitReached.class,
                () -> budget.spendNewActor("https://one-more.example/actor"));
        assertTrue(e.reason().contains("at most 400 new actors"), e::reason);
        assertEquals(400, budget.newActorsSpent());
    }

    @Test
    void one_activity_fetches_at_most_1000_posts() {
        DiscoveryBudget budget = DiscoveryBudget.standard();
        for (int i = 0; i < 1000; i++) {
            budget.spendStatus("https://social.example/posts/" + i);
        }
        DiscoveryLimitReached e = assertThrows(DiscoveryLimitReached.class,
                () -> budget.spendStatus("https://social.example/posts/one-more"));
        assertTrue(e.reason().contains("at most 1000 posts"), e::reason);
        assertEquals(1000, budget.statusesSpent());
    }

    @Test
    void limits_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> new DiscoveryBudget.Limits(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new DiscoveryBudget.Limits(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new DiscoveryBudget.Limits(1, 1, -1));
    }
}
