"""The passages chosen for a saved view, kept so that they can be found again.

A passage id ("doc_id:seq") is only the passage's place in its document as the reader segmented it:
a reader change, a re-ingested edited file or a rebuild can give "doc:13" to another passage. So a
view keeps, for each chosen passage, a ``Quote``: its id, its text as chosen (up to ``MAX_QUOTE``
characters), a fingerprint of its whole normalised text, its document's id and that document's
checksum. ``resolve`` finds each quote again in the store:

1. the id, if the passage there still has the quote's text (same fingerprint): "same";
2. else a passage of the same document with exactly that normalised text: "moved" (nearest to the
   old number if there are several);
3. else the passage of the document holding most of the quote's words, in order, if it holds at
   least ``MATCH`` of them (only runs of two words or more count, so that words common to any text
   found here and there do not add up): "reworded";
4. else two or three passages in a row that together hold that share of its words in order, each of
   them mostly words of the quote (the reader now cuts the paragraph in two): "split", all shown;
5. else "missing": said to the user, never replaced by another passage.

"The same document" is the document of the quote's id; when it is gone, a document the user added
from the same file name (user documents are named "user-NAME-CHECKSUM", and a new version of the
file has a new checksum) or a document with the same checksum under another id.

A passage saved without a quote (a views file written before quotes were kept) is taken at its id
as it is ("unchecked") if the store has that id, else reported missing. No Qt, no store writes.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

MAX_QUOTE = 5_000  # characters of a passage's text a view keeps (the fingerprint covers the whole text)
MAX_QUOTE_READ = 20_000  # the longest quote a views file may hold
MATCH = 0.75  # share of a quote's words a passage must hold, in order, to be taken for it when reworded
MIN_RUN = 2  # words in a row that count towards that share
EXCERPT = 80  # characters of a quote shown in messages

_SAME_CHARS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"',
                             "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "\u00ad": None,
                             "\u200b": None, "\ufeff": None})
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")
_USER_ID = re.compile(r"(user-.+-)[0-9a-f]{8}")


def normalise(text: str) -> str:
    """The text as a reader change leaves it alone: compatibility forms, case, quotes and dashes
    folded, soft hyphens gone, runs of white space one space."""
    text = unicodedata.normalize("NFKC", str(text or "")).translate(_SAME_CHARS).casefold()
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=4096)  # the passages of a document are fingerprinted once for all the quotes sought in it
def fingerprint(text: str) -> str:
    from azmap.checksum import checksum

    return checksum(normalise(text).encode("utf-8", "surrogatepass"))


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


@dataclass
class Quote:
    """What a view keeps of one chosen passage."""

    id: str  # the passage id when it was chosen (or found last)
    text: str = ""  # its text as chosen, cut at MAX_QUOTE characters ("" if unknown)
    fingerprint: str = ""  # of its whole normalised text ("" if unknown)
    document: str = ""  # its document's id
    document_sha256: str = ""  # its document's checksum then

    @property
    def known(self) -> bool:
        return bool(self.fingerprint)

    def excerpt(self, limit: int = EXCERPT) -> str:
        text = " ".join(self.text.split())
        return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"

    @classmethod
    def from_dict(cls, d, *, max_id: int = 300) -> "Quote":
        """ValueError if ``d`` is not a quote."""
        if not isinstance(d, dict):
            raise ValueError("not a quote")
        limits = {"id": max_id, "text": MAX_QUOTE_READ, "fingerprint": 64, "document": max_id,
                  "document_sha256": 128}
        values = {}
        for key, limit in limits.items():
            v = d.get(key, "")
            v = "" if v is None else v
            if not isinstance(v, str) or len(v) > limit:
                raise ValueError(f"its {key} is not text of at most {limit} characters")
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError(f"its {key} holds characters that are not text") from None
            values[key] = v
        if not values["id"]:
            raise ValueError("it has no passage id")
        return cls(**values)


def quote_of(store, passage_id: str) -> Quote | None:
    """The quote of the passage ``passage_id`` as the store has it now (None if it has none)."""
    from azmap.store import split_passage_id

    parts = split_passage_id(passage_id)
    if parts is None:
        return None
    row = store.conn.execute("SELECT p.text, d.sha256 FROM passages p JOIN documents d USING(doc_id) "
                             "WHERE p.doc_id=? AND p.seq=?", parts).fetchone()
    if row is None:
        return None
    text, sha = row
    return Quote(id=passage_id, text=text[:MAX_QUOTE], fingerprint=fingerprint(text), document=parts[0],
                 document_sha256=sha or "")


def quotes_for(store, passage_ids) -> list[Quote | None]:
    return [quote_of(store, p) for p in passage_ids]


@dataclass
class Found:
    """One chosen passage looked for: where it is now (None if nowhere) and how it was found."""

    chosen: str  # the id the view saved
    quote: Quote | None
    passage_id: str | None
    how: str  # "same", "moved", "reworded", "split", "unchecked" or "missing"
    document_gone: bool = False  # missing because its document is no longer in the store
    rest: tuple = ()  # split: the ids of the passages after the first that hold the rest of it

    def missing_quote(self) -> Quote:
        """What to keep of a passage not found (its quote, or its id alone)."""
        if self.quote is not None:
            return self.quote
        from azmap.store import split_passage_id

        parts = split_passage_id(self.chosen)
        return Quote(id=self.chosen, document=parts[0] if parts else "")


@dataclass
class Resolution:
    found: list[Found] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        """The passages to show, in the view's order, each once."""
        return list(dict.fromkeys(p for f in self.found if f.passage_id for p in (f.passage_id, *f.rest)))

    @property
    def missing(self) -> list[Found]:
        return [f for f in self.found if f.how == "missing"]

    @property
    def unfound(self) -> list[Quote]:
        return [f.missing_quote() for f in self.missing]

    def notes(self) -> list[str]:
        """Plain sentences for the user: what was not found (each), what was found elsewhere."""
        out = self.lost_notes()
        moved = sum(1 for f in self.found if f.how == "moved")
        reworded = [f for f in self.found if f.how == "reworded"]
        if moved:
            out.append(f"{_count(moved, 'chosen passage')} found again at a new place in "
                       f"{'its' if moved == 1 else 'their'} document.")
        for f in reworded:
            out.append(f"Reworded: “{f.quote.excerpt()}” reads differently in its document now; "
                       f"the closest passage ({f.passage_id}) is shown.")
        for f in self.found:
            if f.how == "split":
                out.append(f"Split: “{f.quote.excerpt()}” is now {len(f.rest) + 1} passages in a row of its "
                           "document; all are shown.")
        return out

    def lost_notes(self) -> list[str]:
        """A sentence for each chosen passage not found."""
        out = []
        for f in self.missing:
            doc = f.missing_quote().document or "?"
            where = (f"its document ({doc}) is no longer among the documents" if f.document_gone
                     else f"it is no longer in its document ({doc})")
            out.append(f"Not found: {_what(f)}: {where}; it is not shown.")
        return out

    def message(self) -> str | None:
        """One status line: the notes, or how many were not found when that would be too long."""
        notes = self.notes()
        if len(notes) <= 2:
            return " ".join(notes) or None
        n = len(self.missing)
        found_elsewhere = len(self.found) - n - sum(1 for f in self.found if f.how in ("same", "unchecked"))
        parts = [f"{_count(n, 'chosen passage')} of this view {'is' if n == 1 else 'are'} no longer in "
                 f"{'its document' if n == 1 else 'their documents'} and not shown"] if n else []
        if found_elsewhere:
            parts.append(f"{found_elsewhere} found again at a new place or reworded")
        return "; ".join(parts) + " (the panel says which)."

    def marker(self) -> str | None:
        """A short mark for a list or a slide: how many chosen passages were not found."""
        n = len(self.missing)
        return f"⚠ {_count(n, 'chosen passage')} not found" if n else None

    def missing_text(self) -> str | None:
        """The marker with what was not found (for a slide), or None if all were found."""
        marker = self.marker()
        if marker is None:
            return None
        return marker + ": " + "; ".join(_what(f) for f in self.missing) + "."


