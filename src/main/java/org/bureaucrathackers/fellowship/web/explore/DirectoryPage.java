package org.bureaucrathackers.fellowship.web.explore;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.directory.DirectoryFilter;
import org.bureaucrathackers.fellowship.directory.DirectoryOrder;
import org.bureaucrathackers.fellowship.directory.Facet;
import org.bureaucrathackers.fellowship.directory.FacetedDirectory;
import org.bureaucrathackers.fellowship.directory.InvalidDirectoryFilterException;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Texts;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * {@code GET /directory}: the fellows who chose to be listed, here and on the Fellowship servers this one knows,
 * narrowed by the directory's facets (country, level of government, organisation, sector, theme, practice stage)
 * and free text. Each facet's values are links with their number of fellows (adding or removing that filter) and
 * a select of the same values in one GET form; paged by links. A value the directory cannot filter by is a 422
 * page with the message next to its control.
 */
public final class DirectoryPage implements Routes {

    public static final int PAGE_SIZE = 20;
    /** Pages further than this are not offered: narrowing the filters finds a fellow sooner. */
    public static final int MAX_PAGE = 50;

    private final FacetedDirectory directory;
    private final Pages pages;
    private final LocalUris uris;

    public DirectoryPage(FacetedDirectory directory, Pages pages, LocalUris uris) {
        this.directory = directory;
        this.pages = pages;
        this.uris = uris;
    }

    /** One value of a facet: its label in the page's language, how many fellows have it, the link to toggle it. */
    public record FacetValue(String value, String label, long count, String url, boolean selected) {
    }

    /** A facet with its values, most frequent first; {@code selected} is the chosen value (null when none). */
    public record FacetView(String parameter, String label, List<FacetValue> values, String selected) {
    }

    /** A filter in use, with the link that drops it. */
    public record ActiveFilter(String facetLabel, String valueLabel, String removeUrl) {
    }

    /**
     * What the page shows. {@code query} is the text as typed (never null); {@code problem} is null unless a
     * value was refused; {@code previousUrl} and {@code nextUrl} are null at either end.
     */
    public record DirectoryView(String query, List<FacetView> facets, List<ActiveFilter> active,
                                List<FellowLink> fellows, int page, String previousUrl, String nextUrl,
                                FieldProblem problem) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(DirectoryLinks.PATH, this::show);
    }

    private void show(Context ctx) {
        Visit visit = Visits.of(ctx);
        if (visit.signedIn()) {
            HtmlAnswers.protect(ctx);
        }
        Map<String, String> raw = new HashMap<>();
        for (Facet facet : Facet.values()) {
            String value = ctx.queryParam(facet.parameter());
            if (value != null) {
                raw.put(facet.parameter(), value);
            }
        }
        String query = ctx.queryParam("q");
        DirectoryFilter filter;
        try {
            filter = FacetedDirectory.filter(raw, query);
        } catch (InvalidDirectoryFilterException e) {
            FieldProblem problem = new FieldProblem(e.parameter(),
                    visit.text("directory.invalid." + e.parameter()));
            DirectoryView refused = new DirectoryView(query == null ? "" : query, emptyFacets(visit.texts()),
                    List.of(), List.of(), 1, null, null, problem);
            HtmlAnswers.html(ctx, 422, pages.render("directory.jte", visit, Map.of("directory", refused)));
            return;
        }
        int page = PageNumbers.read(ctx.queryParam("page"), MAX_PAGE);
        FacetedDirectory.Page found = directory.list(filter, DirectoryOrder.ACTIVE, (page - 1) * PAGE_SIZE,
                PAGE_SIZE + 1);
        DirectoryLinks links = new DirectoryLinks(filter, query);
        List<FellowLink> fellows = found.accounts().stream().limit(PAGE_SIZE)
                .map(account -> FellowLink.of(account, uris)).toList();
        boolean more = found.accounts().size() > PAGE_SIZE && page < MAX_PAGE;
        DirectoryView view = new DirectoryView(query == null ? "" : query.strip(),
                facets(visit.texts(), filter, found.facets(), links), active(visit.texts(), filter, links),
                fellows, page, page > 1 ? links.page(page - 1) : null, more ? links.page(page + 1) : null, null);
        HtmlAnswers.html(ctx, 200, pages.render("directory.jte", visit, Map.of("directory", view)));
    }

    private static List<FacetView> facets(Texts texts, DirectoryFilter filter, Map<Facet, Map<String, Long>> counts,
                                          DirectoryLinks links) {
        List<FacetView> views = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            String selected = filter.value(facet);
            Map<String, Long> values = new LinkedHashMap<>(counts.getOrDefault(facet, Map.of()));
            if (selected != null && values.keySet().stream().noneMatch(selected::equalsIgnoreCase)) {
                values.put(selected, 0L);
            }
            List<FacetValue> items = new ArrayList<>();
            values.forEach((value, count) -> {
                boolean chosen = value.equalsIgnoreCase(selected == null ? "" : selected);
                items.add(new FacetValue(value, FacetLabels.value(texts, facet, value), count,
                        chosen ? links.without(facet) : links.toggle(facet, value), chosen));
            });
            views.add(new FacetView(facet.parameter(), FacetLabels.facet(texts, facet), items,
                    items.stream().filter(FacetValue::selected).map(FacetValue::value).findFirst().orElse(null)));
        }
        return views;
    }

    private static List<ActiveFilter> active(Texts texts, DirectoryFilter filter, DirectoryLinks links) {
        List<ActiveFilter> active = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            String value = filter.value(facet);
            if (value != null) {
                active.add(new ActiveFilter(FacetLabels.facet(texts, facet), FacetLabels.value(texts, facet, value),
                        links.without(facet)));
            }
        }
        return active;
    }

    /** The facets with no values: what the form shows when the filter asked for was refused. */
    private static List<FacetView> emptyFacets(Texts texts) {
        List<FacetView> views = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            views.add(new FacetView(facet.parameter(), FacetLabels.facet(texts, facet), List.of(), null));
        }
        return views;
    }
}
