package org.bureaucrathackers.fellowship.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.config.Version;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.store.TestRows;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NodeInfoRoutesTest {

    static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static JsonNode document(TestInstance on, String path, String expectedContentType) throws IOException {
        HttpResponse<String> response = on.get(path, "Accept", "application/json");
        assertEquals(200, response.statusCode(), path);
        assertEquals(parameterSpacing(expectedContentType),
                parameterSpacing(response.headers().firstValue("Content-Type").orElse("")), path);
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
        return Json.MAPPER.readTree(response.body());
    }

    private static JsonNode document(String path, String expectedContentType) throws IOException {
        return document(instance, path, expectedContentType);
    }

    /** Jetty may drop the optional space before a media type parameter. */
    private static String parameterSpacing(String contentType) {
        return contentType.replaceAll(";\\s+", ";");
    }

    private static JsonNode nodeInfo20(TestInstance on) throws IOException {
        return document(on, "/nodeinfo/2.0",
                "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.0#\"");
    }

    private static JsonNode nodeInfo20() throws IOException {
        return nodeInfo20(instance);
    }

    @Test
    void discovery_lists_both_schema_versions() throws IOException {
        JsonNode links = document("/.well-known/nodeinfo", "application/json; charset=utf-8").get("links");
        assertEquals(3, links.size());
        assertEquals("http://nodeinfo.diaspora.software/ns/schema/2.0", links.get(0).get("rel").asText());
        assertEquals(instance.base() + "/nodeinfo/2.0", links.get(0).get("href").asText());
        assertEquals("http://nodeinfo.diaspora.software/ns/schema/2.1", links.get(1).get("rel").asText());
        assertEquals(instance.base() + "/nodeinfo/2.1", links.get(1).get("href").asText());
        for (JsonNode link : links) {
            assertEquals(200, instance.get(link.get("href").asText(), "Accept", "application/json").statusCode());
        }
    }

    @Test
    void discovery_links_the_instance_actor_as_fep_2677_asks() throws IOException {
        JsonNode links = document("/.well-known/nodeinfo", "application/json; charset=utf-8").get("links");
        JsonNode application = null;
        for (JsonNode link : links) {
            if ("https://www.w3.org/ns/activitystreams#Application".equals(link.path("rel").asText())) {
                application = link;
            }
        }
        assertTrue(application != null, links.toString());
        String actor = application.get("href").asText();
        assertEquals(instance.base() + "/actor", actor);
        HttpResponse<String> fetched = instance.get(actor, "Accept", "application/activity+json");
        assertEquals(200, fetched.statusCode());
        assertEquals("Application", Json.MAPPER.readTree(fetched.body()).get("type").asText());
    }

    @Test
    void nodeinfo_2_0_describes_the_software_and_the_instance() throws IOException {
        JsonNode info = nodeInfo20();
        assertEquals("2.0", info.get("version").asText());
        assertEquals("fellowship", info.get("software").get("name").asText());
        assertEquals(Version.current(), info.get("software").get("version").asText());
        assertFalse(info.get("software").has("repository"));
        assertEquals("[\"activitypub\"]", info.get("protocols").toString());
        assertEquals("{\"inbound\":[],\"outbound\":[]}", info.get("services").toString());
        assertFalse(info.get("openRegistrations").asBoolean(true));
        assertTrue(info.get("openRegistrations").isBoolean());
        assertEquals("Test Ministry", info.get("metadata").get("nodeName").asText());
        assertEquals("A ministry instance used in tests.", info.get("metadata").get("nodeDescription").asText());
    }

    @Test
    void nodeinfo_2_1_adds_repository_and_homepage() throws IOException {
        JsonNode info = document("/nodeinfo/2.1",
                "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"");
        assertEquals("2.1", info.get("version").asText());
        assertTrue(info.get("software").get("repository").asText().startsWith("https://"));
        assertTrue(info.get("software").get("homepage").asText().startsWith("https://"));
        assertEquals(nodeInfo20().get("usage"), info.get("usage"));
    }

    @Test
    void nodeinfo_has_every_key_mastodon_serves() throws IOException {
        JsonNode mastodon;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/activitypub/mastodon/nodeinfo-2.0.json")) {
            mastodon = Json.MAPPER.readTree(in);
        }
        List<String> ours = new ArrayList<>(keyPaths(nodeInfo20(), ""));
        ours.removeAll(List.of("metadata.upstream", "metadata.upstream.name", "metadata.upstream.version"));
        assertEquals(keyPaths(mastodon, ""), ours);
    }

    @Test
    void both_documents_name_mastodon_as_upstream_so_megalodon_clients_accept_the_server() throws IOException {
        for (String version : List.of("2.0", "2.1")) {
            JsonNode upstream = document("/nodeinfo/" + version, "application/json; profile=\""
                    + "http://nodeinfo.diaspora.software/ns/schema/" + version + "#\"").get("metadata").get("upstream");
            assertEquals("mastodon", upstream.get("name").asText(), version);
            assertEquals("4.2.0", upstream.get("version").asText(), version);
        }
    }

    @Test
    void usage_counts_follow_fellows_and_statuses() throws IOException {
        try (TestInstance fresh = TestInstance.start()) {
            countOn(fresh);
        }
    }

    private static void countOn(TestInstance instance) throws IOException {
        var db = instance.database();
        assertEquals(usage(0, 0, 0, 0), usageOf(nodeInfo20(instance)));

        Account alice = instance.createFellow("alice");
        Account bob = instance.createFellow("bob");
        assertEquals(usage(2, 2, 2, 0), usageOf(nodeInfo20(instance)), "new fellows count as active");

        Instant now = Instant.now();
        TestRows.insertStatus(db, alice.id(), now, null);
        TestRows.insertStatus(db, alice.id(), now, null);
        TestRows.insertStatus(db, bob.id(), now, now);
        assertEquals(usage(2, 2, 2, 2), usageOf(nodeInfo20(instance)), "deleted statuses are not posts");

        TestRows.markAccountDeleted(db, bob.id(), now);
        assertEquals(usage(1, 1, 1, 2), usageOf(nodeInfo20(instance)), "deleted fellows are not users");

        long instanceActor = instance.fellows().instanceActor().id();
        TestRows.insertStatus(db, instanceActor, now.minus(Duration.ofDays(1)), null);
        assertEquals(usage(1, 1, 1, 3), usageOf(nodeInfo20(instance)), "the instance actor is no user but its posts are local");
    }

    private static Map<String, Long> usage(long total, long month, long halfYear, long posts) {
        return Map.of("total", total, "activeMonth", month, "activeHalfyear", halfYear, "localPosts", posts);
    }

    private static Map<String, Long> usageOf(JsonNode info) {
        JsonNode usage = info.get("usage");
        JsonNode users = usage.get("users");
        return usage(users.get("total").asLong(-1), users.get("activeMonth").asLong(-1),
                users.get("activeHalfyear").asLong(-1), usage.get("localPosts").asLong(-1));
    }

    @Test
    void unknown_schema_version_is_404_json() throws IOException {
        HttpResponse<String> response = instance.get("/nodeinfo/9.9");
        assertEquals(404, response.statusCode());
        assertTrue(Json.MAPPER.readTree(response.body()).has("error"));
    }

    @Test
    void preflight_allows_any_origin() {
        for (String path : List.of("/.well-known/nodeinfo", "/nodeinfo/2.0", "/nodeinfo/2.1")) {
            HttpResponse<String> response = instance.send(HttpRequest.newBuilder(URI.create(instance.url(path)))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://app.example")
                    .header("Access-Control-Request-Method", "GET")
                    .build());
            assertEquals(204, response.statusCode(), path);
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
        }
    }

    /** Every key path of the object tree, e.g. "usage.users.total", sorted. */
    private static List<String> keyPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            paths.add(path);
            if (field.getValue().isObject()) {
                paths.addAll(keyPaths(field.getValue(), path + "."));
            }
        }
        paths.sort(null);
        return paths;
    }
}
