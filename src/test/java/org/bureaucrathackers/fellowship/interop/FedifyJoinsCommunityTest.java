package org.bureaucrathackers.fellowship.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.interop.FedifyPeer.FedifyActor;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify 2.3 actor joins a community on Fellowship: its Follow is accepted, and the community's Announces of
 * what members post to it (a fellow's post, and the Fedify actor's own post to the group) arrive in its inbox.
 */
class FedifyJoinsCommunityTest extends FedifyInterop {

    @Test
    void a_fedify_actor_joins_a_community_and_receives_its_announces() {
        String name = "procurement" + System.nanoTime() % 100_000;
        Account chief = fellowship.fellows().create(new FellowService.NewFellow("chief" + name.substring(11), null,
                null, null, true));
        ApiClient chiefApp = new ApiClient(fellowship, fellowship.tokens().issue(chief, "read write").secret());
        String community = ok(chiefApp.postJson("/api/fellowship/v1/communities", Map.of("name", name)))
                .get("uri").asText();
        FedifyActor carol = fedifyActor("carol");

        peer.control("/control/follow", Map.of("actor", carol.username(), "target", community));
        until("the community accepts carol", () -> "accepted".equals(
                peer.control("/control/state", Map.of("actor", carol.username()))
                        .path("following").path(community).asText()));

        Fellow alice = fellow("alice");
        String groupId = ok(alice.api().get("/api/v1/accounts/lookup?acct=" + name)).get("id").asText();
        ok(alice.api().post("/api/v1/accounts/" + groupId + "/follow"));
        String fromAlice = ok(alice.api().postJson("/api/v1/statuses", Map.of(
                "status", "@" + name + " our framework contract template"))).get("uri").asText();
        JsonNode announce = peer.awaitReceived("the Announce of alice's post", FedifyInterop::pump,
                // Recorded on arrival; handledBy is filled in once Fedify's listener has run.
                r -> "Announce".equals(r.path("type").asText()) && fromAlice.equals(r.path("object").asText())
                        && r.path("handledBy").isTextual());
        assertEquals(community, announce.path("actor").asText());
        assertEquals("Activity", announce.path("handledBy").asText(), announce.toString());

        JsonNode posted = peer.control("/control/post", Map.of("actor", carol.username(),
                "content", "<p>Has anyone split a tender into lots?</p>", "audience", community,
                "mentions", List.of(Map.of("href", community, "name", "@" + name + "@" + fellowship.domain()))));
        String fromCarol = posted.get("id").asText();
        JsonNode announced = peer.awaitReceived("the Announce of carol's own post", FedifyInterop::pump,
                r -> "Announce".equals(r.path("type").asText()) && fromCarol.equals(r.path("object").asText()));
        assertEquals(community, announced.path("actor").asText());
    }
}