def _what(f: Found) -> str:
    q = f.missing_quote()
    return f"“{q.excerpt()}”" if q.text else f"passage {f.chosen}"


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def resolve(store, passages, quotes=()) -> Resolution:
    """Each passage id of a view (``quotes[i]`` its quote, or None) found again in ``store``."""
    out = Resolution()
    quotes = list(quotes or ())
    for i, pid in enumerate(passages):
        q = quotes[i] if i < len(quotes) else None
        if q is not None and q.id != pid:  # not this passage's quote (a file edited by hand)
            q = None
        out.found.append(_find(store, pid, q))
    return out


def resolve_view(store, view) -> Resolution:
    return resolve(store, view.passages, getattr(view, "quotes", None) or ())


def _find(store, pid: str, q: Quote | None) -> Found:
    from azmap.store import split_passage_id

    parts = split_passage_id(pid)
    if parts is None:
        return Found(pid, q, None, "missing")
    if q is None or not q.known:
        row = store.conn.execute("SELECT 1 FROM passages WHERE doc_id=? AND seq=?", parts).fetchone()
        if row:
            return Found(pid, q, pid, "unchecked")
        gone = not store.conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (parts[0],)).fetchone()
        return Found(pid, q, None, "missing", document_gone=gone)
    row = store.conn.execute("SELECT text FROM passages WHERE doc_id=? AND seq=?", parts).fetchone()
    if row is not None and fingerprint(row[0]) == q.fingerprint:
        return Found(pid, q, pid, "same")
    candidates = document_passages(store, q.document or parts[0], q.document_sha256)
    how, ids = find_among(q, candidates, parts[0], parts[1])
    if ids:
        return Found(pid, q, ids[0], how, rest=tuple(ids[1:]))
    return Found(pid, q, None, "missing", document_gone=not candidates)


