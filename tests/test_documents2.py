"""Real documents, second round (tests/fixtures/documents2): each dev document comes in with its
title, date and authors as the page states them, every body paragraph word for word, and none of
its page furniture (hatnotes, licence and credit lines, see-also lines, running heads, mastheads,
order codes, distribution lines, copyright footers, figure labels) in a body passage.

The held-apart part (documents2/test) is not asserted here: it is measured once with
``python -m tests.test_documents2 test``, which prints the figures for a part.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent / "fixtures" / "documents2"


def _generator(root: Path = ROOT):
    spec = importlib.util.spec_from_file_location(f"azmap_{root.name}_make_pdf", root / "make_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _built_pdf(root: Path, expected: Path, name: str) -> Path:
    """The PDF that ``root``'s make_pdf.py draws from an annotation, cached by both files' contents."""
    key = hashlib.sha256((root / "make_pdf.py").read_bytes() + expected.read_bytes()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / f"azmap-{root.name}" / key / name
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{name}.{os.getpid()}.tmp")
        _generator(root).build(expected, tmp)
        os.replace(tmp, target)
    return target


def load_set(root: Path, part: str) -> list[dict]:
    """The annotated documents of a fixture set's part, each with the path of its file (drawn if a PDF)."""
    out = []
    for expected in sorted((root / part).glob("*.expected.json")):
        fx = json.loads(expected.read_text(encoding="utf-8"))
        fx["path"] = _built_pdf(root, expected, fx["file"]) if fx.get("generator") else (root / part / fx["file"])
        out.append(fx)
    return out


def round_parts(root: Path) -> dict[str, list[dict]]:
    """A round's two parts (dev, the one tuned on; test, held apart), each loaded as load_set does."""
    return {part: load_set(root, part) for part in ("dev", "test")}


def part_figures(parts: dict[str, list[dict]], part: str) -> dict:
    """A round's part read as ingest reads it (documents3's outcome), tallied."""
    from tests.test_documents3 import outcome

    return tally(parts[part], [outcome(fx) for fx in parts[part]])


def assert_parts_complete(parts: dict[str, list[dict]], dev_at_least: int, test_at_least: int) -> None:
    """A round's parts: enough documents in each, every format in each, furniture in every one."""
    assert len(parts["dev"]) >= dev_at_least and len(parts["test"]) >= test_at_least
    for docs in parts.values():
        assert {fx["format"] for fx in docs} == {"txt", "md", "html", "pdf"}
        assert all(fx["boilerplate_lines"] for fx in docs)


def assert_read_as_annotated(got: dict, fx: dict) -> None:
    """One document's outcome (documents3's): its fields right, every body paragraph and nothing else
    in the body, no furniture there, no caption lost."""
    assert (got["title"], got["date"], got["authors"]) == (True, True, True), (got["got"], fx["title"], fx["date"])
    assert got["paragraphs"][0] == got["paragraphs"][1], [p[:60] for p in fx["body_paragraphs"]]
    assert (got["extra"], got["boilerplate"], got.get("captions", [])) == ([], [], [])


def load(part: str) -> list[dict]:
    return load_set(ROOT, part)


def _flat(text: str) -> str:
    return " ".join(text.split())


def outcome(fx: dict) -> dict:
    """What the reader makes of one document, side by side with what it should."""
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment

    reading = read(fx["path"])
    meta = reading.meta
    passages = segment(reading.text, markdown=True, site=meta.publisher)  # as the pipeline reads a user's file
    body = [_flat(p.text) for p in passages if p.kind == "body" and p.end > meta.body_start
            and (meta.body_end is None or p.start < meta.body_end
                 or meta.body_resume is not None and p.start >= meta.body_resume)]  # as the pipeline keeps them
    authors = [{"name": a["name"], "affiliation": a.get("affiliation")} for a in meta.authors]
    want_authors = [{"name": a["name"], "affiliation": a.get("affiliation")} for a in fx["authors"]]
    return {
        "title": meta.title == fx["title"],
        "date": meta.date == fx["date"],
        "authors": authors == want_authors and meta.participants == fx.get("participants", []),
        "paragraphs": (sum(_flat(p) in body for p in fx["body_paragraphs"]), len(fx["body_paragraphs"])),
        "extra": [b for b in body if b not in {_flat(p) for p in fx["body_paragraphs"]}],
        "boilerplate": [junk for junk in fx["boilerplate_lines"] if any(junk in b for b in body)],
        "got": {"title": meta.title, "date": meta.date, "authors": authors, "participants": meta.participants},
    }


