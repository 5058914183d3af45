package org.bureaucrathackers.fellowship.mastodon.api.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.JsonShape;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The instance endpoints clients call before and right after signing in. */
class InstanceApiTest {

    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.startWith(settings -> settings.withContact("ops@ministry.example",
                List.of("Be kind to colleagues and to the public.", "No personal data of citizens.")));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static JsonNode getJson(TestInstance on, String path) {
        HttpResponse<String> response = on.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return ApiClient.json(response);
    }

    @Test
    void v1_instance_has_every_documented_field_with_the_type_clients_expect() {
        for (String path : List.of("/api/v1/instance", "/api/v1/instance/")) {
            JsonNode json = getJson(instance, path);
            JsonShape.of(json)
                    .string("uri", "title", "short_description", "description", "email", "version",
                            "urls.streaming_api", "thumbnail")
                    .integer("stats.user_count", "stats.status_count", "stats.domain_count")
                    .array("languages", "rules")
                    .bool("registrations", "approval_required", "invites_enabled")
                    .integer("configuration.accounts.max_featured_tags",
                            "configuration.statuses.max_characters", "configuration.statuses.max_media_attachments",
                            "configuration.statuses.characters_reserved_per_url",
                            "configuration.media_attachments.image_size_limit",
                            "configuration.media_attachments.image_matrix_limit",
                            "configuration.media_attachments.video_size_limit",
                            "configuration.media_attachments.video_frame_rate_limit",
                            "configuration.media_attachments.video_matrix_limit",
                            "configuration.polls.max_options", "configuration.polls.max_characters_per_option",
                            "configuration.polls.min_expiration", "configuration.polls.max_expiration")
                    .array("configuration.media_attachments.supported_mime_types")
                    .objectOrNull("contact_account");
            assertEquals(instance.domain(), json.get("uri").asText(), "bare host:port, no scheme");
            assertEquals("Test Ministry", json.get("title").asText());
            assertEquals("ws://" + instance.domain(), json.get("urls").get("streaming_api").asText());
            assertEquals("ops@ministry.example", json.get("email").asText());
            assertFalse(json.get("registrations").asBoolean());
        }
    }

    @Test
    void version_reads_as_4_2_0_the_way_mastodon_py_parses_it() {
        String version = getJson(instance, "/api/v1/instance/").get("version").asText();
        assertEquals("4.2.0+fellowship", version);
        assertEquals(List.of(4, 2, 0), MastodonPy.parse(MastodonPy.normalize(version)));
        assertEquals(version, getJson(instance, "/api/v2/instance").get("version").asText());
        // The parser itself, on the cases its behaviour was checked against.
        assertEquals(List.of(0, 1, 0), MastodonPy.parse(MastodonPy.normalize("4.2.0+0.1.0")));
        assertEquals(List.of(2, 7, 2), MastodonPy.parse(MastodonPy.normalize("2.7.2 (compatible; Pleroma 2.5.0)")));
        assertThrows(IndexOutOfBoundsException.class, () -> MastodonPy.parse(MastodonPy.normalize("4.2")));
    }

