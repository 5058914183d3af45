package org.bureaucrathackers.fellowship.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.SignedInbox;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A fellow joins a Lemmy community (the lemmy fixtures, served and signed over real HTTP), posts to it, and sees
 * its Announces of Lemmy posts in the home timeline.
 */
class RemoteLemmyGroupTest {

    private final TestPeer peer = TestPeer.start();
    private final LemmyPeer lemmy = new LemmyPeer(peer);
    private final TestInstance instance = TestInstance.start(peer.resolverOrSystem());
    private final ApiClient alice = ApiClient.fellow(instance, "alice", "read write follow");

    @AfterEach
    void close() {
        instance.close();
        peer.close();
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    @Test
    void a_fellow_follows_a_lemmy_group_posts_to_it_and_sees_its_announces() {
        JsonNode group = ok(alice.get("/api/v1/accounts/lookup?acct=" + lemmy.handle()));
        assertTrue(group.get("group").asBoolean(), group.toString());
        String groupId = group.get("id").asText();
        ok(alice.post("/api/v1/accounts/" + groupId + "/follow"));
        Await.until("the Follow reaches the group", () -> {
            instance.deliveryWorker().wakeUp();
            return !lemmy.received("Follow").isEmpty();
        });
        JsonNode follow = lemmy.received("Follow").get(0);
        assertEquals(lemmy.groupUri(), follow.get("object").asText());
        assertEquals(202, SignedInbox.post(instance, "/inbox", lemmy.groupKey(),
                Json.write(lemmy.accept(follow))).statusCode());
        Await.until("the group accepts", () -> {
            instance.inboxWorker().drain();
            return ok(alice.get("/api/v1/accounts/relationships?id[]=" + groupId)).get(0).get("following")
                    .asBoolean();
        });

        String posted = ok(alice.postJson("/api/v1/statuses", Map.of(
                "status", "@" + lemmy.handle() + " Ten Forward is open for procurement questions"))).get("uri").asText();
        Await.until("the post reaches the group", () -> {
            instance.deliveryWorker().wakeUp();
            return lemmy.received("Create").stream().anyMatch(c -> c.path("object").path("id").asText().equals(posted));
        });
        JsonNode note = lemmy.received("Create").stream()
                .filter(c -> c.path("object").path("id").asText().equals(posted)).findFirst().orElseThrow()
                .get("object");
        assertEquals(lemmy.groupUri(), note.get("audience").asText());
        assertTrue(note.get("cc").toString().contains(lemmy.groupUri()), note.toString());
        assertTrue(note.get("tag").toString().contains(lemmy.groupUri()), note.toString());

        HttpResponse<String> delivered = SignedInbox.post(instance, "/inbox", lemmy.groupKey(),
                Json.write(lemmy.announceOfPage()));
        assertEquals(202, delivered.statusCode(), delivered.body());
        instance.inboxWorker().drain();
        JsonNode shown = null;
        for (JsonNode status : ok(alice.get("/api/v1/timelines/home"))) {
            if (lemmy.pageUri().equals(status.path("reblog").path("uri").asText())) {
                shown = status;
            }
        }
        assertTrue(shown != null, "the announced Page is in alice's home timeline");
        assertEquals(lemmy.handle(), shown.get("account").get("acct").asText());
        String content = shown.get("reblog").get("content").asText();
        assertTrue(content.contains("Post title"), content);
        assertTrue(content.contains("This is a post in the /c/tenforward community"), content);
        assertEquals("picard@" + lemmy.origin().substring("http://".length()),
                shown.get("reblog").get("account").get("acct").asText());
    }

    @Test
    void a_moderators_removal_takes_the_groups_announce_back_and_leaves_the_post() {
        String groupId = ok(alice.get("/api/v1/accounts/lookup?acct=" + lemmy.handle())).get("id").asText();
        ok(alice.post("/api/v1/accounts/" + groupId + "/follow"));
        Await.until("the Follow reaches the group", () -> {
            instance.deliveryWorker().wakeUp();
            return !lemmy.received("Follow").isEmpty();
        });
        deliver(lemmy.accept(lemmy.received("Follow").get(0)));
        deliver(lemmy.announceOfPage());
        assertTrue(homeShowsTheGroupsAnnounce(), "the announce is in alice's home timeline");

        deliver(lemmy.announceOf("Delete", lemmy.origin() + "/u/riker"));

        assertFalse(homeShowsTheGroupsAnnounce(), "the removed post left the group's announces");
        assertTrue(storedPage().contains("This is a post in the /c/tenforward community"),
                "the post itself stays its author's");
    }

    private boolean homeShowsTheGroupsAnnounce() {
        for (JsonNode status : ok(alice.get("/api/v1/timelines/home"))) {
            if (lemmy.pageUri().equals(status.path("reblog").path("uri").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The content of the Lemmy Page as alice's instance stores it; empty once it is gone. */
    private String storedPage() {
        return instance.posts().find(lemmy.pageUri()).map(status -> status.contentHtml()).orElse("");
    }

    private void deliver(JsonNode activity) {
        HttpResponse<String> delivered = SignedInbox.post(instance, "/inbox", lemmy.groupKey(), Json.write(activity));
        assertEquals(202, delivered.statusCode(), delivered.body());
        instance.inboxWorker().drain();
    }

    @Test
    void a_groups_announce_of_an_edit_or_deletion_holds_only_when_by_the_author_and_confirmed_by_the_origin() {
        String groupId = ok(alice.get("/api/v1/accounts/lookup?acct=" + lemmy.handle())).get("id").asText();
        ok(alice.post("/api/v1/accounts/" + groupId + "/follow"));
        Await.until("the Follow reaches the group", () -> {
            instance.deliveryWorker().wakeUp();
            return !lemmy.received("Follow").isEmpty();
        });
        deliver(lemmy.accept(lemmy.received("Follow").get(0)));
        deliver(lemmy.announceOfPage());
        assertTrue(storedPage().contains("This is a post in the /c/tenforward community"), storedPage());

        lemmy.editPage("<p>Edited by picard</p>");
        deliver(lemmy.announceOf("Update", lemmy.groupUri()));
        assertFalse(storedPage().contains("Edited by picard"), "an Update by the group itself is refused");
        deliver(lemmy.announceOf("Update", lemmy.personUri()));
        assertTrue(storedPage().contains("Edited by picard"), "the author's Update, read from the origin, holds");

        deliver(lemmy.announceOf("Delete", lemmy.personUri()));
        assertTrue(storedPage().contains("Edited by picard"), "a Delete while the origin still serves the post");

        lemmy.deletePage();
        deliver(lemmy.announceOf("Delete", lemmy.groupUri()));
        assertTrue(instance.posts().find(lemmy.pageUri()).isPresent(), "a Delete by someone else than the author");
        deliver(lemmy.announceOf("Delete", lemmy.personUri()));
        assertTrue(instance.posts().find(lemmy.pageUri()).isEmpty(), "the author's Delete, confirmed by the origin");
    }
}
