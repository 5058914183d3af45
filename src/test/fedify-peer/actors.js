// The peer's own people, in memory: each with an RSA key (HTTP signatures, LD signatures) and an Ed25519 key
// (FEP-8b32 proofs) made at creation, who follows them, whom they follow, and the notes they wrote.

import { generateCryptoKeyPair } from "@fedify/fedify";

const MAX_ACTORS = 200;
const USERNAME = /^[a-z0-9_]{1,30}$/;

export class Actors {
  #actors = new Map();

  async create(username, name, summary) {
    if (!USERNAME.test(username ?? "")) throw new ControlError(400, "username must match " + USERNAME);
    if (this.#actors.has(username)) throw new ControlError(409, "username taken: " + username);
    if (this.#actors.size >= MAX_ACTORS) throw new ControlError(429, "too many actors");
    const actor = {
      username,
      name: name ?? username,
      summary: summary ?? "",
      keys: [await generateCryptoKeyPair("RSASSA-PKCS1-v1_5"), await generateCryptoKeyPair("Ed25519")],
      followers: new Map(), // follower id → recipient {id, inboxId, endpoints}
      following: new Map(), // followed id → {follow, state: "pending" | "accepted" | "rejected", recipient}
      notes: new Map(), // note id → the fields the note was made from, kept for edits and deletes
      forwards: new Map(), // actor id → recipients this actor forwards that actor's activities to
      forwarded: new Set(), // ids of activities already forwarded, so a forward is never forwarded again
    };
    this.#actors.set(username, actor);
    return actor;
  }

  find(username) {
    return this.#actors.get(username) ?? null;
  }

  /** Marks the follow with this id (ours, sent earlier) accepted or rejected; others are ignored. */
  answerFollow(followId, state) {
    for (const actor of this.#actors.values()) {
      for (const entry of actor.following.values()) {
        if (followId != null && entry.follow.id?.href === followId.href) entry.state = state;
      }
    }
  }

  /** Who forwards activities of {@code actorId}, and to whom. */
  forwardersOf(actorId) {
    return [...this.#actors.values()]
      .filter((actor) => actor.forwards.has(actorId))
      .map((actor) => ({ actor, recipients: actor.forwards.get(actorId) }));
  }

  get(username) {
    const actor = this.find(username);
    if (actor == null) throw new ControlError(404, "no such actor: " + username);
    return actor;
  }
}

/** A control-API failure with the status it answers. */
export class ControlError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}
