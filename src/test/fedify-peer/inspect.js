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
  const signature = scheme === "none" ? { verdict: "absent", keyId: null } : await httpSignature(request, scheme, loaders);
  return {
    path: new URL(request.url).pathname,
    scheme,
    httpSignature: signature.verdict,
    keyId: signature.keyId,
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
    return result.verified
      ? { verdict: "verified", keyId: result.key.id?.href ?? null }
      : { verdict: "failed: " + result.reason.type, keyId: null };
  } catch (error) {
    return { verdict: "failed: " + error.message, keyId: null };
  }
}

// The proof covers the document without an LD signature block, which Fedify adds after the proof.
async function proof(json, loaders) {
  const { signature: _ldSignature, ...covered } = json;
  try {
    return (await verifyObject(Activity, covered, loaders)) == null ? "failed" : "verified";
  } catch (error) {
    return "failed: " + error.message;
  }
}

function idOf(value) {
  if (typeof value === "string") return value;
  if (value != null && typeof value === "object") return value.id ?? null;
  return null;
}
