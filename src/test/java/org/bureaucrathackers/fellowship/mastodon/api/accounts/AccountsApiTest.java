package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.FeaturedTag;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqFeaturedTagStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts by id and handle, followers and following with Link paging, featured hashtags. */
class AccountsApiTest {

    private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"");
    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void an_account_by_id_has_every_documented_key_and_needs_no_token() {
        Account alice = instance.createFellow("acc_alice");
        instance.posts().post(alice, NewPost.publicText("First post"));

        HttpResponse<String> response = ApiClient.anonymous(instance).get("/api/v1/accounts/" + alice.id());

        assertEquals(200, response.statusCode());
        JsonNode json = ApiClient.json(response);
        assertEquals(Long.toString(alice.id()), json.get("id").asText());
        assertEquals("acc_alice", json.get("acct").asText());
        assertEquals(instance.base() + "/@acc_alice", json.get("url").asText());
        assertEquals(1, json.get("statuses_count").asInt());
        assertTrue(json.get("last_status_at").asText().matches("\\d{4}-\\d\\d-\\d\\d"));
        for (String key : List.of("username", "display_name", "note", "avatar", "avatar_static", "header",
                "header_static", "locked", "fields", "emojis", "bot", "group", "discoverable", "created_at",
                "followers_count", "following_count", "uri", "indexable", "hide_collections", "roles")) {
            assertTrue(json.has(key), key);
        }
        assertFalse(json.has("source"), "source is for the fellow's own account only");
        assertEquals(200, ApiClient.anonymous(instance).get("/api/v1/accounts/" + alice.id() + "/").statusCode());
    }

    @Test
    void unknown_and_malformed_ids_are_not_found() {
        for (String id : List.of("1", "abc", "-5", "99999999999999999999999", "1.5")) {
            HttpResponse<String> response = ApiClient.anonymous(instance).get("/api/v1/accounts/" + id);
            assertEquals(404, response.statusCode(), id);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals("Record not found", ApiClient.json(response).get("error").asText());
        }
        assertEquals(404, ApiClient.anonymous(instance).get("/api/v1/accounts/1/followers").statusCode());
    }

    @Test
    void a_token_without_read_scope_is_refused_even_where_anonymous_callers_are_welcome() {
        Account owner = instance.createFellow("acc_scoped");
        ApiClient writer = ApiClient.fellow(instance, "acc_writer", "write");
        assertEquals(403, writer.get("/api/v1/accounts/" + owner.id()).statusCode());
        assertEquals(401, new ApiClient(instance, "not-a-token").get("/api/v1/accounts/" + owner.id()).statusCode());
    }

    @Test
    void lookup_finds_local_fellows_by_any_form_of_their_handle_and_known_remote_accounts() {
        Account lou = instance.createFellow("acc_lou");
        Account remote = Accounts.remote(lou.id() + 1, "rita", "remote.example");
        new JooqAccountStore(instance.database()).insertRemote(remote);
        ApiClient anonymous = ApiClient.anonymous(instance);

        for (String acct : List.of("acc_lou", "ACC_LOU", "@acc_lou", "acc_lou@" + instance.domain())) {
            HttpResponse<String> response = anonymous.get("/api/v1/accounts/lookup?acct=" + acct);
            assertEquals(200, response.statusCode(), acct);
            assertEquals(Long.toString(lou.id()), ApiClient.json(response).get("id").asText());
        }
        JsonNode rita = ApiClient.json(anonymous.get("/api/v1/accounts/lookup?acct=rita@remote.example"));
        assertEquals("rita@remote.example", rita.get("acct").asText());
        assertEquals("https://remote.example/@rita", rita.get("url").asText());

        assertEquals(404, anonymous.get("/api/v1/accounts/lookup?acct=nobody").statusCode());
        assertEquals(404, anonymous.get("/api/v1/accounts/lookup?acct=nobody@remote.example").statusCode());
        assertEquals(404, anonymous.get("/api/v1/accounts/lookup?acct=a%20b").statusCode());
        HttpResponse<String> missing = anonymous.get("/api/v1/accounts/lookup");
        assertEquals(400, missing.statusCode());
        assertTrue(ApiClient.json(missing).get("error").asText().contains("acct"));
    }

    @Test
    void followers_and_following_page_by_follow_with_link_headers_and_no_next_on_the_last_page() {
        Account star = instance.createFellow("acc_star");
        List<String> fans = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Account fan = instance.createFellow("acc_fan" + i);
            instance.follows().follow(fan, star);
            fans.add(0, Long.toString(fan.id()));
        }
        ApiClient anonymous = ApiClient.anonymous(instance);

        List<String> seen = new ArrayList<>();
        String url = "/api/v1/accounts/" + star.id() + "/followers?limit=2";
        int pages = 0;
        while (url != null) {
            HttpResponse<String> page = anonymous.get(url);
            assertEquals(200, page.statusCode());
            ApiClient.json(page).forEach(account -> seen.add(account.get("id").asText()));
            String link = page.headers().firstValue("Link").orElse("");
            Matcher next = NEXT.matcher(link);
            url = next.find() ? next.group(1) : null;
            if (url != null) {
                assertTrue(url.contains("limit=2") && url.contains("max_id="), url);
            }
            pages++;
        }
        assertEquals(fans, seen);
        assertEquals(3, pages);

        HttpResponse<String> empty = anonymous.get("/api/v1/accounts/" + star.id() + "/followers?max_id=1");
        assertEquals("[]", empty.body());
        assertTrue(empty.headers().firstValue("Link").isEmpty());
        HttpResponse<String> newer = anonymous.get("/api/v1/accounts/" + star.id() + "/followers?limit=2&min_id=1");
        assertEquals(2, ApiClient.json(newer).size());

        JsonNode following = ApiClient.json(anonymous.get("/api/v1/accounts/" + fans.get(0) + "/following"));
        assertEquals(1, following.size());
        assertEquals(Long.toString(star.id()), following.get(0).get("id").asText());
        assertEquals(422, anonymous.get("/api/v1/accounts/" + star.id() + "/followers?limit=many").statusCode());
        assertEquals(422, anonymous.get("/api/v1/accounts/" + star.id() + "/followers?max_id=x").statusCode());
    }

    @Test
    void hidden_follow_lists_are_shown_only_to_their_owner() {
        Account shy = instance.createFellow("acc_shy");
        ApiClient shyClient = new ApiClient(instance, instance.tokens().issue(shy, "read write").secret());
        instance.follows().follow(instance.createFellow("acc_shyfan"), shy);
        assertEquals(200, shyClient.patchForm("/api/v1/accounts/update_credentials", "hide_collections", "true")
                .statusCode());

        assertEquals("[]", ApiClient.anonymous(instance).get("/api/v1/accounts/" + shy.id() + "/followers").body());
        assertEquals(1, ApiClient.json(shyClient.get("/api/v1/accounts/" + shy.id() + "/followers")).size());
        JsonNode account = ApiClient.json(ApiClient.anonymous(instance).get("/api/v1/accounts/" + shy.id()));
        assertTrue(account.get("hide_collections").asBoolean());
        assertEquals(1, account.get("followers_count").asInt(), "counts stay visible, as on Mastodon");
    }

    @Test
    void featured_tags_show_how_often_and_when_the_tag_was_used() {
        Account tagger = instance.createFellow("acc_tagger");
        new JooqFeaturedTagStore(instance.database()).insert(
                new FeaturedTag(tagger.id() + 1, tagger.id(), "permits", Instant.now()));
        instance.posts().post(tagger, NewPost.publicText("Faster #permits for everyone"));

        JsonNode tags = ApiClient.json(ApiClient.anonymous(instance)
                .get("/api/v1/accounts/" + tagger.id() + "/featured_tags"));

        assertEquals(1, tags.size());
        assertEquals("permits", tags.get(0).get("name").asText());
        assertEquals(1, tags.get(0).get("statuses_count").asInt());
        assertTrue(tags.get(0).get("last_status_at").asText().endsWith("Z"));
        assertEquals(instance.base() + "/tags/permits", tags.get(0).get("url").asText());
        assertEquals("[]", ApiClient.anonymous(instance)
                .get("/api/v1/accounts/" + instance.createFellow("acc_plain").id() + "/featured_tags").body());
    }

    @Test
    void endorsements_are_an_empty_list_for_fellows() {
        ApiClient fellow = ApiClient.fellow(instance, "acc_endorser", "read");
        assertEquals("[]", fellow.get("/api/v1/endorsements").body());
        assertEquals(401, ApiClient.anonymous(instance).get("/api/v1/endorsements").statusCode());
    }
}
