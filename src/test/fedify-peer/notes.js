// Notes as the peer keeps them (plain fields) and as Fedify sends and serves them (vocabulary objects),
// addressed the way Mastodon-compatible servers read visibility.

import { Temporal } from "@js-temporal/polyfill";
import { Mention, Note, PUBLIC_COLLECTION } from "@fedify/vocab";

export const VISIBILITIES = ["public", "followers", "direct"];

/** to and cc for a note or an activity about it. */
export function audience(ctx, note) {
  const followers = ctx.getFollowersUri(note.identifier);
  const mentioned = note.mentions.map((mention) => new URL(mention.href));
  switch (note.visibility) {
    case "public":
      return { tos: [PUBLIC_COLLECTION], ccs: [followers, ...mentioned] };
    case "followers":
      return { tos: [followers], ccs: mentioned };
    default:
      return { tos: mentioned, ccs: [] };
  }
}

export function noteObject(ctx, note) {
  const id = new URL(note.id);
  return new Note({
    id,
    url: id,
    attribution: ctx.getActorUri(note.identifier),
    content: note.content,
    ...audience(ctx, note),
    replyTarget: note.inReplyTo == null ? null : new URL(note.inReplyTo),
    audience: note.audience == null ? null : new URL(note.audience),
    tags: note.mentions.map((mention) => new Mention({ href: new URL(mention.href), name: mention.name })),
    published: Temporal.Instant.from(note.published),
    updated: note.updated == null ? null : Temporal.Instant.from(note.updated),
  });
}

export function now() {
  return Temporal.Now.instant();
}
