package org.bureaucrathackers.fellowship.mastodon.entities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.discovery.NodeInfoDocument;
import org.bureaucrathackers.fellowship.instance.InstanceActivity;
import org.bureaucrathackers.fellowship.instance.InstanceStats;
import org.bureaucrathackers.fellowship.instance.WeeklyActivity;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.media.ImageProcessor;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.jsoup.nodes.Entities;

/**
 * The instance as Mastodon clients read it: V1::Instance, Instance (v2), rules, peers, weekly activity and the
 * extended description. Every documented key is present; the configuration objects are always objects (Elk
 * dereferences them without checking).
 */
public final class InstanceEntities {

    /**
     * Mastodon.py reads the version before its first call and takes a suffix after '+' as the version when it
     * parses as one, so the suffix must not start with digits: "4.2.0+fellowship" reads as 4.2.0.
     */
    public static final String VERSION = NodeInfoDocument.MASTODON_UPSTREAM_VERSION + "+fellowship";
    public static final int MAX_PEERS = 10_000;
    static final Duration ACTIVE_MONTH = Duration.ofDays(30);

    // Limits clients use to shape their composers; Mastodon's values where this server has no own limit.
    static final int MAX_FEATURED_TAGS = 10;
    static final int MAX_PINNED_STATUSES = 5;
    static final int MAX_MEDIA_ATTACHMENTS = PostService.MAX_MEDIA;
    static final int CHARACTERS_RESERVED_PER_URL = 23;
    static final long IMAGE_MATRIX_LIMIT = ImageProcessor.MAX_PIXELS;
    static final int VIDEO_MATRIX_LIMIT = 2_304_000;
    static final int VIDEO_FRAME_RATE_LIMIT = 60;
    static final int MEDIA_DESCRIPTION_LIMIT = MediaLimits.MAX_DESCRIPTION;
    static final int POLL_MAX_OPTIONS = 4;
    static final int POLL_MAX_CHARACTERS_PER_OPTION = 50;
    static final int POLL_MIN_EXPIRATION = 300;
    static final int POLL_MAX_EXPIRATION = 2_629_746;

    private final Settings settings;
    private final InstanceStats stats;
    private final InstanceActivity activity;
    private final WeeklyActivity weeks;
    private final AccountStore accounts;
    private final AccountEntities accountEntities;
    private final LocalUris uris;
    private final Clock clock;
    /** The description comes from the settings, so it took effect when the server started. */
    private final Instant descriptionSince;

    public InstanceEntities(Settings settings, InstanceStats stats, InstanceActivity activity, AccountStore accounts,
                            AccountEntities accountEntities, LocalUris uris, Clock clock) {
        this.settings = settings;
        this.stats = stats;
        this.activity = activity;
        this.weeks = new WeeklyActivity(activity, clock);
        this.accounts = accounts;
        this.accountEntities = accountEntities;
        this.uris = uris;
        this.clock = clock;
        this.descriptionSince = clock.instant();
    }

    /** {@code GET /api/v1/instance}. */
    public ObjectNode v1() {
        ObjectNode json = Json.object();
        json.put("uri", uris.domain());
        json.put("title", settings.instanceName());
        json.put("short_description", settings.instanceDescription());
        json.put("description", settings.instanceDescription());
        json.put("email", settings.contactEmail());
        json.put("version", VERSION);
        json.putObject("urls").put("streaming_api", streamingBase());
        ObjectNode counts = json.putObject("stats");
        counts.put("user_count", stats.fellows());
        counts.put("status_count", stats.localPosts());
        counts.put("domain_count", activity.knownDomains());
        json.put("thumbnail", thumbnailUrl());
        json.set("languages", languages());
        json.put("registrations", false);
        json.put("approval_required", false);
        json.put("invites_enabled", false);
        ObjectNode configuration = json.putObject("configuration");
        configuration.putObject("accounts").put("max_featured_tags", MAX_FEATURED_TAGS);
        configuration.set("statuses", statusLimits());
        configuration.set("media_attachments", mediaLimits());
        configuration.set("polls", pollLimits());
        json.set("contact_account", contactAccount());
        json.set("rules", rules());
        return json;
    }

