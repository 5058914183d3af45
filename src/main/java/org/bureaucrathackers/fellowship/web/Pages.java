package org.bureaucrathackers.fellowship.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders the server-side HTML pages from templates compiled at build time. */
public final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final SiteView site;

    public Pages(SiteView site) {
        this.site = site;
    }

    /** What every page shows about the instance, for pages rendered elsewhere (the OAuth pages). */
    public SiteView site() {
        return site;
    }

    /** What every page shows about the instance. */
    public record SiteView(String name, String description, String domain, String homeUrl) {
    }

    /** A fellow as listed on the home page. */
    public record FellowCard(String displayName, String handle, String profileUrl) {
    }

    /** A fellow's public profile. {@code summaryHtml} and field values are already safe HTML. */
    public record ProfileView(String displayName, String handle, String actorUrl, String profileUrl,
                              String summaryHtml, List<FieldView> fields, String joined, List<PostView> posts) {
    }

    /**
     * A post as pages show it. {@code contentHtml} is already safe HTML; {@code spoilerText} (a content
     * warning), {@code language} and {@code inReplyToUrl} may be null. {@code published} is ISO 8601. {@code id} is
     * the post's own id (what its actions name); {@code mine} says the viewer wrote it; {@code threadUrl} is its
     * page here with the thread around it (null for posts from other servers). {@code state} (null where a page
     * shows no counts or actions) holds its counts and what the viewer did with it; {@code boostedBy} (null
     * unless the post reached the list through a boost) names who boosted it.
     */
    public record PostView(String authorName, String authorHandle, String authorUrl, String permalink,
                           String objectUrl, String published, String publishedText, String spoilerText,
                           String contentHtml, String language, String inReplyToUrl, long id, boolean mine,
                           String threadUrl, List<MediaView> media, PostState state, BoostView boostedBy) {
    }

    /**
     * A media file of a post. {@code shownUrl} is an image this site serves (null for media elsewhere, which
     * pages only link to, so that no page loads anything from another host); {@code description} is its alt text.
     */
    public record MediaView(String type, String url, String shownUrl, String description) {
    }

    /** How often a post was replied to, boosted and favourited, and what the viewer did with it. */
    public record PostState(long replies, long boosts, long favourites, boolean favourited, boolean boosted,
                            boolean bookmarked, boolean boostable) {
    }

    /** Who boosted a post that a list shows because of the boost. */
    public record BoostView(String name, String url) {
    }

    public record FieldView(String name, String valueHtml) {
    }

    /**
     * Where a practice comes from and who adapted it since. {@code moreAdaptations} says the list was cut short.
     */
    public record LineageView(List<SourceView> adaptedFrom, List<AdaptationView> adaptations,
                              boolean moreAdaptations) {
    }

    /** A practice adapted from: its title (or its address, when it is not known here) and its page. */
    public record SourceView(String title, String url) {
    }

    /** A practice adapted from another; {@code organisation}, {@code organisationType} and {@code country} may be null. */
    public record AdaptationView(String title, String url, String authorName, String authorHandle, String authorUrl,
                                 String organisation, String organisationType, String country) {
    }

    /**
     * One page of a hashtag's posts. {@code olderUrl} (the next page) and {@code newestUrl} (back to the first
     * page, when this is not it) may be null.
     */
    public record TagView(String name, String collectionUrl, List<PostView> posts, String olderUrl,
                          String newestUrl) {
    }

    public String home(Visit visit, List<FellowCard> fellows, long fellowCount, List<PostView> posts) {
        return render("home.jte", visit, Map.of("fellows", fellows, "fellowCount", fellowCount, "posts", posts));
    }

    /** The page of one post. */
    public String post(Visit visit, PostView post) {
        return render("status.jte", visit, Map.of("post", post));
    }

    /**
     * The page of a post that carries a practice, with the practice's section: HTML the server built from escaped
     * parts (its own template).
     */
    public String post(Visit visit, PostView post, String practiceSectionHtml) {
        return render("status.jte", visit, Map.of("post", post, "practiceSection", practiceSectionHtml));
    }

    public String profile(Visit visit, ProfileView profile) {
        return render("profile.jte", visit, Map.of("profile", profile));
    }

    /** The page of a hashtag: its newest public posts. */
    public String tag(Visit visit, TagView tag) {
        return render("tag.jte", visit, Map.of("tag", tag));
    }

    public String error(Visit visit, int status, String message) {
        String meaning = visit.texts().has("error.status." + status) ? "error.status." + status
                : status >= 500 ? "error.status.server" : "error.status.client";
        return render("error.jte", visit, Map.of("status", status, "meaning", visit.text(meaning),
                "message", message == null ? "" : message));
    }

    /** Renders {@code template} with {@code model} and what every page has: the site and the visit. */
    public String render(String template, Visit visit, Map<String, Object> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("site", site);
        full.put("visit", visit);
        StringOutput output = new StringOutput();
        engine.render(template, full, output);
        return output.toString();
    }
}
