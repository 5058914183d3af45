package org.bureaucrathackers.fellowship.web.explore;

import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.listed;
import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /directory} over HTTP: each facet value's count for seeded fellows, facet links and the form narrowing
 * the list (counts of a facet over the other filters), removing filters, values in the page's language, and a
 * refused value answered 422 with the message next to its control.
 */
class DirectoryPageTest {

    static TestDatabases.Postgres postgres;
    static TestInstance instance;

    /** On PostgreSQL when FELLOWSHIP_TEST_POSTGRES_URL is set (the facet counts are the database's), else H2. */
    @BeforeAll
    static void start() {
        postgres = TestDatabases.postgres().orElse(null);
        instance = postgres == null ? TestInstance.start()
                : TestInstance.startOn(postgres.instanceStorage(), HostResolver.SYSTEM);
        listed(instance, "dp_ua1", "UA", "national", "health", List.of("opendata", "health"));
        listed(instance, "dp_ua2", "UA", "local", "transport", List.of("opendata"));
        listed(instance, "dp_pl", "PL", "national", "health", List.of("health"));
        var hidden = ExploreFixtures.fellow(instance, "dp_hidden", null, false);
        instance.profiles().update(hidden, new ProfileChanges(null, null, null, null, false, null, null),
                new FellowProfileChanges().set("country", "UA").set("sector", "health"));
    }

    @AfterAll
    static void stop() {
        instance.close();
        if (postgres != null) {
            postgres.cleanUp();
        }
    }

    private static Document directory(Browser browser, String pathAndQuery) {
        return page(browser.get(pathAndQuery), 200);
    }

    private static Set<String> fellows(Document page) {
        return page.select("#fellows-heading ~ ul.fellows .handle").stream()
                .map(e -> e.text().substring(1, e.text().indexOf('@', 1))).collect(Collectors.toSet());
    }

    private static Element facetLink(Document page, String text) {
        Element link = page.selectFirst("ul.facet a:containsOwn(" + text + ")");
        assertNotNull(link, "no facet link " + text + " in " + page.select("ul.facet").text());
        return link;
    }

    @Test
    void every_facet_value_shows_how_many_listed_fellows_have_it() {
        Document page = directory(new Browser(instance), "/directory");
        assertEquals(Set.of("dp_ua1", "dp_ua2", "dp_pl"), fellows(page).stream().filter(n -> n.startsWith("dp_"))
                .collect(Collectors.toSet()), "the fellow not listed is left out");
        for (String text : List.of("Ukraine (2)", "Poland (1)", "National (2)", "Local (1)", "health (2)",
                "transport (1)", "#opendata (2)", "#health (2)")) {
            facetLink(page, text);
        }
        assertEquals("Ukraine (2)", page.select("select#country option[value=UA]").text());
        assertTrue(page.select("#active-heading").isEmpty(), "no filter in use");
    }

    @Test
    void a_facet_link_narrows_the_list_counts_the_other_facets_over_it_and_is_removed_again() {
        Browser browser = new Browser(instance);
        Document all = directory(browser, "/directory");
        String ukraine = facetLink(all, "Ukraine (2)").attr("href");
        assertEquals("/directory?country=UA", ukraine);

        Document narrowed = directory(browser, ukraine);
        assertEquals(Set.of("dp_ua1", "dp_ua2"), fellows(narrowed));
        facetLink(narrowed, "Poland (1)");
        facetLink(narrowed, "health (1)");
        facetLink(narrowed, "transport (1)");
        assertEquals("Ukraine (2), selected", narrowed.selectFirst("ul.facet strong").text());
        assertTrue(narrowed.select("select#country option[value=UA]").hasAttr("selected"));
        Element remove = narrowed.selectFirst("#active-heading ~ ul a");
        assertEquals("Remove the filter Country: Ukraine", remove.text());

        String local = facetLink(narrowed, "Local (1)").attr("href");
        assertEquals("/directory?country=UA&government_level=local", local);
        assertEquals(Set.of("dp_ua2"), fellows(directory(browser, local)));

        Document back = directory(browser, remove.attr("href"));
        assertTrue(fellows(back).containsAll(Set.of("dp_ua1", "dp_ua2", "dp_pl")));
    }

    @Test
    void the_form_narrows_the_list_as_the_links_do() {
        Browser browser = new Browser(instance);
        Document form = directory(browser, "/directory");
        StringBuilder query = new StringBuilder("/directory?q=");
        for (Element select : form.select("form[action=/directory] select")) {
            String chosen = switch (select.attr("name")) {
                case "government_level" -> "national";
                case "sector" -> "health";
                default -> "";
            };
            query.append('&').append(select.attr("name")).append('=').append(chosen);
        }
        Document narrowed = directory(browser, query.toString());
        assertEquals(Set.of("dp_ua1", "dp_pl"), fellows(narrowed));
        assertTrue(narrowed.select("select#government_level option[value=national]").hasAttr("selected"));
        assertTrue(narrowed.select("select#sector option[value=health]").hasAttr("selected"));
        assertEquals(Set.of("dp_ua1"), fellows(directory(browser, "/directory?sector=health&q=%23opendata")),
                "free text narrows too");
    }

    @Test
    void a_bad_filter_value_is_a_422_page_with_the_message_next_to_its_control() {
        Browser browser = new Browser(instance);
        Document refused = page(browser.get("/directory?country=XX&sector=health"), 422);
        Element country = refused.getElementById("country");
        assertEquals("true", country.attr("aria-invalid"));
        assertEquals("country-error", country.attr("aria-describedby"));
        assertEquals("Choose a country from the list.", refused.getElementById("country-error").text());
        assertEquals("#country", refused.selectFirst("[role=alert] a").attr("href"));
        assertEquals(1, refused.select("h1").size());
        assertTrue(refused.select("#fellows-heading").isEmpty(), "no results for a refused filter");

        Document tooLong = page(browser.get("/directory?q=" + "x".repeat(201)), 422);
        assertEquals("true", tooLong.getElementById("q").attr("aria-invalid"));
        assertNotNull(tooLong.getElementById("q-error"));
        assertTrue(tooLong.getElementById("country").attr("aria-invalid").isEmpty(), "only the field at fault");
        assertEquals(422, browser.get("/directory?government_level=federal").statusCode());
        assertEquals(422, browser.get("/directory?stage=Not%20a%20stage").statusCode());
    }

    @Test
    void values_read_in_the_page_language() {
        Browser browser = new Browser(instance);
        Document french = page(browser.getWithHeader("/directory", "Accept-Language", "fr"), 200);
        assertEquals("fr", french.selectFirst("html").attr("lang"));
        facetLink(french, "Pologne (1)");
        assertEquals("Pays", french.selectFirst("label[for=country]").text());
        Document spanish = page(new Browser(instance).getWithHeader("/directory", "Accept-Language", "es"), 200);
        facetLink(spanish, "Polonia (1)");
        facetLink(spanish, "Nacional (2)");
    }
}