    /** {@code GET /api/v2/instance}; without {@code api_versions}, which would switch Phanpy to grouped notifications. */
    public ObjectNode v2() {
        ObjectNode json = Json.object();
        json.put("domain", uris.domain());
        json.put("title", settings.instanceName());
        json.put("version", VERSION);
        json.put("source_url", NodeInfoDocument.REPOSITORY);
        json.put("description", settings.instanceDescription());
        json.putObject("usage").putObject("users")
                .put("active_month", stats.fellowsActiveSince(clock.instant().minus(ACTIVE_MONTH)));
        json.putObject("thumbnail").put("url", thumbnailUrl());
        json.putArray("icon");
        json.set("languages", languages());
        ObjectNode configuration = json.putObject("configuration");
        ObjectNode urls = configuration.putObject("urls");
        urls.put("streaming", streamingBase());
        urls.putNull("status");
        configuration.putObject("vapid").put("public_key", "");
        configuration.putObject("accounts")
                .put("max_featured_tags", MAX_FEATURED_TAGS)
                .put("max_pinned_statuses", MAX_PINNED_STATUSES);
        configuration.set("statuses", statusLimits());
        configuration.set("media_attachments", mediaLimits().put("description_limit", MEDIA_DESCRIPTION_LIMIT));
        configuration.set("polls", pollLimits());
        configuration.putObject("translation").put("enabled", false);
        ObjectNode registrations = json.putObject("registrations");
        registrations.put("enabled", false);
        registrations.put("approval_required", false);
        registrations.putNull("message");
        registrations.putNull("url");
        ObjectNode contact = json.putObject("contact");
        contact.put("email", settings.contactEmail());
        contact.set("account", contactAccount());
        json.set("rules", rules());
        return json;
    }

    /** The operator's rules, numbered from 1 in the order they were written. */
    public ArrayNode rules() {
        ArrayNode array = Json.MAPPER.createArrayNode();
        List<String> rules = settings.rules();
        for (int i = 0; i < rules.size(); i++) {
            array.addObject().put("id", Integer.toString(i + 1)).put("text", rules.get(i)).put("hint", "");
        }
        return array;
    }

    /** Domains of the servers this instance knows accounts of. */
    public ArrayNode peers() {
        ArrayNode array = Json.MAPPER.createArrayNode();
        activity.peers(MAX_PEERS).forEach(array::add);
        return array;
    }

    /** Twelve weeks of activity, the current week first; every number as a string, as Mastodon sends them. */
    public ArrayNode activity() {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (WeeklyActivity.Week week : weeks.recent()) {
            array.addObject()
                    .put("week", Long.toString(week.start().getEpochSecond()))
                    .put("statuses", Long.toString(week.statuses()))
                    .put("logins", Long.toString(week.logins()))
                    .put("registrations", Long.toString(week.registrations()));
        }
        return array;
    }

    /** The description as HTML, with when it took effect. */
    public ObjectNode extendedDescription() {
        ObjectNode json = Json.object();
        json.put("updated_at", ApiTimes.datetime(descriptionSince));
        json.put("content", "<p>" + Entities.escape(settings.instanceDescription()) + "</p>");
        return json;
    }

    /** Where the streaming API lives: the public URL with ws:// or wss:// (clients append /api/v1/streaming). */
    private String streamingBase() {
        String base = uris.base();
        return base.startsWith("https://") ? "wss://" + base.substring("https://".length())
                : "ws://" + base.substring("http://".length());
    }

    /** A real image: the default header picture. */
    private String thumbnailUrl() {
        return uris.base() + DefaultImages.HEADER_PATH;
    }

    private static ArrayNode languages() {
        ArrayNode array = Json.MAPPER.createArrayNode();
        array.add("en");
        return array;
    }

    private static ObjectNode statusLimits() {
        return Json.object()
                .put("max_characters", PostService.MAX_CHARACTERS)
                .put("max_media_attachments", MAX_MEDIA_ATTACHMENTS)
                .put("characters_reserved_per_url", CHARACTERS_RESERVED_PER_URL);
    }

    /** What uploads take: JPEG, PNG and GIF images and PDF documents, no video (so its limit is 0). */
    private static ObjectNode mediaLimits() {
        ObjectNode json = Json.object();
        json.putArray("supported_mime_types").add("image/jpeg").add("image/png").add("image/gif").add("application/pdf");
        json.put("image_size_limit", MediaLimits.MAX_IMAGE_BYTES);
        json.put("image_matrix_limit", IMAGE_MATRIX_LIMIT);
        json.put("video_size_limit", 0);
        json.put("video_frame_rate_limit", VIDEO_FRAME_RATE_LIMIT);
        json.put("video_matrix_limit", VIDEO_MATRIX_LIMIT);
        return json;
    }

    private static ObjectNode pollLimits() {
        return Json.object()
                .put("max_options", POLL_MAX_OPTIONS)
                .put("max_characters_per_option", POLL_MAX_CHARACTERS_PER_OPTION)
                .put("min_expiration", POLL_MIN_EXPIRATION)
                .put("max_expiration", POLL_MAX_EXPIRATION);
    }

    /** The longest-standing administrator's account, or null when no fellow is an administrator. */
    private ObjectNode contactAccount() {
        return activity.contactAccountId().flatMap(accounts::findById)
                .filter(account -> !account.isDeleted())
                .map(accountEntities::account)
                .orElse(null);
    }
}
