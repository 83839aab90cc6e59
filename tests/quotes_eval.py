"""How well a chosen passage is found again (azmap/quotes.py), measured on the bundled corpus's own
passages: each body passage of twelve words or more is chosen in turn, and its document is changed
as a reader change or an edited file changes it.

- reworded: every tenth word (or every fifth) replaced by a word the document does not hold, the
  passage's number changed: it must be found again at its new place ("recovered");
- deleted: the passage removed from its document: no other passage may be taken for it
  ("false matches").

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
    from azmap.quotes import MAX_QUOTE, Quote, _best_overlap, fingerprint, words

    figures = {"passages": 0, "recovered_10": 0, "recovered_20": 0, "false_matches": 0}
    for doc_id in PARTS[part]:
        rows = [p for p in store.document_passages(doc_id) if p["kind"] == "body"]
        for p in rows:
            if len(words(p["text"])) < MIN_WORDS:
                continue
            figures["passages"] += 1
            q = Quote(id=f"{doc_id}:{p['seq']}", text=p["text"][:MAX_QUOTE], fingerprint=fingerprint(p["text"]),
                      document=doc_id)
            others = [(doc_id, r["seq"] + 1, r["text"]) for r in rows if r["seq"] != p["seq"]]
            for every, key in ((10, "recovered_10"), (5, "recovered_20")):
                moved = p["seq"] + 1
                got = _best_overlap(q, others + [(doc_id, moved, _reword(p["text"], every))], doc_id, p["seq"])
                figures[key] += got == f"{doc_id}:{moved}"
            figures["false_matches"] += _best_overlap(q, others, doc_id, p["seq"]) is not None
    return figures


if __name__ == "__main__":  # python tests/quotes_eval.py dev
    import sys

    from azmap.corpus.rebuild import open_store

    with open_store() as store:
        print(measure(store, sys.argv[1] if len(sys.argv) > 1 else "dev"))
