package org.bureaucrathackers.fellowship.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.testing.ActivityPubFixtures;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Group-like actors of other servers, as their fixtures show them (a PeerTube channel, a Friendica organisation,
 * a Lemmy community), served over HTTP: each is stored as an account of its type, and the client API shows the
 * groups as groups, which fellows can follow.
 */
class RemoteGroupActorsTest {

    private final TestPeer peer = TestPeer.start();
    private final TestInstance instance = TestInstance.start(peer.resolverOrSystem());
    private final ApiClient alice = ApiClient.fellow(instance, "alice", "read write follow");

    @AfterEach
    void close() {
        instance.close();
        peer.close();
    }

    private String serve(String fixture, String host) {
        String text = Json.write(ActivityPubFixtures.tree(fixture, "")).replace("https://" + host, peer.origin(host));
        String id = ActivityPubFixtures.tree(fixture, "/id").asText().replace("https://" + host, peer.origin(host));
        peer.serveActivityJson(host, id.substring(peer.origin(host).length()), text);
        return id;
    }

    private JsonNode shown(Account account) {
        return ApiClient.json(alice.get("/api/v1/accounts/" + account.id()));
    }

    @Test
    void peertube_lemmy_and_friendica_group_actors_are_read_and_shown() throws FetchException {
        Account channel = instance.remoteActors().resolve(serve("peertube/group-channel.json", "tilvids.com"));
        assertEquals(Account.ActorType.Group, channel.actorType());
        assertEquals("thelinuxexperiment_channel", channel.username());
        assertTrue(shown(channel).get("group").asBoolean());

        new LemmyPeer(peer);
        Account tenforward = instance.remoteActors().resolve(peer.origin(LemmyPeer.HOST) + "/c/tenforward");
        assertEquals(Account.ActorType.Group, tenforward.actorType());
        assertEquals("Ten Forward", tenforward.displayName());
        assertTrue(tenforward.summaryHtml().contains("Lounge and recreation facility"), tenforward.summaryHtml());
        assertTrue(shown(tenforward).get("group").asBoolean());
        JsonNode relationship = ApiClient.json(alice.post("/api/v1/accounts/" + tenforward.id() + "/follow"));
        assertTrue(relationship.get("requested").asBoolean(), "following a remote group waits for its Accept");

        Account organisation = instance.remoteActors().resolve(serve("friendica/organization.json", "poliverso.org"));
        assertEquals(Account.ActorType.Organization, organisation.actorType());
        assertEquals("informapirata", organisation.username());
        assertFalse(shown(organisation).get("group").asBoolean());
    }
}
