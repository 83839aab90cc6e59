"""Reading and segmenting grow linearly with the input, for each kind of input that once grew faster.

Each kind is read (azmap.corpus.reading.read, as ingest reads a user's file) and segmented at
250 KB, 1 MB, 2 MB and 10 MB, each size in a child process that reports its own time and peak
memory. The growth is judged by ratios, not by a time limit: from one size to the next the time
may grow by the size ratio times SLACK (a quadratic stage grows by its square), and the runs of
two sizes are interleaved and the faster of each kept, so that a busy machine slows both alike.
Memory stays under MEMORY_MB at every size.

The same measurement runs through the whole pipeline (read, segment, link) to 1 MB: linking's cost
grows with the square of a passage's mentions (linking._listed), and what keeps it linear in the
document is the limit on a paragraph (segment.MAX_PARAGRAPH_CHARS), until the linker is linear itself."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KB, MB = 1000, 1_000_000
SIZES = [250 * KB, 1 * MB, 2 * MB, 10 * MB]
SLACK = 2.5  # time may grow by the size ratio times this from one size to the next
FLOOR = 0.25  # seconds: below this a time is mostly the interpreter's noise, and counts as this
MEMORY_MB = 500

SENTENCES = [
    "The pipeline from Baku to Ceyhan crosses Georgia near Tbilisi and carries Caspian oil to the sea.",
    "Officials in Ganja and Nakhchivan spoke of the road to Julfa and of the railway on to Kars.",
    "Ferries on the Caspian Sea link Aktau and Turkmenbashi with the new port at Alat, south of Baku.",
    "Talks in Moscow, Tehran and Ankara turned on the Lachin road and the future of Shusha.",
    "Gas from Shah Deniz reaches Erzurum through the South Caucasus Pipeline in every season.",
]
WORDS = ["Baku", "oil", "Ganja", "road", "Shusha", "sea", "gas", "Lankaran", "port"]
TWO_WORD_NAMES = ["Shah Deniz", "Nagorno Karabakh", "South Caucasus", "Caspian Sea", "Lachin corridor"]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _prose(size: int) -> str:
    return _repeat(" ".join(SENTENCES) + " ", size).strip()


def _wrapped(text: str, width: int = 72) -> str:
    """Hard-wrapped, and never at a sentence's end: one paragraph however long."""
    lines, start = [], 0
    while start < len(text):
        end = text.rfind(" ", start, start + width) if start + width < len(text) else len(text)
        if end < len(text) and text[end - 1] in ".!?":
            end = text.rfind(" ", start, end)
        end = start + width if end <= start else end
        lines.append(text[start:end].strip())
        start = end
    return "\n".join(lines)


def _pdf(size: int) -> bytes:
    """Pages of 80,000 characters each placed on its own (a dense page of small type, as a
    typesetter writes it), as many as make about size bytes of PDF."""
    from tests.pdf_writer import Text, pdf_bytes

    text = _prose(200_000)
    per_line, size_pt, width, height = 360, 5.0, 1200.0, 1400.0
    lines = [text[i:i + per_line] for i in range(0, len(text), per_line)]
    page_chars, pages, k = 80_000, [], 0
    chars_wanted = size // 28  # a placed character costs some 28 bytes of PDF
    while chars_wanted > 0:
        items, chars, y = [], 0, height - 120
        while chars < min(page_chars, chars_wanted) and y > 120:
            line = lines[k % len(lines)].strip()
            k += 1
            items.append(Text(60, y, size_pt, line, placed=True))
            chars += len(line)
            y -= size_pt * 1.3
        pages.append(items)
        chars_wanted -= chars
    return pdf_bytes(pages, width=width, height=height)


