package org.bureaucrathackers.fellowship.mastodon.api.reading;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.reading.AccountList;
import org.bureaucrathackers.fellowship.reading.ListMember;
import org.bureaucrathackers.fellowship.reading.ListService;

/**
 * Lists: {@code /api/v1/lists} and its members, the list timeline {@code /api/v1/timelines/list/:id}, and
 * {@code /api/v1/accounts/:id/lists}. Scopes read:lists and write:lists; someone else's list is 404.
 */
public final class ListsApi implements Routes {

    private final ApiAuth auth;
    private final ListService lists;
    private final AccountStore accounts;
    private final AccountEntities accountEntities;
    private final StatusEntities statusEntities;
    private final ApiPaging paging;

    public ListsApi(ApiAuth auth, ListService lists, AccountStore accounts, AccountEntities accountEntities,
                    StatusEntities statusEntities, ApiPaging paging) {
        this.auth = auth;
        this.lists = lists;
        this.accounts = accounts;
        this.accountEntities = accountEntities;
        this.statusEntities = statusEntities;
        this.paging = paging;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/lists", this::index);
        routes.post("/api/v1/lists", this::create);
        routes.get("/api/v1/lists/{id}", this::show);
        routes.put("/api/v1/lists/{id}", this::update);
        routes.delete("/api/v1/lists/{id}", this::delete);
        routes.get("/api/v1/lists/{id}/accounts", this::members);
        routes.post("/api/v1/lists/{id}/accounts", this::addMembers);
        routes.delete("/api/v1/lists/{id}/accounts", this::removeMembers);
        routes.get("/api/v1/timelines/list/{id}", this::timeline);
        routes.get("/api/v1/accounts/{id}/lists", this::listsWithAccount);
    }

    private void index(Context ctx) {
        Caller caller = auth.user(ctx, "read:lists");
        ApiJson.send(ctx, entities(lists.lists(caller.account())));
    }

    private void create(Context ctx) {
        Caller caller = auth.user(ctx, "write:lists");
        ApiParams params = ApiParams.of(ctx);
        AccountList list = ReadingErrors.answer(() -> lists.create(caller.account(),
                params.string("title").orElse(""), policy(params), params.bool("exclusive", false)));
        ApiJson.send(ctx, entity(list));
    }

    private void show(Context ctx) {
        Caller caller = auth.user(ctx, "read:lists");
        ApiJson.send(ctx, entity(ReadingErrors.answer(() -> lists.owned(caller.account(), listId(ctx)))));
    }

    private void update(Context ctx) {
        Caller caller = auth.user(ctx, "write:lists");
        ApiParams params = ApiParams.of(ctx);
        Boolean exclusive = params.nonBlank("exclusive").isPresent() ? params.bool("exclusive", false) : null;
        AccountList list = ReadingErrors.answer(() -> lists.update(caller.account(), listId(ctx),
                params.string("title").orElse(null), policy(params), exclusive));
        ApiJson.send(ctx, entity(list));
    }

    private void delete(Context ctx) {
        Caller caller = auth.user(ctx, "write:lists");
        ReadingErrors.run(() -> lists.delete(caller.account(), listId(ctx)));
        ApiJson.empty(ctx);
    }

    /** Accounts on the list, paged by membership; {@code limit=0} gives them all at once, as Mastodon does. */
    private void members(Context ctx) {
        Caller caller = auth.user(ctx, "read:lists");
        long listId = listId(ctx);
        if ("0".equals(ctx.queryParam("limit"))) {
            List<ListMember> all = ReadingErrors.answer(() -> lists.allMembers(caller.account(), listId));
            ApiJson.send(ctx, accountsOf(all));
            return;
        }
        var page = ApiPaging.request(ctx, ApiPaging.Limits.ACCOUNTS);
        Slice<ListMember> slice = ReadingErrors.answer(() -> lists.members(caller.account(), listId, page));
        paging.link(ctx, slice, ListMember::id);
        ApiJson.send(ctx, accountsOf(slice.items()));
    }

    private void addMembers(Context ctx) {
        Caller caller = auth.user(ctx, "write:lists");
        List<Long> ids = accountIds(ApiParams.of(ctx));
        ReadingErrors.run(() -> lists.addMembers(caller.account(), listId(ctx), ids));
        ApiJson.empty(ctx);
    }

    private void removeMembers(Context ctx) {
        Caller caller = auth.user(ctx, "write:lists");
        List<Long> ids = accountIds(ApiParams.of(ctx));
        ReadingErrors.run(() -> lists.removeMembers(caller.account(), listId(ctx), ids));
        ApiJson.empty(ctx);
    }

    private void timeline(Context ctx) {
        Caller caller = auth.user(ctx, "read:lists");
        long listId = listId(ctx);
        var page = ApiPaging.request(ctx, ApiPaging.Limits.STATUSES);
        Slice<Status> slice = ReadingErrors.answer(() -> lists.timeline(caller.account(), listId, page));
        paging.link(ctx, slice, Status::id);
        ApiJson.send(ctx, statusEntities.statuses(slice.items(), caller.account()));
    }

    private void listsWithAccount(Context ctx) {
        Caller caller = auth.user(ctx, "read:lists");
        long accountId = ReadingErrors.pathId(ctx.pathParam("id"));
        ApiJson.send(ctx, entities(ReadingErrors.answer(() -> lists.listsWith(caller.account(), accountId))));
    }

    private static long listId(Context ctx) {
        return ReadingErrors.pathId(ctx.pathParam("id"));
    }

    /** The replies policy asked for, null when not given; 422 for a word Mastodon does not know. */
    private static AccountList.RepliesPolicy policy(ApiParams params) {
        return params.nonBlank("replies_policy").map(word -> AccountList.RepliesPolicy.fromKey(word.strip())
                .orElseThrow(() -> new HttpError(422,
                        "Validation failed: Replies policy is not included in the list (use followed, list or none)")))
                .orElse(null);
    }

    private static List<Long> accountIds(ApiParams params) {
        List<Long> ids = new ArrayList<>();
        for (String value : params.list("account_ids")) {
            if (value.isBlank()) {
                continue;
            }
            ids.add(ApiIds.parse(value.strip())
                    .orElseThrow(() -> new HttpError(422, "Parameter account_ids[] must hold account ids")));
        }
        return ids;
    }

    private ArrayNode accountsOf(List<ListMember> members) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ListMember member : members) {
            accounts.findById(member.accountId()).filter(a -> !a.isDeleted())
                    .map(accountEntities::account).ifPresent(array::add);
        }
        return array;
    }

    static ObjectNode entity(AccountList list) {
        ObjectNode json = Json.object();
        json.put("id", ApiIds.format(list.id()));
        json.put("title", list.title());
        json.put("replies_policy", list.repliesPolicy().key());
        json.put("exclusive", list.exclusive());
        return json;
    }

    private static ArrayNode entities(List<AccountList> list) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        list.forEach(l -> array.add(entity(l)));
        return array;
    }
}
