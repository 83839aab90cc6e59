"""The user's corrections to the links: kept apart, applied at once and by every rebuild, listed
and undone with `azmap corrections`."""
import json

from azmap.corpus.rebuild import open_store
from azmap.store import store_path
from tests.conftest import run_cli


def _ids(feature):
    return [h["passage_id"] for h in json.loads(run_cli("passages", feature, "--json", "--limit", "200").stdout)]


def test_unlink_link_and_relink_survive_a_rebuild_and_undo_restores():
    with open_store() as store:
        hit = next(h for h in store.passages_for_feature("nakhchivan", limit=100) if h.relation == "direct"
                   and any(m["feature_id"] == "nakhchivan" and m["how"] == "name" for m in h.mentions))
    pid = hit.passage_id
    mentions = [m for m in hit.mentions if m["feature_id"] == "nakhchivan" and m["how"] != "related"]
    for m in mentions:
        r = run_cli("corrections", "unlink", pid, "nakhchivan", "--start", str(m["start"]))
        assert r.returncode == 0 and "recorded" in r.stdout
    assert pid not in _ids("nakhchivan")
    assert run_cli("corrections", "link", pid, "tap").returncode == 0
    assert pid in _ids("tap")
    store_path().unlink()  # rebuilt from the sources: the corrections come back with it
    assert pid not in _ids("nakhchivan") and pid in _ids("tap")
    listed = run_cli("corrections").stdout
    assert f"{pid}: “{mentions[0]['surface']}” is not nakhchivan" in listed and "linked by hand to tap" in listed
    n = len(mentions) + 1
    assert run_cli("corrections", "undo", str(n)).returncode == 0
    assert pid not in _ids("tap")
    for i in range(1, n):
        run_cli("corrections", "undo", str(i))
    assert pid in _ids("nakhchivan")


def test_relink_moves_the_mention_to_another_feature():
    with open_store() as store:
        hit = next(h for h in store.passages_for_feature("gabala-radar", limit=100) if h.relation == "direct"
                   and "shusha" not in h.feature_ids)
    r = run_cli("corrections", "relink", hit.passage_id, "gabala-radar", "shusha")
    assert r.returncode == 0, r.stderr
    assert hit.passage_id in _ids("shusha")


def test_bad_corrections_get_a_message():
    for args, message in [(("corrections", "unlink", "nope:1", "btc"), "no passage"),
                          (("corrections", "link", "weitz-2012:1", "atlantis"), "atlantis"),
                          (("corrections", "undo", "99"), "no correction numbered 99"),
                          (("corrections", "relink", "weitz-2012:1"), "usage")]:
        r = run_cli(*args)
        assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr
