"""The passage store: SQLite with FTS5 in the user's data directory. It persists prepared
documents and answers queries; it does not read, segment or link (that is azmap.corpus), and it
does not decide when to rebuild (azmap.corpus.rebuild).

A rebuild is written to a side file and moved into place, so a reader never sees half a store; a
Store whose file was replaced by another process reopens the new file before its next statement
(outside a transaction), so it never writes into a store nobody will read again.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import time
import unicodedata
from pathlib import Path

from azmap.paths import user_data_dir

SCHEMA_VERSION = 8  # 6: each mention keeps its reason and unsure flag; rejected candidates kept with why
# 7: the places of the regional gazetteer each passage names (table places)
# 8: what the reader repaired in each passage (passages.notes: "restored initial capital: ..."); an
#    older store is rebuilt from its documents (rebuild.ensure_store), which gives every passage its notes
SEARCH_RANK_WINDOW = 2000  # a broad query ranks the newest this many matches: flat cost
MAX_PREFIX_TERMS = 50  # a query word standing for more indexed words than this is left to FTS5's prefix query
STORE_NAME = "azmap.sqlite"

_INSERT_MENTION = 'INSERT INTO mentions(pid,feature_id,start,"end",surface,how,reason,unsure) VALUES (?,?,?,?,?,?,?,?)'


def _mention_rows(pid: int, mentions) -> list[tuple]:
    return [(pid, m.feature_id, m.start, m.end, m.surface, m.how, getattr(m, "reason", ""),
             int(getattr(m, "unsure", False))) for m in mentions]


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY, title TEXT NOT NULL, author TEXT, publisher TEXT, date TEXT, date_note TEXT,
  kind TEXT, format TEXT, origin TEXT NOT NULL, source_path TEXT, sha256 TEXT NOT NULL UNIQUE, text TEXT NOT NULL,
  added_at REAL NOT NULL, url TEXT);
CREATE TABLE passages (
  pid INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id), seq INTEGER NOT NULL,
  kind TEXT NOT NULL, heading TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  spans TEXT NOT NULL, years TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '[]', UNIQUE(doc_id, seq));
CREATE VIRTUAL TABLE passages_fts USING fts5(text, heading, content='passages', content_rowid='pid',
  tokenize="unicode61 remove_diacritics 2");
INSERT INTO passages_fts(passages_fts, rank) VALUES ('rank', 'bm25(1.0, 0.4)');
CREATE TABLE mentions (
  pid INTEGER NOT NULL REFERENCES passages(pid), feature_id TEXT NOT NULL, start INTEGER NOT NULL,
  "end" INTEGER NOT NULL, surface TEXT NOT NULL, how TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
  unsure INTEGER NOT NULL DEFAULT 0);
CREATE INDEX mentions_pid ON mentions(pid);
CREATE TABLE rejected (
  pid INTEGER NOT NULL REFERENCES passages(pid), feature_id TEXT NOT NULL, start INTEGER NOT NULL,
  "end" INTEGER NOT NULL, surface TEXT NOT NULL, reason TEXT NOT NULL);
CREATE INDEX rejected_pid ON rejected(pid);
CREATE TABLE links (
  pid INTEGER NOT NULL REFERENCES passages(pid), feature_id TEXT NOT NULL, score REAL NOT NULL,
  relation TEXT NOT NULL, body INTEGER NOT NULL, PRIMARY KEY(feature_id, pid)) WITHOUT ROWID;
CREATE INDEX links_rank ON links(feature_id, relation, body, score DESC);
CREATE TABLE vocab (term TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE places (
  pid INTEGER NOT NULL REFERENCES passages(pid), place_id TEXT NOT NULL, start INTEGER NOT NULL,
  "end" INTEGER NOT NULL, surface TEXT NOT NULL, confidence REAL NOT NULL, unsure INTEGER NOT NULL,
  reason TEXT NOT NULL DEFAULT '');
CREATE INDEX places_pid ON places(pid);
CREATE INDEX places_place ON places(place_id, pid);
CREATE TABLE place_points (
  place_id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, lat REAL NOT NULL, lon REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE place_passages (
  place_id TEXT NOT NULL, pid INTEGER NOT NULL REFERENCES passages(pid), body INTEGER NOT NULL, sure INTEGER NOT NULL,
  n INTEGER NOT NULL, first INTEGER NOT NULL, PRIMARY KEY(place_id, pid)) WITHOUT ROWID;
CREATE INDEX place_passages_rank ON place_passages(place_id, body, sure DESC, n DESC, first, pid);
CREATE INDEX place_passages_pid ON place_passages(pid);
"""
_INSERT_PLACE = 'INSERT INTO places(pid,place_id,start,"end",surface,confidence,unsure,reason) VALUES (?,?,?,?,?,?,?,?)'


