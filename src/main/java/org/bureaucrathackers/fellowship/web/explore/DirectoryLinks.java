package org.bureaucrathackers.fellowship.web.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.bureaucrathackers.fellowship.directory.DirectoryFilter;
import org.bureaucrathackers.fellowship.directory.Facet;

/**
 * The addresses of the directory for one filter: the same filter with one value added, changed or removed, or
 * another page of it. Parameters keep the API's names, in the facets' order, so equal filters have equal links.
 */
final class DirectoryLinks {

    static final String PATH = "/directory";

    private final Map<Facet, String> values;
    private final String query;

    DirectoryLinks(DirectoryFilter filter, String query) {
        this.values = new EnumMap<>(Facet.class);
        this.values.putAll(filter.values());
        this.query = query == null || query.isBlank() ? null : query.strip();
    }

    /** The filter with {@code facet} set to {@code value}, or without it when it already is that value. */
    String toggle(Facet facet, String value) {
        Map<Facet, String> changed = new EnumMap<>(Facet.class);
        changed.putAll(values);
        if (value.equals(values.get(facet))) {
            changed.remove(facet);
        } else {
            changed.put(facet, value);
        }
        return url(changed, 1);
    }

    String without(Facet facet) {
        Map<Facet, String> changed = new EnumMap<>(Facet.class);
        changed.putAll(values);
        changed.remove(facet);
        return url(changed, 1);
    }

    String page(int page) {
        return url(values, page);
    }

    private String url(Map<Facet, String> chosen, int page) {
        StringBuilder url = new StringBuilder(PATH);
        char separator = '?';
        for (Map.Entry<Facet, String> entry : chosen.entrySet()) {
            url.append(separator).append(entry.getKey().parameter()).append('=').append(encode(entry.getValue()));
            separator = '&';
        }
        if (query != null) {
            url.append(separator).append("q=").append(encode(query));
            separator = '&';
        }
        if (page > 1) {
            url.append(separator).append("page=").append(page);
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
