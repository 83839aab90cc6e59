"""The annotated fixture documents of tests/fixtures/documents (see its README.md).

``load_fixtures()`` returns one dict per ``*.expected.json``: the annotation as written, plus
``path`` (absolute path of the document to read), ``name`` and ``expected_path``. The PDF is not
stored; it is built by ``make_pdf.build`` into a cache directory keyed by the generator's source,
so the same file is reused until the generator changes.

``fixture_problems(fx)`` checks one annotation against its document (offsets, boundaries, body
text present in the file, boilerplate kept out of the body); it never runs azmap's reader.
"""
from __future__ import annotations

import hashlib
import html
import importlib.util
import json
import os
import re
import tempfile
from pathlib import Path

FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures" / "documents"
PDF_GENERATOR = FIXTURE_DIR / "make_pdf.py"


def _load_generator(path: Path):
    spec = importlib.util.spec_from_file_location("azmap_fixture_make_pdf", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def built_pdf(name: str, cache_dir: Path | None = None) -> Path:
    """The generated PDF ``name``, built once per version of make_pdf.py."""
    source = PDF_GENERATOR.read_bytes()
    key = hashlib.sha256(source).hexdigest()[:16]
    root = Path(cache_dir) if cache_dir else Path(tempfile.gettempdir()) / "azmap-fixture-documents"
    target = root / key / name
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        _load_generator(PDF_GENERATOR).build(tmp)
        os.replace(tmp, target)  # atomic: parallel test workers may build it at once
    return target


def load_fixtures(cache_dir: Path | None = None) -> list[dict]:
    """Every annotated fixture document, sorted by file name."""
    out = []
    for expected in sorted(FIXTURE_DIR.glob("*.expected.json")):
        fx = json.loads(expected.read_text(encoding="utf-8"))
        if fx.get("generator"):
            path = built_pdf(fx["file"], cache_dir)
        else:
            path = FIXTURE_DIR / fx["file"]
        fx["path"] = path.resolve()
        fx["name"] = expected.name[: -len(".expected.json")]
        fx["expected_path"] = expected.resolve()
        out.append(fx)
    return out


# ---------------------------------------------------------------------------------------------
# Self-checks of an annotation against its document.

_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def _tokens(text: str) -> list[str]:
    text = re.sub(r"-\n\s*", "", text).replace("-", "")
    return [t.casefold() for t in _TOKEN.findall(text)]


def raw_text(fx: dict) -> str:
    """The document's text with markup stripped (HTML tags, PDF layout), for the self-checks."""
    path = Path(fx["path"])
    if fx["format"] == "pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    text = path.read_text(encoding="utf-8")
    if fx["format"] == "html":
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def _in_order(paragraph: str, raw: list[str]) -> bool:
    """Whether the paragraph's words occur in the raw text in order (running heads, footnotes and
    note markers may come in between)."""
    words = _tokens(paragraph)
    head = words[: min(3, len(words))]
    for i in range(len(raw) - len(head) + 1):
        if raw[i:i + len(head)] != head:
            continue
        j = i
        for w in words:
            while j < len(raw) and raw[j] != w and j - i < 40 * len(words):
                j += 1
            if j >= len(raw) or raw[j] != w:
                break
            j += 1
        else:
            return True
    return False


def _feature_ids() -> set[str]:
    from azmap.features import gazetteer

    return {f.id for f in gazetteer()}


def fixture_problems(fx: dict) -> list[str]:
    """What is inconsistent in one loaded fixture (empty when it is sound)."""
    problems = []
    paras = fx["body_paragraphs"]
    known = _feature_ids()
    for fid in {fx["main_feature"]} | {m["feature"] for m in fx["mentions"]} | {t["not"] for t in fx["traps"]}:
        if fid not in known:
            problems.append(f"unknown feature id {fid!r}")
    for kind in ("mentions", "traps"):
        for m in fx[kind]:
            text = paras[m["paragraph"]]
            start, surface = m["start"], m["surface"]
            if text[start:start + len(surface)] != surface:
                problems.append(f"{kind}: {surface!r} is not at {start} in paragraph {m['paragraph']}")
                continue
            end = start + len(surface)
            if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                problems.append(f"{kind}: {surface!r} in paragraph {m['paragraph']} cuts a word")
    if not any(m["feature"] == fx["main_feature"] and m["paragraph"] == fx["defining_paragraph_index"]
               for m in fx["mentions"]):
        problems.append("the defining paragraph does not mention the main feature")
    raw = raw_text(fx)
    flat = " ".join(raw.split())
    raw_tokens = _tokens(raw)
    for i, p in enumerate(paras):
        if p != " ".join(p.split()):
            problems.append(f"paragraph {i} has unnormalised whitespace")
        if not _in_order(p, raw_tokens):
            problems.append(f"paragraph {i} is not in the document: {p[:60]!r}")
    for s in fx["boilerplate_strings"] + fx.get("excluded_strings", []):
        if s not in flat:
            problems.append(f"{s!r} is not in the document")
        for i, p in enumerate(paras):
            if s in p:
                problems.append(f"{s!r} is in body paragraph {i}")
    return problems


if __name__ == "__main__":
    bad = 0
    for fx in load_fixtures():
        problems = fixture_problems(fx)
        bad += bool(problems)
        words = sum(len(p.split()) for p in fx["body_paragraphs"])
        print(f"{fx['name']:45} {len(fx['body_paragraphs']):3} paragraphs {words:5} words "
              f"{len(fx['mentions']):4} mentions {len(fx['traps']):3} traps {'OK' if not problems else 'PROBLEMS'}")
        for p in problems:
            print("   ", p)
    raise SystemExit(1 if bad else 0)
