"""Whether two source trees make the same output of every fixture: for a change meant to make the
pipeline faster and nothing else.

    python bench/same_output.py OLD_TREE NEW_TREE [--keep DIR]

Each tree's code (put first on the path of a child process, run by this script) reads, segments and
links every document of tests/fixtures/** and assets/sources as ingest does, adds them to a new
store and writes what came out: each reading (text and metadata), each prepared passage (text,
offsets, kind, heading, spans, notes, years, mentions, rejected candidates, links, place links,
with every reason and confidence), the places ``find_places`` reads in the linking and place
fixtures, and every row of the store's tables. The two outputs are compared field by field; the
first differences are printed and the exit status is 1 if there are any."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()


def _plain(x, depth: int = 0):
    """``x`` as JSON: dataclasses and slotted objects by their fields, places by their id."""
    import dataclasses

    if depth > 12:
        return repr(x)
    if x is None or isinstance(x, (bool, int, str)):
        return x
    if isinstance(x, float):
        return repr(x)
    if isinstance(x, Path):
        return str(x)
    if isinstance(x, dict):
        return {str(k): _plain(v, depth + 1) for k, v in x.items()}
    if isinstance(x, (list, tuple, set, frozenset)):
        items = sorted(x, key=repr) if isinstance(x, (set, frozenset)) else x
        return [_plain(v, depth + 1) for v in items]
    if type(x).__name__ == "Place":
        return f"Place:{x.id}"
    if dataclasses.is_dataclass(x):
        return {f.name: _plain(getattr(x, f.name), depth + 1) for f in dataclasses.fields(x)}
    slots = [s for c in type(x).__mro__ for s in getattr(c, "__slots__", ())]
    if slots:
        return {s: _plain(getattr(x, s, None), depth + 1) for s in slots}
    if hasattr(x, "__dict__"):
        return {k: _plain(v, depth + 1) for k, v in vars(x).items() if not k.startswith("_")}
    return repr(x)


def _sources(root: Path) -> list[tuple[str, Path, str]]:
    """(name, path, how) of every fixture document: "user" read as a user's file, "bundled" as the
    bundled corpus, "marked" a linking or place fixture whose marks are taken out first."""
    out = []
    for d in sorted((root / "tests" / "fixtures").iterdir()):
        if not d.is_dir() or d.name == "documents17":  # held out: measured by the lead alone
            continue
        marked = d.name in ("linking", "places")
        for p in sorted(d.rglob("*")):
            if p.suffix in (".txt", ".md", ".html", ".htm", ".pdf") and p.name != "README.md":
                out.append((str(p.relative_to(root)), p, "marked" if marked else "user"))
    for p in sorted((root / "assets" / "sources").glob("*.txt")):
        out.append((str(p.relative_to(root)), p, "bundled"))
    return out


def _built_pdfs(root: Path) -> list[tuple[str, Path, str]]:
    """The fixture PDFs, which are built from their generators rather than stored."""
    sys.path.insert(0, str(root))
    out = []
    from tests.fixture_docs import load_fixtures

    for fx in load_fixtures():
        if str(fx["path"]).endswith(".pdf"):
            out.append((f"documents/{fx['name']}.pdf", Path(fx["path"]), "user"))
    try:
        from tests.test_documents2 import load as load2
    except Exception:  # a tree without the second set
        load2 = None
    if load2 is not None:
        for part in ("dev", "test"):
            for fx in load2(part):
                if str(fx["path"]).endswith(".pdf"):
                    out.append((f"documents2/{part}/{fx['file']}", Path(fx["path"]), "user"))
    return out


def dump(root: Path) -> dict:
    """Everything the tree's pipeline makes of the fixtures (run with ``root`` first on the path)."""
    from azmap.corpus.manifest import DocumentInfo
    from azmap.corpus.pipeline import prepare_document, prepare_file
    from azmap.corpus.reading import read
    from azmap.place_mentions import find_places
    from azmap.store import Store, connect, create_schema

    marks = __import__("re").compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
    out: dict = {"documents": {}, "places": {}, "store": {}}
    prepared = []
    for name, path, how in _sources(root) + _built_pdfs(root):
        entry: dict = {}
        stem = Path(name).stem.replace(".", "_")
        if how == "bundled":
            from azmap.corpus.manifest import bundled_documents

            infos = {Path(i.path).name: i for i in bundled_documents()}
            info = infos.get(path.name) or DocumentInfo(
                doc_id=stem, title=stem, author=None, publisher=None, date=None, date_note=None, kind="bundled",
                format="text", path=path, origin="bundled")
            doc = prepare_file(info, path)
        elif how == "marked":
            raw = path.read_text(encoding="utf-8")
            text = marks.sub(lambda m: m.group(1), raw.partition("\n---\n")[2] or raw)
            info = DocumentInfo(doc_id=stem, title=stem, author=None, publisher=None, date=None, date_note=None,
                                kind="fixture", format="text", path=path, origin="user")
            doc = prepare_document(info, text)
            out["places"][name] = _plain(find_places(text))
        else:
            r = read(path)
            entry["reading"] = _plain({"text": r.text, "format": r.format, "meta": r.meta})
            info = DocumentInfo(doc_id=stem, title=r.meta.title or stem, author=None,
                                publisher=getattr(r.meta, "publisher", None), date=None, date_note=None,
                                kind="fixture", format=r.format, path=path, origin="user")
            doc = prepare_document(info, r.text, body_start=r.meta.body_start)
        entry["passages"] = _plain(doc.passages)
        out["documents"][name] = entry
        prepared.append(doc)
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "store.sqlite")
        create_schema(conn)
        store = Store(conn, Path(tmp) / "store.sqlite")
        seen = set()
        with conn:
            for doc in prepared:
                if doc.info.doc_id in seen or doc.sha256 in seen:
                    continue
                seen |= {doc.info.doc_id, doc.sha256}
                store.add_document(doc)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in sorted(tables):
            if t.startswith("passages_fts"):
                continue
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] not in ("added_at",)]
            rows = conn.execute(f"SELECT {','.join(map(repr, cols))} FROM {t}").fetchall()
            out["store"][t] = sorted(json.dumps(_plain(list(r))) for r in rows)
        out["store"]["fts"] = sorted(json.dumps(r) for r in conn.execute(
            "SELECT rowid, text, heading FROM passages_fts").fetchall())
        conn.close()
    return out


