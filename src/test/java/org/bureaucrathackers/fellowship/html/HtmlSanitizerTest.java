package org.bureaucrathackers.fellowship.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** T4, T5: what survives sanitising, and a corpus of ways to smuggle script or style through. */
class HtmlSanitizerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<p onclick=\"alert(1)\">hi</p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"java&#09;script:alert(1)\">x</a>",
        "<a href=\"java\nscript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"data:image/svg+xml,<svg onload=alert(1)>\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg><script>alert(1)</script></svg>",
        "<svg onload=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<style>body{display:none}</style>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">cover</div>",
        "<object data=\"https://evil.example/x.swf\"></object>",
        "<embed src=\"https://evil.example/x.swf\">",
        "<form action=\"https://evil.example\"><input name=p></form>",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<link rel=stylesheet href=https://evil.example/x.css>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<<script>script>alert(1)<</script>/script>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<template><script>alert(1)</script></template>",
        "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">ok</a>",
        "<span class=\"x\" style=\"color:red\" data-x=\"1\">hi</span>",
        "<textarea><script>alert(1)</script></textarea>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<a href=\"//evil.example/\">protocol-relative</a>",
        "<a href=\"/relative\">relative</a>",
        "<!--<script>alert(1)</script>-->",
        "<img src=\"https://tracker.example/pixel.png\">",
        "<xmp><script>alert(1)</script></xmp>",
    })
    void no_script_style_or_unsafe_link_survives(String hostile) {
        String clean = HtmlSanitizer.clean(hostile);
        String lower = clean.toLowerCase(Locale.ROOT);
        Element body = Jsoup.parseBodyFragment(clean).body();
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            assertTrue(java.util.Set.of("body", "p", "br", "span", "a", "del", "s", "pre", "blockquote", "code", "b",
                    "strong", "u", "i", "em", "ul", "ol", "li", "ruby", "rt", "rp").contains(tag), tag + " in " + clean);
            element.attributes().forEach(attribute -> assertTrue(
                    java.util.Set.of("href", "rel", "class", "translate", "lang").contains(attribute.getKey()),
                    attribute.getKey() + " in " + clean));
            if (element.hasAttr("href")) {
                String href = element.attr("href").toLowerCase(Locale.ROOT);
                assertTrue(href.startsWith("https://") || href.startsWith("http://"), href);
            }
        }
        assertFalse(lower.contains("<script"), clean);
        assertFalse(lower.contains("javascript:") && body.select("a[href^=javascript]").size() > 0, clean);
        assertFalse(lower.contains("style="), clean);
    }

    @Test
    void mastodons_own_markup_passes_unchanged_apart_from_link_rel() {
        String mention = "<p><span class=\"h-card\" translate=\"no\"><a href=\"https://mastodon.example/@bob\""
                + " class=\"u-url mention\">@<span>bob</span></a></span> hi</p>";
        assertEquals("<p><span class=\"h-card\" translate=\"no\"><a href=\"https://mastodon.example/@bob\""
                + " class=\"u-url mention\" rel=\"nofollow noopener noreferrer\">@<span>bob</span></a></span> hi</p>",
                HtmlSanitizer.clean(mention));
        String hashtag = "<a href=\"https://mastodon.example/tags/java\" class=\"mention hashtag\" rel=\"tag\">"
                + "#<span>java</span></a>";
        assertEquals("<a href=\"https://mastodon.example/tags/java\" class=\"mention hashtag\""
                + " rel=\"tag nofollow noopener noreferrer\">#<span>java</span></a>", HtmlSanitizer.clean(hashtag));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<h1>Title</h1><p>x</p> | <p><strong>Title</strong></p><p>x</p>",
        "<h3>Sub <em>title</em></h3> | <p><strong>Sub <em>title</em></strong></p>",
        "<a href=\"javascript:alert(1)\">click <b>me</b></a> | click <b>me</b>",
        "<a href=\"ftp://files.example/x\">ftp</a> | ftp",
        "<a href=\"mailto:a@example.com\">mail</a> | mail",
        "<p class=\"quote-inline evil\">q</p> | <p class=\"quote-inline\">q</p>",
        "<span class=\"invisible ellipsis h-card p-name dt-x e-y hacked\">s</span>"
                + " | <span class=\"invisible ellipsis h-card p-name dt-x e-y\">s</span>",
        "<div class=\"mention\">d</div> | d",
        "<ol start=\"3\" reversed><li value=\"5\">x</li></ol> | <ol start=\"3\" reversed><li value=\"5\">x</li></ol>",
        "<p lang=\"pt-BR\">olá</p> | <p lang=\"pt-BR\">olá</p>",
        "<p lang=\"x&quot; onclick=&quot;y\">bad lang</p> | <p>bad lang</p>",
        "<span translate=\"yes\">t</span> | <span>t</span>",
        "<img src=\"https://ok.example/a.png\" alt=\"alt\">after | after",
        "<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> | <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>",
        "<table><tr><td>cell</td></tr></table> | cell",
    })
    void allowed_markup_is_kept_and_the_rest_reduced_as_mastodon_does(String input, String expected) {
        assertEquals(expected, HtmlSanitizer.clean(input));
    }

    @Test
    void safe_schemes_beyond_http_are_kept_as_links() {
        assertEquals("<a href=\"gemini://capsule.example/\" rel=\"nofollow noopener noreferrer\">g</a>",
                HtmlSanitizer.clean("<a href=\"gemini://capsule.example/\">g</a>"));
        assertEquals("<a href=\"magnet:?xt=urn:btih:abc\" rel=\"nofollow noopener noreferrer\">m</a>",
                HtmlSanitizer.clean("<a href=\"magnet:?xt=urn:btih:abc\" target=\"_blank\">m</a>"));
    }

    @Test
    void math_becomes_its_tex_annotation() {
        String math = "<p>E = <math><semantics><mrow><mi>m</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">mc^2</annotation></semantics></math></p>";
        assertEquals("<p>E = mc^2</p>", HtmlSanitizer.clean(math));
    }

    @Test
    void text_of_html_drops_markup_and_script() {
        assertEquals("Spoilers ahead", HtmlSanitizer.text("<p>Spoilers <b>ahead</b><script>x()</script></p>"));
        assertEquals("", HtmlSanitizer.text(null));
    }

    @Test
    void empty_and_null_input_give_empty_output() {
        assertEquals("", HtmlSanitizer.clean(null));
        assertEquals("", HtmlSanitizer.clean(""));
    }
}
