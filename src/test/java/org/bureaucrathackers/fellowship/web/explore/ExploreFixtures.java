package org.bureaucrathackers.fellowship.web.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fellows with passwords and structured profiles, and browsers signed in as them, for the explore pages' tests. */
final class ExploreFixtures {

    static final String PASSWORD = "correct horse battery";

    private ExploreFixtures() {
    }

    static Account fellow(TestInstance instance, String username, String displayName, boolean admin) {
        return instance.fellows().create(new FellowService.NewFellow(username, displayName, PASSWORD, null, admin));
    }

    /** A listed fellow with a country, a level of government, a sector and themes (null: not set). */
    static Account listed(TestInstance instance, String username, String country, String level, String sector,
                          List<String> themes) {
        Account account = fellow(instance, username, null, false);
        FellowProfileChanges changes = new FellowProfileChanges().set("country", country)
                .set("government_level", level).set("sector", sector).themes(themes);
        return instance.profiles().update(account, new ProfileChanges(null, null, null, null, true, null, null),
                changes);
    }

    static Browser signedIn(TestInstance instance, Account fellow) {
        Browser browser = new Browser(instance);
        HttpResponse<String> signedIn = browser.submit(browser.get("/auth/sign_in"), "username", fellow.username(),
                "password", PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        return browser;
    }

    static Document page(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** The token a page's forms carry. */
    static String csrf(Document page) {
        return page.selectFirst("input[name=csrf_token]").attr("value");
    }
}
