package org.bureaucrathackers.fellowship.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden cases: Markdown in, the HTML Mastodon would write out (T2, T4), mentions and tags found. */
class PostMarkdownTest {

    static final LocalUris URIS = new LocalUris("https://ministry.example", "ministry.example");
    static final Account CAROL = Accounts.local(URIS, 1, "carol", List.of(), null, null, Instant.EPOCH, null);
    static final Account BOB = Accounts.remote(2, "bob", "mastodon.example");
    final List<String> lookups = new ArrayList<>();
    final PostMarkdown markdown = new PostMarkdown(URIS);

    Optional<Account> find(String username, String domain) {
        lookups.add(username + "@" + domain);
        if (username.equals("carol") && (domain == null || domain.equals("ministry.example"))) {
            return Optional.of(CAROL);
        }
        if (username.equals("bob") && "mastodon.example".equals(domain)) {
            return Optional.of(BOB);
        }
        return Optional.empty();
    }

    String html(String source) {
        return markdown.render(source, this::find).html();
    }

    static Stream<Arguments> goldenCases() {
        return Stream.of(
            Arguments.of("plain text",
                    "<p>plain text</p>"),
            Arguments.of("line one\nline two",
                    "<p>line one<br>line two</p>"),
            Arguments.of("first\n\nsecond",
                    "<p>first</p><p>second</p>"),
            Arguments.of("**bold** and *em* and ~~no strike in core~~",
                    "<p><strong>bold</strong> and <em>em</em> and ~~no strike in core~~</p>"),
            Arguments.of("`code #nottag @carol`",
                    "<p><code>code #nottag @carol</code></p>"),
            Arguments.of("```\nint x = 1; // #nottag\n```",
                    "<pre><code>int x = 1; // #nottag\n</code></pre>"),
            Arguments.of("> quoted",
                    "<blockquote><p>quoted</p></blockquote>"),
            Arguments.of("- one\n- two",
                    "<ul><li>one</li><li>two</li></ul>"),
            Arguments.of("# Heading",
                    "<p><strong>Heading</strong></p>"),
            Arguments.of("<script>alert(1)</script>",
                    "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
            Arguments.of("<b onclick=x>raw</b>",
                    "<p>&lt;b onclick=x&gt;raw&lt;/b&gt;</p>"),
            Arguments.of("[site](https://ministry.example/x)",
                    "<p><a href=\"https://ministry.example/x\" rel=\"nofollow noopener noreferrer\">site</a></p>"),
            Arguments.of("[bad](javascript:alert(1))",
                    "<p>bad</p>"),
            Arguments.of("[data](data:text/html,hi)",
                    "<p>data</p>"),
            Arguments.of("![image](https://ministry.example/a.png) text",
                    "<p> text</p>"),
            Arguments.of("<https://ministry.example/auto>",
                    "<p><a href=\"https://ministry.example/auto\" rel=\"nofollow noopener noreferrer\">https://ministry.example/auto</a></p>"),
            Arguments.of("see https://example.org/a_(b).",
                    "<p>see <a href=\"https://example.org/a_(b)\" rel=\"nofollow noopener noreferrer\" translate=\"no\">https://example.org/a_(b)</a>.</p>"),
            Arguments.of("(https://example.org/x)",
                    "<p>(<a href=\"https://example.org/x\" rel=\"nofollow noopener noreferrer\" translate=\"no\">https://example.org/x</a>)</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void markdown_renders_to_mastodon_compatible_html(String source, String expected) {
        assertEquals(expected, html(source));
    }

    @Test
    void a_local_mention_links_to_the_fellows_profile_exactly_as_mastodon_does() {
        PostMarkdown.Rendered rendered = markdown.render("hi @carol!", this::find);
        assertEquals("<p>hi <span class=\"h-card\" translate=\"no\"><a href=\"https://ministry.example/@carol\""
                + " class=\"u-url mention\">@<span>carol</span></a></span>!</p>", rendered.html());
        assertEquals(List.of(CAROL), rendered.mentions());
    }

    @Test
    void a_remote_mention_with_a_port_is_resolved_and_linked_to_the_actors_url() {
        Account local = Accounts.remote(3, "dave", "localhost:8443");
        PostMarkdown.Rendered rendered = markdown.render("ping @dave@localhost:8443 and @bob@mastodon.example.",
                (u, d) -> u.equals("dave") && "localhost:8443".equals(d) ? Optional.of(local) : find(u, d));
        assertEquals("<p>ping <span class=\"h-card\" translate=\"no\"><a href=\"https://localhost:8443/@dave\""
                + " class=\"u-url mention\">@<span>dave</span></a></span> and <span class=\"h-card\" translate=\"no\">"
                + "<a href=\"https://mastodon.example/@bob\" class=\"u-url mention\">@<span>bob</span></a></span>.</p>",
                rendered.html());
        assertEquals(List.of(local, BOB), rendered.mentions());
    }

    @Test
    void unknown_mentions_and_email_addresses_stay_text() {
        PostMarkdown.Rendered rendered = markdown.render("@nobody and mail me at carol@ministry.example", this::find);
        assertEquals("<p>@nobody and mail me at carol@ministry.example</p>", rendered.html());
        assertEquals(List.of(), rendered.mentions());
        assertEquals(List.of("nobody@null"), lookups);
    }

    @Test
    void a_hashtag_links_to_its_normalised_tag_page_and_keeps_the_written_form() {
        PostMarkdown.Rendered rendered = markdown.render("Reform #OpenData and #Café, not #2026 or a#b", this::find);
        assertEquals("<p>Reform <a href=\"https://ministry.example/tags/opendata\" class=\"mention hashtag\" rel=\"tag\">"
                + "#<span>OpenData</span></a> and <a href=\"https://ministry.example/tags/cafe\" class=\"mention hashtag\""
                + " rel=\"tag\">#<span>Café</span></a>, not #2026 or a#b</p>", rendered.html());
        assertEquals(List.of("opendata", "cafe"), rendered.tags());
    }

    @Test
    void mentions_and_tags_are_listed_once_in_order_of_appearance() {
        PostMarkdown.Rendered rendered = markdown.render("#b @carol #a @carol #B", this::find);
        assertEquals(List.of("b", "a"), rendered.tags());
        assertEquals(List.of(CAROL), rendered.mentions());
        assertEquals(1, lookups.size(), "the same mention is looked up once");
    }

    @Test
    void text_inside_links_and_code_is_not_linked() {
        String html = html("[@carol #tag](https://ministry.example/) `@carol` https://example.org/@carol#frag");
        assertFalse(html.contains("h-card"), html);
        assertFalse(html.contains("hashtag"), html);
    }

    @Test
    void at_most_the_limit_of_distinct_mentions_is_looked_up() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < PostMarkdown.MAX_MENTIONS + 5; i++) {
            source.append("@user").append(i).append("@far.example ");
        }
        markdown.render(source.toString(), this::find);
        assertEquals(PostMarkdown.MAX_MENTIONS, lookups.size());
    }

    @Test
    void blank_empty_and_oversized_sources_are_refused_with_a_reason() {
        assertEquals("a post needs some text",
                assertThrows(InvalidPostException.class, () -> html("  \n ")).getMessage());
        assertEquals("a post needs some text",
                assertThrows(InvalidPostException.class, () -> html("![only an image](https://x.example/a.png)")).getMessage());
        assertEquals("a post is at most 5000 characters of Markdown",
                assertThrows(InvalidPostException.class, () -> html("x".repeat(5_001))).getMessage());
        assertEquals("<p>" + "x".repeat(5_000) + "</p>", html("x".repeat(5_000)));
    }
}
