"""Command line: argument parsing only. Each command imports what it needs when it runs,
so headless commands never load Qt, folium or matplotlib."""
from __future__ import annotations

import argparse
import json
import os
import sys

from azmap import __version__

EXIT_USAGE = 2
MAX_LIMIT = 1000
# what a terminal would act on rather than show: C0 controls but tab and newline, DEL, C1 controls
# (ESC and CSI start escape sequences), and the bidirectional overrides that reorder a line
_CONTROLS = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"


class CliError(Exception):
    """A problem the user can fix; printed without a traceback, exit status 2."""


def plain(text, *, one_line: bool = False) -> str:
    """Text safe to print to a terminal: no control characters, no escape sequences."""
    import re

    text = re.sub(_CONTROLS, "", str(text).replace("\t", " ") if one_line else str(text))
    return text.replace("\n", " ") if one_line else text


def _escape_json_text(out: str) -> str:
    """JSON text with C1 controls, DEL and bidi overrides written as \\u escapes (JSON escapes C0
    controls itself): the same data, nothing a terminal would act on."""
    import re

    return re.sub("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]", lambda m: "\\u%04x" % ord(m.group(0)), out)


def _print_json(obj) -> None:
    sys.stdout.write(_escape_json_text(json.dumps(obj, ensure_ascii=False, indent=1)) + "\n")


