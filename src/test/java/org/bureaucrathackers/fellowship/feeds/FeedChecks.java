package org.bureaucrathackers.fellowship.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks a feed against its specification. Atom: RFC 4287's RELAX NG grammar (Appendix B) through Jing, and
 * the rules the grammar states only as Schematron annotations or prose (an author for every entry, a link or
 * content per entry, RFC 3339 times with a zone, unique ids). RSS 2.0 has no official schema: the elements the
 * RSS Advisory Board's specification requires and allows, RFC 822 dates, unique guids, the self link; then
 * Rome reads it as a feed reader would.
 */
public final class FeedChecks {

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    /** RFC 822 date-time as RFC 1123 and the RSS specification write it: day name, four-digit year, a zone. */
    private static final Pattern RFC_822 = Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{1,2} "
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}(:[0-9]{2})? "
            + "(UT|GMT|[+-][0-9]{4})");
    /** RFC 3339 date-time, which Atom's Date construct requires (a zone is not optional). */
    private static final Pattern RFC_3339 = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> CHANNEL_ELEMENTS = Set.of("title", "link", "description", "language",
            "copyright", "managingEditor", "webMaster", "pubDate", "lastBuildDate", "category", "generator", "docs",
            "cloud", "ttl", "image", "rating", "textInput", "skipHours", "skipDays", "item");
    private static final Set<String> ITEM_ELEMENTS = Set.of("title", "link", "description", "author", "category",
            "comments", "enclosure", "guid", "pubDate", "source");

    private FeedChecks() {
    }

    /** Validates an Atom feed document, failing with every error found; returns it parsed. */
    public static Document validAtom(String xml) throws Exception {
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collecting(errors));
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        assertTrue(driver.loadSchema(new InputSource(FeedChecks.class.getResource("/feeds/atom.rnc").toString())),
                "the RFC 4287 grammar loads: " + errors);
        boolean valid = driver.validate(new InputSource(new StringReader(xml)));
        assertTrue(valid && errors.isEmpty(), "valid per RFC 4287's grammar: " + errors + "\n" + xml);

        Document document = parse(xml);
        Element feed = document.getDocumentElement();
        boolean feedHasAuthor = !children(feed, ATOM, "author").isEmpty();
        Set<String> ids = new HashSet<>();
        checkDates(feed);
        absoluteIri(text(only(feed, ATOM, "id")));
        for (Element entry : children(feed, ATOM, "entry")) {
            checkDates(entry);
            String id = text(only(entry, ATOM, "id"));
            absoluteIri(id);
            assertTrue(ids.add(id), "entry ids are unique: " + id);
            assertTrue(feedHasAuthor || !children(entry, ATOM, "author").isEmpty(),
                    "an entry has an author when its feed has none (RFC 4287, 4.1.2)");
            boolean alternate = children(entry, ATOM, "link").stream()
                    .anyMatch(l -> l.getAttribute("rel").isEmpty() || l.getAttribute("rel").equals("alternate"));
            assertTrue(alternate || !children(entry, ATOM, "content").isEmpty(),
                    "an entry has an alternate link or content (RFC 4287, 4.1.2)");
        }
        return document;
    }

    /** Checks an RSS 2.0 document against the specification and reads it with Rome; returns Rome's channel. */
    public static Channel validRss(String xml, String selfUrl) throws Exception {
        Element rss = parse(xml).getDocumentElement();
        assertEquals("rss", rss.getLocalName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = only(rss, null, "channel");
        for (String required : List.of("title", "link", "description")) {
            assertFalse(text(only(channel, null, required)).isBlank(), "channel " + required + " is required");
        }
        absoluteIri(text(only(channel, null, "link")));
        allowedChildren(channel, CHANNEL_ELEMENTS);
        for (Element language : children(channel, null, "language")) {
            assertTrue(LANGUAGE.matcher(text(language)).matches(), text(language));
        }
        for (Element date : children(channel, null, "lastBuildDate")) {
            rfc822(text(date));
        }
        Element self = children(channel, ATOM, "link").stream().filter(l -> l.getAttribute("rel").equals("self"))
                .findFirst().orElseThrow(() -> new AssertionError("atom:link rel=self is given"));
        assertEquals(selfUrl, self.getAttribute("href"));
        assertEquals("application/rss+xml", self.getAttribute("type"));

        Set<String> guids = new HashSet<>();
        for (Element item : children(channel, null, "item")) {
            allowedChildren(item, ITEM_ELEMENTS);
            assertTrue(!children(item, null, "title").isEmpty() || !children(item, null, "description").isEmpty(),
                    "an item has a title or a description");
            for (Element guid : children(item, null, "guid")) {
                assertTrue(guids.add(text(guid)), "guids are unique: " + text(guid));
                if (!guid.getAttribute("isPermaLink").equals("false")) {
                    absoluteIri(text(guid));
                }
            }
            for (Element date : children(item, null, "pubDate")) {
                rfc822(text(date));
            }
            List<Element> enclosures = children(item, null, "enclosure");
            assertTrue(enclosures.size() <= 1, "one enclosure per item");
            for (Element enclosure : enclosures) {
                absoluteIri(enclosure.getAttribute("url"));
                assertTrue(enclosure.getAttribute("length").matches("[0-9]+"), "enclosure length in bytes");
                assertTrue(enclosure.getAttribute("type").contains("/"), "enclosure type is a media type");
            }
        }

        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        WireFeed read = input.build(new StringReader(xml));
        assertEquals("rss_2.0", read.getFeedType());
        return (Channel) read;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    public static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && name.equals(e.getLocalName())
                    && (namespace == null ? e.getNamespaceURI() == null : namespace.equals(e.getNamespaceURI()))) {
                found.add(e);
            }
        }
        return found;
    }

    public static Element only(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        assertEquals(1, found.size(), "exactly one " + name + " in " + parent.getLocalName());
        return found.get(0);
    }

    public static String text(Element element) {
        return element.getTextContent();
    }

    /** Elements without a namespace are RSS's own, and only those the specification defines. */
    private static void allowedChildren(Element parent, Set<String> allowed) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getNamespaceURI() == null) {
                assertTrue(allowed.contains(e.getLocalName()),
                        "<" + e.getLocalName() + "> is no RSS 2.0 element of <" + parent.getLocalName() + ">");
            }
        }
    }

    private static void checkDates(Element parent) {
        for (String name : List.of("updated", "published")) {
            for (Element date : children(parent, ATOM, name)) {
                assertTrue(RFC_3339.matcher(text(date)).matches(), name + " is RFC 3339: " + text(date));
                OffsetDateTime.parse(text(date));
            }
        }
    }

    private static void rfc822(String date) {
        assertTrue(RFC_822.matcher(date).matches(), "an RFC 822 date: " + date);
        assertNotNull(DateTimeFormatter.RFC_1123_DATE_TIME.parse(date));
    }

    private static void absoluteIri(String iri) {
        URI uri = URI.create(iri);
        assertTrue(uri.isAbsolute(), "an absolute IRI: " + iri);
    }

    private static ErrorHandler collecting(List<String> errors) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        };
    }
}