DEV = load("dev")


@pytest.fixture(scope="module")
def outcomes():
    return {fx["file"]: outcome(fx) for fx in DEV}


def test_the_dev_part_has_every_style():
    assert len(DEV) >= 12 and len(load("test")) >= 8
    assert {fx["format"] for fx in DEV} == {"txt", "md", "html", "pdf"}


@pytest.mark.parametrize("fx", DEV, ids=[fx["file"] for fx in DEV])
def test_title_date_and_authors_as_the_page_states_them(fx, outcomes):
    got = outcomes[fx["file"]]
    assert got["title"] and got["date"] and got["authors"], (got["got"], fx["title"], fx["date"], fx["authors"])


@pytest.mark.parametrize("fx", DEV, ids=[fx["file"] for fx in DEV])
def test_every_body_paragraph_word_for_word_and_nothing_else(fx, outcomes):
    got = outcomes[fx["file"]]
    found, total = got["paragraphs"]
    assert found == total, [p[:60] for p in fx["body_paragraphs"]]
    assert not got["extra"]


@pytest.mark.parametrize("fx", DEV, ids=[fx["file"] for fx in DEV])
def test_no_page_furniture_in_a_body_passage(fx, outcomes):
    assert not outcomes[fx["file"]]["boilerplate"]


def figures(part: str) -> dict:
    docs = load(part)
    return tally(docs, [outcome(fx) for fx in docs])


def tally(docs: list[dict], results: list[dict]) -> dict:
    """The figures of a part: what was right of each field, the paragraphs found, what else got in;
    and the documents that missed anything, with what the reader made of them."""
    keys = ("got", "extra", "boilerplate", "captions")
    out = {
        "documents": len(docs),
        "titles": sum(r["title"] for r in results), "dates": sum(r["date"] for r in results),
        "authors": sum(r["authors"] for r in results),
        "paragraphs": f"{sum(r['paragraphs'][0] for r in results)}/{sum(r['paragraphs'][1] for r in results)}",
        "extra passages": sum(len(r["extra"]) for r in results),
        "boilerplate in body": sum(len(r["boilerplate"]) for r in results),
    }
    if any("captions" in r for r in results):
        out["captions lost"] = sum(len(r.get("captions", ())) for r in results)
    out["misses"] = {fx["file"]: {k: v for k, v in r.items() if k in keys}
                     for fx, r in zip(docs, results)
                     if not (r["title"] and r["date"] and r["authors"]) or r["extra"] or r["boilerplate"]
                     or r.get("captions") or r["paragraphs"][0] != r["paragraphs"][1]}
    return out


def assert_no_worse(got: dict, once: dict) -> None:
    """A held-apart part's figures (``tally``) against those it was measured at once: as many
    documents, titles, dates and authors as right or more, the same paragraphs with as many found
    or more, as few other passages, furniture lines and lost captions or fewer."""
    assert got["documents"] == once["documents"]
    for field in ("titles", "dates", "authors"):
        assert got[field] >= once[field], (field, got["misses"])
    found, total = map(int, got["paragraphs"].split("/"))
    assert total == once["paragraphs"][1] and found >= once["paragraphs"][0], got["misses"]
    for field in ("extra passages", "boilerplate in body", "captions lost"):
        if field in once:
            assert got[field] <= once[field], (field, got["misses"])


