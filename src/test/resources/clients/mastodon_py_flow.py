"""Drives a running Fellowship instance with Mastodon.py, the way a fellow's script would.

Usage: python3 mastodon_py_flow.py BASE_URL EMAIL PASSWORD USERNAME OTHER_LOCAL_USERNAME REMOTE_HANDLE REPLY_TO_ID

Prints one "ok: <step>" line per step that worked; any failure raises, so the exit status is non-zero and
the traceback names the step. Every step checks what came back, not only that nothing was raised.
"""
import sys
import time

from mastodon import Mastodon

base, email, password, username, local_name, remote_handle, reply_to_id = sys.argv[1:8]


def ok(step):
    print("ok: " + step, flush=True)


client_id, client_secret = Mastodon.create_app("fellowship-test-script", api_base_url=base)
ok("app registered")

api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=base)
token = api.log_in(email, password)
assert token, "no access token"
ok("password login")

me = api.me()
assert me["username"] == username and me["acct"] == username, me
ok("verify_credentials " + me["username"])

status = api.status_post("Practice note from a script #mastopy")
assert status["id"], status
assert "Practice note from a script" in status["content"], status["content"]
ok("posted " + str(status["id"]))

home = api.timeline_home(limit=5)
assert any(s["id"] == status["id"] for s in home), "own post missing from home timeline"
ok("home timeline")

public = api.timeline_public(limit=20)
assert any(s["id"] == status["id"] for s in public), "post missing from public timeline"
local = api.timeline_local(limit=20)
assert any(s["id"] == status["id"] for s in local), "post missing from local timeline"
ok("public and local timelines")

tagged = api.timeline_hashtag("mastopy", limit=5)
assert any(s["id"] == status["id"] for s in tagged), "post missing from hashtag timeline"
ok("hashtag timeline")

more = api.timeline_public(limit=1)
nxt = api.fetch_next(more)
assert nxt is not None and len(nxt) >= 1, "Link rel=next did not lead to an older page"
ok("pagination through Link")

reply = api.status_post("A reply from the script", in_reply_to_id=reply_to_id)
context = api.status_context(reply_to_id)
assert any(s["id"] == reply["id"] for s in context["descendants"]), "reply missing from thread"
ok("thread")

local_accounts = api.account_search(local_name)
target = next(a for a in local_accounts if a["acct"] == local_name)
rel = api.account_follow(target["id"])
assert rel["following"] or rel["requested"], rel
rel = api.account_unfollow(target["id"])
assert not rel["following"], rel
ok("follow and unfollow a local account")

found = api.search_v2(remote_handle, resolve=True, result_type="accounts")
remote = next(a for a in found["accounts"] if a["acct"] == remote_handle)
rel = api.account_follow(remote["id"])
assert rel["following"] or rel["requested"], rel
deadline = time.time() + 20
while not rel["following"] and time.time() < deadline:
    time.sleep(0.3)
    rel = api.account_relationships(remote["id"])[0]
assert rel["following"], "remote follow was not accepted"
ok("follow a remote account")
rel = api.account_unfollow(remote["id"])
assert not rel["following"], rel
ok("unfollow a remote account")

faved = api.status_favourite(reply_to_id)
assert faved["favourited"], faved
boosted = api.status_reblog(reply_to_id)
assert boosted["reblog"] is not None and str(boosted["reblog"]["id"]) == str(reply_to_id), boosted
ok("favourite and boost")

notes = api.notifications(limit=20)
kinds = {n["type"] for n in notes}
assert "favourite" in kinds, "no favourite notification: " + ",".join(sorted(kinds))
ok("notifications")

results = api.search_v2("mastopy", result_type="hashtags")
assert any(t["name"] == "mastopy" for t in results["hashtags"]), results
ok("hashtag search")
print("done", flush=True)