    @Test
    void thumbnail_is_a_real_image() {
        String url = getJson(instance, "/api/v1/instance").get("thumbnail").asText();
        assertEquals(url, getJson(instance, "/api/v2/instance").get("thumbnail").get("url").asText());
        HttpResponse<String> image = instance.get(url);
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void v2_instance_has_the_configuration_objects_elk_and_phanpy_dereference_and_no_api_versions() {
        for (String path : List.of("/api/v2/instance", "/api/v2/instance/")) {
            JsonNode json = getJson(instance, path);
            JsonShape.of(json)
                    .string("domain", "title", "version", "source_url", "description", "thumbnail.url",
                            "configuration.urls.streaming", "configuration.vapid.public_key", "contact.email")
                    .integer("usage.users.active_month")
                    .array("icon", "languages", "rules", "configuration.media_attachments.supported_mime_types")
                    .isNull("configuration.urls.status", "registrations.message", "registrations.url")
                    .integer("configuration.accounts.max_featured_tags", "configuration.accounts.max_pinned_statuses",
                            "configuration.statuses.max_characters", "configuration.statuses.max_media_attachments",
                            "configuration.statuses.characters_reserved_per_url",
                            "configuration.media_attachments.description_limit",
                            "configuration.media_attachments.image_size_limit",
                            "configuration.polls.max_options", "configuration.polls.max_expiration")
                    .bool("configuration.translation.enabled", "registrations.enabled",
                            "registrations.approval_required")
                    .objectOrNull("contact.account")
                    .absent("api_versions");
            assertEquals(instance.domain(), json.get("domain").asText());
            assertEquals("ws://" + instance.domain(), json.get("configuration").get("urls").get("streaming").asText());
            assertFalse(json.get("configuration").get("translation").get("enabled").asBoolean());
            assertEquals("ops@ministry.example", json.get("contact").get("email").asText());
        }
    }

    @Test
    void max_characters_is_the_real_post_limit() {
        int limit = getJson(instance, "/api/v1/instance").get("configuration").get("statuses").get("max_characters")
                .asInt();
        assertEquals(PostService.MAX_CHARACTERS, limit);
        assertEquals(limit, getJson(instance, "/api/v2/instance").get("configuration").get("statuses")
                .get("max_characters").asInt());
        Account writer = instance.createFellow("longwriter");
        instance.posts().post(writer, NewPost.publicText("a".repeat(limit)));
        assertThrows(InvalidPostException.class,
                () -> instance.posts().post(writer, NewPost.publicText("a".repeat(limit + 1))));
    }

    @Test
    void rules_are_the_operators_in_their_order() {
        for (JsonNode rules : List.of(getJson(instance, "/api/v1/instance/rules"),
                getJson(instance, "/api/v1/instance").get("rules"), getJson(instance, "/api/v2/instance").get("rules"))) {
            assertEquals(2, rules.size());
            JsonShape.of(rules).each("", rule -> rule.digits("id").string("text", "hint"));
            assertEquals("1", rules.get(0).get("id").asText());
            assertEquals("Be kind to colleagues and to the public.", rules.get(0).get("text").asText());
            assertEquals("No personal data of citizens.", rules.get(1).get("text").asText());
        }
    }

    @Test
    void an_instance_without_contact_or_rules_says_so_with_empty_values() {
        try (TestInstance plain = TestInstance.start()) {
            JsonNode v1 = getJson(plain, "/api/v1/instance");
            assertEquals("", v1.get("email").asText());
            assertTrue(v1.get("contact_account").isNull());
            assertEquals(0, v1.get("rules").size());
            assertEquals("[]", getJson(plain, "/api/v1/instance/rules").toString());
            assertTrue(getJson(plain, "/api/v2/instance").get("contact").get("account").isNull());
        }
    }

    @Test
    void contact_account_is_the_longest_standing_administrator() {
        try (TestInstance fresh = TestInstance.start()) {
            fresh.createFellow("member");
            fresh.fellows().create(new FellowService.NewFellow("chief", "The Chief", null, null, true));
            fresh.fellows().create(new FellowService.NewFellow("deputy", null, null, null, true));
            JsonNode account = getJson(fresh, "/api/v1/instance").get("contact_account");
            JsonShape.of(account).digits("id").string("username", "acct", "display_name", "avatar", "url")
                    .datetime("created_at");
            assertEquals("chief", account.get("username").asText());
            assertEquals("chief", getJson(fresh, "/api/v2/instance").get("contact").get("account").get("username")
                    .asText());
        }
    }

    @Test
    void stats_count_fellows_their_statuses_and_the_servers_known() {
        try (TestInstance fresh = TestInstance.start()) {
            JsonNode empty = getJson(fresh, "/api/v1/instance").get("stats");
            assertEquals(0, empty.get("user_count").asLong());
            assertEquals(0, empty.get("status_count").asLong());
            assertEquals(0, empty.get("domain_count").asLong());

            Account ada = fresh.createFellow("ada");
            fresh.createFellow("grace");
            fresh.posts().post(ada, NewPost.publicText("First practice note"));
            fresh.posts().post(ada, NewPost.publicText("Second practice note"));
            JooqAccountStore store = new JooqAccountStore(fresh.database());
            store.insertRemote(Accounts.remote(9_001, "bob", "agency.example"));
            store.insertRemote(Accounts.remote(9_002, "carol", "agency.example"));
            store.insertRemote(Accounts.remote(9_003, "dan", "council.example:8443"));

            JsonNode stats = getJson(fresh, "/api/v1/instance").get("stats");
            assertEquals(2, stats.get("user_count").asLong());
            assertEquals(2, stats.get("status_count").asLong());
            assertEquals(2, stats.get("domain_count").asLong());
            assertEquals(2, getJson(fresh, "/api/v2/instance").get("usage").get("users").get("active_month").asLong());
            assertEquals("[\"agency.example\",\"council.example:8443\"]",
                    getJson(fresh, "/api/v1/instance/peers").toString());
        }
    }

    @Test
    void activity_gives_twelve_weeks_of_real_counts_as_strings_the_current_week_first() {
        try (TestInstance fresh = TestInstance.start()) {
            ApiClient.fellow(fresh, "ada", "read");
            ApiClient.fellow(fresh, "grace", "read");
            fresh.tokens().issue(fresh.fellows().findLocal("ada").orElseThrow(), "read");
            Account author = fresh.fellows().findLocal("ada").orElseThrow();
            fresh.posts().post(author, NewPost.publicText("A note this week"));
            JsonNode weeks = getJson(fresh, "/api/v1/instance/activity");
            assertEquals(12, weeks.size());
            JsonShape.of(weeks).each("", week -> week.digits("week", "statuses", "logins", "registrations"));
            long monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            JsonNode current = weeks.get(0);
            if (Long.parseLong(current.get("week").asText()) != monday) {
                return; // the week turned during the test; the counts below belong to the previous entry
            }
            assertEquals("1", current.get("statuses").asText());
            assertEquals("2", current.get("logins").asText(), "two fellows signed in, one of them twice");
            assertEquals("2", current.get("registrations").asText());
            for (int i = 1; i < 12; i++) {
                assertEquals(monday - i * 7L * 24 * 3600, Long.parseLong(weeks.get(i).get("week").asText()));
                assertEquals("0", weeks.get(i).get("statuses").asText());
            }
        }
    }

    @Test
    void extended_description_is_the_instance_description_as_html() {
        JsonNode json = getJson(instance, "/api/v1/instance/extended_description");
        JsonShape.of(json).datetime("updated_at").string("content");
        assertEquals("<p>A ministry instance used in tests.</p>", json.get("content").asText());
    }

    @Test
    void custom_emojis_and_announcements_are_empty_lists() {
        assertEquals("[]", getJson(instance, "/api/v1/custom_emojis").toString());
        ApiClient reader = ApiClient.fellow(instance, "announcer", "read");
        HttpResponse<String> announcements = reader.get("/api/v1/announcements/");
        assertEquals(200, announcements.statusCode());
        assertEquals("[]", announcements.body());
        assertEquals(401, ApiClient.anonymous(instance).get("/api/v1/announcements").statusCode());
    }

    @Test
    void push_subscription_is_never_there_and_says_so_in_json() {
        ApiClient elk = ApiClient.fellow(instance, "elkuser", "read write follow push");
        for (HttpResponse<String> response : List.of(elk.get("/api/v1/push/subscription"),
                elk.postForm("/api/v1/push/subscription", "subscription[endpoint]", "https://push.example/x"),
                elk.putForm("/api/v1/push/subscription", "data[alerts][follow]", "true"),
                elk.delete("/api/v1/push/subscription"))) {
            assertEquals(404, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals("Record not found", ApiClient.json(response).get("error").asText());
        }
        assertEquals(401, ApiClient.anonymous(instance).get("/api/v1/push/subscription").statusCode());
        ApiClient noPush = ApiClient.fellow(instance, "nopush", "read write");
        assertEquals(403, noPush.get("/api/v1/push/subscription").statusCode());
    }

    /** Mastodon.py 1.8.0's reading of a version string (utility.parse_version_string and its normaliser). */
    private static final class MastodonPy {

        private static final Pattern LEADING_DIGITS = Pattern.compile("^([0-9]*)");

        /** Cuts at the first space; uses the part after '+' when it parses as a version, else the part before. */
        static String normalize(String version) {
            String first = version.split(" ")[0];
            String[] plus = first.split("\\+", -1);
            try {
                parse(plus[1]);
                return plus[1];
            } catch (RuntimeException e) {
                return plus[0];
            }
        }

        /** The first three dot-separated parts, each read as its leading digits (an empty run fails, as int("") does). */
        static List<Integer> parse(String version) {
            String[] parts = version.split("\\.", -1);
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Matcher m = LEADING_DIGITS.matcher(parts[i]);
                m.find();
                numbers.add(Integer.parseInt(m.group(1)));
            }
            return numbers;
        }
    }
}