def unseen_part_figures(root: Path, part: str) -> dict:
    """An unseen round's part (documents9 on: a test part only) read as ingest reads it
    (documents3's outcome), tallied."""
    from tests.test_documents3 import outcome

    docs = load_set(root, part)
    return tally(docs, [outcome(fx) for fx in docs])


def assert_unseen_part_complete(docs: list[dict]) -> None:
    """An unseen round's part: ten documents or more, every format, body paragraphs and furniture
    in each, each in a style of its own."""
    assert len(docs) >= 10
    assert {fx["format"] for fx in docs} == {"txt", "md", "html", "pdf"}
    assert all(fx["boilerplate_lines"] and fx["body_paragraphs"] for fx in docs)
    assert len({fx["style"] for fx in docs}) == len(docs)


def unseen_round_tests(root: Path, once: dict):
    """An unseen round's two tests, for its module to bind to names starting with ``test_``: its
    part is complete (``assert_unseen_part_complete``), and it reads no worse than ``once``."""
    def test_the_part_is_complete_in_every_format_each_with_its_furniture():
        assert_unseen_part_complete(load_set(root, "test"))

    def test_the_part_reads_no_worse_than_when_it_was_first_read():
        assert_no_worse(unseen_part_figures(root, "test"), once)

    return test_the_part_is_complete_in_every_format_each_with_its_furniture, \
        test_the_part_reads_no_worse_than_when_it_was_first_read


def print_unseen_figures(root: Path, argv: list[str]) -> None:
    """``python -m tests.test_documentsNN [part]``: the part's figures (``test`` unless named), as JSON."""
    print(json.dumps(unseen_part_figures(root, argv[1] if len(argv) > 1 else "test"), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev"), indent=1, ensure_ascii=False))


def test_added_documents_keep_furniture_out_of_search_and_say_where_fields_came_from(tmp_path):
    from tests.conftest import run_cli

    env = {"AZMAP_DATA_DIR": str(tmp_path)}
    docs = [ROOT / "dev" / name for name in ("report_border_crossings.txt", "wire_fr_caspian_ferry.txt",
                                             "journal_kura_water.txt")]
    assert run_cli("ingest", *map(str, docs), env=env).returncode == 0
    for junk in ("Order Code CSM", "Distribution unrestricted", "Voir aussi Ports", "Journal of Caspian Regional"):
        hits = json.loads(run_cli("search", junk, "--json", env=env).stdout or "[]")
        assert not [h for h in hits if h["doc_id"].startswith("user-")
                    and any(w in h["text"] for w in ("Order Code", "Distribution:", "Voir aussi", "Page 8 |"))], junk
    listed = json.loads(run_cli("documents", "--json", env=env).stdout)
    report = next(d for d in listed if d["doc_id"].startswith("user-report-border"))
    shown = run_cli("documents", "show", report["doc_id"], env=env).stdout
    assert "author:    Miriam Okafor" in shown and "date:      2018-07-03" in shown
    assert "from:      date: date line" in shown and "from:      author: name under the title" in shown
    assert "from:      authors: Miriam Okafor — Analyst in Regional Affairs (name under the title)" in shown


def test_read_in_context_lists_furniture_as_page_furniture():
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment
    from azmap.ui.panel_html import reading_html

    fx = next(fx for fx in DEV if fx["file"] == "encyclopaedia_shirvan_plain.html")
    reading = read(fx["path"])
    passages = [{"seq": p.seq, "kind": p.kind, "heading": p.heading, "text": p.text}
                for p in segment(reading.text)]
    html = reading_html({"title": reading.meta.title}, passages, -1)
    assert "<i>page furniture:</i> Text is available under the Creative Commons" in html
    assert "<i>page furniture:</i> Quelle: Artikel" in html
    assert "<p>The Shirvan Plain is a lowland" in html
