package org.bureaucrathackers.fellowship.fellowshipapi.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.GovernmentLevel;
import org.bureaucrathackers.fellowship.actor.OrganisationType;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqFellowProfileStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The faceted directory over one instance with local fellows and known remote ones: every filter, facet counts
 * over the other filters, paging, refused values, and the same people as Mastodon's directory and search.
 */
class FellowDirectoryApiTest {

    private static final String ALL = "fd_ua1,fd_ua2,fd_pl,fd_plain,fd_remote@gov.example";
    private static TestInstance instance;
    private static ApiClient anonymous;
    private static ApiClient searcher;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        anonymous = ApiClient.anonymous(instance);
        fellow("fd_ua1", true, "{'organisation':'Ministry of Health','role':'Analyst','country':'UA',"
                + "'government_level':'national','sector':'health','themes':['opendata','health']}");
        fellow("fd_ua2", true, "{'organisation':'City of Kyiv','country':'UA','government_level':'local',"
                + "'sector':'transport','themes':['opendata']}");
        fellow("fd_pl", true, "{'organisation':'Ministry of Health','country':'PL','government_level':'national',"
                + "'sector':'health','themes':['health'],'aims':'Shorter waiting lists'}");
        fellow("fd_hidden", false, "{'country':'UA','sector':'health'}");
        fellow("fd_plain", true, "{}");
        long base = instance.createFellow("fd_anchor").id();
        JooqAccountStore accounts = new JooqAccountStore(instance.database());
        JooqFellowProfileStore profiles = new JooqFellowProfileStore(instance.database());
        Account remote = Accounts.remote(base + 11, "fd_remote", "gov.example");
        accounts.insertRemote(remote);
        profiles.replace(remote.id(), new FellowProfile("Health Board", OrganisationType.GOVERNMENT, null, "UA",
                GovernmentLevel.NATIONAL, "health", List.of(), null));
        Account suspended = Accounts.remote(base + 12, "fd_suspended", "gov.example");
        accounts.insertRemote(suspended);
        profiles.replace(suspended.id(), new FellowProfile(null, null, null, "UA", null, "health", List.of(), null));
        instance.suspensions().suspend(suspended);
        // The anchor only gives remote accounts fresh ids; it is not part of what the tests look at.
        instance.profiles().update(instance.fellows().findLocal("fd_anchor").orElseThrow(),
                new ProfileChanges(null, null, null, null, false, null, null));
        searcher = ApiClient.fellow(instance, "fd_searcher", "read");
        instance.profiles().update(instance.fellows().findLocal("fd_searcher").orElseThrow(),
                new ProfileChanges(null, null, null, null, false, null, null));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static void fellow(String username, boolean discoverable, String profile) {
        Account account = instance.createFellow(username);
        FellowProfileChanges changes = new FellowProfileChanges();
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(profile.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(profile, e);
        }
        json.fields().forEachRemaining(e -> {
            if (e.getKey().equals("themes")) {
                changes.themes(java.util.stream.StreamSupport.stream(e.getValue().spliterator(), false)
                        .map(JsonNode::asText).toList());
            } else {
                changes.set(e.getKey(), e.getValue().asText());
            }
        });
        instance.profiles().update(account, new ProfileChanges(null, null, null, null, discoverable, null, null),
                changes);
    }

