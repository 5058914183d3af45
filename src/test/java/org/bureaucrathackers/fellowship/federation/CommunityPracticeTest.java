package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.CommunityRelayTest.app;
import static org.bureaucrathackers.fellowship.federation.CommunityRelayTest.homeHasAnnounce;
import static org.bureaucrathackers.fellowship.federation.CommunityRelayTest.join;
import static org.bureaucrathackers.fellowship.federation.CommunityRelayTest.ok;
import static org.bureaucrathackers.fellowship.federation.Network.status;
import static org.bureaucrathackers.fellowship.federation.PracticeFederationTest.BASE;
import static org.bureaucrathackers.fellowship.federation.PracticeFederationTest.example;
import static org.bureaucrathackers.fellowship.federation.PracticeFederationTest.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Practice records addressed to a community (their {@code community} field), between real instances: the
 * community announces them to its members wherever they are, and a member's server that follows neither the
 * author nor the practice rebuilds it as a practice, edits included.
 */
class CommunityPracticeTest {

    /** A few fields of the record that every copy must agree on. */
    private static final List<String> CHECKED = List.of("title", "summary", "stage", "country", "hack_kinds",
            "outcomes", "themes", "rules");

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final Account olena = a.createFellow("olena");
    private final ApiClient olenaApp = app(a, olena);

    @AfterEach
    void close() {
        network.close();
    }

    private static ApiClient moderatorOf(TestInstance instance) {
        return app(instance, instance.fellows().create(new FellowService.NewFellow("chief", null, null, null, true)));
    }

    private JsonNode practiceOn(TestInstance instance, ApiClient reader, String uri) {
        Status copy = status(instance, uri).orElseThrow();
        return ok(reader.get(BASE + "/" + copy.id()));
    }

    @Test
    void a_practice_for_a_community_here_is_announced_to_a_member_elsewhere_who_rebuilds_it() {
        ok(moderatorOf(a).postJson("/api/fellowship/v1/communities", Map.of("name", "permits")));
        ApiClient bobApp = app(b, b.createFellow("bob"));
        join(network, olenaApp, "permits");
        String onB = "permits@" + a.domain();
        join(network, bobApp, onB);

        JsonNode published = ok(olenaApp.postJson(BASE, example().put("community", "permits")));
        String uri = published.get("uri").asText();

        network.until("the community's announce reaches bob's home on b", () -> homeHasAnnounce(bobApp, onB, uri));
        JsonNode copy = practiceOn(b, bobApp, uri);
        for (String field : CHECKED) {
            assertEquals(published.get(field), copy.get(field), field);
        }
        assertEquals("olena@" + a.domain(), copy.get("acct").asText());
        assertEquals(a.uris().community("permits"), copy.get("community").asText(), "the community, rebuilt on b");

        ObjectNode changed = example().put("community", "permits").put("stage", "evaluating")
                .put("title", "Permits in a day, measured");
        ok(put(a, olenaApp, BASE + "/" + published.get("id").asText(), changed));
        network.until("the edit reaches b through the community",
                () -> "evaluating".equals(practiceOn(b, bobApp, uri).path("stage").asText()));
        assertEquals("Permits in a day, measured", practiceOn(b, bobApp, uri).get("title").asText());
    }

    @Test
    void a_practice_for_a_community_on_another_instance_is_announced_by_that_community_to_its_members() {
        ok(moderatorOf(b).postJson("/api/fellowship/v1/communities", Map.of("name", "procurement")));
        String handle = "procurement@" + b.domain();
        ApiClient carolApp = app(b, b.createFellow("carol"));
        ApiClient daveApp = app(a, a.createFellow("dave"));
        join(network, olenaApp, handle);
        join(network, carolApp, "procurement");
        join(network, daveApp, handle);

        JsonNode published = ok(olenaApp.postJson(BASE, example().put("community", handle)));
        String uri = published.get("uri").asText();

        network.until("b's community announces it to carol on b", () -> homeHasAnnounce(carolApp, "procurement",
                uri));
        network.until("and to dave back on a", () -> homeHasAnnounce(daveApp, handle, uri));
        JsonNode copy = practiceOn(b, carolApp, uri);
        for (String field : CHECKED) {
            assertEquals(published.get(field), copy.get(field), field);
        }
        assertTrue(b.get("/communities/procurement.atom").body().contains(uri), "in the community's feed on b");
    }
}
