package org.bureaucrathackers.fellowship.actor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Profile edits by local fellows: the changes are stored (the bio's Markdown as sanitised HTML, at most
 * {@link #MAX_FIELDS} fields of bounded length) and an Update with the whole actor document goes to the
 * fellow's followers, as Mastodon sends it, so their servers refresh the copy they keep.
 */
public final class ProfileService {

    public static final int MAX_BIO = 5_000;
    /** Mastodon's default; GoToSocial allows the same number. */
    public static final int MAX_FIELDS = 6;
    public static final int MAX_FIELD_NAME = 255;
    public static final int MAX_FIELD_VALUE = 2_047;
    private static final Pattern LINK_VALUE = Pattern.compile("^https?://[^\\s<>\"]{1,2000}$",
            Pattern.CASE_INSENSITIVE);

    private final Transactions transactions;
    private final AccountStore accounts;
    private final FellowProfileStore fellowProfiles;
    private final OutboundActivities outbound;
    private final ActorDocuments documents;
    private final Clock clock;
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .softbreak("<br>").build();

    public ProfileService(Transactions transactions, AccountStore accounts, FellowProfileStore fellowProfiles,
                          OutboundActivities outbound, LocalUris uris, Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.fellowProfiles = fellowProfiles;
        this.outbound = outbound;
        this.documents = new ActorDocuments(uris);
        this.clock = clock;
    }

    /**
     * Applies {@code changes} to a local fellow's profile, queues Update(Person) for the followers and returns
     * the account as stored.
     *
     * @throws InvalidFellowException when a change is out of bounds or the account is not a local fellow
     */
    public Account update(Account fellow, ProfileChanges changes) {
        return update(fellow, changes, FellowProfileChanges.NONE);
    }

    /**
     * Applies {@code changes} and {@code structured} (the structured profile, partially) together: one Update
     * goes to the followers.
     *
     * @throws InvalidProfileFieldException when a structured value breaks its rule (nothing is changed)
     */
    public Account update(Account fellow, ProfileChanges changes, FellowProfileChanges structured) {
        if (!fellow.isLocal() || fellow.isDeleted() || fellow.actorType() != Account.ActorType.Person) {
            throw new InvalidFellowException("only a fellow of this instance has a profile to change");
        }
        FellowSettings settings = accounts.fellowSettings(fellow.id());
        String displayName = changes.displayName() == null ? fellow.displayName() : displayName(changes.displayName());
        String summary = changes.bioMarkdown() == null ? fellow.summaryHtml() : bio(changes.bioMarkdown());
        String bioSource = changes.bioMarkdown() == null ? settings.bioSource() : changes.bioMarkdown().strip();
        List<ProfileField> fields = changes.fields() == null ? fellow.fields() : fields(changes.fields());
        LocalProfile profile = new LocalProfile(displayName, summary, bioSource,
                either(changes.manuallyApprovesFollowers(), fellow.manuallyApprovesFollowers()),
                either(changes.discoverable(), fellow.discoverable()), either(changes.indexable(), fellow.indexable()),
                either(changes.hideCollections(), settings.hideCollections()), fields);
        FellowProfile current = fellowProfiles.find(fellow.id());
        FellowProfile changedStructure = structured.applyTo(current);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return transactions.inTransaction(() -> {
            accounts.updateLocalProfile(fellow.id(), profile, now);
            if (!changedStructure.equals(current)) {
                fellowProfiles.replace(fellow.id(), changedStructure);
            }
            if (changes.avatar() != null || changes.header() != null) {
                accounts.updateProfileImages(fellow.id(), changes.avatar(), changes.header());
            }
            Account updated = accounts.findById(fellow.id())
                    .orElseThrow(() -> new IllegalStateException("account " + fellow.id() + " vanished"));
            outbound.publish(updated, updatePerson(updated, now), List.of(), true);
            return updated;
        });
    }

    /**
     * Checks {@code changes} (name, bio, fields) by the rules {@link #update} applies, storing nothing: forms
     * find out which of their parts breaks a rule before anything is kept.
     *
     * @throws InvalidFellowException when a part breaks its rule
     */
    public void check(ProfileChanges changes) {
        if (changes.displayName() != null) {
            displayName(changes.displayName());
        }
        if (changes.bioMarkdown() != null) {
            bio(changes.bioMarkdown());
        }
        if (changes.fields() != null) {
            fields(changes.fields());
        }
    }

    /** The structured profile of an account, local or remote; {@link FellowProfile#EMPTY} when it has none. */
    public FellowProfile fellowProfile(Account account) {
        return fellowProfiles.find(account.id());
    }

    /** The fellow's bio as typed and whether their follow lists are hidden (defaults for other accounts). */
    public FellowSettings settings(Account account) {
        return account.isLocal() ? accounts.fellowSettings(account.id()) : FellowSettings.DEFAULT;
    }

    private static boolean either(Boolean change, boolean current) {
        return change == null ? current : change;
    }

    /** Update with the full actor document embedded, addressed to the public (Mastodon's shape). */
    private ObjectNode updatePerson(Account account, Instant at) {
        ObjectNode person = documents.person(account, accounts.keysOf(account.id()), fellowProfiles.find(account.id()));
        person.remove("@context");
        ObjectNode update = Json.object();
        update.set("@context", ActorDocuments.context());
        update.put("id", account.uri() + "#updates/" + at.toEpochMilli());
        update.put("type", "Update");
        update.put("actor", account.uri());
        update.putArray("to").add(LocalUris.PUBLIC_COLLECTION);
        update.set("object", person);
        return update;
    }

    private static String displayName(String text) {
        String name = text.strip();
        if (name.length() > FellowService.MAX_DISPLAY_NAME) {
            throw new InvalidFellowException("display name is longer than " + FellowService.MAX_DISPLAY_NAME
                    + " characters");
        }
        return name;
    }

    private String bio(String markdown) {
        if (markdown.length() > MAX_BIO) {
            throw new InvalidFellowException("a bio is at most " + MAX_BIO + " characters of Markdown");
        }
        if (markdown.isBlank()) {
            return "";
        }
        return HtmlSanitizer.clean(renderer.render(parser.parse(markdown))).strip();
    }

    private static List<ProfileField> fields(List<ProfileChanges.Field> given) {
        if (given.size() > MAX_FIELDS) {
            throw new InvalidFellowException("a profile has at most " + MAX_FIELDS + " fields");
        }
        List<ProfileField> fields = new ArrayList<>();
        for (ProfileChanges.Field field : given) {
            String name = field.name() == null ? "" : field.name().strip();
            String value = field.value() == null ? "" : field.value().strip();
            if (name.isEmpty()) {
                throw new InvalidFellowException("a profile field needs a name");
            }
            if (name.length() > MAX_FIELD_NAME || value.length() > MAX_FIELD_VALUE) {
                throw new InvalidFellowException("a profile field's name is at most " + MAX_FIELD_NAME
                        + " characters and its value at most " + MAX_FIELD_VALUE);
            }
            fields.add(new ProfileField(name, valueHtml(value)));
        }
        return fields;
    }

    /** Plain text, escaped; a value that is one http(s) URL becomes a link, as Mastodon shows it. */
    static String valueHtml(String value) {
        String escaped = escape(value);
        if (LINK_VALUE.matcher(value).matches()) {
            String shown = value.replaceFirst("(?i)^https?://", "");
            return HtmlSanitizer.clean("<a href=\"" + escaped + "\" rel=\"me nofollow noopener\" target=\"_blank\">"
                    + escape(shown) + "</a>");
        }
        return escaped;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
