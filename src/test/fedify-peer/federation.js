// Fedify's side of the peer: actors, their keys, followers and notes as Fedify serves them, and inbox listeners
// that note which listener took each activity, accept follows and keep the follow graph.

import { createFederation, MemoryKvStore } from "@fedify/fedify";
import {
  Accept, Activity, Endpoints, Follow, Note, Person, Reject, Undo,
} from "@fedify/vocab";
import { noteObject } from "./notes.js";

/**
 * @param actors the peer's people
 * @param origin the peer's own origin (http://127.0.0.1:PORT), so ids never depend on how a request named it
 */
export function buildFederation(actors, origin) {
  // No queue: sends happen inside the call that asked for them, so a test sees their outcome at once.
  const federation = createFederation({
    kv: new MemoryKvStore(),
    origin,
    allowPrivateAddress: true, // loopback peers only; the test machine has nothing else
  });

  federation
    .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
      const actor = actors.find(identifier);
      if (actor == null) return null;
      const keys = await ctx.getActorKeyPairs(identifier);
      return new Person({
        id: ctx.getActorUri(identifier),
        preferredUsername: identifier,
        name: actor.name,
        summary: actor.summary,
        url: ctx.getActorUri(identifier),
        inbox: ctx.getInboxUri(identifier),
        endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
        followers: ctx.getFollowersUri(identifier),
        manuallyApprovesFollowers: false,
        publicKey: keys[0].cryptographicKey,
        assertionMethods: keys.map((key) => key.multikey),
      });
    })
    .setKeyPairsDispatcher((ctx, identifier) => actors.find(identifier)?.keys ?? []);

  federation.setFollowersDispatcher("/users/{identifier}/followers", (ctx, identifier) => {
    const actor = actors.find(identifier);
    return actor == null ? null : { items: [...actor.followers.values()] };
  });

  // Followers-only notes go only to requests signed by a follower, as the servers we test against do.
  federation
    .setObjectDispatcher(Note, "/users/{identifier}/notes/{id}", (ctx, values) => {
      const note = actors.find(values.identifier)?.notes.get(ctx.getObjectUri(Note, values).href);
      return note == null || note.deleted ? null : noteObject(ctx, note);
    })
    .authorize(async (ctx, values) => {
      const note = actors.find(values.identifier)?.notes.get(ctx.getObjectUri(Note, values).href);
      if (note == null || note.visibility === "public") return true;
      const owner = await ctx.getSignedKeyOwner();
      return owner?.id != null && actors.get(values.identifier).followers.has(owner.id.href);
    });

  federation
    .setInboxListeners("/users/{identifier}/inbox", "/inbox")
    .on(Follow, async (ctx, follow) => {
      handled(ctx, "Follow");
      const parsed = ctx.parseUri(follow.objectId);
      if (parsed?.type !== "actor" || actors.find(parsed.identifier) == null || follow.actorId == null) return;
      const follower = await follow.getActor(ctx);
      if (follower == null) return;
      actors.get(parsed.identifier).followers.set(follower.id.href, recipientOf(follower));
      await ctx.sendActivity({ identifier: parsed.identifier }, follower, new Accept({
        id: new URL(`#accepts/${crypto.randomUUID()}`, ctx.getActorUri(parsed.identifier)),
        actor: follow.objectId,
        object: follow,
      }));
    })
    .on(Accept, async (ctx, accept) => {
      handled(ctx, "Accept");
      actors.answerFollow(accept.objectId, "accepted");
    })
    .on(Reject, async (ctx, reject) => {
      handled(ctx, "Reject");
      actors.answerFollow(reject.objectId, "rejected");
    })
    .on(Undo, async (ctx, undo) => {
      handled(ctx, "Undo");
      const undone = await undo.getObject(ctx);
      if (!(undone instanceof Follow)) return;
      const parsed = ctx.parseUri(undone.objectId);
      if (parsed?.type === "actor" && undo.actorId != null) {
        actors.find(parsed.identifier)?.followers.delete(undo.actorId.href);
      }
    })
    .on(Activity, async (ctx, activity) => {
      handled(ctx, "Activity");
      // The received payload goes on unchanged, proofs included, HTTP-signed by the forwarder.
      for (const { actor, recipients } of actors.forwardersOf(activity.actorId?.href)) {
        if (activity.id == null || actor.forwarded.has(activity.id.href)) continue;
        actor.forwarded.add(activity.id.href);
        await ctx.forwardActivity({ identifier: actor.username }, recipients,
          { skipIfUnsigned: true, preferSharedInbox: true });
      }
    });

  return federation;
}

// Marks the current inbox request's record as taken by a listener: Fedify calls listeners only once the
// request's signature or the activity's proof has verified.
function handled(ctx, listener) {
  if (ctx.data?.record != null) ctx.data.record.handledBy = listener;
}

/** What Fedify needs to deliver to an actor. */
export function recipientOf(actor) {
  return {
    id: actor.id,
    inboxId: actor.inboxId,
    endpoints: actor.endpoints == null ? null : { sharedInbox: actor.endpoints.sharedInbox },
  };
}