    private static JsonNode directory(String query) {
        HttpResponse<String> response = anonymous.get("/api/fellowship/v1/directory?limit=80&" + query);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    private static Set<String> accts(JsonNode accounts) {
        Set<String> accts = new HashSet<>();
        accounts.forEach(a -> accts.add(a.get("acct").asText()));
        return accts;
    }

    private static Set<String> set(String commaSeparated) {
        return commaSeparated.isEmpty() ? Set.of() : Set.of(commaSeparated.split(","));
    }

    private static Map<String, Long> facet(JsonNode page, String name) {
        Map<String, Long> counts = new TreeMap<>();
        page.get("facets").get(name).fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    @Test
    void without_filters_every_listed_fellow_is_there_with_the_counts_of_all() {
        JsonNode page = directory("");
        assertEquals(set(ALL), accts(page.get("accounts")));
        assertEquals(Map.of("UA", 3L, "PL", 1L), facet(page, "country"));
        assertEquals(Map.of("national", 3L, "local", 1L), facet(page, "government_level"));
        assertEquals(Map.of("health", 3L, "transport", 1L), facet(page, "sector"));
        assertEquals(Map.of("opendata", 2L, "health", 2L), facet(page, "theme"));
        assertEquals(Map.of("Ministry of Health", 2L, "City of Kyiv", 1L, "Health Board", 1L),
                facet(page, "organisation"));
        assertEquals(Map.of(), facet(page, "stage"));
    }

    @Test
    void each_facet_is_counted_over_the_other_filters() {
        JsonNode ua = directory("country=ua");
        assertEquals(set("fd_ua1,fd_ua2,fd_remote@gov.example"), accts(ua.get("accounts")));
        assertEquals(Map.of("UA", 3L, "PL", 1L), facet(ua, "country"));
        assertEquals(Map.of("health", 2L, "transport", 1L), facet(ua, "sector"));
        assertEquals(Map.of("national", 2L, "local", 1L), facet(ua, "government_level"));
        assertEquals(Map.of("opendata", 2L, "health", 1L), facet(ua, "theme"));

        JsonNode uaHealth = directory("country=UA&sector=health");
        assertEquals(set("fd_ua1,fd_remote@gov.example"), accts(uaHealth.get("accounts")));
        assertEquals(Map.of("UA", 2L, "PL", 1L), facet(uaHealth, "country"));
        assertEquals(Map.of("health", 2L, "transport", 1L), facet(uaHealth, "sector"));
        assertEquals(Map.of("national", 2L), facet(uaHealth, "government_level"));
    }

    @Test
    void every_filter_narrows_the_list() {
        assertEquals(set("fd_ua2"), accts(directory("government_level=local").get("accounts")));
        assertEquals(set("fd_ua1,fd_pl"), accts(directory("organisation=ministry%20of%20health").get("accounts")));
        assertEquals(set("fd_ua1,fd_pl,fd_remote@gov.example"), accts(directory("sector=health").get("accounts")));
        assertEquals(set("fd_ua1,fd_ua2"), accts(directory("theme=%23OpenData").get("accounts")));
        assertEquals(set(""), accts(directory("stage=evaluation").get("accounts")));
        assertEquals(set("fd_pl"), accts(directory("q=waiting").get("accounts")));
        assertEquals(set("fd_ua2"), accts(directory("q=kyiv").get("accounts")));
        assertEquals(set("fd_ua1"), accts(directory("q=ANALYST").get("accounts")));
        assertEquals(set("fd_ua1,fd_ua2"), accts(directory("q=%23opendata").get("accounts")));
        assertEquals(set("fd_ua1,fd_pl"), accts(directory("q=health%20ministry").get("accounts")));
        assertEquals(set("fd_ua1"), accts(directory("q=health%20ministry&country=UA").get("accounts")));
        assertEquals(set(""), accts(directory("q=health&country=DE").get("accounts")));
    }

    @Test
    void pages_by_offset_and_limit_without_losing_anyone() {
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset < 6; offset += 2) {
            JsonNode page = ApiClient.json(anonymous.get("/api/fellowship/v1/directory?order=new&limit=2&offset="
                    + offset));
            assertTrue(page.get("accounts").size() <= 2);
            accts(page.get("accounts")).forEach(acct -> assertTrue(seen.add(acct), acct + " twice"));
        }
        assertEquals(set(ALL), seen);
        assertEquals(200, anonymous.get("/api/fellowship/v1/directory?limit=500").statusCode());
    }

    @Test
    void bad_filter_values_are_refused_naming_the_parameter() {
        Map<String, String> refused = Map.of("country=XX", "country", "government_level=federal", "government_level",
                "sector=Bad%20Sector", "sector", "theme=bad%20tag", "theme", "stage=Bad%20Stage!", "stage",
                "q=" + "x".repeat(201), "q", "q=a-b-c-d-e-f-g-h-i", "q", "order=sideways", "order", "organisation=" + "o".repeat(201),
                "organisation");
        refused.forEach((query, parameter) -> {
            HttpResponse<String> response = anonymous.get("/api/fellowship/v1/directory?" + query);
            assertEquals(422, response.statusCode(), query + " -> " + response.body());
            assertEquals(parameter, ApiClient.json(response).get("field").asText(), response.body());
        });
        HttpResponse<String> offset = anonymous.get("/api/fellowship/v1/directory?offset=-1");
        assertEquals(422, offset.statusCode(), offset.body());
        assertTrue(ApiClient.json(offset).has("error"));
    }

    @Test
    void mastodons_directory_and_search_show_the_same_people() {
        Set<String> ours = accts(directory("").get("accounts"));
        Set<String> mastodons = accts(ApiClient.json(anonymous.get("/api/v1/directory?limit=80")));
        assertEquals(ours, mastodons);
        assertEquals(ours, accts(ApiClient.json(anonymous.get("/api/v1/directory?limit=80&order=new"))));

        Set<String> found = accts(ApiClient.json(searcher.get("/api/v1/accounts/search?q=fd_&limit=40")));
        assertTrue(!found.contains("fd_suspended@gov.example"), found.toString());
        Set<String> foundAndListed = new HashSet<>(found);
        foundAndListed.removeAll(Set.of("fd_hidden", "fd_anchor", "fd_searcher"));
        assertEquals(accts(directory("q=fd_").get("accounts")), foundAndListed);
        assertEquals(ours, foundAndListed);
    }
}