def _differences(a, b, where: str = "", out: list | None = None, limit: int = 40) -> list[str]:
    out = [] if out is None else out
    if len(out) >= limit:
        return out
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append(f"{where}/{k}: only in {'new' if k not in a else 'old'}")
            else:
                _differences(a[k], b[k], f"{where}/{k}", out, limit)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{where}: {len(a)} items before, {len(b)} after")
        for i, (x, y) in enumerate(zip(a, b)):
            _differences(x, y, f"{where}[{i}]", out, limit)
    elif a != b:
        out.append(f"{where}: {str(a)[:200]!r} before, {str(b)[:200]!r} after")
    return out


def _run(tree: Path, target: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, str(HERE), "--dump", str(tree), str(target)], env=env, cwd=tree, check=True)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--dump":
        root = Path(argv[1]).resolve()
        sys.path.insert(0, str(root))
        Path(argv[2]).write_text(json.dumps(dump(root), indent=0, sort_keys=True), encoding="utf-8")
        return 0
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = Path(argv[i + 1])
        del argv[i:i + 2]
    old, new = Path(argv[0]).resolve(), Path(argv[1]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        _run(old, folder / "old.json")
        _run(new, folder / "new.json")
        a = json.loads((folder / "old.json").read_text(encoding="utf-8"))
        b = json.loads((folder / "new.json").read_text(encoding="utf-8"))
    diffs = _differences(a, b)
    counts = {k: len(b[k]) for k in b}
    rows = sum(len(v) for v in b["store"].values())
    print(f"{counts['documents']} documents, {counts['places']} place fixtures, {rows} store rows compared")
    for d in diffs:
        print(d)
    print("the same" if not diffs else f"{len(diffs)}{'+' if len(diffs) >= 40 else ''} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
