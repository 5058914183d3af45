package org.bureaucrathackers.fellowship.mastodon.entities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.FellowSettings;
import org.bureaucrathackers.fellowship.actor.ProfileField;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.media.LocalCopies;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.post.PostingDefaults;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.TimelineStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.jsoup.Jsoup;

/**
 * The Mastodon Account entity (and CredentialAccount for the caller's own): every documented key present,
 * with null, [] or "" when there is nothing to say, because clients read them without checking.
 */
public final class AccountEntities {

    private final FollowStore follows;
    private final TimelineStore statuses;
    private final LocalUris uris;
    private final AccountStore settings;
    private final LocalCopies copies;

    public AccountEntities(FollowStore follows, TimelineStore statuses, LocalUris uris) {
        this(follows, statuses, uris, null);
    }

    /** @param settings where fellows' profile settings are read ({@code hide_collections}); null to leave it null */
    public AccountEntities(FollowStore follows, TimelineStore statuses, LocalUris uris, AccountStore settings) {
        this(follows, statuses, uris, settings, LocalCopies.NONE);
    }

    /** @param copies this instance's copies of remote avatars and headers, shown in their place when ready */
    public AccountEntities(FollowStore follows, TimelineStore statuses, LocalUris uris, AccountStore settings,
                           LocalCopies copies) {
        this.follows = follows;
        this.statuses = statuses;
        this.uris = uris;
        this.settings = settings;
        this.copies = copies;
    }

    /** What an account's entity shows beside the account itself, loaded one account or one page at a time. */
    private record Facts(long followers, long following, long statuses, Instant lastStatusAt,
                         FellowSettings settings, Map<String, String> copies) {
    }

    public ObjectNode account(Account account) {
        FellowSettings fellow = settings != null && account.isLocal() ? settings.fellowSettings(account.id()) : null;
        return account(account, new Facts(follows.countFollowers(account.id()), follows.countFollowing(account.id()),
                statuses.countOpen(account.id()), lastStatusAt(account.id()), fellow,
                copies.of(remoteImages(List.of(account)))));
    }

    private ObjectNode account(Account account, Facts facts) {
        ObjectNode json = Json.object();
        json.put("id", ApiIds.format(account.id()));
        json.put("username", account.username());
        json.put("acct", acct(account));
        json.put("display_name", account.displayName());
        json.put("locked", account.manuallyApprovesFollowers());
        json.put("bot", account.actorType() == Account.ActorType.Service
                || account.actorType() == Account.ActorType.Application);
        json.put("discoverable", account.discoverable());
        json.put("indexable", account.indexable());
        json.put("group", account.actorType() == Account.ActorType.Group);
        json.put("created_at", ApiTimes.datetime(account.createdAt().truncatedTo(ChronoUnit.DAYS)));
        json.put("note", account.summaryHtml());
        json.put("url", url(account));
        json.put("uri", account.uri());
        String avatar = account.avatarUrl() != null
                ? facts.copies().getOrDefault(account.avatarUrl(), account.avatarUrl())
                : uris.base() + DefaultImages.AVATAR_PATH;
        json.put("avatar", avatar);
        json.put("avatar_static", avatar);
        String header = account.headerUrl() != null
                ? facts.copies().getOrDefault(account.headerUrl(), account.headerUrl())
                : uris.base() + DefaultImages.HEADER_PATH;
        json.put("header", header);
        json.put("header_static", header);
        json.put("followers_count", facts.followers());
        json.put("following_count", facts.following());
        json.put("statuses_count", facts.statuses());
        json.put("last_status_at", ApiTimes.date(facts.lastStatusAt()));
        if (facts.settings() != null) {
            json.put("hide_collections", facts.settings().hideCollections());
        } else {
            json.putNull("hide_collections");
        }
        json.put("noindex", !account.indexable());
        json.putArray("emojis");
        json.putArray("roles");
        json.set("fields", fields(account.fields()));
        json.putNull("moved");
        json.put("suspended", false);
        json.put("limited", false);
        json.put("memorial", false);
        return json;
    }

    /**
     * The caller's own account with {@code source} (Elk reads it unguarded) and {@code role}.
     * @param defaultPrivacy the fellow's default posting visibility in Mastodon's words
     * @param followRequests how many follow requests wait for the fellow's answer
     */
    public ObjectNode credential(Account account, String defaultPrivacy, String language, long followRequests) {
        return credential(account, new PostingDefaults(Status.Visibility.parse(defaultPrivacy), false, language),
                null, followRequests);
    }