def _limit(text: str) -> int:
    """--limit: a whole number from 1 to MAX_LIMIT."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_LIMIT} (got {value})")
    return value


_MID_LINE = False  # a progress line is on stderr without its newline yet


def _say(message: str) -> None:
    global _MID_LINE
    start = "\n" if _MID_LINE else ""
    _MID_LINE = False
    print(f"{start}azmap: {plain(message, one_line=True)}", file=sys.stderr, flush=True)


def cmd_features(args) -> int:
    if getattr(args, "places", False):
        return _list_places(args)
    from azmap.features import gazetteer

    gaz = gazetteer()
    if args.geojson:
        _print_json(gaz.collection)
        return 0
    rows = [f.summary() for f in gaz]
    if args.json:
        _print_json(rows)
        return 0
    for r in rows:
        years = "–".join("" if y is None else str(y) for y in (r["years"] or [])) or "-"
        print(f"{r['id']:<24} {r['kind']:<9} {r['geometry_type']:<15} {years:<10} {r['name']}")
    return 0


def _list_places(args) -> int:
    """`features --places`: every place of the regional gazetteer (geodata/places.json) with its position."""
    from azmap.places import listing

    from azmap.corpus.rebuild import open_store

    rows = listing()
    with open_store(progress=_progress, log=_say) as store:
        counts = store.place_counts()
    for r in rows:
        r["passages"] = counts.get(r["id"], 0)
    if args.geojson:
        _print_json({"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
             "properties": {k: v for k, v in r.items() if k not in ("lon", "lat")}} for r in rows]})
        return 0
    if args.json:
        _print_json(rows)
        return 0
    for r in rows:
        print(f"{r['id']:<14} {r['country']:<3} {r['lat']:>8.4f} {r['lon']:>8.4f} {r['population']:>9} "
              f"{r['passages']:>6} {r['name']}")
    return 0


def _feature_or_fail(fid: str):
    from azmap.features import UnknownFeature, gazetteer

    try:
        return gazetteer().get(fid)
    except UnknownFeature as exc:
        raise CliError(str(exc)) from None


def cmd_passages(args) -> int:
    from azmap.corpus.rebuild import open_store
    from azmap.features import UnknownFeature, gazetteer

    try:
        feature = gazetteer().get(args.feature_id)
    except UnknownFeature as exc:
        return _place_passages(args, exc)
    with open_store(progress=_progress, log=_say) as store:
        hits = store.passages_for_feature(feature.id, limit=args.limit, include_related=not args.direct_only)
    return _output_hits(hits, args.json, f"No passage of the corpus speaks of {feature.name}.")


def _place_passages(args, unknown) -> int:
    """`passages PLACE`: a place of the regional gazetteer (GeoNames id or name) the sources name."""
    from azmap.corpus.rebuild import open_store
    from azmap.place_links import lookup

    with open_store(progress=_progress, log=_say) as store:
        counts = store.place_counts()
        place, others = lookup(args.feature_id, counts)
        if place is None:
            raise CliError(str(unknown).replace("(`azmap features`", "(`azmap features` and `azmap features --places`"))
        if others:
            _say(f"{len(others) + 1} places are called {plain(args.feature_id, one_line=True)}; showing "
                 f"{place.name} ({place.country}, GeoNames {place.id}); the others: "
                 + ", ".join(f"{o.name} ({o.country}, {o.id})" for o in others[:5]))
        hits = store.passages_for_place(place.id, limit=args.limit)
    return _output_hits(hits, args.json, f"No passage of the corpus names {place.name} ({place.country}).")


def cmd_search(args) -> int:
    from azmap.corpus.rebuild import open_store

    with open_store(progress=_progress, log=_say) as store:
        hits, matched = store.search_all_or_any(args.query, limit=args.limit)
    if matched == "any" and hits:
        _say("no passage has all the words; showing passages with any of them")
    return _output_hits(hits, args.json, f"Nothing in the corpus matches {plain(args.query, one_line=True)!r}.")


def _output_hits(hits, as_json: bool, empty_message: str) -> int:
    if as_json:
        _print_json([h.to_dict() for h in hits])
        return 0
    if not hits:
        print(empty_message)
    for h in hits:
        _print_hit(h)
    return 0


def _print_hit(h) -> None:
    tag = "" if h.relation == "direct" else " [related]"
    print(f"— {plain(h.citation(), one_line=True)}{tag}  (score {h.score:.2f})")
    print(f"  {plain(h.text[:400])}{'…' if len(h.text) > 400 else ''}")
    if h.feature_ids:
        print(f"  features: {', '.join(h.feature_ids)}")
    print()


def cmd_ingest(args) -> int:
    from azmap.corpus.ingest import ingest_paths
    from azmap.corpus.rebuild import open_store

    with open_store(progress=_progress, log=_say) as store:
        report = ingest_paths(store, args.paths, progress=_progress, on_wait=_say)
    for path, reason in report.rejected:
        print(f"rejected {plain(path, one_line=True)}: {plain(reason, one_line=True)}", file=sys.stderr)
    print(f"added {len(report.added)} document(s), {report.passages} passage(s); "
          f"{len(report.skipped)} already present; {len(report.rejected)} rejected")
    return 0 if not report.rejected else 1


def cmd_documents(args) -> int:
    from azmap.corpus.rebuild import open_store

    with open_store(progress=_progress, log=_say) as store:
        if args.action == "list":
            docs = store.documents()
            if args.json:
                _print_json(docs)
                return 0
            ids = [plain(d["doc_id"], one_line=True) for d in docs]
            width = max(map(len, ids), default=0)  # (a user document's id holds its file's name: columns fit the longest)
            for doc_id, d in zip(ids, docs):
                print(f"{doc_id:<{width}} {d['origin']:<7} {d['body_passages']:>4} passages  "
                      f"{plain(d['title'], one_line=True)[:70]}")
            return 0
        if not args.doc_id:
            raise CliError(f"'documents {args.action}' needs a document id (see `azmap documents`)")
        if args.action == "remove":
            from azmap.corpus.documents import remove_document

            n = remove_document(store, args.doc_id, log=_say)
            print(f"removed {plain(args.doc_id, one_line=True)} and its {n} passage(s)")
            return 0
        if args.action == "edit":
            from azmap.corpus.documents import edit_document

            fields = {k: getattr(args, k) for k in ("title", "author", "date", "publisher", "url")
                      if getattr(args, k) is not None}
            if not fields:
                raise CliError("say what to change: --title, --author, --date, --publisher or --url")
            edit_document(store, args.doc_id, log=_say, **fields)
        try:
            doc = store.document(args.doc_id)
        except KeyError:
            raise CliError(f"no document with the id '{args.doc_id}' (see `azmap documents`)") from None
    doc.pop("text") if not args.json else None
    from azmap.corpus.library import field_sources
    from azmap.paths import user_data_dir

    sources = field_sources(doc, user_data_dir())  # where each field came from
    if args.json:
        _print_json({**doc, "sources": sources})
        return 0
    for key in ("doc_id", "title", "author", "date", "publisher", "url", "kind", "format", "origin", "date_note"):
        if doc.get(key):
            print(f"{key + ':':<11}{plain(doc[key], one_line=True)}")
    for key, how in sources.items():
        print(f"{'from:' if key != 'record' else 'record:':<11}{key + ': ' if key != 'record' else ''}"
              f"{plain(how, one_line=True)}")
    return 0


def cmd_cite(args) -> int:
    from azmap.citation import cite
    from azmap.corpus.rebuild import open_store

    with open_store(progress=_progress, log=_say) as store:
        hits = store.passages_by_id([args.passage_id])
    if not hits:
        raise CliError(f"no passage with the id '{args.passage_id}' (ids look like DOC_ID:SEQ; "
                       "`azmap search --json` shows them)")
    out = cite(hits[0], args.format)
    sys.stdout.write(_escape_json_text(out) if args.format == "csl-json" else plain(out))
    if not out.endswith("\n"):
        sys.stdout.write("\n")
    return 0


def cmd_explain(args) -> int:
    from azmap.corpus.rebuild import open_store
    from azmap.evidence.explain import explain, lines

    with open_store(progress=_progress, log=_say) as store:
        report = explain(store, args.passage_id)
    if report is None:
        raise CliError(f"no passage with the id '{args.passage_id}' (ids look like DOC_ID:SEQ; "
                       "`azmap search --json` shows them)")
    if args.json:
        _print_json(report)
    else:
        print("\n".join(plain(line) for line in lines(report)))
    return 0


def cmd_corrections(args) -> int:
    from azmap.corpus import corrections
    from azmap.corpus.rebuild import open_store

    with open_store(progress=_progress, log=_say) as store:
        if args.action == "list":
            items = corrections.load(store_data_dir())
            placed = corrections.placements(store, items)
            for p in placed:
                print(plain(p.correction.describe() + p.note(), one_line=True))
            lost = sum(1 for p in placed if p.applied is None)
            if lost:
                print(corrections.unplaced_message(lost).partition(" (see")[0] + "; undo "
                      f"{'it' if lost == 1 else 'them'} or make {'it' if lost == 1 else 'them'} again.")
            if not items:
                print("No corrections yet: unlink or relink a mention from the panel, or "
                      "`azmap corrections unlink PASSAGE_ID FEATURE_ID`.")
            return 0
        if args.action == "undo":
            text = args.args[0] if args.args else ""
            number = int(text) if text.isascii() and text.isdigit() and len(text) <= 15 else None
            if number is None:
                raise CliError("say which correction to undo: `azmap corrections undo N` (see `azmap corrections`)")
            c = corrections.undo(store, number, log=_say)
            print(f"undone: {plain(c.describe(), one_line=True)}")
            return 0
        need = {"unlink": 2, "link": 2, "relink": 3}[args.action]
        if len(args.args) != need:
            raise CliError({"unlink": "usage: azmap corrections unlink PASSAGE_ID FEATURE_ID",
                            "link": "usage: azmap corrections link PASSAGE_ID FEATURE_ID",
                            "relink": "usage: azmap corrections relink PASSAGE_ID FEATURE_ID OTHER_FEATURE_ID"}
                           [args.action])
        c = corrections.add(store, args.action, args.args[0], args.args[1],
                            to=args.args[2] if args.action == "relink" else None, start=args.start, log=_say)
    print(f"recorded: {plain(c.describe(), one_line=True)}")
    return 0


def store_data_dir():
    from azmap.paths import user_data_dir

    return user_data_dir()


def cmd_export(args) -> int:
    from azmap.export.render import ExportRequest, parse_bbox, render

    req = ExportRequest(out=args.out, features=args.feature, bbox=parse_bbox(args.bbox) if args.bbox else None,
                        view=args.view, year=args.year, dpi=args.dpi, size=args.size, title=args.title,
                        relief=not args.no_relief, caption=args.caption, credit=args.credit,
                        greyscale=args.greyscale)
    result = render(req)
    print(f"wrote {result.path} ({result.size_px[0]}×{result.size_px[1]} px)")
    return 0


def cmd_export_briefing(args) -> int:
    from azmap.export.briefing import export_briefing

    path = export_briefing(args.out, views_file=args.views, title=args.title, credit=args.credit,
                           greyscale=args.greyscale)
    print(f"wrote {path}")
    return 0


class _StoreQuotes:
    """The quotes of passages from the passage store, opened the first time a view saved by a
    command lacks them (a view of an older file) and closed at the end."""

    def __init__(self):
        self.opened = None

    def __call__(self, passage_ids):
        from azmap.quotes import quotes_for

        if self.opened is None:
            from azmap.corpus.rebuild import open_store

            self.opened = open_store(log=_say)
        return quotes_for(self.opened.store, passage_ids)

    def close(self):
        if self.opened is not None:
            self.opened.store.close()


def cmd_views(args) -> int:
    from azmap.views import ViewStore

    quotes = _StoreQuotes()
    try:
        return _views_command(args, ViewStore(quoter=quotes))
    finally:
        quotes.close()


def _views_command(args, store) -> int:
    if args.action in ("rename", "delete", "move") and not args.name:
        raise CliError(f"'views {args.action}' needs the name of a saved view (see `azmap views`)")
    if args.action == "rename" and not args.new:
        raise CliError("'views rename' needs the new name too: azmap views rename OLD NEW")
    if args.action == "rename":
        store.rename(args.name, args.new)
    elif args.action == "delete":
        store.delete(args.name)
    elif args.action == "move":
        store.move(args.name, args.position)
    elif args.action == "caption":
        if args.name is None or args.new is None:
            from azmap.errors import UserError

            raise UserError("usage: azmap views caption NAME TEXT (\"\" removes the caption)")
        store.set_caption(args.name, args.new.strip())
    views = store.load()
    if store.problem:
        _say(store.problem)
    if args.json:
        from dataclasses import asdict

        _print_json([asdict(v) for v in views])
        return 0
    for i, v in enumerate(views, 1):
        extra = f", {v.year}" if v.year else ""
        print(f"{i}. {plain(v.name, one_line=True)}  [{', '.join(f'{c:g}' for c in v.bbox)}{extra}]"
              f"{'  ' + plain(v.feature, one_line=True) if v.feature else ''}  {len(v.passages)} passage(s)")
        if v.note:
            print(f"   {plain(v.note, one_line=True)}")
    if not views:
        print("No saved views yet: save one from the window (Views → Save current view).")
    return 0


def _progress(done: int, total: int, label: str = "") -> None:
    global _MID_LINE
    if sys.stderr.isatty() or total > 1:
        _MID_LINE = done < total
        print(f"\r[{done}/{total}] {plain(label, one_line=True)[:60]:<60}", end="" if done < total else "\n", file=sys.stderr)


class _Unused:
    """Stands for the subparser of a command not being run: takes its arguments and does nothing
    (building every subparser costs more than most commands' own work)."""

    def __getattr__(self, name):
        return lambda *a, **k: self


class _OnlySubparsers:
    def __init__(self, real, wanted: str | None):
        self.real, self.wanted = real, wanted

    def add_parser(self, name, **kw):
        if self.wanted is None or name == self.wanted:
            return self.real.add_parser(name, formatter_class=_formatter, **kw)
        return _Unused()


def _formatter(prog):
    """argparse's help formatter at the terminal's width from $COLUMNS (it would otherwise import
    shutil, and with it bz2 and lzma, on every command)."""
    try:
        width = int(os.environ.get("COLUMNS", "")) - 2
    except ValueError:
        width = 98
    return argparse.HelpFormatter(prog, width=max(40, width))


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command``, only that command's subparser is made in full."""
    p = argparse.ArgumentParser(
        prog="azmap", formatter_class=_formatter,
        description="Map-based explorer of Azerbaijan's geopolitical setting. "
                    "Without a command, opens the desktop window.")
    p.add_argument("--version", action="version", version=f"azmap {__version__}")
    p.add_argument("--screenshot", metavar="FILE.png",
                   help="open the window, wait until the map is rendered, save a PNG of the window and exit")
    p.add_argument("--select", metavar="FEATURE_ID",
                   help="with the window: select this feature (or place:GEONAMES_ID, a place the sources name) at start")
    p.add_argument("--size", metavar="WxH", default=None, help="with --screenshot: window size, e.g. 1400x900")
    p.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)  # bench: time to a ready map
    sub = _OnlySubparsers(p.add_subparsers(dest="command", metavar="COMMAND"), command)

    f = sub.add_parser("features", help="list the map's features (ids, names, kinds, aliases)")
    g = f.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="JSON list of id, name, kind, aliases, years, bounds")
    g.add_argument("--geojson", action="store_true", help="all features as one GeoJSON FeatureCollection")
    f.add_argument("--places", action="store_true",
                   help="the places the sources may name (GeoNames, geodata/places.json) with their positions "
                        "and how many passages name each")
    f.set_defaults(func=cmd_features)

    ps = sub.add_parser("passages", help="the passages of the sources that speak of a feature or name a place, ranked")
    ps.add_argument("feature_id", help="a feature's id, or a place's GeoNames id or name (`azmap features --places`)")
    ps.add_argument("--limit", type=_limit, default=20, help=f"how many passages (1 to {MAX_LIMIT})")
    ps.add_argument("--json", action="store_true")
    ps.add_argument("--direct-only", action="store_true", help="leave out related passages")
    ps.set_defaults(func=cmd_passages)

    s = sub.add_parser("search", help="full-text search over the passages")
    s.add_argument("query")
    s.add_argument("--limit", type=_limit, default=20, help=f"how many passages (1 to {MAX_LIMIT})")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_search)

    i = sub.add_parser("ingest", help="add your own documents (.txt, .md, .html, .pdf) to the corpus")
    i.add_argument("paths", nargs="+")
    i.set_defaults(func=cmd_ingest)

    d = sub.add_parser("documents", help="list, show, edit or remove the corpus's documents")
    d.add_argument("action", nargs="?", default="list", choices=["list", "show", "edit", "remove"])
    d.add_argument("doc_id", nargs="?")
    for field in ("title", "author", "date", "publisher", "url"):
        d.add_argument(f"--{field}", help=f"with edit: the new {field} (empty to clear)")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_documents)

    c = sub.add_parser("cite", help="a passage with its citation (text, RIS, BibTeX or CSL-JSON)")
    c.add_argument("passage_id", help="DOC_ID:SEQ, as `search --json` and `passages --json` show")
    c.add_argument("--format", default="text", choices=["text", "ris", "bibtex", "csl-json"])
    c.set_defaults(func=cmd_cite)

    x = sub.add_parser("explain", help="why a passage is linked as it is: its links and the rejected names, with reasons")
    x.add_argument("passage_id", help="DOC_ID:SEQ, as `search --json` and `passages --json` show")
    x.add_argument("--json", action="store_true")
    x.set_defaults(func=cmd_explain)

    k = sub.add_parser("corrections", help="list, make or undo your corrections to the links")
    k.add_argument("action", nargs="?", default="list", choices=["list", "unlink", "relink", "link", "undo"])
    k.add_argument("args", nargs="*", help="PASSAGE_ID FEATURE_ID [OTHER_FEATURE_ID], or N for undo")
    k.add_argument("--start", type=int, default=None, help="the mention's offset, when a passage names it twice")
    k.set_defaults(func=cmd_corrections)

    e = sub.add_parser("export", help="print-quality static map (PNG, SVG or PDF)")
    e.add_argument("--out", required=True, metavar="FILE.{png,svg,pdf}")
    e.add_argument("--feature", action="append", default=[], metavar="ID", help="highlight (repeatable)")
    ex = e.add_mutually_exclusive_group()
    ex.add_argument("--bbox", metavar="W,S,E,N")
    ex.add_argument("--view", metavar="NAME",
                    help="a saved view, or one of: caucasus, azerbaijan, karabakh, corridor, region")
    e.add_argument("--year", type=int)
    e.add_argument("--dpi", type=int, default=200)
    e.add_argument("--size", default="A4-landscape", help="A4, A4-landscape, A3, A3-landscape, WxHmm or WxHpx")
    e.add_argument("--title", help="printed as given (no markup, no mathematics)")
    e.add_argument("--caption", help="a line under the map saying what it shows")
    e.add_argument("--credit", metavar="TEXT", help="author or organisation, printed with the attribution")
    e.add_argument("--no-relief", action="store_true")
    e.add_argument("--greyscale", action="store_true",
                   help="greys for a black-and-white printer: lightness steps, patterns and dashes")
    e.set_defaults(func=cmd_export)

    b = sub.add_parser("export-briefing", help="the saved views as a PDF (a page each) or a 16:9 slide deck (.pptx)")
    b.add_argument("--out", required=True, metavar="FILE.{pdf,pptx}")
    b.add_argument("--views", default=None, help="views file (default: your saved views)")
    b.add_argument("--title", default=None)
    b.add_argument("--credit", metavar="TEXT", help="author or organisation, on the title page and with each map")
    b.add_argument("--greyscale", action="store_true",
                   help="every map in greys for a black-and-white printer: lightness steps, patterns and dashes")
    b.set_defaults(func=cmd_export_briefing)

    v = sub.add_parser("views", help="list, rename, caption, reorder or delete saved views")
    v.add_argument("action", nargs="?", default="list", choices=["list", "rename", "caption", "delete", "move"])
    v.add_argument("name", nargs="?")
    v.add_argument("new", nargs="?", help="with rename: the new name; with caption: the caption")
    v.add_argument("--position", type=int, default=0, help="with move: the new position (0 = first)")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_views)
    return p


