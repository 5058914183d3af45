package org.bureaucrathackers.fellowship.web.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.GovernmentLevel;
import org.bureaucrathackers.fellowship.actor.OrganisationType;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.CsrfTokens;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /settings/profile} over HTTP: a good form is saved and redirected to; each bad value is answered 422
 * with its message by its control and nothing stored; an avatar upload replaces the avatar.
 */
class SettingsProfilePageTest {

    private static final String PASSWORD = "correct horse battery";

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
    void a_good_form_is_saved_and_the_page_says_so() {
        Account olha = fellow("olha");
        Browser browser = signedIn(olha);
        HttpResponse<String> form = browser.get("/settings/profile");
        assertEquals(200, form.statusCode(), form.body());

        HttpResponse<String> saved = browser.post("/settings/profile", good(csrf(form)));

        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals("/settings/profile?saved=1", saved.headers().firstValue("Location").orElseThrow());
        Account stored = instance.fellows().findLocal("olha").orElseThrow();
        assertEquals("Olha Bondar", stored.displayName());
        assertTrue(stored.summaryHtml().contains("<em>open</em>"), stored.summaryHtml());
        assertTrue(stored.manuallyApprovesFollowers());
        assertFalse(stored.discoverable());
        assertEquals(1, stored.fields().size());
        assertEquals("Pronouns", stored.fields().get(0).name());
        FellowProfile profile = instance.profiles().fellowProfile(stored);
        assertEquals("UA", profile.country());
        assertEquals(OrganisationType.GOVERNMENT, profile.organisationType());
        assertEquals(GovernmentLevel.LOCAL, profile.governmentLevel());
        assertEquals(List.of("opendata", "procurement"), profile.themes());
        assertEquals("Kyiv City Council", profile.organisation());

        Document again = Jsoup.parse(browser.follow(saved).body());
        assertTrue(again.select("[role=status]").text().contains("Your profile was saved."));
        assertEquals("Olha Bondar", again.selectFirst("#display_name").val());
        assertEquals("ua", again.selectFirst("#country").val().toLowerCase());
        assertEquals("#opendata #procurement", again.selectFirst("#themes").val());
        assertNotNull(again.selectFirst("#locked[checked]"));
        assertNull(again.selectFirst("#discoverable[checked]"));
    }

    @Test
    void each_bad_value_is_answered_by_its_control_and_nothing_is_stored() {
        Account mykola = fellow("mykola");
        Browser browser = signedIn(mykola);
        String token = csrf(browser.get("/settings/profile"));
        List<List<String>> cases = List.of(
                List.of("display_name", "display_name", "x".repeat(FellowService.MAX_DISPLAY_NAME + 1)),
                List.of("country", "country", "XX"),
                List.of("organisation_type", "organisation_type", "spaceship"),
                List.of("government_level", "government_level", "galactic"),
                List.of("sector", "sector", "Public Finance!"),
                List.of("themes", "themes", "#ok #not-a-tag!"),
                List.of("field-0-name", "fields_attributes[0][name]", ""),
                List.of("organisation", "organisation", "o".repeat(201)));
        for (List<String> bad : cases) {
            List<String> fields = replaced(good(token), bad.get(1), bad.get(2));
            if (bad.get(0).equals("field-0-name")) {
                fields = replaced(fields, "fields_attributes[0][value]", "a value without a label");
            }
            HttpResponse<String> refused = browser.post("/settings/profile", fields);

            assertRefusedAt(refused, bad.get(0));
            assertUnchanged(mykola);
        }
    }

    @Test
    void more_fields_than_a_profile_holds_are_refused() {
        Account iryna = fellow("iryna");
        Browser browser = signedIn(iryna);
        List<String> fields = good(csrf(browser.get("/settings/profile")));
        for (int i = 1; i < ProfileForm.READ_ROWS; i++) {
            fields.addAll(List.of("fields_attributes[" + i + "][name]", "Label " + i,
                    "fields_attributes[" + i + "][value]", "Value " + i));
        }

        HttpResponse<String> refused = browser.post("/settings/profile", fields);

        assertRefusedAt(refused, "field-0-name");
        assertTrue(refused.body().contains("at most 6 extra fields"), refused.body());
        assertUnchanged(iryna);
        assertEquals(ProfileForm.READ_ROWS, Jsoup.parse(refused.body()).select("fieldset.field-row").size(),
                "every row typed is shown again");
    }

