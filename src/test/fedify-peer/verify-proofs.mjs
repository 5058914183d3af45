// Checks the object integrity proofs (FEP-8b32) of ActivityPub documents with Fedify's own verifyObject,
// as a Fedify inbox does: each argument is a URL (fetched as activity+json) or a JSON file. Keys are fetched
// with Fedify's document loader, loopback allowed. Prints one line per document; exits 1 if any fails.
import { readFile } from "node:fs/promises";
import { verifyObject } from "@fedify/fedify/sig";
import { Activity, Object as ASObject } from "@fedify/vocab";
import { getDocumentLoader } from "@fedify/vocab-runtime";

const loader = getDocumentLoader({ allowPrivateAddress: true });

async function load(source) {
  if (source.startsWith("http://") || source.startsWith("https://")) {
    const response = await fetch(source, { headers: { Accept: "application/activity+json" } });
    return await response.json();
  }
  return JSON.parse(await readFile(source, "utf8"));
}

let failed = 0;
for (const source of process.argv.slice(2)) {
  const json = await load(source);
  // A Fedify inbox drops the LD signature block before checking proofs.
  const { signature: _ignored, ...document } = json;
  const cls = "actor" in document ? Activity : ASObject;
  let verified = null;
  try {
    verified = await verifyObject(cls, document, { documentLoader: loader, contextLoader: loader });
  } catch (error) {
    console.log(`error ${json.type} ${json.id}: ${error}`);
  }
  console.log(`${verified == null ? "refused" : "verified"} ${json.type} ${json.id}`);
  if (verified == null) failed++;
}
process.exit(failed === 0 ? 0 : 1);
