package org.bureaucrathackers.fellowship.fellowshipapi.profiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.actor.FellowProfileRules;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;

/** A structured profile as the API answers it: every field present, null when empty. */
public final class ProfileJson {

    private ProfileJson() {
    }

    public static ObjectNode of(Account account, FellowProfile profile) {
        ObjectNode json = Json.object();
        json.put("account_id", ApiIds.format(account.id()));
        json.put("acct", AccountEntities.acct(account));
        json.put(FellowProfileRules.ORGANISATION, profile.organisation());
        json.put(FellowProfileRules.ORGANISATION_TYPE,
                profile.organisationType() == null ? null : profile.organisationType().word());
        json.put(FellowProfileRules.ROLE, profile.role());
        json.put(FellowProfileRules.COUNTRY, profile.country());
        json.put(FellowProfileRules.GOVERNMENT_LEVEL,
                profile.governmentLevel() == null ? null : profile.governmentLevel().word());
        json.put(FellowProfileRules.SECTOR, profile.sector());
        ArrayNode themes = json.putArray(FellowProfileRules.THEMES);
        profile.themes().forEach(themes::add);
        json.put(FellowProfileRules.AIMS, profile.aims());
        return json;
    }
}
