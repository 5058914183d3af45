// The JSON control API the Java tests drive: make actors, have them act (follow, post, like, boost, edit,
// delete, update the profile, unfollow, block), look things up, and read what the peer received and sent.
// Every action answers once Fedify has delivered it, or with the delivery's failure.

import { Temporal } from "@js-temporal/polyfill";
import {
  Announce, Block, Create, Delete, Follow, Like, Note, PUBLIC_COLLECTION, Tombstone, Undo, Update,
} from "@fedify/vocab";
import { ControlError } from "./actors.js";
import { recipientOf } from "./federation.js";
import { audience, noteObject, now, VISIBILITIES } from "./notes.js";

const MAX_BODY = 64 * 1024;

export function controlApi({ federation, actors, recorder }) {
  const routes = {
    "GET /control/health": () => ({ ok: true }),
    "GET /control/received": () => recorder.received,
    "GET /control/sent": () => recorder.sentRequests,
    "GET /control/incoming": () => recorder.incomingRequests,
    "POST /control/actors": createActor,
    "POST /control/state": state,
    "POST /control/follow": follow,
    "POST /control/unfollow": unfollow,
    "POST /control/post": post,
    "POST /control/reply": (ctx, body) => post(ctx, { ...body, inReplyTo: required(body, "inReplyTo") }),
    "POST /control/like": like,
    "POST /control/announce": announce,
    "POST /control/update-note": updateNote,
    "POST /control/delete": deleteNote,
    "POST /control/update-profile": updateProfile,
    "POST /control/block": block,
    "POST /control/lookup": lookup,
    "POST /control/forward": forward,
  };

  async function createActor(ctx, body) {
    const actor = await actors.create(body.username, body.name, body.summary);
    const id = ctx.getActorUri(actor.username);
    return { id: id.href, handle: `${actor.username}@${id.host}`, inbox: ctx.getInboxUri(actor.username).href };
  }

  function state(ctx, body) {
    const actor = actors.get(required(body, "actor"));
    return {
      followers: [...actor.followers.keys()],
      following: Object.fromEntries([...actor.following].map(([id, entry]) => [id, entry.state])),
    };
  }

  async function follow(ctx, body) {
    const actor = actors.get(required(body, "actor"));
    const target = await lookupActor(ctx, actor.username, required(body, "target"));
    const activity = new Follow({
      id: activityId(ctx, actor.username, "follows"),
      actor: ctx.getActorUri(actor.username),
      object: target.id,
      to: target.id,
    });
    actor.following.set(target.id.href, { follow: activity, state: "pending", recipient: recipientOf(target) });
    await send(ctx, actor, [recipientOf(target)], activity);
    return { id: activity.id.href };
  }

  async function unfollow(ctx, body) {
    const actor = actors.get(required(body, "actor"));
    const entry = actor.following.get(required(body, "target"));
    if (entry == null) throw new ControlError(404, "not following " + body.target);
    const activity = new Undo({
      id: activityId(ctx, actor.username, "undo"),
      actor: ctx.getActorUri(actor.username),
      object: entry.follow,
      to: entry.follow.objectId,
    });
    actor.following.delete(body.target);
    await send(ctx, actor, [entry.recipient], activity);
    return { id: activity.id.href };
  }

  async function post(ctx, body) {
    const actor = actors.get(required(body, "actor"));
    const visibility = body.visibility ?? "public";
    if (!VISIBILITIES.includes(visibility)) throw new ControlError(400, "visibility: one of " + VISIBILITIES);
    const id = ctx.getObjectUri(Note, { identifier: actor.username, id: crypto.randomUUID() });
    const note = {
      id: id.href,
      identifier: actor.username,
      content: required(body, "content"),
      visibility,
      mentions: Array.isArray(body.mentions) ? body.mentions.slice(0, 20) : [],
      inReplyTo: body.inReplyTo ?? null,
      // A post to a group names it as its audience (FEP-1b12); the group should also be mentioned.
      audience: typeof body.audience === "string" ? body.audience : null,
      published: now().toString(),
      updated: null,
      deleted: false,
    };
    note.recipients = Array.isArray(body.recipients)
      ? await Promise.all(body.recipients.slice(0, 20).map(async (url) =>
        recipientOf(await lookupActor(ctx, actor.username, url))))
      : await recipientsFor(ctx, actor, note);
    actor.notes.set(note.id, note);
    const activity = new Create({
      id: new URL(`${note.id}/activity`),
      actor: ctx.getActorUri(actor.username),
      object: noteObject(ctx, note),
      ...audience(ctx, note),
      published: Temporal.Instant.from(note.published),
    });
    await send(ctx, actor, note.recipients, activity);
    return { id: note.id, activity: activity.id.href };
  }

  async function updateNote(ctx, body) {
    const { actor, note } = ownNote(body);
    note.content = required(body, "content");
    note.updated = now().toString();
    const activity = new Update({
      id: activityId(ctx, actor.username, "updates"),
      actor: ctx.getActorUri(actor.username),
      object: noteObject(ctx, note),
      ...audience(ctx, note),
    });
    await send(ctx, actor, note.recipients, activity);
    return { id: activity.id.href };
  }

  async function deleteNote(ctx, body) {
    const { actor, note } = ownNote(body);
    note.deleted = true;
    const activity = new Delete({
      id: activityId(ctx, actor.username, "deletes"),
      actor: ctx.getActorUri(actor.username),
      object: new Tombstone({ id: new URL(note.id) }),
      ...audience(ctx, note),
    });
    await send(ctx, actor, note.recipients, activity);
    return { id: activity.id.href };
  }

  async function like(ctx, body) {
    const actor = actors.get(required(body, "actor"));
    const author = await authorOf(ctx, actor.username, required(body, "object"));
    const activity = new Like({
      id: activityId(ctx, actor.username, "likes"),
      actor: ctx.getActorUri(actor.username),
      object: new URL(body.object),
      to: author.id,
    });
    await send(ctx, actor, [recipientOf(author)], activity);
    return { id: activity.id.href };
  }

  async function announce(ctx, body) {
    const actor = actors.get(required(body, "actor"));
    const author = await authorOf(ctx, actor.username, required(body, "object"));
    const activity = new Announce({
      id: activityId(ctx, actor.username, "announces"),
      actor: ctx.getActorUri(actor.username),
      object: new URL(body.object),
      tos: [PUBLIC_COLLECTION],
      ccs: [ctx.getFollowersUri(actor.username), author.id],
      published: now(),
    });
    await send(ctx, actor, [...actor.followers.values(), recipientOf(author)], activity);
    return { id: activity.id.href };
  }

  async function updateProfile(ctx, body) {
    const actor = actors.get(required(body, "actor"));
    if (body.name != null) actor.name = String(body.name);
    if (body.summary != null) actor.summary = String(body.summary);
    const activity = new Update({
      id: activityId(ctx, actor.username, "updates"),
      actor: ctx.getActorUri(actor.username),
      object: await ctx.getActor(actor.username),
      tos: [PUBLIC_COLLECTION],
      ccs: [ctx.getFollowersUri(actor.username)],
    });
    await send(ctx, actor, [...actor.followers.values()], activity);
    return { id: activity.id.href };
  }

  async function block(ctx, body) {
    const actor = actors.get(required(body, "actor"));
    const target = await lookupActor(ctx, actor.username, required(body, "target"));
    actor.followers.delete(target.id.href);
    const activity = new Block({
      id: activityId(ctx, actor.username, "blocks"),
      actor: ctx.getActorUri(actor.username),
      object: target.id,
      to: target.id,
    });
    await send(ctx, actor, [recipientOf(target)], activity);
    return { id: activity.id.href };
  }

  /** From now on {@code actor} forwards what {@code from} sends it to {@code to}, as Fedify forwards. */
  async function forward(ctx, body) {
    const actor = actors.get(required(body, "actor"));
    const target = await lookupActor(ctx, actor.username, required(body, "to"));
    actor.forwards.set(required(body, "from"), [recipientOf(target)]);
    return { forwarding: true };
  }

  /** Fetches a document as Fedify would, signed by {@code actor} when one is named, unsigned otherwise. */
  async function lookup(ctx, body) {
    const documentLoader = body.actor == null
      ? ctx.documentLoader
      : await ctx.getDocumentLoader({ identifier: actors.get(body.actor).username });
    const found = await ctx.lookupObject(required(body, "url"), { documentLoader });
    return found == null ? { found: false } : { found: true, document: await found.toJsonLd() };
  }

  function ownNote(body) {
    const actor = actors.get(required(body, "actor"));
    const note = actor.notes.get(required(body, "note"));
    if (note == null || note.deleted) throw new ControlError(404, "no such note: " + body.note);
    return { actor, note };
  }

  // Followers (unless direct), the mentioned, and the author replied to.
  async function recipientsFor(ctx, actor, note) {
    const recipients = note.visibility === "direct" ? [] : [...actor.followers.values()];
    for (const mention of note.mentions) {
      recipients.push(recipientOf(await lookupActor(ctx, actor.username, mention.href)));
    }
    if (note.inReplyTo != null) recipients.push(recipientOf(await authorOf(ctx, actor.username, note.inReplyTo)));
    return recipients;
  }

  async function authorOf(ctx, username, objectUrl) {
    const documentLoader = await ctx.getDocumentLoader({ identifier: username });
    const object = await ctx.lookupObject(objectUrl, { documentLoader });
    if (object?.attributionId == null) throw new ControlError(404, "no author found for " + objectUrl);
    return lookupActor(ctx, username, object.attributionId.href);
  }

  return async (request) => {
    const url = new URL(request.url);
    const route = routes[`${request.method} ${url.pathname}`];
    if (route == null) return json(404, { error: "no such control route" });
    const ctx = federation.createContext(request, { record: null });
    try {
      const body = request.method === "POST" ? await readJson(request) : {};
      return json(200, await route(ctx, body));
    } catch (error) {
      const status = error instanceof ControlError ? error.status : 502;
      return json(status, { error: String(error?.message ?? error), status: error?.statusCode ?? null });
    }
  };
}

async function lookupActor(ctx, username, url) {
  const documentLoader = await ctx.getDocumentLoader({ identifier: username });
  const actor = await ctx.lookupObject(url, { documentLoader });
  if (actor?.id == null || actor.inboxId == null) throw new ControlError(404, "no actor at " + url);
  return actor;
}

async function send(ctx, actor, recipients, activity) {
  const unique = [...new Map(recipients.map((recipient) => [recipient.id.href, recipient])).values()];
  if (unique.length === 0) return;
  await ctx.sendActivity({ identifier: actor.username }, unique, activity, { preferSharedInbox: true });
}

function activityId(ctx, username, kind) {
  return new URL(`/users/${username}/${kind}/${crypto.randomUUID()}`, ctx.origin);
}

function required(body, name) {
  const value = body?.[name];
  if (value == null || value === "") throw new ControlError(400, "missing " + name);
  return value;
}

async function readJson(request) {
  const text = await request.text();
  if (text.length > MAX_BODY) throw new ControlError(413, "control body too large");
  try {
    return text === "" ? {} : JSON.parse(text);
  } catch {
    throw new ControlError(400, "control body is not JSON");
  }
}

function json(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}
