package org.bureaucrathackers.fellowship.mastodon.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The profile directory: only accounts that chose to be listed, by activity or newest first. */
class DirectoryApiTest {

    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        Account early = instance.createFellow("dir_early");
        instance.createFellow("dir_late");
        Account hidden = instance.createFellow("dir_hidden");
        instance.profiles().update(hidden, new ProfileChanges(null, null, null, null, false, null, null));
        instance.posts().post(early, NewPost.publicText("Still here"));
        new JooqAccountStore(instance.database()).insertRemote(
                Accounts.remote(early.id() + 100, "dir_remote", "remote.example"));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static List<String> accts(JsonNode accounts) {
        List<String> accts = new ArrayList<>();
        accounts.forEach(a -> accts.add(a.get("acct").asText()));
        return accts;
    }

    @Test
    void active_fellows_come_first_and_undiscoverable_ones_never() {
        List<String> listed = accts(ApiClient.json(ApiClient.anonymous(instance).get("/api/v1/directory")));
        assertEquals("dir_early", listed.get(0));
        assertTrue(listed.containsAll(List.of("dir_late", "dir_remote@remote.example")), listed.toString());
        assertTrue(!listed.contains("dir_hidden"), listed.toString());
    }

    @Test
    void newest_first_local_only_and_paged_by_offset() {
        ApiClient anonymous = ApiClient.anonymous(instance);
        List<String> local = accts(ApiClient.json(anonymous.get("/api/v1/directory?order=new&local=true")));
        assertEquals(List.of("dir_late", "dir_early"), local);
        assertEquals(List.of("dir_early"),
                accts(ApiClient.json(anonymous.get("/api/v1/directory?order=new&local=1&offset=1&limit=1"))));
        assertEquals("[]", anonymous.get("/api/v1/directory?offset=50").body());
    }

    @Test
    void bad_parameters_are_explained() {
        ApiClient anonymous = ApiClient.anonymous(instance);
        assertEquals(422, anonymous.get("/api/v1/directory?order=popular").statusCode());
        assertEquals(422, anonymous.get("/api/v1/directory?local=maybe").statusCode());
        assertEquals(422, anonymous.get("/api/v1/directory?offset=-3").statusCode());
        assertEquals(422, anonymous.get("/api/v1/directory?limit=x").statusCode());
        Account late = instance.fellows().findLocal("dir_late").orElseThrow();
        ApiClient writer = new ApiClient(instance, instance.tokens().issue(late, "write").secret());
        assertEquals(403, writer.get("/api/v1/directory").statusCode());
    }
}