def find_among(q: Quote, candidates, doc_id: str, seq: int) -> tuple[str, list[str]]:
    """Steps 1 to 4 among ``candidates`` ((doc_id, seq, text) of passages, as a store or a document
    being prepared has them), for a quote last seen at "doc_id:seq": ("same" | "moved" | "reworded" |
    "split", [ids]) or ("missing", [])."""
    exact = [(abs(s - seq) if d == doc_id else 10**9, d, s) for d, s, text in candidates
             if fingerprint(text) == q.fingerprint]
    if exact:
        _, d, s = min(exact)
        return ("same" if (d, s) == (doc_id, seq) else "moved"), [f"{d}:{s}"]
    return near_match(q, candidates, doc_id, seq)


@lru_cache(maxsize=4096)  # a document's passages are read once for all the quotes sought in it
def _counted_words(text: str):
    """(words, Counter of them) of a candidate passage; neither is changed by its callers."""
    from collections import Counter

    theirs = tuple(words(text))
    return theirs, Counter(theirs)


def near_match(q: Quote, candidates, doc_id: str, seq: int) -> tuple[str, list[str]]:
    """Steps 3 and 4: ("reworded", [id]), ("split", [ids]) or ("missing", [])."""
    from collections import Counter

    mine = words(q.text)
    if len(mine) < 2 * MIN_RUN:  # too short to be told from a chance match: only its exact text will do
        return "missing", []
    bag = Counter(mine)
    parts = []  # (doc_id, seq, words, how many of them are words of the quote)
    for d, s, text in candidates:
        theirs, counted = _counted_words(text)
        parts.append((d, s, theirs, sum((bag & counted).values())))
    best = _best_overlap(mine, parts, doc_id, seq)
    if best is not None:
        return "reworded", [best]
    run = _split_run(mine, parts)
    return ("split", run) if run else ("missing", [])


def document_passages(store, doc_id: str, sha: str = "") -> list[tuple[str, int, str]]:
    """(doc_id, seq, text) of the passages of the quote's document, or of the documents standing for
    it when it is gone: a new version of the same user file, or the same text under another id."""
    conn = store.conn
    docs = [doc_id] if conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone() else []
    if not docs:
        m = _USER_ID.fullmatch(doc_id)
        if m:
            prefix = m.group(1)
            docs = [r[0] for r in conn.execute("SELECT doc_id FROM documents WHERE substr(doc_id,1,?)=?",
                                                (len(prefix), prefix)) if _USER_ID.fullmatch(r[0])]
        if sha:
            docs += [r[0] for r in conn.execute("SELECT doc_id FROM documents WHERE sha256=?", (sha,))]
    out = []
    for d in dict.fromkeys(docs):
        out += [(d, s, t) for s, t in conn.execute("SELECT seq, text FROM passages WHERE doc_id=? ORDER BY seq", (d,))]
    return out


def _held(mine: list[str], theirs: list[str]) -> int:
    """How many of ``mine`` ``theirs`` holds in order, in runs of MIN_RUN words or more."""
    from difflib import SequenceMatcher

    blocks = SequenceMatcher(None, mine, theirs, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= MIN_RUN)


def _split_run(mine: list[str], parts, longest: int = 3) -> list[str] | None:
    """Two or three passages in a row of one document that together hold MATCH of the quote's words
    in order, each of them at least MATCH its words (no neighbour taken along); the best such run."""
    need = MATCH * len(mine)
    own = [len(w) > 0 and shared >= MATCH * len(w) for _, _, w, shared in parts]
    best = None
    for i in range(len(parts)):
        for k in range(2, longest + 1):
            run = parts[i:i + k]
            if len(run) < k or len({p[0] for p in run}) > 1 or not all(own[i:i + k]):
                break
            if sum(p[3] for p in run) < need:  # not words enough, in any order
                continue
            held = _held(mine, [w for p in run for w in p[2]])
            if held >= need and (best is None or held > best[0]):
                best = (held, [f"{p[0]}:{p[1]}" for p in run])
    return best[1] if best else None


def _best_overlap(mine: list[str], parts, doc_id: str, seq: int) -> str | None:
    """The passage holding most of the quote's words in order (runs of MIN_RUN words or more), at
    least MATCH of them; ties go to the tighter passage, then the nearer number."""
    need = MATCH * len(mine)
    best = None
    for d, s, theirs, shared in parts:
        if shared < need:  # not words enough, in any order
            continue
        held = _held(mine, theirs)
        if held < need:
            continue
        key = (held, held / max(len(theirs), 1), -(abs(s - seq) if d == doc_id else 10**9))
        if best is None or key > best[0]:
            best = (key, f"{d}:{s}")
    return best[1] if best else None
