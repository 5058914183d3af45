package org.bureaucrathackers.fellowship.mastodon.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;

/**
 * The parameters of one API request, from the query string and the body, whatever encoding the client
 * chose (JSON, form, multipart), as Mastodon accepts them: Rails arrays ({@code k[]=v}, {@code k[0]=v}),
 * nested keys ({@code poll[options][]}) and booleans as {@code true/True/1/on}. Body values win over query
 * values of the same name. Nested JSON objects are flattened to the same bracketed names forms use.
 */
public final class ApiParams {

    public static final int MAX_PARAMETERS = 1_000;
    private static final Pattern INDEXED = Pattern.compile("^(.*)\\[(\\d*)]$");

    private final Map<String, List<String>> values;
    private final Map<String, UploadedFile> files;
    /** The JSON body as sent, when there was one: arrays of objects are read from it directly. */
    private final JsonNode json;

    private ApiParams(Map<String, List<String>> values, Map<String, UploadedFile> files, JsonNode json) {
        this.values = values;
        this.files = files;
        this.json = json;
    }

    /** Reads the query string and, for POST, PUT and PATCH, the body; 400/422 with a message on bad input. */
    public static ApiParams of(Context ctx) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, UploadedFile> files = new LinkedHashMap<>();
        JsonNode json = null;
        ctx.queryParamMap().forEach((key, list) -> list.forEach(value -> add(values, key, value)));
        String method = ctx.method().name();
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE")) {
            Map<String, List<String>> body = new LinkedHashMap<>();
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("application/json") || type.endsWith("+json")) {
                json = readJson(ctx.body(), body);
            } else if (type.startsWith("multipart/form-data")) {
                readMultipart(ctx, body, files);
            } else if (type.startsWith("application/x-www-form-urlencoded")) {
                ctx.formParamMap().forEach((key, list) -> list.forEach(value -> add(body, key, value)));
            } else if (!ctx.body().isBlank()) {
                // Clients that forget the header still mean form or JSON; JSON if it looks like it.
                String text = ctx.body().strip();
                if (text.startsWith("{")) {
                    json = readJson(text, body);
                } else {
                    ctx.formParamMap().forEach((key, list) -> list.forEach(value -> add(body, key, value)));
                }
            }
            body.keySet().forEach(values::remove);
            values.putAll(body);
        }
        if (values.size() > MAX_PARAMETERS) {
            throw new HttpError(400, "Too many parameters (at most " + MAX_PARAMETERS + ")");
        }
        return new ApiParams(values, files, json);
    }

    /** The fields and files of a multipart body; a broken or oversized body is the client's error, not ours. */
    private static void readMultipart(Context ctx, Map<String, List<String>> body, Map<String, UploadedFile> files) {
        try {
            ctx.formParamMap().forEach((key, list) -> list.forEach(value -> add(body, key, value)));
            ctx.uploadedFileMap().forEach((key, list) -> {
                if (!list.isEmpty()) {
                    files.put(normalise(key), list.get(0));
                }
            });
        } catch (HttpError e) {
            throw e;
        } catch (Exception e) {
            // Jetty's ServletException (checked, thrown through Kotlin) and its BadMessageException land here.
            String message = (e.getMessage() + " " + (e.getCause() == null ? "" : e.getCause().getMessage()))
                    .toLowerCase(Locale.ROOT);
            if (message.contains("size") || message.contains("too large") || message.contains("exceed")) {
                throw new HttpError(413, "The multipart body is larger than this route accepts");
            }
            throw new HttpError(400, "The multipart body could not be read");
        }
    }

    /** Parameters built directly (tests, internal callers). */
    public static ApiParams of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((key, list) -> list.forEach(value -> add(copy, key, value)));
        return new ApiParams(copy, Map.of(), null);
    }

    /** Flattens a JSON object body into {@code into}; returns the object (null for an empty body or null). */
    private static JsonNode readJson(String text, Map<String, List<String>> into) {
        if (text.isBlank()) {
            return null;
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "The request body is not valid JSON");
        }
        if (root == null || root.isNull()) {
            return null;
        }
        if (!root.isObject()) {
            throw new HttpError(422, "The request body must be a JSON object");
        }
        flatten("", root, into);
        return root;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, List<String>> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> flatten(
                    prefix.isEmpty() ? entry.getKey() : prefix + "[" + entry.getKey() + "]", entry.getValue(), into));
        } else if (node.isArray()) {
            into.computeIfAbsent(prefix, k -> new ArrayList<>());
            for (JsonNode item : node) {
                if (item.isContainerNode()) {
                    flatten(prefix + "[]", item, into);
                } else if (!item.isNull()) {
                    add(into, prefix, item.asText());
                }
            }
        } else if (!node.isNull() && !prefix.isEmpty()) {
            add(into, prefix, node.asText());
        }
    }

    private static void add(Map<String, List<String>> into, String key, String value) {
        into.computeIfAbsent(normalise(key), k -> new ArrayList<>()).add(value);
    }

    /** {@code ids[]}, {@code ids[0]} and {@code ids} are one name. */
    private static String normalise(String key) {
        String name = key;
        Matcher m = INDEXED.matcher(name);
        while (m.matches()) {
            name = m.group(1);
            m = INDEXED.matcher(name);
        }
        return name;
    }

    /** The single value of {@code name}, trimmed of nothing; empty when absent. */
    public Optional<String> string(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(list.get(0));
    }

    /** The value of {@code name}, or 400 naming the missing parameter. */
    public String required(String name) {
        return string(name).filter(v -> !v.isBlank())
                .orElseThrow(() -> new HttpError(400, "Missing parameter: " + name));
    }

    /** The value of {@code name} when present and not blank. */
    public Optional<String> nonBlank(String name) {
        return string(name).filter(v -> !v.isBlank());
    }

    /** All values of {@code name} ({@code name[]} and indexed forms included); empty when absent. */
    public List<String> list(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A boolean in any spelling clients send; {@code fallback} when absent or blank; 422 when unreadable. */
    public boolean bool(String name, boolean fallback) {
        Optional<String> value = nonBlank(name);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes", "t" -> true;
            case "false", "0", "off", "no", "f" -> false;
            default -> throw new HttpError(422, "Parameter " + name + " must be true or false");
        };
    }

    /** A whole number; {@code fallback} when absent or blank; 422 when not a number or outside the range. */
    public long number(String name, long fallback, long min, long max) {
        Optional<String> value = nonBlank(name);
        if (value.isEmpty()) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.get().trim());
        } catch (NumberFormatException e) {
            throw new HttpError(422, "Parameter " + name + " must be a whole number");
        }
        if (parsed < min || parsed > max) {
            throw new HttpError(422, "Parameter " + name + " must be between " + min + " and " + max);
        }
        return parsed;
    }

    /** An id parameter (ids are decimal strings); 404-free: a malformed id is 422 with a message. */
    public Optional<Long> id(String name) {
        return nonBlank(name).map(value -> ApiIds.parse(value).orElseThrow(
                () -> new HttpError(422, "Parameter " + name + " must be an id")));
    }

    /**
     * A Rails array of hashes such as {@code keywords_attributes[][keyword]}: one map of field to value per
     * element, in order. From a JSON body: the objects of the array (or object) named. From a form:
     * {@code name[N][field]} grouped by N in N's order, then {@code name[][field]} grouped by position (the
     * n-th value of each field forms the n-th element, so each element should give the same fields).
     */
    public List<Map<String, String>> objects(String name) {
        List<Map<String, String>> objects = new ArrayList<>();
        if (json != null && json.has(name)) {
            JsonNode node = json.get(name);
            List<JsonNode> items = new ArrayList<>();
            if (node.isArray() || node.isObject()) {
                node.elements().forEachRemaining(items::add);
            } else if (!node.isNull()) {
                throw new HttpError(422, "Parameter " + name + " must hold objects");
            }
            for (JsonNode item : items) {
                if (!item.isObject()) {
                    throw new HttpError(422, "Parameter " + name + " must hold objects");
                }
                Map<String, String> fields = new LinkedHashMap<>();
                item.fields().forEachRemaining(field -> {
                    if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                        fields.put(field.getKey(), field.getValue().asText());
                    }
                });
                objects.add(fields);
            }
            return objects;
        }
        Pattern element = Pattern.compile("^" + Pattern.quote(name) + "\\[([^\\]]*)]\\[([^\\]\\[]+)]$");
        Map<String, Map<String, String>> keyed = new java.util.TreeMap<>(ApiParams::compareKeys);
        List<Map<String, String>> positional = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            Matcher m = element.matcher(entry.getKey());
            if (!m.matches() || entry.getValue().isEmpty()) {
                continue;
            }
            String field = m.group(2);
            if (m.group(1).isEmpty()) {
                List<String> list = entry.getValue();
                for (int i = 0; i < list.size(); i++) {
                    while (positional.size() <= i) {
                        positional.add(new LinkedHashMap<>());
                    }
                    positional.get(i).put(field, list.get(i));
                }
            } else {
                keyed.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>()).put(field, entry.getValue().get(0));
            }
        }
        objects.addAll(keyed.values());
        objects.addAll(positional);
        return objects;
    }

    /** Element keys in order: numbers by value, then other keys alphabetically. */
    private static int compareKeys(String a, String b) {
        boolean numberA = a.matches("\\d{1,9}");
        boolean numberB = b.matches("\\d{1,9}");
        if (numberA && numberB) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** An uploaded file sent as multipart under {@code name}. */
    public Optional<UploadedFile> file(String name) {
        return Optional.ofNullable(files.get(name));
    }
}