COMMANDS = ("features", "passages", "search", "ingest", "documents", "cite", "explain", "corrections", "export",
            "export-briefing", "views")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # a command named first (the usual case) gets a parser of its own command only
    command = argv[0] if argv and argv[0] in COMMANDS else None
    args = build_parser(command).parse_args(argv)
    try:
        if args.command is None:
            from azmap.ui.app import run_app

            return run_app(screenshot=args.screenshot, select=args.select, size=args.size,
                           quit_when_ready=args.quit_when_ready)
        return _run_command(args)
    except CliError as exc:
        _say(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        _say("interrupted")
        return 1
    except Exception as exc:  # noqa: BLE001 - every failure is one line, never a traceback
        return _report_failure(exc)


def _run_command(args) -> int:
    """Run the command; if a query finds the passage store damaged, it is set aside and the
    command run once more (the store is rebuilt from the kept copies as it opens)."""
    try:
        return args.func(args)
    except Exception as exc:  # noqa: BLE001
        from azmap.store import is_damage

        if not is_damage(exc):
            raise
        from azmap.corpus.rebuild import recover_from_damage

        if not recover_from_damage(exc, log=_say):
            raise
    return args.func(args)


def _report_failure(exc: BaseException) -> int:
    """Say what failed in one line: status 2 for what the user can fix, 1 otherwise."""
    import errno

    from azmap.errors import UserError

    if isinstance(exc, UserError):
        _say(str(exc))
        return EXIT_USAGE
    if os.environ.get("AZMAP_DEBUG"):
        raise exc
    from azmap.paths import DataDirError

    if isinstance(exc, DataDirError):
        _say(str(exc))
        return EXIT_USAGE
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            _say(f"the disk is full ({exc.strerror}); nothing was changed: free some space and try again")
        else:
            where = f" ({exc.filename})" if exc.filename else ""
            _say(f"{exc.strerror or exc}{where}")
        return 1
    text = str(exc)
    if type(exc).__module__ == "sqlite3":
        if "full" in text or "disk I/O" in text:
            _say(f"the passage store could not be written ({text}): the disk may be full; "
                 "nothing was changed: free some space and try again")
        else:
            _say(f"the passage store could not be used ({text})")
        return 1
    if isinstance(exc, MemoryError):
        _say("not enough memory for this command")
        return 1
    _say(f"failed: {type(exc).__name__}: {text[:300]} (AZMAP_DEBUG=1 shows where)")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
