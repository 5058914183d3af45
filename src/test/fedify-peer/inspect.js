// Checks an inbox POST independently of Fedify's inbox: which HTTP signature scheme it carries and whether
// that signature verifies, and whether its FEP-8b32 proof verifies. Fedify's inbox stops at the first thing
// that verifies (LD signature, then proof, then HTTP signature), so the tests learn here what each one says.

import { hasProofLike, verifyObject, verifyRequestDetailed } from "@fedify/fedify";
import { Activity } from "@fedify/vocab";
import { schemeOf } from "./recorder.js";

const SPECS = { "rfc9421": "rfc9421", "draft-cavage": "draft-cavage-http-signatures-12" };

export async function inspectInboxPost(request, ctx) {
  const loaders = { documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader };
  const raw = await request.clone().text();
  let json = null;
  try {
    json = JSON.parse(raw);
  } catch {
    // recorded as it came; Fedify answers it
  }
  const scheme = schemeOf(request.headers);
  return {
    path: new URL(request.url).pathname,
    scheme,
    httpSignature: scheme === "none" ? "absent" : await httpSignature(request, scheme, loaders),
    proof: json != null && hasProofLike(json) ? await proof(json, loaders) : "absent",
    type: json?.type ?? null,
    id: json?.id ?? null,
    actor: idOf(json?.actor),
    object: idOf(json?.object),
    objectType: typeof json?.object === "object" ? json.object?.type ?? null : null,
    json,
    status: null,
    answer: null,
  };
}

async function httpSignature(request, scheme, loaders) {
  try {
    const result = await verifyRequestDetailed(request.clone(), { ...loaders, spec: SPECS[scheme] });
    return result.verified ? "verified" : "failed: " + result.reason.type;
  } catch (error) {
    return "failed: " + error.message;
  }
}

async function proof(json, loaders) {
  try {
    return (await verifyObject(Activity, json, loaders)) == null ? "failed" : "verified";
  } catch (error) {
    return "failed: " + error.message;
  }
}

function idOf(value) {
  if (typeof value === "string") return value;
  if (value != null && typeof value === "object") return value.id ?? null;
  return null;
}
