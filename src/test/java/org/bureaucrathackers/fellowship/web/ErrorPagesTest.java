package org.bureaucrathackers.fellowship.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Error pages speak the reader's language; API clients keep the English message in JSON. */
class ErrorPagesTest {

    static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void a_missing_fellow_is_explained_in_french_to_a_french_browser() {
        HttpResponse<String> page = new Browser(instance).getWithHeader("/@nobody", "Accept-Language", "fr-FR,fr;q=0.9");
        assertEquals(404, page.statusCode());
        Document document = Jsoup.parse(page.body());
        assertEquals("fr", document.selectFirst("html").attr("lang"));
        String main = document.selectFirst("main").text();
        assertTrue(main.contains("Il n’y a rien à cette adresse."), main);
        assertTrue(main.contains("Ce profil n’existe pas ici."), main);
        assertFalse(main.contains("No fellow called") || main.contains("no such profile"), main);
    }

    @Test
    void an_unknown_path_is_explained_in_spanish() {
        HttpResponse<String> missing = new Browser(instance).getWithHeader("/no/such/page", "Accept-Language", "es");
        assertEquals(404, missing.statusCode());
        String main = Jsoup.parse(missing.body()).selectFirst("main").text();
        assertTrue(main.contains("No hay nada en esta dirección."), main);
        assertFalse(main.contains("Nothing"), main);
    }

    @Test
    void an_english_only_message_stays_out_of_a_page_in_another_language() {
        HttpResponse<String> tag = new Browser(instance).getWithHeader("/tags/%21%21", "Accept-Language", "fr");
        assertEquals(404, tag.statusCode());
        String main = Jsoup.parse(tag.body()).selectFirst("main").text();
        assertTrue(main.contains("Il n’y a rien à cette adresse."), main);
        assertFalse(main.contains("is not a hashtag"), main);
    }

    @Test
    void json_clients_keep_the_english_message() {
        HttpResponse<String> json = ApiClient.anonymous(instance).get("/api/v1/accounts/lookup?acct=nobody");
        assertEquals(404, json.statusCode());
        HttpResponse<String> english = new Browser(instance).getWithHeader("/@nobody", "Accept-Language", "en");
        String main = Jsoup.parse(english.body()).selectFirst("main").text();
        assertTrue(main.contains("There is nothing at this address.") && main.contains("There is no such profile here."),
                main);
    }
}