    @Test
    void an_uploaded_avatar_replaces_the_avatar() throws Exception {
        Account anna = fellow("anna");
        Browser browser = signedIn(anna);
        String token = csrf(browser.get("/settings/profile"));
        assertNull(anna.avatarUrl());

        HttpResponse<String> saved = postMultipart(browser, multipart(token)
                .file("avatar", "me.png", "image/png", TestImages.transparentPng(64, 64)));

        assertEquals(303, saved.statusCode(), saved.body());
        Account stored = instance.fellows().findLocal("anna").orElseThrow();
        assertNotNull(stored.avatarUrl());
        assertEquals("Olha Bondar", stored.displayName(), "the text fields of the multipart form are read too");
    }

    @Test
    void a_file_that_is_no_image_is_refused_by_the_avatar_control() throws Exception {
        Account bohdan = fellow("bohdan");
        Browser browser = signedIn(bohdan);
        String token = csrf(browser.get("/settings/profile"));

        HttpResponse<String> refused = postMultipart(browser, multipart(token)
                .file("avatar", "me.png", "image/png", "this is not an image".getBytes()));

        assertRefusedAt(refused, "avatar");
        Account stored = instance.fellows().findLocal("bohdan").orElseThrow();
        assertNull(stored.avatarUrl());
        assertUnchanged(bohdan);
    }

    @Test
    void a_form_without_its_token_is_refused() {
        Account yuri = fellow("yuri");
        Browser browser = signedIn(yuri);

        HttpResponse<String> refused = browser.post("/settings/profile", replaced(good("forged"), "csrf_token", "x"));

        assertEquals(403, refused.statusCode(), refused.body());
        assertUnchanged(yuri);
    }

    private static void assertRefusedAt(HttpResponse<String> refused, String id) {
        assertEquals(422, refused.statusCode(), id + ": " + refused.body());
        Document html = Jsoup.parse(refused.body());
        Element control = html.getElementById(id);
        assertNotNull(control, id);
        assertEquals("true", control.attr("aria-invalid"), id);
        assertTrue(control.attr("aria-describedby").contains(id + "-error"), id);
        assertNotNull(html.getElementById(id + "-error"), id);
        assertNotNull(html.selectFirst("[role=alert] a[href=#" + id + "]"), id + ": " + html.select("[role=alert]"));
    }

    private static void assertUnchanged(Account before) {
        Account now = instance.fellows().findLocal(before.username()).orElseThrow();
        assertEquals(before.displayName(), now.displayName());
        assertEquals(before.fields(), now.fields());
        assertEquals(FellowProfile.EMPTY, instance.profiles().fellowProfile(now));
        assertNotEquals(true, now.manuallyApprovesFollowers());
    }

    private static List<String> good(String token) {
        return new ArrayList<>(List.of("csrf_token", token, "display_name", "Olha Bondar",
                "note", "Making permits *open*.", "fields_attributes[0][name]", "Pronouns",
                "fields_attributes[0][value]", "she/her", "organisation", "Kyiv City Council",
                "organisation_type", "government", "role", "Service designer", "country", "ua",
                "government_level", "local", "sector", "public-services", "themes", "#opendata, procurement",
                "aims", "Every permit online.", "locked", "1"));
    }

    private static Multipart multipart(String token) {
        Multipart form = new Multipart();
        List<String> fields = good(token);
        for (int i = 0; i < fields.size(); i += 2) {
            form.field(fields.get(i), fields.get(i + 1));
        }
        return form.file("header", "", "application/octet-stream", new byte[0]);
    }

    private static HttpResponse<String> postMultipart(Browser browser, Multipart form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.url("/settings/profile")))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", BrowserSessions.COOKIE + "=" + browser.cookie(BrowserSessions.COOKIE) + "; "
                        + CsrfTokens.COOKIE + "=" + browser.cookie(CsrfTokens.COOKIE))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> replaced(List<String> fields, String name, String value) {
        List<String> copy = new ArrayList<>(fields);
        int at = copy.indexOf(name);
        if (at >= 0 && at % 2 == 0) {
            copy.set(at + 1, value);
        } else {
            copy.addAll(List.of(name, value));
        }
        return copy;
    }

    private static String csrf(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).selectFirst("form[action=/settings/profile] input[name=csrf_token]")
                .attr("value");
    }

    private static Account fellow(String username) {
        return instance.fellows().create(new FellowService.NewFellow(username, "Before " + username, PASSWORD,
                null, false));
    }

    private static Browser signedIn(Account fellow) {
        Browser browser = new Browser(instance);
        HttpResponse<String> signedIn = browser.submit(browser.get("/auth/sign_in"), "username", fellow.username(),
                "password", PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        return browser;
    }
}
