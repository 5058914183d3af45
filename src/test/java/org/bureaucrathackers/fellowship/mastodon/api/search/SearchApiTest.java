package org.bureaucrathackers.fellowship.mastodon.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search for accounts, hashtags and statuses, as toot, Mastodon.py and the web clients send it. */
class SearchApiTest {

    private static TestInstance instance;
    private static Account alice;
    private static Account alicia;
    private static Account bob;
    private static ApiClient bobClient;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        alice = instance.createFellow("srch_alice");
        instance.profiles().update(alice, new ProfileChanges("Alice Wonder", null, null, null));
        alicia = instance.createFellow("srch_alicia");
        bob = instance.createFellow("srch_bob");
        bobClient = new ApiClient(instance, instance.tokens().issue(bob, "read write follow").secret());
        new JooqAccountStore(instance.database()).insertRemote(
                Accounts.remote(bob.id() + 1, "srch_rita", "remote.example"));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> accts(JsonNode accounts) {
        List<String> accts = new ArrayList<>();
        accounts.forEach(a -> accts.add(a.get("acct").asText()));
        return accts;
    }

    @Test
    void every_form_of_a_local_handle_finds_the_fellow_first_as_toot_needs() {
        for (String q : List.of("srch_alice", "@srch_alice", "SRCH_ALICE", "srch_alice@" + instance.domain(),
                "@srch_alice@" + instance.domain())) {
            HttpResponse<String> response = bobClient.get("/api/v2/search?q=" + encode(q)
                    + "&resolve=True&type=accounts");
            assertEquals(200, response.statusCode(), q);
            JsonNode json = ApiClient.json(response);
            assertEquals("srch_alice", json.at("/accounts/0/acct").asText(), q);
            assertEquals("[]", json.get("statuses").toString());
            assertEquals("[]", json.get("hashtags").toString());
        }
    }

    @Test
    void prefixes_display_names_and_known_remote_accounts_are_found() {
        assertEquals(List.of("srch_alice", "srch_alicia"),
                accts(ApiClient.json(bobClient.get("/api/v2/search?q=srch_ali")).get("accounts")));
        assertEquals(List.of("srch_alice"),
                accts(ApiClient.json(bobClient.get("/api/v2/search?q=wonder&type=accounts")).get("accounts")));
        assertEquals(List.of("srch_alice"),
                accts(ApiClient.json(bobClient.get("/api/v2/search?q=" + encode("Alice Wonder"))).get("accounts")));
        assertEquals(List.of("srch_rita@remote.example"),
                accts(ApiClient.json(bobClient.get("/api/v2/search?q=srch_rita@remote.example")).get("accounts")));
        assertEquals(List.of("srch_rita@remote.example"),
                accts(ApiClient.json(bobClient.get("/api/v2/search?q=srch_ri")).get("accounts")));
        JsonNode v1 = ApiClient.json(bobClient.get("/api/v1/accounts/search?q=srch_ali&limit=1"));
        assertEquals(List.of("srch_alice"), accts(v1));
        assertEquals("[]", bobClient.get("/api/v1/accounts/search?q=nobody_here").body());
    }

    @Test
    void following_only_and_blocks_narrow_account_results() {
        Account carl = instance.createFellow("srch_carl");
        ApiClient carlClient = new ApiClient(instance, instance.tokens().issue(carl, "read write follow")
                .secret());
        instance.follows().follow(carl, alicia);
        assertEquals(List.of("srch_alicia"), accts(ApiClient.json(
                carlClient.get("/api/v1/accounts/search?q=srch_ali&following=true"))));
        assertEquals(List.of("srch_alicia"), accts(ApiClient.json(
                carlClient.get("/api/v2/search?q=srch_ali&following=1")).get("accounts")));

        instance.blocks().block(carl, alice);
        assertEquals(List.of("srch_alicia"), accts(ApiClient.json(
                carlClient.get("/api/v2/search?q=srch_ali")).get("accounts")));
        assertEquals(List.of(), accts(ApiClient.json(
                carlClient.get("/api/v2/search?q=srch_alice&resolve=true")).get("accounts")));
    }

    @Test
    void hashtags_in_use_are_found_by_prefix_without_leaking_private_ones() {
        instance.posts().post(alice, NewPost.publicText("Faster #Licensing and #licences"));
        instance.posts().post(alice, new NewPost("Quiet #licensingsecret", Status.Visibility.PRIVATE, null,
                null, null));

        JsonNode tags = ApiClient.json(bobClient.get("/api/v2/search?q=" + encode("#licen") + "&type=hashtags"))
                .get("hashtags");

        List<String> names = new ArrayList<>();
        tags.forEach(t -> names.add(t.get("name").asText()));
        assertEquals(List.of("licences", "licensing"), names);
        assertEquals(instance.base() + "/tags/licences", tags.get(0).get("url").asText());
        JsonNode today = tags.get(1).get("history").get(0);
        assertEquals(7, tags.get(1).get("history").size());
        assertEquals("1", today.get("uses").asText(), "one public post used #licensing today");
        assertEquals("1", today.get("accounts").asText());
        JsonNode anonymous = ApiClient.json(ApiClient.anonymous(instance).get("/api/v2/search?q=licensing"));
        assertEquals(1, anonymous.get("hashtags").size());
    }

