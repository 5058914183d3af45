package org.bureaucrathackers.fellowship.fellowshipapi.practices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * The entities of a page of practices, in its order, built in a bounded number of queries whatever the page's
     * size: the statuses' facts are loaded in bulk and each author once. Practices without a status in
     * {@code visible} are left out.
     */
    ArrayNode practices(List<Practice> page, Map<Long, Status> visible, Optional<Account> viewer) {
        List<Status> shown = page.stream().map(p -> visible.get(p.statusId())).filter(Objects::nonNull).toList();
        Map<String, JsonNode> entities = new HashMap<>();
        statuses.statuses(shown, viewer.orElse(null)).forEach(entity -> entities.put(entity.get("id").asText(), entity));
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Practice practice : page) {
            Status status = visible.get(practice.statusId());
            JsonNode entity = entities.get(ApiIds.format(practice.statusId()));
            if (status == null || entity == null) {
                continue;
            }
            ObjectNode json = header(practice, status, entity.get("account").get("acct").asText());
            json.setAll(PracticeJson.write(practice.content()));
            json.put("updated_at", ApiTimes.datetime(practice.updatedAt()));
            json.set("status", entity);
            array.add(json);
        }
        return array;
    }

    /** What lists of adaptations show: where the practice comes from, by whom, and its title. */
    ObjectNode summary(Practice practice, Status status) {
        return header(practice, status, accounts.findById(practice.accountId()).map(this::acct).orElse(null));
    }

    private static ObjectNode header(Practice practice, Status status, String acct) {
        ObjectNode json = Json.object();
        json.put("id", ApiIds.format(practice.statusId()));
        json.put("uri", status.uri());
        json.put("url", status.url() != null ? status.url() : status.uri());
        json.put("acct", acct);
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