def make_input(kind: str, size: int, folder: Path) -> Path:
    """A file of about size bytes of the kind."""
    if kind == "one long paragraph":  # ordinary prose naming places, hard-wrapped, no blank line
        path, data = folder / "paragraph.txt", _wrapped(_prose(size)) + "\n"
    elif kind == "one line of prose":
        path, data = folder / "line.txt", _prose(size) + "\n"
    elif kind == "one-word lines":
        path, data = folder / "words.txt", _repeat("\n".join(WORDS) + "\n", size)
    elif kind == "a page of links":
        links = "".join(f'<a href="/place/{i}">{WORDS[i % len(WORDS)]} {i}</a> ' for i in range(size // 30))
        path, data = folder / "links.html", f"<html><body><article><p>{links}</p></article></body></html>"
    elif kind == "one place name repeated":
        path, data = folder / "baku.txt", _repeat("Baku ", size)
    elif kind == "two-word names":
        path, data = folder / "names.txt", _repeat(", ".join(TWO_WORD_NAMES) + ", ", size)
    elif kind == "PDF pages of 80,000 placed characters":
        path = folder / "dense.pdf"
        path.write_bytes(_pdf(size))
        return path
    else:
        raise KeyError(kind)
    path.write_text(data, encoding="utf-8")
    return path


def peak_mb() -> float:
    """This process's peak resident memory. Linux keeps ru_maxrss across fork and exec (a child of
    a large test process would report the parent's size): the address space's own high-water mark,
    VmHWM, starts afresh at exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(kind: str, size: int, folder: str, link: bool = False) -> dict:
    """Read and segment (and link, with link) one input, in this process: its time, peak memory,
    the passages' count, and what was refused (the reason) if it was."""
    import time

    from azmap.corpus.readers import UnreadableDocument
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment

    path = make_input(kind, size, Path(folder))
    if link:
        from azmap.linking import default_linker

        linker = default_linker()
    start = time.perf_counter()
    refused, passages = None, []
    try:
        reading = read(path)
        passages = segment(reading.text, markdown=reading.format in ("markdown", "text"))
        if link:
            for p in passages:
                linker.links(p.text, p.heading, linker.mentions(p.text))
    except UnreadableDocument as exc:
        refused = str(exc)
    seconds = time.perf_counter() - start
    longest = max((len(p.text) for p in passages), default=0)
    words = sum(p.text.count(" ") + 1 for p in passages)
    return {"seconds": seconds, "peak_mb": peak_mb(),
            "passages": len(passages), "longest": longest, "words": words, "refused": refused}


_CHILD = """
import importlib.util, json, sys
sys.path.insert(0, sys.argv[5])
spec = importlib.util.spec_from_file_location("linear_growth_cases", sys.argv[1])
cases = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cases)
print(json.dumps(cases.run(sys.argv[2], int(sys.argv[3]), sys.argv[4], link=sys.argv[6] == "1")))
"""


def _child(kind: str, size: int, folder: Path, link: bool) -> dict:
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, __file__, kind, str(size), str(folder), str(ROOT),
                               "1" if link else "0"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{kind} × {size:,}: no answer after 300 s")
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _measure(kind: str, sizes: list[int], tmp_path: Path, link: bool = False) -> dict[int, dict]:
    """Each size run twice, the runs of neighbouring sizes interleaved; the faster run kept."""
    out: dict[int, dict] = {}
    for size in sizes * 2:
        folder = tmp_path / str(size)
        folder.mkdir(exist_ok=True)
        got = _child(kind, size, folder, link)
        if size not in out or got["seconds"] < out[size]["seconds"]:
            out[size] = got
        print(f"{kind} × {size:,}: {got['seconds']:.2f} s, {got['peak_mb']:.0f} MB, {got['passages']} passages"
              + (f", refused: {got['refused']}" if got["refused"] else ""))
    return out


def _check_linear(kind: str, results: dict[int, dict]):
    sizes = sorted(results)
    for small, big in zip(sizes, sizes[1:]):
        if results[big]["refused"]:
            continue  # judged by check_refused
        t_small = max(results[small]["seconds"], FLOOR)
        t_big = max(results[big]["seconds"], FLOOR)
        allowed = big / small * SLACK
        assert t_big / t_small <= allowed, (
            f"{kind}: {small:,} → {big:,} bytes took {t_small:.2f} → {t_big:.2f} s "
            f"({t_big / t_small:.1f}×, a linear stage allows {allowed:.0f}×)")
    for size, got in results.items():
        assert got["peak_mb"] < MEMORY_MB, f"{kind} × {size:,}: {got['peak_mb']:.0f} MB"


def _check_content(kind: str, results: dict[int, dict]):
    """What was read is there: the passages hold the input's words, none longer than the limit."""
    from azmap.corpus.segment import MAX_PARAGRAPH_CHARS

    for size, got in results.items():
        if got["refused"]:
            continue
        assert got["passages"] >= 1 and got["longest"] <= MAX_PARAGRAPH_CHARS
        if kind not in ("a page of links", "PDF pages of 80,000 placed characters", "one-word lines"):
            assert got["words"] >= size / 12  # the prose's words, not a fraction of them


KINDS = ["one long paragraph", "one line of prose", "one-word lines", "a page of links",
         "one place name repeated", "two-word names", "PDF pages of 80,000 placed characters"]


@pytest.mark.parametrize("kind", KINDS)
def test_reading_and_segmenting_grow_linearly_to_2_mb(kind, tmp_path):
    results = _measure(kind, SIZES[:3], tmp_path)
    _check_linear(kind, results)
    _check_content(kind, results)
    assert not any(r["refused"] for r in results.values())


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_reading_and_segmenting_grow_linearly_to_10_mb(kind, tmp_path):
    results = _measure(kind, SIZES[2:], tmp_path)
    _check_linear(kind, results)
    _check_content(kind, results)
    refused = results[10 * MB]["refused"]
    if kind == "one-word lines":  # 1.4 million lines: more than a document may have, and said so
        assert refused and "lines" in refused and "limit" in refused
    else:
        assert not refused


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_reading_segmenting_and_linking_grow_linearly_to_1_mb(kind, tmp_path):
    results = _measure(kind, SIZES[:2], tmp_path, link=True)
    _check_linear(kind, results)
