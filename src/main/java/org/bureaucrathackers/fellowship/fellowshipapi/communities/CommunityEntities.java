package org.bureaucrathackers.fellowship.fellowshipapi.communities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.community.Community;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;

/** A community as the Fellowship API shows it, with the Mastodon account entity members follow to join. */
final class CommunityEntities {

    private final AccountEntities accounts;
    private final FollowStore follows;

    CommunityEntities(AccountEntities accounts, FollowStore follows) {
        this.accounts = accounts;
        this.follows = follows;
    }

    ObjectNode community(Community community) {
        ObjectNode json = Json.object();
        json.put("name", community.name());
        json.put("display_name", community.account().displayName());
        json.put("description", community.description());
        json.put("approval_required", community.approvalRequired());
        json.put("members_count", follows.countFollowers(community.account().id()));
        json.put("uri", community.account().uri());
        json.put("url", community.account().url());
        json.set("account", accounts.account(community.account()));
        return json;
    }
}
