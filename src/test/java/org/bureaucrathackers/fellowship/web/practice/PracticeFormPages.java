package org.bureaucrathackers.fellowship.web.practice;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeInput;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.PracticeExamples;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;

/**
 * The practice pages, for the HTML checker: a practice's page (linked), and what a signed-in fellow sees of the
 * form: blank, refused, previewed and with the practices a search found.
 */
public final class PracticeFormPages {

    private static final String PASSWORD = "correct horse battery";
    private static final String PATH = "/practices/new";

    private PracticeFormPages() {
    }

    public static void addTo(TestInstance instance, List<String> linked, List<String> submitted) {
        Account author = instance.fellows().create(new FellowService.NewFellow("practitioner", null, PASSWORD, null,
                false));
        var json = PracticeExamples.practice();
        json.put("title", "Permits <script>alert(1)</script> in a day");
        Practice practice = instance.practices().create(author, PracticeInput.strict().request(json));
        linked.add("/@practitioner/" + practice.statusId());

        Browser browser = new Browser(instance);
        expect(browser.submit(browser.get("/auth/sign_in"), "username", author.username(), "password", PASSWORD), "");
        submitted.add(expect(browser.get(PATH), "practice-form"));
        submitted.add(expect(send(browser, "action", "publish", "title", "Refused", "outcomes[0].indicator", "Days",
                "outcomes[0].value", "3", "outcomes[0].unit", "days", "outcomes[0].currency", "EUR"), "role=\"alert\""));
        submitted.add(expect(send(browser, "action", "preview", "title", "Previewed <b>practice</b>",
                "outcomes[0].indicator", "Days", "outcomes[0].value", "3", "outcomes[0].unit", "days"), "preview"));
        submitted.add(expect(send(browser, "action", "search_adapted", "adapted_query", "permits"), "found-list"));
    }

    private static HttpResponse<String> send(Browser browser, String... fields) {
        String token = Jsoup.parse(browser.get(PATH).body()).selectFirst("form.practice-form input[name=csrf_token]")
                .val();
        List<String> all = new ArrayList<>(List.of("csrf_token", token));
        all.addAll(List.of(fields));
        return browser.post(PATH, all);
    }

    private static String expect(HttpResponse<String> page, String marker) {
        if (!page.body().contains(marker)) {
            throw new AssertionError("expected a page with " + marker + ": " + page.body());
        }
        return page.body();
    }
}