def _place_rows(pid: int, links) -> list[tuple]:
    return [(pid, p.place_id, p.start, p.end, p.surface, p.confidence, int(p.unsure), p.reason) for p in links]


def _add_places(conn, pid: int, links, body: bool) -> None:
    """A passage's place links; for each place, the passage's rank among those naming it (named
    surely, how often, how early: read in index order, so that a place named in 100,000 passages
    costs a range scan of the rows shown) and the place's name and position (what the map draws)."""
    conn.executemany(_INSERT_PLACE, _place_rows(pid, links))
    per: dict[str, list] = {}
    for p in links:
        r = per.setdefault(p.place_id, [0, 0, p.start])
        r[0] |= not p.unsure
        r[1] += 1
        r[2] = min(r[2], p.start)
    conn.executemany("INSERT INTO place_passages(place_id,pid,body,sure,n,first) VALUES (?,?,?,?,?,?)",
                     [(k, pid, int(body), int(s), n, f) for k, (s, n, f) in per.items()])
    conn.executemany("INSERT OR IGNORE INTO place_points(place_id,name,country,lat,lon) VALUES (?,?,?,?,?)",
                     [(p.place_id, *p.point) for p in links if getattr(p, "point", None)])


def index_terms(text: str) -> set[str]:
    """The words of a text as the FTS5 tokenizer (unicode61, remove_diacritics 2) indexes them:
    runs of letters and digits, case-folded, without diacritics."""
    folded = text.lower()
    if not folded.isascii():  # ASCII has nothing to fold
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return set(re.findall(r"[^\W_]+", folded))


_PASSAGE_ID = re.compile(r"(.+):([0-9]{1,9})", re.S)


def split_passage_id(passage_id) -> tuple[str, int] | None:
    """(doc_id, seq) of a passage id "doc_id:seq", or None if it is not one (the number is ASCII
    digits, at most nine of them: neither ``²`` nor a number SQLite cannot hold)."""
    m = _PASSAGE_ID.fullmatch(passage_id) if isinstance(passage_id, str) else None
    return (m.group(1), int(m.group(2))) if m else None


class StoreError(RuntimeError):
    pass


class ReadOnlyStore(StoreError):
    """The store can be read but not written (its data directory is read-only)."""