    /**
     * The caller's own account with {@code source} and {@code role}.
     * @param defaults       the fellow's posting defaults
     * @param bioSource      the bio as the fellow typed it, or null to show its text
     * @param followRequests how many follow requests wait for the fellow's answer
     */
    public ObjectNode credential(Account account, PostingDefaults defaults, String bioSource, long followRequests) {
        ObjectNode json = account(account);
        ObjectNode source = json.putObject("source");
        source.put("privacy", StatusEntities.visibility(defaults.visibility()));
        source.put("sensitive", defaults.sensitive());
        source.put("language", defaults.language() == null ? "" : defaults.language());
        source.put("note", bioSource != null ? bioSource : Jsoup.parse(account.summaryHtml()).wholeText().strip());
        ArrayNode plainFields = source.putArray("fields");
        for (ProfileField field : account.fields()) {
            ObjectNode plain = plainFields.addObject();
            plain.put("name", field.name());
            plain.put("value", plainValue(field.valueHtml()));
            plain.putNull("verified_at");
        }
        source.put("follow_requests_count", followRequests);
        ObjectNode role = json.putObject("role");
        role.put("id", "-99");
        role.put("name", "");
        role.put("color", "");
        role.put("permissions", "0");
        role.put("highlighted", false);
        return json;
    }

    /**
     * The entities of a page of accounts (the directory, search, lists), in its order: their counts, settings and
     * images are loaded with one query per kind for the whole page, however many accounts it has.
     */
    public ArrayNode accounts(List<Account> accounts) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        if (accounts.isEmpty()) {
            return array;
        }
        List<Long> ids = accounts.stream().map(Account::id).distinct().toList();
        Map<Long, Long> followers = follows.followerCounts(ids);
        Map<Long, Long> following = follows.followingCounts(ids);
        Map<Long, Long> statusCounts = statuses.openCounts(ids);
        Map<Long, Instant> lastStatus = statuses.newestOpenAt(ids);
        List<Long> localIds = accounts.stream().filter(Account::isLocal).map(Account::id).distinct().toList();
        Map<Long, FellowSettings> fellows = settings == null || localIds.isEmpty() ? Map.of()
                : settings.fellowSettingsOf(localIds);
        Map<String, String> imageCopies = copies.of(remoteImages(accounts));
        for (Account account : accounts) {
            long id = account.id();
            array.add(account(account, new Facts(followers.getOrDefault(id, 0L), following.getOrDefault(id, 0L),
                    statusCounts.getOrDefault(id, 0L), lastStatus.get(id), fellows.get(id), imageCopies)));
        }
        return array;
    }

    /** The avatars and headers of the remote accounts among {@code accounts}: those this instance may copy. */
    private static List<String> remoteImages(List<Account> accounts) {
        List<String> urls = new ArrayList<>();
        for (Account account : accounts) {
            if (!account.isLocal()) {
                if (account.avatarUrl() != null) {
                    urls.add(account.avatarUrl());
                }
                if (account.headerUrl() != null) {
                    urls.add(account.headerUrl());
                }
            }
        }
        return urls;
    }

    /** {@code username} for fellows of this instance, {@code username@domain} for everyone else. */
    public static String acct(Account account) {
        return account.isLocal() ? account.username() : account.username() + "@" + account.domain();
    }

    private String url(Account account) {
        if (account.isLocal()) {
            return uris.profile(account.username());
        }
        return account.url() != null ? account.url() : account.uri();
    }

    private Instant lastStatusAt(long accountId) {
        List<Status> newest = statuses.openByAccount(accountId, PageRequest.newest(1)).items();
        return newest.isEmpty() ? null : newest.get(0).createdAt();
    }

    /**
     * A field value as the fellow typed it, for editing: its text, except that a value which is one link (shown
     * without its scheme) is its URL, so saving it again keeps it a link.
     */
    static String plainValue(String html) {
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(html);
        String text = document.body().text();
        org.jsoup.select.Elements links = document.select("a[href]");
        if (links.size() == 1) {
            String href = links.get(0).attr("href");
            if (href.replaceFirst("(?i)^https?://", "").equals(text)) {
                return href;
            }
        }
        return text;
    }

    private static ArrayNode fields(List<ProfileField> fields) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ProfileField field : fields) {
            ObjectNode json = array.addObject();
            json.put("name", field.name());
            json.put("value", field.valueHtml());
            json.putNull("verified_at");
        }
        return array;
    }
}
