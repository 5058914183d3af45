package org.bureaucrathackers.fellowship.fellowshipapi.practices;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiTimes;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeJson;

/**
 * The practice entity: {@code id} (its status's), {@code uri}, {@code url}, the author's {@code acct}, every field
 * of the record, when it was last changed, and {@code status}: the Mastodon Status of the same post.
 */
public final class PracticeEntities {

    private final StatusEntities statuses;
    private final AccountStore accounts;

    public PracticeEntities(StatusEntities statuses, AccountStore accounts) {
        this.statuses = statuses;
        this.accounts = accounts;
    }

    ObjectNode practice(Practice practice, Status status, Optional<Account> viewer) {
        ObjectNode json = summary(practice, status);
        json.setAll(PracticeJson.write(practice.content()));
        json.put("updated_at", ApiTimes.datetime(practice.updatedAt()));
        json.set("status", statuses.status(status, viewer.orElse(null)));
        return json;
    }

    /** What lists of adaptations show: where the practice comes from, by whom, and its title. */
    ObjectNode summary(Practice practice, Status status) {
        ObjectNode json = Json.object();
        json.put("id", ApiIds.format(practice.statusId()));
        json.put("uri", status.uri());
        json.put("url", status.url() != null ? status.url() : status.uri());
        json.put("acct", accounts.findById(practice.accountId()).map(this::acct).orElse(null));
        json.put("created_at", ApiTimes.datetime(status.createdAt()));
        json.put("title", practice.content().title());
        json.put("organisation", practice.content().organisation());
        json.put("organisation_type", practice.content().organisationType());
        json.put("country", practice.content().country());
        return json;
    }

    private String acct(Account account) {
        return account.isLocal() ? account.username() : account.username() + "@" + account.domain();
    }
}
