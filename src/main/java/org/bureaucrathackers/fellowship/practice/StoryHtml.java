package org.bureaucrathackers.fellowship.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The whole practice as a story any Mastodon app shows: the title in bold, the short explanation, then one
 * paragraph with a bold head per section, hashtags last. Only elements Mastodon's sanitiser keeps (p, br, a,
 * strong, ul, li) are used, and every piece of the authors' text goes in as text, so it is escaped.
 */
public final class StoryHtml {

    private StoryHtml() {
    }

    /**
     * @param coauthorHandles the coauthors as {@code user@domain}, written as mentions so they are linked
     * @param communityHandle the community as {@code group@domain}, or null
     */
    public static String render(PracticeContent c, List<String> coauthorHandles, String communityHandle) {
        Element body = body();
        body.appendElement("p").appendElement("strong").text(c.title());
        if (c.summary() != null) {
            lines(body.appendElement("p"), c.summary());
        }
        section(body, "Problem", c.problem());
        if (!c.rules().isEmpty()) {
            Element list = head(body, "Rules we worked with");
            for (Rule rule : c.rules()) {
                Element item = list.appendElement("li");
                item.appendText(rule.name() + details(rule.identifier(), rule.jurisdiction()));
                if (rule.url() != null) {
                    item.appendText(" ");
                    link(item, rule.url());
                }
            }
        }
        if (!c.hackKinds().isEmpty()) {
            section(body, "Kind of hack", String.join(", ", c.hackKinds().stream().map(Vocabulary::label).toList()));
        }
        section(body, "What changed", c.whatChanged());
        if (!c.outcomes().isEmpty()) {
            Element list = head(body, "Outcomes");
            c.outcomes().forEach(outcome -> outcome(list.appendElement("li"), outcome));
        }
        section(body, "Stage", c.stage() == null ? null : Vocabulary.label(c.stage()));
        section(body, "Where", where(c));
        section(body, "Next steps", c.nextSteps());
        section(body, "Help wanted", c.helpWanted());
        if (!coauthorHandles.isEmpty()) {
            section(body, "Co-authors", String.join(" ", coauthorHandles.stream().map(h -> "@" + h).toList()));
        }
        if (communityHandle != null) {
            section(body, "Community", "@" + communityHandle);
        }
        if (!c.adaptedFrom().isEmpty()) {
            Element paragraph = body.appendElement("p");
            paragraph.appendElement("strong").text("Adapted from");
            for (String url : c.adaptedFrom()) {
                paragraph.appendElement("br");
                link(paragraph, url);
            }
        }
        section(body, "Licence", c.licence());
        if (!c.themes().isEmpty()) {
            body.appendElement("p").text(String.join(" ", c.themes().stream().map(t -> "#" + t).toList()));
        }
        return body.html();
    }

    /** A translation's story: its title, summary and text, as paragraphs. */
    public static String translation(Translation t) {
        Element body = body();
        body.appendElement("p").appendElement("strong").text(t.title());
        if (t.summary() != null) {
            lines(body.appendElement("p"), t.summary());
        }
        if (t.story() != null) {
            for (String paragraph : t.story().split("\\R\\s*\\R")) {
                if (!paragraph.isBlank()) {
                    lines(body.appendElement("p"), paragraph.strip());
                }
            }
        }
        return body.html();
    }

    /** An empty body that writes its HTML without pretty-printing whitespace. */
    private static Element body() {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        return document.body();
    }

    private static void outcome(Element item, Outcome o) {
        String measure = o.value() + (o.currency() != null ? " " + o.currency() : o.unit() != null ? " " + o.unit() : "");
        item.appendText(o.indicator() + ": " + measure);
        List<String> notes = new ArrayList<>();
        if (o.baseline() != null) {
            notes.add("baseline " + o.baseline());
        }
        if (o.method() != null) {
            notes.add("method: " + o.method());
        }
        if (o.evidenceLevel() != null) {
            notes.add("evidence: " + Vocabulary.label(o.evidenceLevel()));
        }
        if (!notes.isEmpty()) {
            item.appendText(" (" + String.join("; ", notes) + ")");
        }
        if (o.source() != null) {
            item.appendText(" source: ");
            if (o.source().startsWith("https://") || o.source().startsWith("http://")) {
                link(item, o.source());
            } else {
                item.appendText(o.source());
            }
        }
    }

    private static String where(PracticeContent c) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, c.organisation());
        addIfPresent(parts, c.organisationType());
        addIfPresent(parts, c.governmentLevel() == null ? null : c.governmentLevel() + " government");
        addIfPresent(parts, c.sector());
        if (c.country() != null) {
            parts.add(new Locale("", c.country()).getDisplayCountry(Locale.ENGLISH));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void addIfPresent(List<String> parts, String part) {
        if (part != null) {
            parts.add(part);
        }
    }

    private static String details(String identifier, String jurisdiction) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, identifier);
        addIfPresent(parts, jurisdiction);
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static void section(Element body, String head, String text) {
        if (text == null) {
            return;
        }
        Element paragraph = body.appendElement("p");
        paragraph.appendElement("strong").text(head);
        paragraph.appendElement("br");
        lines(paragraph, text);
    }

    /** A bold head in its own paragraph, and the list that follows it. */
    private static Element head(Element body, String head) {
        body.appendElement("p").appendElement("strong").text(head);
        return body.appendElement("ul");
    }

    /** Text with its line breaks kept as {@code <br>}. */
    private static void lines(Element parent, String text) {
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.appendElement("br");
            }
            parent.appendText(lines[i]);
        }
    }

    private static void link(Element parent, String url) {
        parent.appendElement("a").attr("href", url).attr("rel", "nofollow noopener noreferrer").text(url);
    }
}