class Store:
    """A connection to the store. ``read_only`` is None, or why the store cannot be written."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: str | None = None):
        self._conn = conn
        self.path = Path(path)
        self.read_only = read_only
        self._inode = _inode(self.path)

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection, reopened first if another process replaced the store's file (a rebuild)."""
        if not self._conn.in_transaction and self._inode is not None:
            now = _inode(self.path)
            if now is not None and now != self._inode:
                self._conn.close()
                self._conn = connect(self.path, read_only=self.read_only is not None)
                self._inode = now
        return self._conn

    # -- writing ---------------------------------------------------------------------------------
    def add_document(self, doc) -> int:
        """Insert one prepared document (corpus.pipeline.PreparedDocument) with its passages,
        mentions and links. Call inside a transaction. Returns the number of passages."""
        if self.read_only:
            raise ReadOnlyStore(self.read_only)
        conn = self.conn
        row = doc.info.as_row()
        conn.execute(
            "INSERT INTO documents(doc_id,title,author,publisher,date,date_note,kind,format,origin,source_path,"
            "sha256,text,added_at,url) VALUES (:doc_id,:title,:author,:publisher,:date,:date_note,:kind,:format,"
            ":origin,:source_path,:sha,:text,:t,:url)", {**row, "sha": doc.sha256, "text": doc.text, "t": time.time()})
        terms = set()
        doc_id = row["doc_id"]
        for p in doc.passages:
            terms |= index_terms(p.text) | index_terms(p.heading)
            cur = conn.execute(
                'INSERT INTO passages(doc_id,seq,kind,heading,text,start,"end",spans,years,notes) '
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                (doc_id, p.seq, p.kind, p.heading, p.text, p.start, p.end, json.dumps(p.spans),
                 ",".join(map(str, p.years)), json.dumps(list(getattr(p, "notes", ())), ensure_ascii=False)))
            pid = cur.lastrowid
            conn.execute("INSERT INTO passages_fts(rowid,text,heading) VALUES (?,?,?)", (pid, p.text, p.heading))
            conn.executemany(_INSERT_MENTION, _mention_rows(pid, p.mentions))
            if getattr(p, "rejected", None):
                conn.executemany('INSERT INTO rejected(pid,feature_id,start,"end",surface,reason) VALUES (?,?,?,?,?,?)',
                                 [(pid, m.feature_id, m.start, m.end, m.surface, m.reason) for m in p.rejected])
            conn.executemany("INSERT INTO links(pid,feature_id,score,relation,body) VALUES (?,?,?,?,?)",
                             [(pid, fid, score, relation, int(p.kind == "body")) for fid, score, relation in p.links])
            if getattr(p, "places", None):
                _add_places(conn, pid, p.places, p.kind == "body")
        conn.executemany("INSERT OR IGNORE INTO vocab(term) VALUES (?)", [(t,) for t in terms])
        return len(doc.passages)

    EDITABLE = ("title", "author", "date", "publisher", "url")

    def update_document(self, doc_id: str, fields: dict) -> None:
        """Change a document's metadata (one transaction)."""
        if self.read_only:
            raise ReadOnlyStore(self.read_only)
        unknown = set(fields) - set(self.EDITABLE)
        if unknown:
            raise ValueError(f"not an editable field: {', '.join(sorted(unknown))}")
        if not self.has_doc_id(doc_id):
            raise KeyError(doc_id)
        if fields:
            sets = ",".join(f"{k}=?" for k in fields)
            self.conn.execute(f"UPDATE documents SET {sets} WHERE doc_id=?", (*fields.values(), doc_id))

    def remove_document(self, doc_id: str) -> int:
        """Remove a document with its passages, mentions and links, and nothing else. Returns the
        number of passages removed. Call inside a transaction."""
        if self.read_only:
            raise ReadOnlyStore(self.read_only)
        conn = self.conn
        rows = conn.execute("SELECT pid, text, heading FROM passages WHERE doc_id=?", (doc_id,)).fetchall()
        pids = [(r[0],) for r in rows]
        conn.executemany("INSERT INTO passages_fts(passages_fts, rowid, text, heading) VALUES ('delete', ?, ?, ?)",
                         rows)
        conn.executemany("DELETE FROM mentions WHERE pid=?", pids)
        conn.executemany("DELETE FROM rejected WHERE pid=?", pids)
        conn.executemany("DELETE FROM links WHERE pid=?", pids)
        conn.executemany("DELETE FROM places WHERE pid=?", pids)
        conn.executemany("DELETE FROM place_passages WHERE pid=?", pids)
        conn.execute("DELETE FROM passages WHERE doc_id=?", (doc_id,))
        conn.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))
        return len(rows)

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key,value) VALUES (?,?)", (key, value))

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def doc_ids(self, origin: str | None = None) -> set[str]:
        if origin is None:
            return {r[0] for r in self.conn.execute("SELECT doc_id FROM documents")}
        return {r[0] for r in self.conn.execute("SELECT doc_id FROM documents WHERE origin=?", (origin,))}

    def has_sha(self, sha: str) -> str | None:
        row = self.conn.execute("SELECT doc_id FROM documents WHERE sha256=?", (sha,)).fetchone()
        return row[0] if row else None

    def has_doc_id(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone() is not None

    # -- reading ---------------------------------------------------------------------------------
    def documents(self) -> list[dict]:
        cur = self.conn.execute("SELECT doc_id,title,author,publisher,date,date_note,kind,origin,url,format,"
                                "(SELECT count(*) FROM passages p WHERE p.doc_id=d.doc_id AND p.kind='body') "
                                "FROM documents d ORDER BY origin, doc_id")
        keys = ["doc_id", "title", "author", "publisher", "date", "date_note", "kind", "origin", "url", "format",
                "body_passages"]
        return [dict(zip(keys, r)) for r in cur]

    def document(self, doc_id: str) -> dict:
        row = self.conn.execute("SELECT doc_id,title,author,publisher,date,date_note,kind,origin,url,format,text "
                                "FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        keys = ["doc_id", "title", "author", "publisher", "date", "date_note", "kind", "origin", "url", "format",
                "text"]
        return dict(zip(keys, row))

    def document_passages(self, doc_id: str) -> list[dict]:
        cur = self.conn.execute('SELECT pid,seq,kind,heading,text,start,"end",spans,notes FROM passages '
                                "WHERE doc_id=? ORDER BY seq", (doc_id,))
        return [{"pid": r[0], "seq": r[1], "kind": r[2], "heading": r[3], "text": r[4], "start": r[5], "end": r[6],
                 "spans": json.loads(r[7]), "notes": json.loads(r[8])} for r in cur]

    def passage_row(self, passage_id: str):
        """(pid, text, heading, kind) of a passage ("doc_id:seq"), or None."""
        parts = split_passage_id(passage_id)
        if parts is None:
            return None
        return self.conn.execute("SELECT pid, text, heading, kind FROM passages WHERE doc_id=? AND seq=?",
                                 parts).fetchone()

    def passage_mentions(self, pid: int) -> list[dict]:
        return [{"feature_id": r[0], "start": r[1], "end": r[2], "surface": r[3], "how": r[4], "reason": r[5],
                 "unsure": bool(r[6])}
                for r in self.conn.execute('SELECT feature_id,start,"end",surface,how,reason,unsure FROM mentions '
                                           "WHERE pid=? ORDER BY start", (pid,))]

    def passage_rejected(self, pid: int) -> list[dict]:
        """The candidates the linker rejected in a passage, each with why."""
        return [{"feature_id": r[0], "start": r[1], "end": r[2], "surface": r[3], "reason": r[4]}
                for r in self.conn.execute('SELECT feature_id,start,"end",surface,reason FROM rejected WHERE pid=? '
                                           "ORDER BY start", (pid,))]

    def replace_links(self, pid: int, mentions, links, *, body: bool) -> None:
        """A passage's mentions and links, made again (a correction). Call inside a transaction."""
        if self.read_only:
            raise ReadOnlyStore(self.read_only)
        conn = self.conn
        conn.execute("DELETE FROM mentions WHERE pid=?", (pid,))
        conn.execute("DELETE FROM links WHERE pid=?", (pid,))
        conn.executemany(_INSERT_MENTION, _mention_rows(pid, mentions))
        conn.executemany("INSERT INTO links(pid,feature_id,score,relation,body) VALUES (?,?,?,?,?)",
                         [(pid, fid, score, relation, int(body)) for fid, score, relation in links])

    # -- the places of the regional gazetteer the passages name (azmap/place_links.py) -----------
    def replace_places(self, pid: int, links) -> None:
        """A passage's place links, made again (a correction). Call inside a transaction."""
        if self.read_only:
            raise ReadOnlyStore(self.read_only)
        self.conn.execute("DELETE FROM places WHERE pid=?", (pid,))
        self.conn.execute("DELETE FROM place_passages WHERE pid=?", (pid,))
        kind = self.conn.execute("SELECT kind FROM passages WHERE pid=?", (pid,)).fetchone()
        _add_places(self.conn, pid, links, bool(kind) and kind[0] == "body")

    def passage_places(self, pid: int) -> list[dict]:
        """The places a passage names, each with its confidence, unsure flag and reason."""
        return [{"place_id": r[0], "start": r[1], "end": r[2], "surface": r[3], "confidence": r[4],
                 "unsure": bool(r[5]), "reason": r[6]}
                for r in self.conn.execute('SELECT place_id,start,"end",surface,confidence,unsure,reason FROM places '
                                           "WHERE pid=? ORDER BY start", (pid,))]

    def place_counts(self, *, include_unsure: bool = True) -> dict[str, int]:
        """GeoNames id → how many body passages name the place."""
        sql = ("SELECT place_id, count(*) FROM place_passages WHERE body=1" + ("" if include_unsure else " AND sure=1")
               + " GROUP BY place_id")
        return dict(self.conn.execute(sql).fetchall())

    def place_points(self) -> list[dict]:
        """Every place the body passages name, with its name, position, how many passages name it
        (``n``) and whether every mention of it is unsure: what the map's places layer draws."""
        points = {r[0]: r[1:] for r in self.conn.execute("SELECT place_id, name, country, lat, lon FROM place_points")}
        out = []
        for place_id, n, sure in self.conn.execute(
                "SELECT place_id, count(*), max(sure) FROM place_passages WHERE body=1 GROUP BY place_id"):
            if place_id in points:
                name, country, lat, lon = points[place_id]
                out.append({"place_id": place_id, "name": name, "country": country, "lat": lat, "lon": lon, "n": n,
                            "unsure": not sure})
        return out

    def place_point(self, place_id: str) -> dict | None:
        row = self.conn.execute("SELECT name, country, lat, lon FROM place_points WHERE place_id=?",
                                (place_id,)).fetchone()
        return dict(zip(("name", "country", "lat", "lon"), row)) if row else None

    def passages_for_place(self, place_id: str, *, limit: int = 20, include_non_body: bool = False,
                           year: int | None = None, window: int = 3) -> list:
        """The passages that name a place of the gazetteer: those where it is named surely first, then
        by how often and how early the passage names it. Each hit's mentions include the place's
        (``feature_id`` "place:ID", ``how`` "place", with its reason and unsure flag)."""
        rows = []
        for body in (1, 0) if include_non_body else (1,):  # one range of place_passages_rank each
            rows += self.conn.execute(
                "SELECT pid, 1 - sure, n, first FROM place_passages WHERE place_id=? AND body=? "
                "ORDER BY sure DESC, n DESC, first, pid LIMIT ?", (place_id, body, limit if year is None else -1)
            ).fetchall()
        if year is not None:
            near = self._near_year([r[0] for r in rows], year, window)
            rows = [r for r in rows if r[0] in near]
        rows = rows[:limit]
        pids = [r[0] for r in rows]
        marks = {}
        if pids:
            for pid, s, e, surface, reason, unsure in self.conn.execute(
                    f'SELECT pid,start,"end",surface,reason,unsure FROM places WHERE place_id=? AND pid IN '
                    f'({",".join("?" * len(pids))}) ORDER BY pid,start', (place_id, *pids)):
                marks.setdefault(pid, []).append(
                    {"start": s, "end": e, "surface": surface, "feature_id": "place:" + place_id, "how": "place",
                     "reason": reason, "unsure": bool(unsure)})
        hits = self._hits(pids, {r[0]: (0.5 if r[1] else 1.0) * min(1.0, 0.5 + 0.25 * r[2]) for r in rows})
        for h, pid in zip(hits, pids):
            h.mentions = sorted(h.mentions + marks.get(pid, []), key=lambda m: m["start"])
        return hits

    def _near_year(self, pids: list[int], year: int, window: int) -> set[int]:
        """The passages among ``pids`` that mention a year within ``window`` of ``year``."""
        out = set()
        for i in range(0, len(pids), 500):
            part = pids[i:i + 500]
            for pid, years in self.conn.execute(
                    f"SELECT pid, years FROM passages WHERE years != '' AND pid IN ({','.join('?' * len(part))})", part):
                if any(abs(int(y) - year) <= window for y in years.split(",")):
                    out.add(pid)
        return out

    def passages_by_id(self, passage_ids: list[str]) -> list:
        """Hits for passage ids ("doc_id:seq"), in the given order; unknown ids are skipped."""
        pids = []
        for pid_text in passage_ids:
            parts = split_passage_id(pid_text)
            row = parts and self.conn.execute("SELECT pid FROM passages WHERE doc_id=? AND seq=?", parts).fetchone()
            if row:
                pids.append(row[0])
        return self._hits(pids, {p: 0.0 for p in pids})

    def counts(self) -> dict:
        q = self.conn.execute
        return {"documents": q("SELECT count(*) FROM documents").fetchone()[0],
                "passages": q("SELECT count(*) FROM passages").fetchone()[0],
                "body_passages": q("SELECT count(*) FROM passages WHERE kind='body'").fetchone()[0],
                "mentions": q("SELECT count(*) FROM mentions").fetchone()[0]}

    def _hits(self, pids: list[int], scores: dict, relation_of: dict | None = None, extra_mentions=None) -> list:
        """Hits for the given passage ids, in that order, with their mentions."""
        from azmap.hit import Hit

        if not pids:
            return []
        marks = ",".join("?" * len(pids))
        ments: dict[int, list[dict]] = {p: [] for p in pids}
        for pid, fid, s, e, surface, how, reason, unsure in self.conn.execute(
                f'SELECT pid,feature_id,start,"end",surface,how,reason,unsure FROM mentions WHERE pid IN ({marks}) '
                "ORDER BY pid,start", pids):
            ments[pid].append({"start": s, "end": e, "surface": surface, "feature_id": fid, "how": how,
                               "reason": reason, "unsure": bool(unsure)})
        rows = {r[0]: r for r in self.conn.execute(
            f'SELECT p.pid,p.doc_id,p.seq,p.kind,p.heading,p.text,p.start,p."end",p.spans,d.title,d.author,d.date,'
            f"d.publisher,d.url FROM passages p JOIN documents d USING(doc_id) WHERE p.pid IN ({marks})", pids)}
        hits = []
        for pid in pids:
            _, doc_id, seq, kind, heading, text, start, end, spans, title, author, date, publisher, url = rows[pid]
            m = ments[pid] + (extra_mentions(text) if extra_mentions else [])
            direct_ids = []
            for x in m:
                if x["how"] not in ("related", "query") and x["feature_id"] not in direct_ids:
                    direct_ids.append(x["feature_id"])
            hits.append(Hit(passage_id=f"{doc_id}:{seq}", doc_id=doc_id, title=title, author=author, date=date,
                            heading=heading, text=text, start=start, end=end, score=scores[pid],
                            relation=relation_of[pid] if relation_of else "direct", mentions=m,
                            feature_ids=direct_ids, kind=kind, publisher=publisher, spans=json.loads(spans),
                            url=url))
        return hits

    def passages_for_feature(self, feature_id: str, *, limit: int = 20, include_related: bool = True,
                             include_non_body: bool = False, year: int | None = None, window: int = 3) -> list:
        """Ranked passages for a feature: direct before related, then by score. With ``year``, only
        passages that mention a year within ``window`` years of it."""
        if feature_id.startswith("place:"):  # a place of the regional gazetteer (azmap.place_links)
            return self.passages_for_place(feature_id[6:], limit=limit, include_non_body=include_non_body,
                                           year=year, window=window)
        # one indexed query per relation (links_rank), so that a feature named in 100,000 passages
        # costs a range scan of `limit` rows, not a sort of all of them
        rows = []
        for relation in ("direct", "related") if include_related else ("direct",):
            sql = ("SELECT l.pid, l.score, l.relation, p.years FROM links l JOIN passages p ON p.pid=l.pid "
                   "WHERE l.feature_id=? AND l.body IN (%s) AND l.relation=? ORDER BY l.score DESC, l.pid LIMIT ?"
                   % ("1" if not include_non_body else "0,1"))
            want = limit - len(rows)
            if want <= 0:
                break
            cur = self.conn.execute(sql, (feature_id, relation, want if year is None else -1))
            got = cur.fetchall()
            if year is not None:
                got = [r for r in got if r[3] and any(abs(int(y) - year) <= window for y in r[3].split(","))][:want]
            rows.extend(got)
        return self._hits([r[0] for r in rows], {r[0]: r[1] for r in rows}, {r[0]: r[2] for r in rows})

    def count_for_feature(self, feature_id: str, *, year: int | None = None, window: int = 3) -> int:
        """How many body passages speak of a feature (with ``year``: that mention a year within
        ``window`` of it)."""
        if feature_id.startswith("place:"):
            if year is None:
                return self.conn.execute("SELECT count(*) FROM place_passages WHERE place_id=? AND body=1",
                                         (feature_id[6:],)).fetchone()[0]
            pids = [r[0] for r in self.conn.execute("SELECT pid FROM place_passages WHERE place_id=? AND body=1",
                                                    (feature_id[6:],))]
            return len(self._near_year(pids, year, window))
        if year is None:
            return self.conn.execute("SELECT count(*) FROM links WHERE feature_id=? AND body=1",
                                     (feature_id,)).fetchone()[0]
        n = 0
        for (years,) in self.conn.execute("SELECT p.years FROM links l JOIN passages p ON p.pid=l.pid "
                                          "WHERE l.feature_id=? AND l.body=1 AND p.years != ''", (feature_id,)):
            n += any(abs(int(y) - year) <= window for y in years.split(","))
        return n

    def _match_word(self, word: str) -> str:
        """FTS5 query for one word of a search, matched as a prefix. The indexed words it stands
        for are looked up in the vocabulary and ORed: FTS5 walks those doclists lazily, newest
        first, where its own prefix query would merge every matching doclist in full (a cost that
        grows with the corpus)."""
        folded = sorted(index_terms(word))
        if len(folded) != 1:
            return f'"{word}"*'
        w = folded[0]
        terms = [r[0] for r in self.conn.execute("SELECT term FROM vocab WHERE term >= ? AND term < ? LIMIT ?",
                                                  (w, w + "\U0010ffff", MAX_PREFIX_TERMS + 1))]
        if not terms or len(terms) > MAX_PREFIX_TERMS:
            return f'"{w}"*'
        return "(" + " OR ".join(f'"{t}"' for t in terms) + ")"

    def _fts_part(self, part) -> str:
        """FTS5 query for one part of a search: a phrase as a phrase, a word as a prefix."""
        if part.phrase:
            terms = [t for w in part.words for t in sorted(index_terms(w))]
            return '"' + " ".join(terms) + '"' if terms else ""
        return self._match_word(part.words[0])

    def search(self, query: str, *, limit: int = 20, include_non_body: bool = False) -> list:
        """Full-text search (FTS5, bm25); see search_all_or_any."""
        return self.search_all_or_any(query, limit=limit, include_non_body=include_non_body)[0]

    def search_all_or_any(self, query: str, *, limit: int = 20, include_non_body: bool = False):
        """(hits, matched): passages with every word and phrase of the query ("all"); if none has
        them all, passages with any of them ("any"), which the caller should say. Words match as
        prefixes, quoted phrases exactly (azmap.query)."""
        from azmap.query import highlighter, parse

        parts = parse(query)
        fts_parts = [f for f in (self._fts_part(p) for p in parts) if f]
        if not fts_parts:
            return [], "all"
        rows, matched = [], "all"
        for joiner, matched in ((" AND ", "all"), (" OR ", "any")):
            fts = joiner.join(fts_parts)
            # a very broad query ranks only the newest SEARCH_RANK_WINDOW matching passages, so that its
            # cost stays flat however large the corpus grows; narrower queries are ranked in full
            window = self.conn.execute("SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? "
                                       "ORDER BY rowid DESC LIMIT 1 OFFSET ?", (fts, SEARCH_RANK_WINDOW)).fetchone()
            floor = window[0] if window else 0
            # FTS5's own rank (bm25, text weighted over heading), a few more than asked: non-body
            # passages are dropped after
            cand = self.conn.execute("SELECT rowid, -rank FROM passages_fts WHERE passages_fts MATCH ? AND rowid > ? "
                                     "ORDER BY rank LIMIT ?", (fts, floor, limit * 3 + 10)).fetchall()
            if cand and not include_non_body:
                marks = ",".join("?" * len(cand))
                body = {r[0] for r in self.conn.execute(
                    f"SELECT pid FROM passages WHERE kind='body' AND pid IN ({marks})", [c[0] for c in cand])}
                cand = [c for c in cand if c[0] in body]
            rows = cand[:limit]
            if rows or len(fts_parts) == 1:
                break
        rx = highlighter(parts)

        def query_marks(text):
            return [{"start": m.start(), "end": m.end(), "surface": m.group(0), "feature_id": None, "how": "query"}
                    for m in rx.finditer(text)] if rx else []

        return self._hits([r[0] for r in rows], {r[0]: r[1] for r in rows}, extra_mentions=query_marks), matched

    def close(self):
        self._conn.close()


# -- opening ---------------------------------------------------------------------------------------

def _inode(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the store file. Read-only connections open the file as immutable: its
    directory cannot be written, so SQLite could not make the WAL index it otherwise needs."""
    if read_only:
        return sqlite3.connect(f"{Path(path).as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False)
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def file_stamp(path: Path) -> str:
    """What the last full check of the file saw. The change time and inode are in it because no
    one can set them back: a file changed and given its old size and modification time again
    (os.utime) is checked again."""
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"


DAMAGE_WORDS = ("malformed", "not a database", "disk image", "corrupt")


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error says the store file itself is damaged (not busy, not full)."""
    import sqlite3 as _sqlite3

    return isinstance(exc, _sqlite3.DatabaseError) and any(w in str(exc).lower() for w in DAMAGE_WORDS)


def check(path: Path, fingerprint: str, *, writable: bool = True) -> str | None:
    """None if the store at path is sound and current, else why not (missing, damaged, old
    schema, stale). A directory that cannot be written is checked without writing."""
    if not path.exists():
        return "missing"
    if not path.is_file():
        return "damaged (it is not a regular file)"
    stamp = file_stamp(path)
    verified = path.with_name(path.name + ".verified")
    from azmap.statefile import read_regular, write_atomic

    try:
        known_good = read_regular(verified, 4096) == stamp.encode()
    except (OSError, ValueError):
        known_good = False
    try:
        uri = f"{path.as_uri()}?mode=ro" + ("" if writable else "&immutable=1")
        conn = sqlite3.connect(uri, uri=True, timeout=30)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            # the full page check reads the whole file: only when the file changed since it last passed
            if not known_good:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    first = result.strip().splitlines()[0] if result.strip() else "no answer"
                    return f"damaged ({first[:160]})"
            conn.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'azerbaijan'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"damaged ({exc})"
    if not known_good and writable:
        try:
            write_atomic(verified, stamp.encode())
        except OSError:
            pass
    if meta.get("schema_version") != str(SCHEMA_VERSION):
        return "old schema"
    if meta.get("fingerprint") != fingerprint:
        return "stale"
    return None


def store_path() -> Path:
    return user_data_dir() / STORE_NAME
