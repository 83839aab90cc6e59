"""How well a chosen passage is found again (azmap/quotes.py), measured on the bundled corpus's own
passages: each body passage of twelve words or more is chosen in turn, and its document is changed
as a reader change or an edited file changes it.

- reworded: every tenth word (or every fifth) replaced by a word the document does not hold, the
  passage's number changed: it must be found again at its new place ("recovered");
- split: the passage cut in two at its middle word (passages of 24 words or more): found again as
  the two passages ("split_recovered" of "split_passages");
- deleted: the passage removed from its document: no other passage, nor run of passages, may be
  taken for it ("false matches").

The documents are in two parts, fixed before any figure was looked at: ``dev`` (the parameters
MATCH and MIN_RUN may be tuned on it; the tests assert its figures) and ``test`` (measured once, at
the end, and reported). ``python tests/quotes_eval.py dev|test`` prints the figures.
"""
from __future__ import annotations

PARTS = {"dev": ["foreign-relations-overview", "trade-blog-foreign-policy", "makili-aliyev-2013"],
         "test": ["weitz-2012", "azerbaijan-russia-relations"]}
MIN_WORDS = 12


def _reword(text: str, every: int) -> str:
    out = text.split()
    for i in range(every // 2, len(out), every):
        out[i] = f"qqx{i}"
    return " ".join(out)


def measure(store, part: str) -> dict:
    from azmap.quotes import MAX_QUOTE, Quote, fingerprint, near_match, words

    figures = {"passages": 0, "recovered_10": 0, "recovered_20": 0, "split_passages": 0, "split_recovered": 0,
               "false_matches": 0}
    for doc_id in PARTS[part]:
        rows = [p for p in store.document_passages(doc_id) if p["kind"] == "body"]
        for p in rows:
            if len(words(p["text"])) < MIN_WORDS:
                continue
            figures["passages"] += 1
            q = Quote(id=f"{doc_id}:{p['seq']}", text=p["text"][:MAX_QUOTE], fingerprint=fingerprint(p["text"]),
                      document=doc_id)
            others = [(doc_id, r["seq"] + 1, r["text"]) for r in rows if r["seq"] != p["seq"]]
            moved = p["seq"] + 1
            for every, key in ((10, "recovered_10"), (5, "recovered_20")):
                got = near_match(q, others + [(doc_id, moved, _reword(p["text"], every))], doc_id, p["seq"])
                figures[key] += got == ("reworded", [f"{doc_id}:{moved}"])
            split = p["text"].split()
            if len(split) >= 2 * MIN_WORDS:
                figures["split_passages"] += 1
                half = len(split) // 2
                cut = [(doc_id, moved, " ".join(split[:half])), (doc_id, moved + 1, " ".join(split[half:]))]
                spread = [(d, s + 1 if s > p["seq"] else s, t) for d, s, t in others]  # the rest renumbered
                mine = sorted(spread + cut, key=lambda c: c[1])
                got = near_match(q, mine, doc_id, p["seq"])
                figures["split_recovered"] += got == ("split", [f"{doc_id}:{moved}", f"{doc_id}:{moved + 1}"])
            figures["false_matches"] += near_match(q, others, doc_id, p["seq"])[1] != []
    return figures


if __name__ == "__main__":  # python tests/quotes_eval.py dev
    import sys

    from azmap.corpus.rebuild import open_store

    with open_store() as store:
        print(measure(store, sys.argv[1] if len(sys.argv) > 1 else "dev"))
