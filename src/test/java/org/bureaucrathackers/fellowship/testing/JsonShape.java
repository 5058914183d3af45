package org.bureaucrathackers.fellowship.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Asserts the shape of an API answer: that keys are present with the JSON type clients expect. Paths are
 * dotted ({@code configuration.statuses.max_characters}); a number picks an array element ({@code rules.0.id}).
 * <pre>JsonShape.of(json).string("uri", "title").integer("stats.user_count").stringOrNull("thumbnail");</pre>
 */
public final class JsonShape {

    private final JsonNode root;

    private JsonShape(JsonNode root) {
        this.root = root;
    }

    public static JsonShape of(JsonNode root) {
        if (root == null) {
            fail("no JSON to check");
        }
        return new JsonShape(root);
    }

    public JsonShape string(String... paths) {
        return check("a string", JsonNode::isTextual, paths);
    }

    public JsonShape stringOrNull(String... paths) {
        return check("a string or null", n -> n.isTextual() || n.isNull(), paths);
    }

    /** A whole number (not a string of digits). */
    public JsonShape integer(String... paths) {
        return check("a whole number", JsonNode::isIntegralNumber, paths);
    }

    /** A string of decimal digits, as Mastodon sends ids and the counts of history and activity. */
    public JsonShape digits(String... paths) {
        return check("a string of digits", n -> n.isTextual() && n.asText().matches("\\d+"), paths);
    }

    public JsonShape bool(String... paths) {
        return check("a boolean", JsonNode::isBoolean, paths);
    }

    public JsonShape object(String... paths) {
        return check("an object", JsonNode::isObject, paths);
    }

    public JsonShape objectOrNull(String... paths) {
        return check("an object or null", n -> n.isObject() || n.isNull(), paths);
    }

    public JsonShape array(String... paths) {
        return check("an array", JsonNode::isArray, paths);
    }

    public JsonShape isNull(String... paths) {
        return check("null", JsonNode::isNull, paths);
    }

    /** A datetime as clients parse it: milliseconds and a Z. */
    public JsonShape datetime(String... paths) {
        return check("a datetime with milliseconds",
                n -> n.isTextual() && n.asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), paths);
    }

    public JsonShape datetimeOrNull(String... paths) {
        return check("a datetime with milliseconds or null", n -> n.isNull()
                || n.isTextual() && n.asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), paths);
    }

    /** The keys must be missing altogether. */
    public JsonShape absent(String... paths) {
        for (String path : paths) {
            if (find(path) != null) {
                fail("'" + path + "' should be absent in " + root);
            }
        }
        return this;
    }

    /** Each element of the array at {@code path} (the root when empty) has the shape {@code element} checks. */
    public JsonShape each(String path, java.util.function.Consumer<JsonShape> element) {
        JsonNode array = path.isEmpty() ? root : find(path);
        if (array == null || !array.isArray()) {
            fail("'" + path + "' should be an array in " + root);
        }
        array.forEach(item -> element.accept(new JsonShape(item)));
        return this;
    }

    /**
     * How {@code actual} differs in shape from {@code expected}, one line per difference, each starting with its
     * path ({@code $.object.tag[0].type}); empty when they have the same shape. Same shape means: objects have
     * the same keys, arrays the same length, and values at the same place the same JSON type. Values may
     * differ (ids, dates, keys, text) except where they say what a document is: {@code @context} and
     * {@code type} must be equal. Every property is held to this, {@code proof} included.
     */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.getNodeType() != actual.getNodeType()) {
            differences.add(path + ": the example has " + describe(expected) + ", the server sends "
                    + describe(actual));
        } else if (expected.isObject()) {
            Set<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String at = path + "." + key;
                if (!actual.has(key)) {
                    differences.add(at + ": in the example, not sent by the server");
                } else if (!expected.has(key)) {
                    differences.add(at + ": sent by the server, missing from the example: " + actual.get(key));
                } else if (key.equals("@context") || key.equals("type")) {
                    if (!expected.get(key).equals(actual.get(key))) {
                        differences.add(at + ": the example has " + expected.get(key) + ", the server sends "
                                + actual.get(key));
                    }
                } else {
                    compare(at, expected.get(key), actual.get(key), differences);
                }
            }
        } else if (expected.isArray()) {
            if (expected.size() < actual.size()) {
                differences.add(path + ": the example has " + expected.size() + " items, the server sends "
                        + actual.size() + "; beyond the example's: " + tail(actual, expected.size()));
            } else if (expected.size() > actual.size()) {
                differences.add(path + ": the example has " + expected.size() + " items, the server sends "
                        + actual.size() + "; the example's beyond those: " + tail(expected, actual.size()));
            }
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext() && a.hasNext(); i++) {
                compare(path + "[" + i + "]", e.next(), a.next(), differences);
            }
        }
    }

    private static List<JsonNode> tail(JsonNode array, int from) {
        List<JsonNode> items = new ArrayList<>();
        for (int i = from; i < array.size(); i++) {
            items.add(array.get(i));
        }
        return items;
    }

    private static String describe(JsonNode node) {
        String text = node.toString();
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                + (text.length() > 80 ? text.substring(0, 77) + "..." : text);
    }

    private JsonShape check(String expected, Predicate<JsonNode> test, String... paths) {
        for (String path : paths) {
            JsonNode node = find(path);
            if (node == null) {
                fail("'" + path + "' is missing in " + root);
            }
            if (!test.test(node)) {
                fail("'" + path + "' should be " + expected + " but is " + node + " in " + root);
            }
        }
        return this;
    }

    private JsonNode find(String path) {
        List<String> parts = Arrays.asList(path.split("\\."));
        JsonNode node = root;
        for (String part : parts) {
            if (node.isArray() && part.matches("\\d+")) {
                node = node.get(Integer.parseInt(part));
            } else if (node.isObject()) {
                node = node.get(part);
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