    @Test
    void statuses_are_found_by_words_the_searcher_may_see() {
        Account dora = instance.createFellow("srch_dora");
        Status open = instance.posts().post(dora, NewPost.publicText("Tea with the **planning** office"));
        Status hidden = instance.posts().post(dora, new NewPost("Planning tea for followers",
                Status.Visibility.PRIVATE, null, null, null));
        instance.posts().post(dora, NewPost.publicText("Coffee with planning"));

        JsonNode stranger = ApiClient.json(bobClient.get("/api/v2/search?q=" + encode("TEA planning")
                + "&type=statuses")).get("statuses");
        assertEquals(List.of(Long.toString(open.id())), ids(stranger));
        assertEquals("srch_dora", stranger.get(0).at("/account/acct").asText());

        Account eli = instance.createFellow("srch_eli");
        instance.follows().follow(eli, dora);
        ApiClient eliClient = new ApiClient(instance, instance.tokens().issue(eli, "read").secret());
        JsonNode follower = ApiClient.json(eliClient.get("/api/v2/search?q=" + encode("tea planning")
                + "&type=statuses")).get("statuses");
        assertEquals(List.of(Long.toString(hidden.id()), Long.toString(open.id())), ids(follower));
        JsonNode offset = ApiClient.json(eliClient.get("/api/v2/search?q=" + encode("tea planning")
                + "&type=statuses&offset=1&limit=1")).get("statuses");
        assertEquals(List.of(Long.toString(open.id())), ids(offset));
        JsonNode byAccount = ApiClient.json(eliClient.get("/api/v2/search?q=planning&type=statuses&account_id="
                + alice.id())).get("statuses");
        assertEquals(0, byAccount.size());
        assertEquals(0, ApiClient.json(eliClient.get("/api/v2/search?q=strong&type=statuses")).get("statuses")
                .size(), "markup is not text");
    }

    @Test
    void a_status_url_finds_that_status_for_anyone_who_may_see_it() {
        Status post = instance.posts().post(alice, NewPost.publicText("Findable by link"));
        for (String url : List.of(post.uri(), post.url())) {
            JsonNode found = ApiClient.json(ApiClient.anonymous(instance).get("/api/v2/search?q=" + encode(url)))
                    .get("statuses");
            assertEquals(List.of(Long.toString(post.id())), ids(found), url);
        }
        Status secret = instance.posts().post(alice, new NewPost("Not for you", Status.Visibility.DIRECT,
                null, null, null));
        assertEquals(0, ApiClient.json(bobClient.get("/api/v2/search?q=" + encode(secret.uri())))
                .get("statuses").size());
        JsonNode profile = ApiClient.json(bobClient.get("/api/v2/search?q=" + encode(instance.base() + "/@srch_alice")
                + "&resolve=true"));
        assertEquals(List.of("srch_alice"), accts(profile.get("accounts")));
    }

    @Test
    void anonymous_callers_search_what_is_stored_but_may_neither_resolve_nor_page() {
        ApiClient anonymous = ApiClient.anonymous(instance);
        JsonNode found = ApiClient.json(anonymous.get("/api/v2/search?q=srch_bob"));
        assertEquals(List.of("srch_bob"), accts(found.get("accounts")));
        assertEquals(0, ApiClient.json(anonymous.get("/api/v2/search?q=tea")).get("statuses").size());
        HttpResponse<String> resolve = anonymous.get("/api/v2/search?q=srch_bob&resolve=true");
        assertEquals(401, resolve.statusCode());
        assertTrue(ApiClient.json(resolve).get("error").asText().contains("authentication"));
        assertEquals(401, anonymous.get("/api/v2/search?q=srch_bob&offset=5").statusCode());
        assertEquals(401, anonymous.get("/api/v1/accounts/search?q=srch_bob").statusCode());
    }

    @Test
    void bad_parameters_are_explained() {
        HttpResponse<String> missing = bobClient.get("/api/v2/search");
        assertEquals(400, missing.statusCode());
        assertTrue(ApiClient.json(missing).get("error").asText().contains("q"));
        assertEquals(422, bobClient.get("/api/v2/search?q=x&type=people").statusCode());
        assertEquals(422, bobClient.get("/api/v2/search?q=x&resolve=perhaps").statusCode());
        assertEquals(422, bobClient.get("/api/v2/search?q=x&offset=-1").statusCode());
        assertEquals(422, bobClient.get("/api/v2/search?q=x&offset=99999999").statusCode());
        assertEquals(422, bobClient.get("/api/v2/search?q=x&limit=ten").statusCode());
        assertEquals(422, bobClient.get("/api/v2/search?q=x&account_id=abc").statusCode());
        assertEquals(200, bobClient.get("/api/v2/search?q=srch&limit=1000").statusCode());
        assertEquals(200, bobClient.get("/api/v2/search?q=" + "x".repeat(5_000)).statusCode());
        assertEquals(200, bobClient.get("/api/v2/search/?q=srch_bob").statusCode());
        assertEquals(403, ApiClient.fellow(instance, "srch_writer", "write").get("/api/v2/search?q=x").statusCode());
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
