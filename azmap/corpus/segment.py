"""Documents → passages: the paragraphs a reader would see, with their place in the original text.

Works on plain text and light markdown, hard-wrapped or not: joins wrapped lines, repairs words
split across lines, keeps the section heading over each passage, and sets apart what is not body
text (footnotes, reference lists, captions, site boilerplate) so that results can leave it out.
Offsets are character offsets into the original text; a paragraph broken by a page (footnotes in
between) or by a pull quote run into its lines (see pullquote.py) keeps one span per piece.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import itemgetter

from azmap.corpus import boilerplate, furniture_form, head_note, markdown_marks, newsletter, participants, pullquote, questions, signatures
from azmap.corpus import episode_lines, makers_list, meeting_lines, page_names, pager_line, plain_forms, ref_marks, register_notice, treaty
from azmap.corpus import about_box, md_caption, thanks_line, transcript_note, words, wrap_lines
from azmap.corpus.back_matter import is_prose as back_matter_prose, names_sources as back_matter_sources
from azmap.corpus.doc_memo import lowered

BODY = "body"
MAX_PARAGRAPH_CHARS = 4000  # a longer paragraph becomes several passages, cut where sentences end
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+")
NON_BODY_KINDS = ("footnote", "reference", "caption", "boilerplate", "fragment")

_TERMINAL = re.compile(r"""[.!?…:;]["”’'»)\]]*\d{0,2}\s*$""")
# Patterns meet hostile text too (a megabyte line of asterisks, of brackets, of spaces): none may
# backtrack over a long stretch once per position. Where the plain pattern would (markdown headings,
# emphasis, links, soft hyphens), the same result is found another way; see the functions below.
_MD_HEADING = re.compile(r"\s{0,3}(#{1,6})\s+")  # the opening hashes; the title is what follows, see _md_heading
_BOLD_LINE = re.compile(r"^\s*\*\*([^*]{1,150})\*\*\s*(?::\s*)?$")
_ITALIC_LINE = re.compile(r"^\s*\*([^*]{1,150})\*\s*$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|--)\s*$")  # "--": an e-mail's signature line
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_FOOTNOTE_DEF = re.compile(r"^\s*(?:<sup>\d+</sup>|\[\^?\d+\]:?\s|\\\*\s|\*\s(?=[A-Z][a-z]+ [A-Z]))")
_QUOTE_MARK = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")  # (nested quotes, and closed captions' ">>" before a speaker)
_BULLET = re.compile(r"^\s*(?:[•▪◦·]|[-*+]\s|\d{1,2}[.)]\s)")
# (and in French, German, Spanish, Italian, Portuguese)
_BACK_MATTER = re.compile(r"^(references|bibliography|notes|endnotes|sources|works cited|further reading|"
                          r"références|bibliographie|literatur|literaturverzeichnis|quellen|quellenverzeichnis|"
                          r"anmerkungen|referencias|bibliografía|fuentes|notas|riferimenti(?: bibliografici)?|"
                          r"bibliografia|referências|fontes)"
                          r"(?:\s+(?:and|&)\s+\w+)?\s*:?$", re.I)
_FENCE_OPEN = re.compile(r"^[ \t]{0,3}(?:```|~~~)")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*\d{1,4}\s*[-–]|page \d{1,4}(?: of \d{1,4})?)\s*$", re.I)
_FOOT_RULE = re.compile(r"^\s*_{5,}\s*$")
_TRAILER = re.compile(r"^[(\[]*\s*(?:reporting by|additional reporting|writing by|editing by|compiled by|"
                      r"copyright\s*(?:©|\(c\)|\d{4}|:|by\b)|©|\(c\)\s*\d{4}|all rights reserved\s*(?:[.!;|·]|$)|"
                      r"cite this \w+\s*:|how to cite|"
                      r"(?:suggested|recommended) citation|(?:minutes )?(?:taken|recorded|transcribed|"
                      r"translated) by|"
                      r"(?:bericht|redaktion|mitarbeit|rédaction|reportage|redacción|edición|редакция)\s*:)",
                      re.I)
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[A-Z]")
_END_MARKS = ("###", "-30-", "- 30 -", "ends", "-ends-", "- ends -", "# # #")  # the end of a press release
_COMPOUND_LEFT = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
                           "forty fifty sixty seventy eighty ninety hundred well self non half long short high low "
                           "full multi".split())
_COMPOUND_RIGHT = frozenset("year years day days week weeks month months hour hours minute kilometre kilometres "
                            "metre metres mile miles point fold old member party lane track page".split())
_FUNCTION_WORDS = frozenset("of the a an and or to in for with by on at from as that than into".split())
# a clause of an agreement's preamble opens with one of these words, after the last one's comma: a
# paragraph of its own ("Desiring to …,", "Having regard to …,", "Recognising that …,", "Have agreed as follows:")
_CLAUSE_OPENING = re.compile(r"^(?:desiring|having|recognising|recognizing|recalling|considering|noting|bearing in mind|"
                             r"convinced|aware|determined|wishing|acknowledging|reaffirming|taking into account|"
                             r"guided by|emphasi[sz]ing|stressing|welcoming|mindful|conscious|have agreed|hereby agree|"
                             r"désireux|considérant|rappelant|reconnaissant|sont convenus|in dem wunsch|"
                             r"in anerkennung|eingedenk|haben folgendes)\b", re.I)
# a numbered paragraph ("1. The Parties shall …"): a whole sentence or more after its number, which it keeps
# (in a text divided into articles: "Article 3" on a line of its own; a list of agenda items keeps no numbers)
_ARTICLE_HEADING = re.compile(r"^[ \t#*]*(?:article|artikel|art\.|статья|madd[əe])\s+\d{1,3}\b[ \t*]*$", re.I | re.M)
_NUMBER_LEAD = re.compile(r"^\s*(\d{1,3})\.\s")
_NUMBERED_PARAGRAPH = re.compile(r"^\s*\d{1,3}\.\s+[A-Z\"“(]")
_CITATION_END = re.compile(r"(?:\bpp?\.\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?|\bibid)\.?\s*$", re.I)
_NOTE_MARKER_END = re.compile(r"[a-z.,;:”\"’)]\d{1,2}\s*$")
_QUOTE_OPEN = "\"“‘'«"
_QUOTE_CLOSE = "\"”’'»"
_NAVIGATION = re.compile(r"^this (section|article|page) (describes|covers|lists)", re.I)
_CLIPPED_EXCERPT = re.compile(r"^>\s*(?:#{1,6}\s*|\*\*)?excerpt(?:\*\*)?\s*$", re.I)  # "> ## Excerpt" (a clipper's)
_SITE_TAIL = re.compile(r"^(you may also (find|like)|related (articles|posts)|read more|share this|latest .*working papers)", re.I)
_BYLINE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}\s+)?by\s+[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){0,3}"
                     r"\s*(?:(?:\\\*?|\*)\s*)?$")
# a table or a figure's text set apart from a page's running text by the PDF reader (azmap.corpus.pdf:
# "Table: …" with its rows, "Figure labels: …"), or a pandoc table's caption away from its table
_SET_APART = re.compile(r"^(?:Table|Figure labels|Box): \S")
# a page's furniture told by its form on the page (a disclaimer page, a back cover, a note on the paper
# under its names), set apart by the PDF reader
_PAGE_FURNITURE = re.compile(r"^Page furniture: \S")
# a caption's start: a figure's, table's, map's label and number or a photo's or source's label in any language
# (words.CAPTION_LABEL), or a photograph's description
_CAPTION_START = re.compile(r"(?i:^(?:a close[- ]up|an? (?:photo|picture|image) of|credit image))|" + words.CAPTION_LABEL.pattern)
# a short paragraph that is a whole sentence ("Could that change?", "Back in Ganja by four.")
# (a dialogue line opens with its dash: "— Then nowhere.")
_SHORT_SENTENCE = re.compile(r"^(?:[—–]\s?)?[\"“‘«„(" + questions.OPENING_MARKS  # (Spanish opens "¿…?")
                             + r"]?[^\W\d_][^.!?]*\s\S[^.!?]*[.!?…][\"”’»“)]?$")
# a speaker's turn in a transcript, its name perhaps with a title's abbreviation ("M. ALIYEV : Oui.")
# a turn's time stamp before the speaker's label ("[00:00:38] ", "(00:40) ", "00:01:12 "): a short turn is a turn
_STAMP = re.compile(r"^(?:\[\d{1,2}:\d\d(?::\d\d)?\]|\(\d{1,2}:\d\d(?::\d\d)?\)|\d{1,2}:\d\d:\d\d)\s+")
_SPEAKER_TURN = re.compile(r"^(?:[^\W\d_][\w'’-]*\.?\s+){0,3}[^\W\d_][\w'’-]*\s?:\s+[^\W\d_].*[.!?…]$")
# a speech's salutation on a line of its own ("Esteemed heads of delegation, dear guests,", "Дорогие друзья!")
_SALUTATION = re.compile(
    r"^(?:(?:my\s+)?dear|esteemed|distinguished|honou?rable|honou?red|respected|your\s+(?:excellenc|majest|highness)\w*|"
    r"excellenc\w*|ladies|mr\.?\s+(?:president|chairman|speaker)|madam\s+(?:president|chair\w*|speaker)|"
    r"уважаем\w*|дорог(?:ие|ой|ая)|дамы|господа|mesdames|messieurs|chers|chères|sehr\s+geehrte\w*|liebe[nr]?|"
    r"değerli|sayın|hörmətli|əziz)\b[^.!?]{0,200}[,!:]$", re.I)
# an audience's reaction in brackets, no word of the speech ("(Applause.)", "(Аплодисменты)", "(Laughter)")
_REACTION = re.compile(
    r"\s*[*_]*\((?:(?:prolonged|sustained|loud|long|stormy)\s+)?(?:applause|laughter|cheers|аплодисменты|"
    r"продолжительные\s+аплодисменты|смех|оживление\s+в\s+зале|applaudissements|rires|beifall|applaus|gelächter|"
    r"alkışlar|alqışlar|gülüşmeler)[.!]?\)[*_]*", re.I)
_KEYWORDS = re.compile(r"^\**keywords?:?\**", re.I)
_SUP_REF = re.compile(r"<sup>\s*\d+\s*</sup>")
# emphasis: an opening mark, the shortest content on its line that ends in a non-space, the same mark:
# (\*{1,3}|_{2})(?=\S)(.+?)(?<=\S)\1, used only where it reads a line in linear time (see _strip_emphasis)
_EMPH_OPEN = re.compile(r"\*(?=\S)|__(?=\S)")
_EMPH_MARKS = {"***": re.compile(r"\*\*\*(?=\S)"), "**": re.compile(r"\*\*(?=\S)"), "*": re.compile(r"\*(?=\S)"),
               "__": re.compile(r"__(?=\S)")}  # a mark followed by a non-space (read backwards: a closing mark)
_CONTENT = itemgetter(2)  # the emphasised text (as the template r"\2", without its cost per match)
_STAR_MARKS = ("***", "**", "*")
_EMPH_NEAR_END = 256  # an opening mark this near the end of a line may search to the end in vain
_EMPH_CLOSE = {mark: re.compile(r"(?<=\S)" + re.escape(mark)) for mark in _EMPH_MARKS}
# [text](target) becomes text; the second branch passes over a "[" that opens no link, up to its "]",
# so that the "[" in between are not tried again (they cannot open a link either: theirs is the same "]")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)|(\[[^\]]*\]?)")
_ANGLE_URL = re.compile(r"<(https?://[^>]+|mailto:[^>]+)>")
_URL = itemgetter(1)
# what each of _GLUED_REF's readings needs: a digit right after a letter or a closing mark (a search
# that starts at a character class, which the engine scans for fast; _GLUED_REF starts at look-behinds)
_GLUED_CANDIDATE = re.compile(r"[A-Za-z)”\"’.,;:]\d")
_WHITESPACE_RUN = re.compile(r"\s{2,}|[^\S ]")  # what folds to one space (a lone space is left as it is)
_SOFT_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-[^\S\n]*\n\s*(?=[a-z])")  # "for-\n  eign"
_SOFT_HYPHENATED = re.compile(r"(?<!\w)(\w+)\u00ad(\w+)")
_GLUED_REF = re.compile(r"(?<=[a-z]{3})\d{1,2}(?=[\s,;:]|$)|(?<=[A-Za-z)”\"’.][.,;:”\"’)])\d{1,2}(?=\s|$)"
                        r"|(?<=\b(?:19|20)\d\d\.)\d{1,2}(?=\s|$)")


@dataclass
class Passage:
    """One paragraph of a document. ``start``/``end`` are offsets into the original text."""

    seq: int
    kind: str
    heading: str
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the reader repaired ("restored initial capital: ...")

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    @property
    def is_body(self) -> bool:
        return self.kind == BODY


@dataclass(slots=True)
class _Line:
    start: int
    end: int  # without the newline
    raw: str
    pieces: tuple = ()  # where a pull quote was cut out of the line: the (start, end) of what is left
    text: str = field(init=False, repr=False, compare=False)  # raw without the spaces around it (read often)

    def __post_init__(self):
        self.text = self.raw.strip()


@dataclass(slots=True)
class _Block:
    kind: str
    lines: list[_Line]
    heading_level: int = 0
    bullet: bool = False

    @property
    def text(self) -> str:
        return " ".join([ln.text for ln in self.lines])


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(body), body))
        pos += len(raw)
    return out


def _is_wrapped(lines: list[_Line]) -> tuple[bool, int]:
    """Hard-wrapped text has many lines that stop mid-sentence; return (wrapped, typical width)."""
    texts = [ln for ln in lines if len(ln.text) > 20]
    if not texts:
        return False, 0
    # a wrapped line stops mid-sentence and the next line carries on
    mid = [len(lines[i].raw.rstrip()) for i in range(len(lines) - 1)
           if len(lines[i].text) > 20 and not _TERMINAL.search(lines[i].text) and lines[i + 1].text
           and not lines[i].text.startswith("|") and not lines[i + 1].text.startswith("|")
           and not _BULLET.match(lines[i + 1].raw)]
    wrapped = len(mid) >= 0.3 * len(texts) and len(mid) >= 3
    width = int(statistics.median(mid)) if mid else 0
    return wrapped, width


_MD_ESCAPE = re.compile(r"\\([`*_{}\[\]()#+\-.!<>|~\"'=$])")  # not "\\": a backslash stays as written
_ESCAPED = re.compile("[\ue000-\ue07f]")


def clean_inline(raw: str, *, markdown: bool = True, glued_refs: bool = True,
                 spaced_refs: bool | None = None) -> str:
    """The display text of a stretch of the original: whitespace folded, words split across
    lines repaired, markdown emphasis and footnote references removed. Digits glued to a word
    ("Azerbaijan12") are taken for footnote references only when glued_refs is true: a document
    without notes keeps its "covid19" and "g20". A bracketed number after a space goes too only when
    spaced_refs (by default glued_refs): when the notes are numbered for it to point to (ref_marks.py)."""
    # each pattern is asked only of a text holding the character it begins with (the same result)
    text = _SOFT_HYPHEN_BREAK.sub("\u00ad", raw) if "-" in raw else raw  # provisional soft hyphen
    if "<sup>" in text:
        text = _SUP_REF.sub("", text)
    if markdown:
        if ">" in text:
            text = _QUOTE_MARK.sub("", text)  # a block quote's marks ("> ")
        # an escaped character (\* \_ \< …) is that character, and never markup: it is set aside
        # (as a private-use character) while links and emphasis are taken out
        escaped = "\\" in text
        if escaped:
            text = _MD_ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
        text = markdown_marks.without_note_marks(text)  # pandoc's "[^1]"
        text = markdown_marks.without_vault_marks(text)  # "[[Target|words]]", "==words==", " ^id", "%% … %%"
        text = _strip_links(text)
        text = _strip_angle_urls(text)
        if "*" in text or "__" in text:
            for _ in range(2):
                text = _strip_emphasis(text)
        if escaped:
            text = _ESCAPED.sub(lambda m: chr(ord(m.group(0)) - 0xE000), text)
    if glued_refs:
        text = _without_glued_refs(text)
        if "[" in text:
            text = ref_marks.without_marks(text, glued_refs if spaced_refs is None else spaced_refs)
        if _RAISED_FIGURE.search(text):  # "capacity.²": a note's mark as "[1]" is (ref_marks.py)
            text = ref_marks.without_raised(text)
    # every run of white space as one space, none at the ends: _WHITESPACE_RUN.sub(" ", text).strip()
    # (str.split's white space is the pattern's \s)
    return " ".join(text.split())


_RAISED_FIGURE = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def _without_glued_refs(text: str) -> str:
    """_GLUED_REF.sub("", text), its pattern tried only where _GLUED_CANDIDATE stands (every match of
    it begins with the digit of one), instead of at every position of the text."""
    out, last = [], 0
    for c in _GLUED_CANDIDATE.finditer(text):
        m = _GLUED_REF.match(text, c.end() - 1)
        if m is not None:
            out.append(text[last:m.start()])
            last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _strip_links(text: str) -> str:
    """[text](target) → text. A link ends at a ")", so the text after the last ")" is left as it is:
    a "[" there would otherwise be tried against the whole rest of the text, and so would every "[" after it."""
    last = text.rfind(")")
    if last < 0 or "[" not in text:
        return text
    return _MD_LINK.sub(r"\1\2", text[:last + 1]) + text[last + 1:]


def _strip_angle_urls(text: str) -> str:
    """<https://…> → https://…; nothing after the last ">" can be one (the same reasoning as for links)."""
    last = text.rfind(">")
    if last < 0 or "<" not in text:
        return text
    return _ANGLE_URL.sub(_URL, text[:last + 1]) + text[last + 1:]


def _strip_emphasis(text: str) -> str:
    r"""One pass of re.sub(r"(\*{1,3}|_{2})(?=\S)(.+?)(?<=\S)\1", r"\2", text): *a*, **a**, ***a***
    and __a__ become a.

    An emphasis never spans lines, so lines are read one by one. The pattern looks for the closing
    mark from every opening mark anew; where a mark cannot close any more (no "*" after a non-space
    further on), every later opening mark of that kind searches the rest of the line in vain, which
    makes a long line of "*x " quadratic. Such lines are read by _strip_emphasis_line instead."""
    if "*" not in text and "__" not in text:
        return text
    return "\n".join(_strip_emphasis_line(line) if "*" in line or "__" in line else line
                     for line in text.split("\n"))


@lru_cache(maxsize=None)
def _emphasis_pattern(marks: tuple[str, ...]) -> re.Pattern:
    return re.compile("(" + "|".join(re.escape(mark) for mark in marks) + r")(?=\S)(.+?)(?<=\S)\1")


def _emphasis_plan(line: str) -> tuple[dict[str, int], int]:
    """For each mark that closes somewhere on the line, the position from which on an opening one
    cannot close any more; and the position from which on the pattern narrowed to the marks still
    able to close reads the rest of the line in linear time (0: the whole line).

    A mark that never closes never opens: leaving it out of the pattern changes nothing. A mark
    opening after the last closing mark of its kind searches the rest of the line in vain, which is
    harmless only near the end of the line."""
    backwards = line[::-1]
    n = len(line)
    dead_from: dict[str, int] = {}
    settled = 0
    for mark, opening in _EMPH_MARKS.items():
        m = opening.search(backwards)  # the last closing mark of the line, read backwards
        if m is None:
            continue
        # an opening mark at s needs a closing one at s + len(mark) + 1 or later
        dead_from[mark] = start = max(0, n - m.start() - 2 * len(mark))
        if n - start > _EMPH_NEAR_END and opening.search(line, start):
            settled = max(settled, start)
    return dead_from, settled


def _narrowed_emphasis(line: str, dead_from: dict[str, int], at: int) -> str:
    """The pattern, narrowed to the marks that can still close, applied to line[at:]."""
    marks = tuple(mark for mark, start in dead_from.items() if start > at)
    return _emphasis_pattern(marks).sub(_CONTENT, line[at:]) if marks else line[at:]


def _strip_emphasis_line(line: str) -> str:
    r"""The emphasis pattern's .sub(r"\2", line) for one line, in linear time.

    Where the pattern would search in vain, the line is read here up to the point where it no longer
    would: the leftmost opening mark (of "***", "**", "*" the longest first, or "__") followed by a
    non-space, and the first closing mark of the same kind after at least one character that follows
    a non-space. Where the next closing mark of each kind lies is remembered, so that the line is
    searched once per kind; once a single "*" (or "__") has no closing mark after it, no mark of that
    kind opens again on the line."""
    dead_from, settled = _emphasis_plan(line)
    if not settled:
        return _narrowed_emphasis(line, dead_from, 0)
    n = len(line)
    search_from = dict.fromkeys(_EMPH_CLOSE, n + 1)  # mark → where its closing mark was last looked for
    found_at = dict.fromkeys(_EMPH_CLOSE, -1)  # mark → the first closing mark from there (-1: none)
    out: list[str] = []
    copied = at = 0
    opening = _EMPH_OPEN
    stars = underscores = True
    while at < settled:
        m = opening.search(line, at)
        if m is None:
            out.append(line[copied:])
            return "".join(out)
        s = m.start()
        if line[s] == "*":
            run = 3 if line.startswith("***", s) else 2 if line.startswith("**", s) else 1
            marks = _STAR_MARKS[3 - run:]
        else:
            marks = ("__",)
        end = -1
        for mark in marks:
            b = s + len(mark)  # where the content starts
            if b < n and not line[b].isspace():
                end = found_at[mark]
                if not (search_from[mark] <= b + 1 and (end < 0 or end > b)):
                    closing = _EMPH_CLOSE[mark].search(line, b + 1)
                    end = closing.start() if closing else -1
                    search_from[mark], found_at[mark] = b + 1, end
                if end >= 0:
                    break
        k = len(mark) if end >= 0 else 0
        if k:
            out.append(line[copied:s])
            out.append(line[s + k:end])
            copied = at = end + k
            continue
        # not even a single "*" (or "__") closes after s: none will further on
        if line[s] == "*":
            stars = False
        else:
            underscores = False
        if not (stars or underscores):
            out.append(line[copied:])
            return "".join(out)
        opening = _EMPH_MARKS["*"] if stars else _EMPH_MARKS["__"]
        at = s + 1
    out.append(line[copied:at])
    out.append(_narrowed_emphasis(line, dead_from, at))
    return "".join(out)


def _md_heading(raw: str) -> tuple[int, str] | None:
    r"""(level, title) of a markdown heading line ("## Title ##"), or None: what matching
    ^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$ on the line gives, without that pattern's backtracking
    over a long run of spaces or hashes."""
    m = _MD_HEADING.match(raw)
    if m is None:
        return None
    return len(m.group(1)), raw[m.end():].rstrip().rstrip("#").rstrip()


def _heading_title(raw: str) -> str:
    heading = _md_heading(raw)
    return raw if heading is None else heading[1]


def _repair_hyphens(text: str, vocabulary: set[str]) -> str:
    """Decide each provisional soft hyphen: a split word ("for-eign") or a real compound ("well-known")."""
    def fix(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        if (left + right).lower() in vocabulary:
            return left + right
        if (left + "-" + right).lower() in vocabulary or (left.lower() in _COMPOUND_LEFT
                                                           and (right.lower() in vocabulary
                                                                or right.lower() in _COMPOUND_RIGHT)):
            return left + "-" + right
        return left + right

    if "\u00ad" not in text:
        return text
    return _SOFT_HYPHENATED.sub(fix, text)


def _classify_line(ln: _Line) -> str:
    t = ln.text
    if not t:
        return "blank"
    if _FOOT_RULE.match(t) and len(t.strip()) < 40:  # (a rule across the page is a page's, no notes' rule)
        return "footrule"
    if t.lower() in _END_MARKS:
        return "endmark"
    if _RULE.match(t):
        return "rule"
    if _PAGE_NUMBER.match(t):
        return "page"
    if t[0] == "|" and t[-1] == "|" and len(t) > 2:
        return "tablerule" if set(t) <= set("|-: ") and "---" in t else "table"
    if _md_heading(ln.raw) or _BOLD_LINE.match(t):
        return "heading"
    if _BARE_NUMBER.match(t):
        return "fnum"
    if _FOOTNOTE_DEF.match(ln.raw):
        return "footdef"
    if _BULLET.match(ln.raw):
        return "bullet"
    return "text"


def _looks_like_heading(t: str, next_t: str, max_len: int = 90) -> bool:
    """A short line with no closing punctuation, followed by a line that starts a sentence."""
    if len(t) > max_len or len(t) < 2 or _TERMINAL.search(t) or t.endswith((",", "-", "–", "(", ")")):
        return False
    if t == next_t or _BYLINE.match(t) or _CAPTION_START.match(t) or t.count("(") != t.count(")"):
        return False
    words = t.split()
    if len(words) > 12 or not (t[0].isupper() or t[0].isdigit()):
        return False
    return not next_t or next_t[0].isupper() or next_t[0] in "“\"'‘["


# what every running head read by its form has (boilerplate.running_heads): a separator or a number
_HEAD_MARK = re.compile(r"[|·•#\d]")


def _furniture(lines: list[_Line], kinds: list[str]) -> set[int]:
    """Page furniture: page numbers, and running heads (a line repeated at page boundaries, next to a
    page number or a form feed)."""
    out = {i for i, k in enumerate(kinds) if k == "page"}
    # running heads and feet told by repetition and form ("Page 7 | Journal of ..."), on a line of their own
    # (only a line with a separator, a number or "#" can be one: the others are not read)
    heads_by_form = boilerplate.running_heads([ln.text for ln, k in zip(lines, kinds) if k in ("text", "heading")
                                               and _HEAD_MARK.search(ln.text)])
    if heads_by_form:
        out.update(i for i, ln in enumerate(lines) if kinds[i] in ("text", "heading") and _standalone(kinds, i)
                   and boilerplate.running_head_key(ln.text) in heads_by_form)
    # a line beside a page line that comes back elsewhere, numbers aside: a running head (plain_forms.py)
    out.update(plain_forms.beside_page_lines([ln.text for ln in lines], boilerplate.names_its_page,
                                             boilerplate.running_head_key))
    boundary = [False] * len(lines)
    for i, ln in enumerate(lines):
        if kinds[i] == "page" or "\f" in ln.raw:
            boundary[i] = True
    if not any(boundary):
        return out
    for i in (i for i, b in enumerate(boundary) if b):  # the page's first line giving its number: its head
        j = i + 1
        while j < len(lines) and kinds[j] == "blank" and "\f" not in lines[j].raw:
            j += 1
        if j < len(lines) and kinds[j] in ("text", "heading") and _standalone(kinds, j) \
                and boilerplate.names_its_page(lines[j].text):
            out.add(j)
        k = i if lines[i].text else i - 1  # the page's last line before the feed: a head repeating its name
        while k >= 0 and kinds[k] == "blank":
            k -= 1
        if j < len(lines) and k >= 0 and j != k and kinds[j] in ("text", "heading") and _standalone(kinds, j) \
                and page_names.same_name(lines[j].text, lines[k].text):
            out.add(j)  # (page_names.py)
    counts: dict[str, int] = {}
    for ln, k in zip(lines, kinds):
        if k in ("text", "heading") and 8 <= len(ln.text) <= 120:
            counts[ln.text] = counts.get(ln.text, 0) + 1
    heads = set()
    for i, (ln, k) in enumerate(zip(lines, kinds)):
        if counts.get(ln.text, 0) < 2:
            continue
        j = i - 1  # the nearest non-blank line before
        while j >= 0 and kinds[j] == "blank" and "\f" not in lines[j].raw:
            j -= 1
        if j < 0 or boundary[j] or "\f" in ln.raw:
            heads.add(ln.text)
    out.update(i for i, ln in enumerate(lines) if kinds[i] in ("text", "heading") and ln.text in heads)
    return out


def _unnumbered_notes(lines: list[_Line], kinds: list[str]) -> set[int]:
    """In hard-wrapped text taken from a page: note text whose number went astray (a citation line
    ending "p. 27." next to the page's notes), with the wrapped lines before it that belong to it."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if kinds[i] != "text" or not _CITATION_END.search(ln.text):
            continue
        near = [kinds[j] for j in range(max(0, i - 3), min(len(lines), i + 4)) if j != i]
        if not any(k in ("fnum", "footdef", "blank") for k in near):
            continue
        out.add(i)
        j = i - 1
        while j >= 0 and i - j <= 3 and kinds[j] == "text" and not _TERMINAL.search(lines[j].text) \
                and not _NOTE_MARKER_END.search(lines[j].text) and len(lines[j].text) > 40:
            out.add(j)
            j -= 1
    return out


def _standalone(kinds: list[str], i: int) -> bool:
    return (i == 0 or kinds[i - 1] in ("blank", "rule")) and (i + 1 >= len(kinds) or kinds[i + 1] in ("blank", "rule"))


def _title_lines(lines: list[_Line], kinds: list[str]) -> set[int]:
    """A title in capitals wrapped over several lines at the top of a page ("AZERBAIJAN - RUSSIA
    RELATIONS:" / "IS THE FOREIGN POLICY" / …): one title, none of its lines a section heading."""
    first = next((i for i, k in enumerate(kinds) if k != "blank"), len(kinds))
    end = first
    while end < len(lines) and kinds[end] in ("text", "heading") and _in_capitals(lines[end].text):
        end += 1
    return set(range(first, end)) if end - first >= 2 else set()


def _in_capitals(t: str) -> bool:
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _blocks(lines: list[_Line], wrapping: tuple[bool, int] | None = None) -> list[_Block]:
    """The lines as blocks; ``wrapping``: _is_wrapped(lines), where the caller has it already."""
    wrapped, width = _is_wrapped(lines) if wrapping is None else wrapping
    kinds = [_classify_line(ln) for ln in lines]
    nonblank = sum(k != "blank" for k in kinds)
    # hard-wrapped text with (almost) no blank lines: paragraphs end where a sentence ends and the
    # next line starts a new one
    # (or no blank line anywhere after a sentence's end: the blank lines set only the head's lines apart)
    texts = [ln.raw.rstrip() for ln in lines]
    gaps = plain_forms.paragraph_gaps(texts, _TERMINAL.search) if wrapped else 0
    dense = wrapped and (kinds.count("blank") < 0.05 * nonblank or not gaps)
    # hard-wrapped text whose paragraphs are set apart by blank lines: a short line ending a sentence inside a
    # block is a wrap when the paragraph's full lines go on under it (plain_forms.py)
    spaced = wrapped and not dense
    fixed = plain_forms.fixed_table(texts)  # a fixed-width table's heading row, rows and rules (plain_forms.py)
    # paragraphs between blank lines filled at a width too wide for many lines to stop mid-sentence
    fill = wrap_lines.fill_width([ln.text for ln in lines], kinds) if not wrapped and wrap_lines.spaced(kinds) else 0
    # hard-wrapped paragraphs between blank lines: each run's own width (a text may be filled at several)
    runs = wrap_lines.run_widths(texts, kinds) \
        if wrapped and wrap_lines.spaced(kinds, 0.1) else None
    furniture = _furniture(lines, kinds)
    notes = _unnumbered_notes(lines, kinds) if wrapped else set()
    title = _title_lines(lines, kinds) if wrapped else set()
    blocks: list[_Block] = []
    cur: _Block | None = None
    footnote_mode = False
    page_foot = False  # after a footnote rule: notes until the page ends
    underlines: set[int] = set()  # the lines of "=" under a heading

    def close():
        nonlocal cur
        if cur and cur.lines:
            blocks.append(cur)
        cur = None

    def next_text(i):
        for j in range(i + 1, len(lines)):
            if kinds[j] != "blank" and j not in furniture:
                return lines[j].text
        return ""

    for i, (ln, kind) in enumerate(zip(lines, kinds)):
        t = ln.text
        if i in title:
            if cur is None:
                cur = _Block("title", [])
            cur.lines.append(ln)
            continue
        if cur is not None and cur.kind == "title":
            close()
        if i in fixed:  # a fixed-width table: its rows as a table's, its heading row as one's, no rule of the text
            close()
            if fixed[i] != "rule":
                blocks.append(_Block("table" if fixed[i] == "row" else "tablehead", [ln]))
            continue
        if i in furniture or "\f" in ln.raw:
            if page_foot or footnote_mode:
                close()
            page_foot = footnote_mode = False
            if i in furniture or not t:
                continue  # page furniture: the paragraph goes on after it
        if kind == "blank":
            if page_foot:
                continue
            close()
            footnote_mode = False
            continue
        if kind == "footrule":
            close()
            page_foot = True
            continue
        if page_foot:
            if cur is None or t[:1].isdigit() or kind in ("fnum", "footdef"):
                close()
                cur = _Block("footnote", [ln])
            else:
                cur.lines.append(ln)
            continue
        if i in notes:
            if cur is None or cur.kind != "footnote" or (i - 1 not in notes and kinds[i - 1] != "fnum"):
                close()
                cur = _Block("footnote", [ln])
            else:
                cur.lines.append(ln)
            footnote_mode = True
            continue
        if kind in ("rule", "endmark"):
            close()
            footnote_mode = False
            blocks.append(_Block(kind, [ln]))
            continue
        if kind == "tablerule":
            # the row above was the table's header: not body
            if blocks and blocks[-1].kind == "table":
                blocks[-1].kind = "tablehead"
            close()
            continue
        if kind == "table":
            close()
            blocks.append(_Block("table", [ln]))
            continue
        if kind == "heading":
            close()
            footnote_mode = False
            md = _md_heading(ln.raw)
            blocks.append(_Block("heading", [ln], heading_level=md[0] if md else 4))
            continue
        if kind in ("fnum", "footdef"):
            close()
            footnote_mode = True
            cur = _Block("footnote", [ln])
            continue
        if footnote_mode:
            # a wrapped page resumes with an indented line; until then we are in the footnotes
            if wrapped and ln.raw.startswith(" ") and not ln.raw.startswith("  "):
                close()
                footnote_mode = False
            else:
                cur.lines.append(ln)
                continue
        if i in underlines:
            continue  # a heading's underline: read with the heading
        if kind == "text" and _underlined(lines, i):
            close()  # a heading underlined with "=" (setext), whatever mark ends it ("KARS: A DRY PORT, AT LAST?")
            blocks.append(_Block("heading", [ln], heading_level=1))
            underlines.add(i + 1)
            continue
        if kind == "bullet" and _NUMBERED_HEADING.match(ln.raw) and _standalone(kinds, i) \
                and _looks_like_heading(t, next_text(i)):
            close()
            blocks.append(_Block("heading", [ln], heading_level=5))
            continue
        if kind == "bullet":
            if cur is None or not cur.bullet:
                close()
                cur = _Block("text", [], bullet=True)
            cur.lines.append(ln)
            continue
        if cur is not None and cur.bullet and wrapped and not ln.raw.startswith(" ") \
                and (not _TERMINAL.search(cur.lines[-1].text)
                     or spaced and plain_forms.wrap_runs_on(texts, i - 1, width, lambda x: bool(_BULLET.match(x)))):
            cur.lines.append(ln)  # a bullet item wrapped onto the next line
            continue
        prev_ended = cur is None or cur.bullet or bool(_TERMINAL.search(cur.lines[-1].text))
        max_len = int(0.9 * width) if wrapped else 90
        # the document's first line, standing alone: its title, whatever follows it
        first = not blocks and cur is None and _standalone(kinds, i) and not wrapped \
            and not (i + 1 < len(lines) and "\f" in lines[i + 1].raw)  # (a page break: the text goes on)
        if prev_ended and _looks_like_heading(t, "" if first else next_text(i), max_len) \
                and not (wrapped and "," in t) \
                and not (i + 1 < len(lines) and kinds[i + 1] == "text" and plain_forms.cut_clause(t)) \
                and not wrap_lines.wrapped_line(t, i + 1 < len(lines) and kinds[i + 1] == "text"
                                                and lines[i + 1].text, width if wrapped else 0):
            close()
            blocks.append(_Block("heading", [ln], heading_level=5))
            continue
        if cur is not None and cur.bullet:
            if wrapped and not _TERMINAL.search(cur.lines[-1].text) and t[:1].islower():
                cur.lines.append(ln)  # a wrapped bullet item
                continue
            close()
        if cur is not None and dense and _TERMINAL.search(cur.lines[-1].text) \
                and (t[:1].isupper() or t[:1] in _QUOTE_OPEN or ln.raw.startswith(" ")):
            close()  # a sentence ended at the line's end, and a new one starts the line (or the page)
        if cur is not None and wrapped and not cur.bullet and plain_forms.starts_field(ln.raw, cur.lines[-1].raw):
            close()  # a form's field after an indented paragraph, or a value under its label (plain_forms.py)
        if kind == "text" and wrap_lines.admonition_marker(ln.raw):
            close()  # a note's or callout's marker: a line of its own, its text under it
            blocks.append(_Block("text", [ln]))
            continue
        if cur is None:
            cur = _Block("text", [ln])
        elif wrapped:
            cur.lines.append(ln)
        else:
            # unwrapped text: one line, one paragraph, unless the sentence plainly runs on
            if not _TERMINAL.search(cur.lines[-1].text) \
                    and (t[:1].islower() or plain_forms.cut_clause(cur.lines[-1].text)) \
                    or kind == "text" and wrap_lines.filled(cur.lines[-1].text, t, fill):
                cur.lines.append(ln)  # (a clause cut off runs on, whatever case the next line opens with)
            else:
                close()
                cur = _Block("text", [ln])
        if wrapped and _TERMINAL.search(t) and len(ln.raw.rstrip()) < 0.85 * width and not _quote_open(cur) \
                and not (spaced and plain_forms.wrap_runs_on(texts, i, width, lambda x: bool(_BULLET.match(x)))) \
                and not (runs and i + 1 < len(lines) and kinds[i + 1] == "text"
                         and wrap_lines.full(ln.raw.rstrip(), lines[i + 1].text, min(width, runs[i] or width))):
            close()  # (a sentence ending a line short of the width ends the paragraph, but on a full line)
    close()
    return blocks


_EQUALS_LINE = re.compile(r"^\s*={3,}\s*$")


def _underlined(lines: list[_Line], i: int) -> bool:
    """A line of fifteen words at most with a line of "=" under it about as long (a markdown setext heading,
    the heading of a plain-text newsletter's section)."""
    if i + 1 >= len(lines) or not _EQUALS_LINE.match(lines[i + 1].text):
        return False
    t = lines[i].text
    return len(t.split()) <= 15 and abs(len(lines[i + 1].text.strip()) - len(t.strip())) <= 3


def _quote_open(block: _Block) -> bool:
    """A short block set apart (indented) that opened with a quotation mark not yet closed: a pull
    quote over a few lines, each a sentence perhaps, that goes on to its closing mark."""
    first = block.lines[0]
    if len(block.lines) > 5 or not first.raw.startswith("  ") or first.text[:1] not in "\"“«" \
            or not block.lines[-1].raw.startswith("  "):
        return False
    said = " ".join(ln.text for ln in block.lines)
    if said[0] == "\"":
        return said.count("\"") % 2 == 1
    return said.count(_QUOTE_PAIRS[said[0]]) < said.count(said[0])


_QUOTE_PAIRS = {"“": "”", "«": "»"}


_LINKS_MARK = re.compile(r"[|·•]")


def _study_citation(text: str) -> bool:
    """A study's citation set as a paragraph of its own outside a references section (study_citation.py): under
    a story that reports the study, no text of it; under a "References" heading it stays a reference."""
    if "(" not in text and "doi" not in text.lower():
        return False
    from azmap.corpus.study_citation import is_citation

    return is_citation(text)


def _links_line(text: str) -> bool:
    """boilerplate.is_links_line, not asked of a block without a separator (which no links line lacks)."""
    return bool(_LINKS_MARK.search(text)) and boilerplate.is_links_line(text)


# boilerplate.is_credit_line's two patterns as this prefilter was written for: one of these pieces is
# in every text either pattern finds (case aside; none has an i, k or s, whose capitals a
# case-blind pattern also finds among other letters). Where the patterns have changed, every
# block is asked.
_CREDIT_PATTERNS = (r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b",
                    r"\bCC[ -](?:BY|0)\b(?:[ -](?:SA|NC|ND))*|\bCreative Commons\b|\bGFDL\b|\bODbL\b|"
                    r"\bGNU Free Documentation\b")
_CREDIT_PIECES = ("©", "(c)", "copyr", "cc", "creat", "gfdl", "odbl", "gnu")
_CREDIT_PREFILTER = (boilerplate._COPYRIGHT.pattern, boilerplate._LICENCE.pattern) == _CREDIT_PATTERNS \
    and boilerplate._COPYRIGHT.flags & re.I and boilerplate._LICENCE.flags & re.I


def _credit_line(text: str) -> bool:
    """boilerplate.is_credit_line, not asked of a block that has none of the pieces its patterns need."""
    if _CREDIT_PREFILTER:
        low = lowered(text)
        if not any(map(low.__contains__, _CREDIT_PIECES)):
            return False
    return boilerplate.is_credit_line(text)


def _lines_of(blocks: list[_Block], i: int, beside: int) -> list[str] | None:
    """Block i's lines, where it is a block of text on the lines next to block ``beside``'s, no blank line
    between (a form's record beside it: plain_forms.py)."""
    if not (0 <= i < len(blocks) and blocks[i].kind == "text" and blocks[i].lines and blocks[beside].lines):
        return None
    first, second = (blocks[i], blocks[beside]) if i < beside else (blocks[beside], blocks[i])
    if second.lines[0].start > first.lines[-1].end + 1:
        return None
    return [ln.text for ln in blocks[i].lines]


def _classify_blocks(blocks: list[_Block], site: str | None = None) -> list[tuple[_Block, str, str]]:
    """(block, kind, heading) for each non-rule block; ``site``: the page's own site name, if known."""
    out = []
    heading = ""
    back_matter = site_tail = False
    fenced = False  # inside a fenced code block
    seen_body = False
    related = False  # under a related-news label after the text: its headlines, one a line (no sentence)
    about_box_style = None  # inside an "About this article" admonition: its syntax (about_box.py)
    texts = [b.text for b in blocks]
    # a short trailer after the last rule (series note, copyright) is not body
    trailer_from = len(blocks)
    rules = [i for i, b in enumerate(blocks) if b.kind == "rule"]
    if rules and rules[-1] > 0:
        after = blocks[rules[-1] + 1:]
        if after and all(b.kind == "text" for b in after) and sum(len(b.text) for b in after) < 600:
            trailer_from = rules[-1] + 1
    flat_texts = None
    counted: list = []

    def doc_words():  # the document's words, counted once when first needed
        if not counted:
            counted.append(boilerplate.word_counts(texts))
        return counted[0]

    joined: list = []
    quoted: list = []  # the blocks' words joined, for a quoted block to be looked for before it

    def text_after(i):  # the blocks' texts joined once when first needed, and where block i + 1 starts
        if not joined:
            joined.append("\n".join(texts))
        return joined[0], len(joined[0]) - after[i] - (len(texts) - 1 - i)

    plains: list = [None] * len(blocks)

    def plain_of(k):  # a block's text without its markup, cleaned once
        if plains[k] is None:
            plains[k] = clean_inline(texts[k])
        return plains[k]

    by_form, in_group = _furniture_by_form(blocks, texts, plain_of)
    after = [0] * (len(blocks) + 1)  # the length of the text after each block
    for j in range(len(blocks) - 1, -1, -1):
        after[j] = after[j + 1] + (len(texts[j + 1]) if j + 1 < len(blocks) else 0)
    # whether a paragraph of prose comes after each block: a page's tail ("Related articles", "Share
    # this") has none after it, so a label with prose still to come is only a line of furniture
    prose_after = [False] * (len(blocks) + 1)
    for j in range(len(blocks) - 1, -1, -1):
        prose_after[j] = prose_after[j + 1] or (j + 1 < len(blocks) and j + 1 not in by_form
                                                and _is_running_text(blocks[j + 1], texts[j + 1]))

    def starts_tail(i):
        return seen_body and not prose_after[i]
    asked = _asked(blocks)  # a Q&A page's questions set as headings: paragraphs (questions.py)
    for i, b in enumerate(blocks):
        if b.kind == "endmark":
            trailer_from = min(trailer_from, i)
        if b.kind in ("rule", "endmark"):
            continue
        if b.kind == "title":
            out.append((b, "boilerplate", heading))
            continue
        t = texts[i]
        fenced_here = markdown_marks.fences("\n".join(ln.raw for ln in b.lines)) \
            if fenced or "`" in t or "~" in t else 0
        if fenced or (fenced_here and _FENCE_OPEN.match(t)):  # a fenced code block: no paragraph (documents6)
            fenced = fenced != (fenced_here % 2 == 1)  # (open until a fence closes it, blank lines within)
            out.append((b, "boilerplate", heading))
            continue
        if t[-1:] == ":" and len(b.lines) == 1 and i + 1 < len(blocks) \
                and _FENCE_OPEN.match(blocks[i + 1].lines[0].raw):
            out.append((b, "boilerplate", heading))  # a line leading in to a code block ("please cite it as:")
            continue
        plain = plain_of(i)
        if t[:1] == ">" and (_CLIPPED_EXCERPT.match(t) or i and _CLIPPED_EXCERPT.match(texts[i - 1])):
            out.append((b, "boilerplate", heading))  # a web clipper's excerpt of the page, in a quote under its label
            continue
        if newsletter.is_mail_furniture(plain, texts[i - 1] if i else "", texts[i + 1] if i + 1 < len(texts) else ""):
            out.append((b, "boilerplate", heading))  # a letter's lines about itself and its sponsor (newsletter.py)
            continue
        if b.kind == "text" and plain_forms.is_record(
                [ln.text for ln in b.lines], _lines_of(blocks, i - 1, i), _lines_of(blocks, i + 1, i)):
            out.append((b, "boilerplate", heading))  # a form's fields in a run: a record, no prose (plain_forms.py)
            continue
        if b.kind in ("table", "tablehead"):
            kind = BODY if b.kind == "table" and not (back_matter or site_tail or boilerplate.is_label_row(t)) \
                else "boilerplate"
            seen_body = seen_body or kind == BODY
            out.append((b, kind, heading))
            continue
        if i >= trailer_from or _TRAILER.match(plain):
            out.append((b, "boilerplate", heading))
            continue
        if about_box_style and b.kind != "heading" and about_box.inside(about_box_style, b.lines[0].raw):
            if about_box.closes(b.lines[0].raw):  # (the fenced box's closing line)
                about_box_style = None
            out.append((b, "boilerplate", heading))  # the "About this article" box's note (about_box.py)
            continue
        about_box_style = about_box.opening(b.lines[0].raw) if b.kind == "text" and len(b.lines) == 1 \
            and (":::" in t or "!!!" in t or "[!" in t) else None
        if about_box_style:
            out.append((b, "boilerplate", heading))
            continue
        imaged = "](" in texts[i - 1] or "][" in texts[i - 1] if i else False  # (an inline image or a reference's)
        if imaged and b.kind == "text" and len(b.lines) == 1 and md_caption.caption_block(
                texts[i - 1], t, md_caption.is_italic(t), texts[i + 1] if i + 1 < len(blocks) else None,
                blocks[i + 1].lines[0].start - b.lines[-1].end if i + 1 < len(blocks) and blocks[i + 1].lines else None):
            out.append((b, "caption", heading))  # an image's italic caption line under it (md_caption.py)
            continue
        if b.kind == "text" and _is_pull_quote(plain):
            if flat_texts is None:
                flat_texts = [_words(plain_of(j)) for j in range(len(texts))]
            inner = _words(plain)
            if any(inner in x and j != i and len(x) > len(plain) for j, x in enumerate(flat_texts)):
                out.append((b, "caption", heading))  # a pull quote: repeated from the body
                continue
        if i in asked and not (back_matter or site_tail):
            seen_body = True
            out.append((b, BODY, heading))
            continue
        related = related and _headline_line(b, plain)
        if related or (seen_body and (b.kind == "heading" or b.kind == "text" and len(b.lines) == 1
                                      and plain.rstrip().endswith(":"))  # (a label line's colon: "Related:")
                       and boilerplate.is_related_label(plain.rstrip(":"))
                       and i + 1 < len(blocks) and _headline_line(blocks[i + 1], plain_of(i + 1))):
            related = True  # "Oxşar xəbərlər", "Related news" and the headlines under it, each a line of its own
            out.append((b, "boilerplate", heading))
            continue
        if b.kind == "heading":
            title = _heading_title(b.lines[0].raw).strip()
            title = clean_inline(title).rstrip(":").strip()
            if _BACK_MATTER.match(title) and not (back_matter_sources(title) and i + 1 < len(blocks)
                                                  and blocks[i + 1].kind == "text" and not blocks[i + 1].bullet
                                                  and back_matter_prose(plain_of(i + 1))):
                back_matter = True  # (prose under "Sources": a section of the text, back_matter.py)
            # (a heading over the page's tail: after the body, whatever follows it)
            if seen_body and (_SITE_TAIL.match(title) or boilerplate.opens_about_section(title)):
                site_tail = True
            if _links_line(title) or _credit_line(title) or i in in_group:
                # a related-links or credit line standing alone: furniture, and after the body the tail
                site_tail = site_tail or (starts_tail(i) and after[i] < 600)
                out.append((b, "boilerplate", heading))
                continue
            if not back_matter and not site_tail:
                heading = title
                out.append((b, "heading", heading))
            else:  # "You may also like", "Latest working papers": shown as what they are, never as a heading
                out.append((b, "boilerplate" if site_tail else "reference", heading))
            continue
        if b.kind == "footnote":
            kind = "footnote"
        elif site_tail or (seen_body and after[i] < 1500 and boilerplate.opens_about_section(b.lines[0].text)):
            site_tail = True
            kind = "boilerplate"
        elif _SITE_TAIL.match(plain) and _site_tail_label(plain):
            site_tail = starts_tail(i)  # the page's tail begins, or a line of furniture with the text going on
            kind = "boilerplate"
        elif _links_line(plain):
            # related links; after the body, with little text left, the page's tail begins here
            site_tail = site_tail or (starts_tail(i) and after[i] < 600)
            kind = "boilerplate"
        elif _credit_line(plain) or (plain[:1] == "P" and _PAGE_FURNITURE.match(plain)) \
                or markdown_marks.is_image_line(t) \
                or (not seen_body and boilerplate.is_hatnote(plain)) \
                or boilerplate.names_the_site(plain, site) or boilerplate.is_editorial_note(plain) \
                or boilerplate.is_record_notice(plain) or (seen_body and meeting_lines.is_next_meeting(plain)) \
                or (seen_body and (episode_lines.is_credits(plain) or episode_lines.is_next_episode(plain)
                                   or pager_line.is_pager(plain))) \
                or (seen_body and after[i] < 400 and not prose_after[i] and not _runs_on_from_body(blocks, i, out)
                    and boilerplate.has_line_words(plain) and not _CAPTION_START.match(plain)
                    and boilerplate.in_another_language(plain, doc_words())) \
                or (seen_body and after[i] < 600 and _runs_into_credit(blocks, i, plain_of)) \
                or (seen_body and after[i] < 400 and boilerplate.is_subscription_note(plain)) \
                or boilerplate.is_other_furniture(plain, [ln.text for ln in b.lines], seen_body) \
                or participants.people_list([ln.text for ln in b.lines], heading) \
                or transcript_note.is_note(plain, not seen_body and transcript_note.set_apart(t)) \
                or (not seen_body and transcript_note.capitals_note(plain, next(
                    (plain_of(j) for j in range(i + 1, min(i + 4, len(blocks))) if len(plain_of(j).split()) >= 8), ""))) \
                or ((not seen_body or after[i] < 400) and transcript_note.is_edited_note(plain)) \
                or thanks_line.is_thanks(plain) \
                or (b.bullet and makers_list.is_heading(heading or "")
                    and makers_list.makers([ln.text for ln in b.lines])) \
                or signatures.is_editing_note(plain) or register_notice.furniture_field(plain) \
                or _quotes_earlier(b, plain, i, plain_of, len(texts), quoted) \
                or (not seen_body and t[:1] == ">" and head_note.is_head_note(t)) \
                or (b.bullet and not seen_body and _contents_run(blocks, i, text_after)) \
                or (not back_matter and _study_citation(plain)):
            kind = "boilerplate"
        elif back_matter:
            kind = "reference"
        elif b.kind == "text" and len(b.lines) == 1 and len(plain) < 240 and plain[-1:] in ",!:" \
                and _SALUTATION.match(plain):
            kind = "boilerplate"  # a speech's salutation: its own passage, no paragraph of the speech
        elif _KEYWORDS.match(t) or _BYLINE.match(plain) or _ITALIC_LINE.match(t) or _NAVIGATION.match(plain):
            kind = "boilerplate"
        elif b.bullet and (all(len(clean_inline(ln.text).split()) <= 4 for ln in b.lines)
                           or (i and boilerplate.is_related_label(plain_of(i - 1)))) \
                and not all(_TERMINAL.search(ln.text) and not ln.text.rstrip().endswith(":") for ln in b.lines):
            # a list of short links, or the list under a "See also" label (a list of short sentences,
            # "- Bring water.", is the text's)
            kind = "boilerplate"
        elif _CAPTION_START.match(plain) or (plain[:1] in "TFB" and _SET_APART.match(plain)) \
                or markdown_marks.is_table_caption(plain, (
                blocks[i - 1].kind if i else None, blocks[i + 1].kind if i + 1 < len(blocks) else None)) \
                or (i + 1 < len(texts) and texts[i + 1] == t) or (i > 0 and texts[i - 1] == t):
            kind = "caption"
        elif _looks_like_caption(plain):
            kind = "caption"
        elif i in by_form and not words.HEREINAFTER.search(plain):  # (an agreement's parties' clause: its text)
            kind = "boilerplate"  # furniture by its form: a menu, a ticker, a promo, a box (furniture_form.py)
        elif len(plain.split()) < 6 and not b.bullet and not _SHORT_SENTENCE.match(plain) \
                and not (_STAMP.sub("", plain)[:1].isupper() and _SPEAKER_TURN.match(_STAMP.sub("", plain))) \
                and not (seen_body and plain.endswith(":") and (_CLAUSE_OPENING.match(plain)  # "Have agreed as follows:"
                                                                 or treaty.agreed_line(plain))):
            kind = "boilerplate" if not seen_body else "fragment"
        elif 0 < i < len(blocks) - 1 and blocks[i - 1].kind == "rule" and blocks[i + 1].kind == "footnote":
            kind = "footnote"  # a note at the page's foot, over its numbered notes ("Paper prepared for ...")
        else:
            kind = BODY
            seen_body = True
        out.append((b, kind, heading))
    return out


def _asked(blocks: list[_Block]) -> set[int]:
    """The heading blocks that are a Q&A page's questions, each answered by the text under it."""
    if not any(b.kind == "heading" and questions.ASKED_MARKS.intersection(b.lines[0].text) for b in blocks):
        return set()
    heads = [(i, clean_inline(_heading_title(b.lines[0].raw)).strip(), b.heading_level)
             for i, b in enumerate(blocks) if b.kind == "heading"]
    answered = set()
    for i, _, _ in heads:
        j = next((j for j in range(i + 1, len(blocks)) if blocks[j].kind != "rule"), None)
        if j is not None and blocks[j].kind == "text":
            answered.add(i)
    return questions.question_headings(heads, answered)


def _contents_run(blocks: list[_Block], i: int, text_after) -> bool:
    """Whether bulleted block i lists what follows (boilerplate.is_contents_list): its own lines, or the run of
    one-line items it stands in, set apart by blank lines (a slide deck's outline of its later slides' titles)."""
    if len(blocks[i].lines) >= 2:
        return boilerplate.is_contents_list([ln.text for ln in blocks[i].lines], *text_after(i))
    lo = hi = i
    while lo > 0 and blocks[lo - 1].bullet and len(blocks[lo - 1].lines) == 1 and i - lo <= 40:
        lo -= 1
    while hi + 1 < len(blocks) and blocks[hi + 1].bullet and len(blocks[hi + 1].lines) == 1 and hi - lo <= 40:
        hi += 1  # (a contents list has 40 items at most: a longer run is none, and is not walked to its end)
    items = [re.sub(r"^\s*[-*+•]\s+", "", blocks[j].lines[0].text) for j in range(lo, hi + 1)]
    return hi > lo and boilerplate.is_contents_list(items, *text_after(hi))


def _furniture_by_form(blocks: list[_Block], texts: list[str], plain_of) -> tuple[set[int], set[int]]:
    """The blocks that are page furniture by their form alone (furniture_form.py), and among them
    those that are so as a group (a box a button closes, a label over a list of headlines), which
    stand for furniture even where a line of theirs was read as a heading. ``plain_of(i)``: block
    i's text without its markup."""
    lone: set[int] = set()
    group: set[int] = set()
    n = len(blocks)
    around: list = []

    def text_around():  # whether running text comes before block k, and after it; worked out once, when asked
        if not around:
            running = [_is_running_text(blocks[k], texts[k]) for k in range(n)]
            before, after = [False] * n, [False] * n
            for k in range(1, n):
                before[k] = before[k - 1] or running[k - 1]
            for k in range(n - 2, -1, -1):
                after[k] = after[k + 1] or running[k + 1]
            around.extend((before, after))
        return around

    i = 0
    while i < n:
        b = blocks[i]
        if b.kind in ("text", "heading") and b.lines:
            j = i  # the blocks run together with this one (no blank line between), as far as a box
            while j + 1 < n and j - i < _BOX_MOST and blocks[j + 1].kind in ("text", "heading") \
                    and blocks[j + 1].lines and not blocks[j + 1].bullet and not b.bullet \
                    and blocks[j + 1].lines[0].start <= blocks[j].lines[-1].end + 1:
                j += 1
            if i < j < i + _BOX_MOST and furniture_form.is_box([plain_of(k) for k in range(i, j + 1)]):
                group.update(range(i, j + 1))
                i = j + 1
                continue
        if b.kind == "text" and not b.bullet and b.lines and i + 1 < n and blocks[i + 1].bullet \
                and len(b.lines) == 1 and blocks[i + 1].lines[0].start <= b.lines[-1].end + 1 \
                and (_NUMBERED_ITEMS.match(blocks[i + 1].lines[0].raw) or all("](" in ln.raw for ln in blocks[i + 1].lines)
                     or not text_around()[1][i + 1] or not text_around()[0][i]) \
                and furniture_form.is_headline_list(
                    plain_of(i), [clean_inline(ln.text) for ln in blocks[i + 1].lines]):
            # (a list of headlines numbered, or links, or with no text before or after it: "What to
            # pack" over a list between paragraphs is the text's)
            group.update((i, i + 1))
            i += 2
            continue
        if b.kind == "text" and not b.bullet and not furniture_form.quick_reject(texts[i]):
            plain = plain_of(i)
            if plain and furniture_form.is_form_line(plain):
                lone.add(i)
        i += 1
    found = lone | group
    found |= _repeated_lines(blocks, texts, found)
    return found, group


_NUMBERED_ITEMS = re.compile(r"^\s*\d{1,2}[.)]\s")
# a box holds at most this many blocks (furniture_form.is_box): a longer run is looked at no further, so
# that a document of thousands of lines run together costs as many steps, not their square
_BOX_MOST = 5


def _repeated_lines(blocks: list[_Block], texts: list[str], found: set[int]) -> set[int]:
    """Short blocks (30 words at most) that come again, not next to each other, in the document: a
    site's name or its line about itself at the head and the foot. A repeated line that ends a
    sentence only where it stands both before the first paragraph of text and after the last (a
    refrain in the text, "We waited.", stays)."""
    counts = Counter(texts)
    repeated = {t for t, c in counts.items() if c > 1 and t and t.count(" ") < 30}
    if not repeated:
        return set()
    places: dict[str, list[int]] = {}
    for k, b in enumerate(blocks):
        if texts[k] in repeated and b.kind == "text" and not b.bullet:
            places.setdefault(texts[k], []).append(k)
    running = [k for k, b in enumerate(blocks) if k not in found and _is_running_text(b, texts[k])]
    out: set[int] = set()
    for t, at in places.items():
        if len(at) < 2 or any(b - a == 1 for a, b in zip(at, at[1:])):
            continue
        # the text around it, without it: its first and last block (each found in as many steps as the
        # line itself opens or closes the text, so that many repeated lines cost no more than the text)
        first = next((k for k in running if texts[k] != t), None)
        last = next((k for k in reversed(running) if texts[k] != t), None)
        if first is not None and (not _TERMINAL.search(t) or (at[0] < first and at[-1] > last)):
            out.update(at)
    return out


def _is_running_text(block: _Block, text: str) -> bool:
    """Prose (_is_prose), or a block every line of which ends a sentence: a short paragraph, a
    transcript's turns ("AYDIN: Yes."), a list of sentences ("- Bring water.") — the body goes on
    after a line of furniture before it."""
    if _is_prose(block, text):
        return True
    return block.kind == "text" and len(text.split()) >= 2 and all(_ends_sentence(ln.text) for ln in block.lines)


def _ends_sentence(line: str) -> bool:
    """A line that ends a sentence, whatever quotation mark closes it („…“ too), not a label's colon."""
    end = line.rstrip().rstrip("\"”’'»)]“")
    return end[-1:] in (".", "!", "?", "…", ";")


def _runs_on_from_body(blocks: list[_Block], i: int, out: list) -> bool:
    """Whether block i follows a body block without a blank line between (a transcript's next turn)."""
    return bool(i and out and out[-1][1] == BODY and out[-1][0] is blocks[i - 1] and blocks[i].lines
                and blocks[i - 1].lines and blocks[i].lines[0].start <= blocks[i - 1].lines[-1].end + 1)


def _headline_line(block: _Block, plain: str) -> bool:
    """A headline alone on its line, as a page's list of related stories gives them: a short line that is
    no sentence (no full stop at its end), no list's item."""
    return len(block.lines) == 1 and not block.bullet and block.kind in ("heading", "text") \
        and 2 <= len(plain.split()) <= 16 and not plain.rstrip().endswith((".", ":", ";", ","))


def _site_tail_label(plain: str) -> bool:
    """A "You may also like", "Read more" or "Share this" label: alone, before a colon or an arrow, or
    short ("Share this article"), not the start of a sentence ("Read more slowly, the teacher said")."""
    rest = plain[_SITE_TAIL.match(plain).end():].strip()
    return not rest or rest[0] in ":›»…>|" or len(plain.split()) <= 4 and not _TERMINAL.search(plain)


def _is_prose(block: _Block, text: str) -> bool:
    """A paragraph of prose: a text block (no list) of a dozen words or more that ends a sentence."""
    return block.kind == "text" and not block.bullet and len(text) > 60 and text.count(" ") >= 11 \
        and bool(_TERMINAL.search(text))


def _quotes_earlier(block: _Block, plain: str, i: int, plain_of, n: int, cache: list) -> bool:
    """A quoted block ("> " on every line) whose words are all in the text before it (its last
    50,000 characters): a reply quoting an earlier message, not new text. ``plain_of(k)``: block k's
    text without its markup (of ``n`` blocks); ``cache`` keeps the blocks' words, joined once, from
    one quoted block to the next."""
    if not block.lines or not all(ln.raw.lstrip().startswith(">") for ln in block.lines):
        return False
    words = _words(plain)
    if not words:
        return False
    if not cache:
        flats = [_words(plain_of(k)) for k in range(n)]
        starts = [0]
        for f in flats:
            starts.append(starts[-1] + len(f) + 1)
        cache.append(("\n".join(flats), starts))
    joined, starts = cache[0]
    return joined.find(words, max(0, starts[i] - 50_000), starts[i]) >= 0


def _runs_into_credit(blocks: list[_Block], i: int, plain_of) -> bool:
    """Whether block i runs on, without a blank line, into a credit line (a page's or a message's
    foot: the sender's name, "You received this because …", "© 2025 …"). ``plain_of(k)``: block k's
    text without its markup."""
    j = i
    while j + 1 < len(blocks) and blocks[j + 1].lines and blocks[j].lines \
            and blocks[j + 1].lines[0].start <= blocks[j].lines[-1].end + 1:
        j += 1
        if _credit_line(plain_of(j)):
            return True
    return False


def _is_pull_quote(t: str) -> bool:
    return 8 < len(t) < 300 and t[0] in _QUOTE_OPEN and t[-1] in _QUOTE_CLOSE


def _looks_like_caption(t: str) -> bool:
    """Photo credits and captions: short, no full stop, often a credit in parentheses."""
    if len(t) > 160:
        return False
    if t.endswith("("):
        return True
    if re.search(r"\((?:[A-Z][\w .'/-]*)\)\s*$", t) and not re.search(r"[.!?]\s", t):
        return True
    return bool(re.search(r"(press office|getty images|shutterstock|bigstock|reuters|photo by)\)?\s*$", t, re.I))


def segment(text: str, *, markdown: bool = True, site: str | None = None) -> list[Passage]:
    """Split a document into passages. Body passages are those a reader would call paragraphs.
    ``site``: the name of the site or publisher the page comes from (its own lines are furniture)."""
    known: list = []
    lines, cuts = _document_lines(text, known)
    if markdown and text.startswith(("---", "+++")):  # front matter (YAML's, TOML's) is the document's metadata
        from azmap.corpus.metadata import front_matter

        body_from = front_matter(text)[1]
        lines = [ln for ln in lines if ln.start >= body_from]
        known = []  # (other lines)
    if markdown and "%%" in text:  # a vault note's comments are no lines of its text
        lines = markdown_marks.outside_comments(lines)
        known = []
    if markdown and "![" in text:  # an image's italic caption with a credit run on: cut in two (md_caption.py)
        split = md_caption.split_credits(lines, _Line)
        lines, known = split, known if len(split) == len(lines) else []
    wrapping = known[0] if known else _is_wrapped(lines)
    wrapped = wrapping[0]
    classified = _classify_blocks(_blocks(lines, wrapping), site)
    # the document's words and their counts, read where a passage first asks (most never do)
    vocabulary = _OnDemand(lambda: _vocabulary(text))
    counts = _OnDemand(lambda: Counter(re.findall(r"\w+", text)))
    refs = has_notes(classified)
    spaced = refs and numbered_notes(classified)  # a bracketed number after a space: a note's mark (ref_marks.py)
    quoted = None
    if cuts:
        vocabulary, counts = vocabulary.value, counts.value
        quoted = _QuotedText(text, lines, cuts, counts)
    passages: list[Passage] = []
    last_body: Passage | None = None
    last_note: Passage | None = None
    stems = None  # the document's words by stem, made when first needed
    lower_case = _written_in_lower_case(classified)
    articles = None  # whether the text is divided into articles, found when first needed
    for block, kind, heading in classified:
        if kind == "heading":
            if not _page_head(text, last_body, block) and not _page_foot(text, last_body, block):
                last_body = None  # a paragraph never runs on across a heading (a page's running head or folio is none)
            continue
        if block.kind == "heading" and _BACK_MATTER.match(clean_inline(_heading_title(block.lines[0].raw))):
            continue  # the "References" heading itself
        span = (block.lines[0].start, block.lines[-1].end)
        if block.kind == "heading" and kind == BODY:  # a question set as a heading (questions.py): its words
            md = _MD_HEADING.match(block.lines[0].raw)
            span = (span[0] + (md.end() if md else 0), span[1])
        if block.kind in ("table", "tablehead"):
            span = _table_row_span(text, span)
        if block.bullet and not wrapped:
            # a markdown list: each item one passage, without its marker
            items = _bullet_items(block, text)
            if articles is None:
                articles = bool(_ARTICLE_HEADING.search(text)) or _paragraph_numbering(classified, text)
            for item in items:
                m = _BULLET.match(item.raw)
                start = item.start + (m.end() if m and not (articles and _numbered_paragraph(items, item)) else 0)
                while start < item.end and text[start].isspace():
                    start += 1
                start = markdown_marks.after_task_box(text, start, item.end)  # "[ ] ", "[x] ": no words
                display = _repair_hyphens(clean_inline(text[start:item.end], markdown=markdown, glued_refs=refs,
                                                       spaced_refs=spaced),
                                          vocabulary)
                if display:
                    passages.append(Passage(seq=len(passages), kind=kind, heading=heading, text=display,
                                            spans=[(start, item.end)]))
            last_body = None
            continue
        if span[1] - span[0] > MAX_PARAGRAPH_CHARS and not block.bullet \
                and not (quoted is not None and quoted.touches(span)):
            # longer than any paragraph a reader writes: a passage for each stretch of whole sentences
            for s, e in _long_paragraph_pieces(text, span):
                display = _repair_hyphens(clean_inline(text[s:e], markdown=markdown, glued_refs=refs,
                                                       spaced_refs=spaced), vocabulary)
                if display:
                    passages.append(Passage(seq=len(passages), kind=kind, heading=heading, text=display,
                                            spans=[(s, e)]))
            last_body = None
            continue
        spans = [span]
        if block.bullet:
            display = "\n".join(clean_inline(ln.raw, markdown=markdown, glued_refs=refs, spaced_refs=spaced)
                                for ln in _bullet_items(block, text))
        elif quoted is not None and quoted.touches(span):
            display, spans = quoted.read(block, lambda s: clean_inline(s, markdown=markdown, glued_refs=refs,
                                                                       spaced_refs=spaced),
                                         vocabulary, counts)
        else:
            display = clean_inline(text[span[0]:span[1]], markdown=markdown, glued_refs=refs, spaced_refs=spaced)
        display = _repair_hyphens(display, vocabulary)
        if kind == "caption" and display[:1] == "_" and md_caption.is_italic(display):
            display = display[1:-1]  # a caption in underscores' italics, its marks off (snake_case keeps them elsewhere)
        note = None
        if kind == BODY and "(" in display and len(display) > 40:
            bare = _REACTION.sub("", display).strip()
            if bare != display and bare:
                note = "audience reactions in brackets left out"
                display = bare
        if not display:
            continue
        if _URL_ONLY.match(display) and last_note is not None and not _TERMINAL.search(last_note.text):
            # a note's address carried over to the foot of the next page: the note goes on
            last_note.text += " " + display
            last_note.spans.extend(spans)
            continue
        if kind == BODY and last_body is not None and not lower_case \
                and _continues(last_body.text, display, "\f" in text[last_body.end:spans[0][0]],
                               _only_blank_between(text, last_body.end, spans[0][0])) \
                and len(last_body.text) + len(display) < MAX_PARAGRAPH_CHARS \
                and not (last_body.text.count(" ") < 12 and _only_blank_between(text, last_body.end, spans[0][0])):
            # (a line of a title's length with no full stop and a blank line after it is a heading's or
            # a label's, not a paragraph a page cut: only a page break or its furniture between says so)
            last_body.text = _repair_hyphens(_join(last_body.text, display, vocabulary, counts), vocabulary)
            last_body.spans.extend(spans)
            continue
        p = Passage(seq=len(passages), kind=kind, heading=heading, text=display, spans=spans)
        if note:
            p.notes.append(note)
        if kind == BODY and display[:1].islower() and not lower_case \
                and (last_body is None or _TERMINAL.search(last_body.text)):
            if stems is None:
                stems = _stems(vocabulary)
            restored = _lost_capital(display, vocabulary, counts, stems)
            if restored:
                lost, found = display.split(None, 1)[0], restored.split(None, 1)[0]
                p.notes.append(f"restored initial capital: '{lost}' → '{found}'")
                p.text = restored
        passages.append(p)
        if kind == "footnote":
            last_note = p
        if kind == BODY:
            last_body = p
        elif kind not in ("footnote", "caption", "fragment") and not _page_head(text, last_body, block) \
                and not _page_foot(text, last_body, block):
            last_body = None
    return passages


def _page_head(text: str, last_body: Passage | None, block: _Block) -> bool:
    """Whether a block of a line or two stands at the head of the page after the last body paragraph (a form
    feed between them): the page's running head, over the rest of a paragraph the page cut."""
    return last_body is not None and len(block.lines) <= 2 and "\f" in text[last_body.end:block.lines[0].start]


def _page_foot(text: str, last_body: Passage | None, block: _Block) -> bool:
    """Whether a block of a line or two stands at the foot of the page under the last body paragraph (a form
    feed right under it): the page's folio, under a paragraph the page cut."""
    return last_body is not None and len(block.lines) <= 2 \
        and text[block.lines[-1].end:block.lines[-1].end + 8].lstrip(" \t\r\n").startswith("\f")


def _long_paragraph_pieces(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A paragraph longer than MAX_PARAGRAPH_CHARS cut into stretches no longer: each ends at the
    last sentence end of its second half, else at its last space, else where the limit falls.
    Each cut looks at half a limit of text once: linear in the paragraph."""
    s, end = span
    pieces = []
    while end - s > MAX_PARAGRAPH_CHARS:
        low, high = s + MAX_PARAGRAPH_CHARS // 2, s + MAX_PARAGRAPH_CHARS
        cut = None
        for m in _SENTENCE_END.finditer(text, low, high):
            cut = m.end()
        if cut is None:
            space = max(text.rfind(" ", low, high), text.rfind("\n", low, high))
            cut = space + 1 if space > 0 else high
        pieces.append(_strip_span(text, s, cut))
        s = cut
    pieces.append(_strip_span(text, s, end))
    return [p for p in pieces if p[0] < p[1]]


_URL_ONLY = re.compile(r"^<?(?:https?://|www\.)\S+?>?[.,;]?$")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly", "ers", "er", "ment", "ments")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


class _Stems:
    """The document's words by stem: ``get(stem)`` gives the words whose stem it is. A word begins
    with its stem, so only the words (in sorted order) that begin with a stem asked about are read."""

    __slots__ = ("_sorted", "_known")

    def __init__(self, vocabulary: set[str]):
        self._sorted = sorted(vocabulary)
        self._known: dict[str, set[str]] = {}

    def get(self, stem: str, default=None):
        got = self._known.get(stem)
        if got is None:
            words, got = self._sorted, set()
            for k in range(bisect_left(words, stem), len(words)):
                if not words[k].startswith(stem):
                    break
                if _stem(words[k]) == stem:
                    got.add(words[k])
            self._known[stem] = got
        return got if got else default


def _stems(vocabulary: set[str]) -> _Stems:
    return _Stems(vocabulary)


def _lost_capital(text: str, vocabulary: set[str], counts: Counter, stems: _Stems) -> str | None:
    """A paragraph that starts a sentence with what is left of a word whose first letter was lost
    (a drop capital the text layer dropped: "onsidering both ..."): the text with the letter put
    back, when exactly one capital letter makes the rest a word the document uses (as it is or in
    another form, "considered" for "considering") and the rest alone is no word of the document."""
    first = re.match(r"[a-z]+", text)
    if not first or len(first.group(0)) < 4:
        return None
    rest = first.group(0)
    if counts.get(rest, 0) + counts.get(rest.capitalize(), 0) > 1:
        return None  # the rest is a word the document uses elsewhere
    found = [c for c in "abcdefghijklmnopqrstuvwxyz"
             if c + rest in vocabulary or stems.get(_stem(c + rest), set()) - {rest}]
    if len(found) != 1:
        return None
    return found[0].upper() + text


def _written_in_lower_case(classified) -> bool:
    """A text whose paragraphs mostly start in lower case (a casual blog): there a lower-case start
    says nothing about a paragraph running on from the one before."""
    starts = [b.text.lstrip("*_\"“‘'([")[:1] for b, kind, _ in classified if kind == BODY and not b.bullet]
    starts = [c for c in starts if c.isalpha()]
    return len(starts) >= 3 and sum(c.islower() for c in starts) > len(starts) / 2


def _document_lines(text: str, known: list | None = None) -> tuple[list[_Line], list[tuple[int, int]]]:
    """The lines of the text, without the pull quotes run into them (and the stretches cut out).
    ``known``: given, it gets _is_wrapped of the lines returned where that was read on the way."""
    lines = _lines(text)
    if not any(mark in text for mark in "“«\""):
        return lines, []
    wrapping = _is_wrapped(lines)
    cuts = pullquote.find(text, [ln.start for ln in lines]) if wrapping[0] else []
    if not cuts:
        if known is not None:
            known.append(wrapping)
        return lines, []
    return _cut_lines(text, lines, cuts), cuts


def _cut_lines(text: str, lines: list[_Line], cuts: list[tuple[int, int]]) -> list[_Line]:
    """Each line touched by a cut keeps what is left of it as pieces; a line left empty goes."""
    out: list[_Line] = []
    k = 0
    for ln in lines:
        while k < len(cuts) and cuts[k][1] <= ln.start:
            k += 1
        pieces, pos, touched = [], ln.start, False
        j = k
        while j < len(cuts) and cuts[j][0] < max(ln.end, ln.start + 1):
            s, e = cuts[j]
            touched = True
            if s > pos:
                pieces.append((pos, min(s, ln.end)))
            pos = max(pos, e)
            j += 1
        if not touched:
            out.append(ln)
            continue
        if pos < ln.end:
            pieces.append((pos, ln.end))
        pieces = [p for p in (_strip_span(text, s, e) for s, e in pieces) if p[0] < p[1]]
        if pieces:
            out.append(_Line(pieces[0][0], pieces[-1][1], " ".join(text[s:e] for s, e in pieces),
                             pieces=tuple(pieces)))
    return out


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


class _QuotedText:
    """Reading a paragraph that pull quotes were cut out of: its pieces, and how they join."""

    def __init__(self, text: str, lines: list[_Line], cuts: list[tuple[int, int]], counts: Counter):
        self.text, self.cuts, self.counts = text, cuts, counts
        self.cut_starts = [s for s, _ in cuts]
        self.vocabulary = self._vocabulary(lines)

    def _vocabulary(self, lines: list[_Line]) -> set[str]:
        """The words of the document outside the pull quotes, leaving out the words next to a cut
        (perhaps halves of a word the quote split: "Elchi", "bey") and a lone word left of a line."""
        text = self.text
        kept = []
        for ln in lines:
            if not ln.pieces:
                kept.append(ln.raw)
                continue
            line_start = text.rfind("\n", 0, ln.pieces[0][0]) + 1
            line_end = text.find("\n", ln.pieces[-1][1])
            line_end = len(text) if line_end < 0 else line_end
            for s, e in ln.pieces:
                words = text[s:e].split()
                if text[line_start:s].strip():
                    words = words[1:]
                if text[e:line_end].strip():
                    words = words[:-1]
                kept.append(" ".join(words))
        return _vocabulary("\n".join(kept))

    def touches(self, span: tuple[int, int]) -> bool:
        i = bisect_right(self.cut_starts, span[1]) - 1
        return i >= 0 and self.cuts[i][1] > span[0]

    def _is_cut(self, s: int, e: int) -> bool:
        """Whether the stretch between two pieces is a pull quote (and white space)."""
        i = bisect_right(self.cut_starts, e) - 1
        return i >= 0 and self.cuts[i][1] > s

    def read(self, block: _Block, clean, vocabulary: set[str], counts: Counter) -> tuple[str, list[tuple[int, int]]]:
        """(display text, spans) of a block with pull quotes cut out of it."""
        text = self.text
        pieces: list[list[int]] = []
        for ln in block.lines:
            for s, e in ln.pieces or ((ln.start, ln.end),):
                if pieces and not text[pieces[-1][1]:s].strip():
                    pieces[-1][1] = e
                else:
                    pieces.append([s, e])
        gaps = self._strays(block, pieces)
        texts = [clean(text[s:e]) for s, e in pieces]
        out = texts[0]
        for i in range(1, len(pieces)):
            (_, e0), (s1, _) = pieces[i - 1], pieces[i]
            if (e0, s1) in gaps:
                out += gaps[(e0, s1)] + texts[i]
            elif self._is_cut(e0, s1):
                out += pullquote.joint(out, texts[i], not text[e0].isspace(), not text[s1 - 1].isspace(),
                                       self.vocabulary) + texts[i]
            else:
                out = _join(out, texts[i], vocabulary, counts)
        return out, [(s, e) for s, e in pieces]

    def _strays(self, block: _Block, pieces: list[list[int]]) -> dict[tuple[int, int], str]:
        """A piece of a word left alone on a line by the quote ("sian"), whose other half a garbled
        word before it has ("anti-Rusapproaches"): the piece leaves the passage and the garbled word
        is cut where the piece belongs, the passage showing the gap. Returns the new joints."""
        text, gaps = self.text, {}
        for n, ln in enumerate(block.lines):
            if len(ln.pieces) != 1:
                continue
            s, e = ln.pieces[0]
            word = text[s:e]
            if not re.fullmatch(r"[a-z]+", word) or self.counts[word] != 1 or word in self.vocabulary:
                continue
            split = self._host(block.lines[max(0, n - pullquote.WINDOW_LINES):n], word)
            if split is None:
                continue
            hole = self._cut(pieces, split, split)
            if hole is None:
                continue
            gaps[hole] = pullquote.GAP + " "
            hole = self._cut(pieces, s, e)
            if hole is not None:
                gaps[hole] = " "
        return gaps

    def _cut(self, pieces: list[list[int]], s: int, e: int) -> tuple[int, int] | None:
        """Take [s, e) out of the piece holding it (with the white space around it); the (end, start)
        of the pieces now either side of the hole, or None where one side has nothing left."""
        for i, (ps, pe) in enumerate(pieces):
            if ps <= s and e <= pe:
                break
        else:
            return None
        left, right = _strip_span(self.text, ps, s), _strip_span(self.text, e, pe)
        pieces[i:i + 1] = [list(p) for p in (left, right) if p[0] < p[1]]
        return (left[1], right[0]) if left[0] < left[1] and right[0] < right[1] else None

    def _host(self, lines: list[_Line], word: str) -> int | None:
        text = self.text
        for ln in reversed(lines):
            for s, e in reversed(ln.pieces or ((ln.start, ln.end),)):
                for m in reversed(list(re.finditer(r"\S+", text[s:e]))):
                    token = m.group(0)
                    if not any(self.counts[w] == 1 for w in re.findall(r"\w+", token)):
                        continue
                    k = pullquote.host_split(token, word, self.vocabulary)
                    if k is not None:
                        return s + m.start() + k
        return None


def _table_row_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A table row without its outer pipes and the white space inside them."""
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    if s < e and text[s] == "|":
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and text[e - 1] == "|":
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


class _OnDemand:
    """A set or a Counter that ``make`` makes on first use: looked into, counted or read through."""

    __slots__ = ("_make", "_value")

    def __init__(self, make):
        self._make, self._value = make, None

    @property
    def value(self):
        if self._value is None:
            self._value = self._make()
        return self._value

    def __contains__(self, item) -> bool:
        return item in self.value

    def __iter__(self):
        return iter(self.value)

    def __len__(self) -> int:
        return len(self.value)

    def __getitem__(self, key):
        return self.value[key]

    def get(self, key, default=None):
        return self.value.get(key, default)


def _vocabulary(text: str) -> set[str]:
    """The words of the text (lower case), leaving out the pieces of words split at a line's end."""
    marked = _SOFT_HYPHEN_BREAK.sub("\u00ad", text)
    return {w.lower() for w in re.findall(r"[\w\u00ad]+(?:-\w+)*", marked) if "\u00ad" not in w}


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def has_notes(classified) -> bool:
    """Whether a document has footnotes or a list of references for glued numbers to point to."""
    return any(kind in ("footnote", "reference") for _, kind, _ in classified)


def numbered_notes(classified) -> bool:
    """Whether a document's notes or references are numbered for a bracketed mark to point to (ref_marks.py)."""
    return ref_marks.numbered([b.lines[0].raw for b, kind, _ in classified if kind in ("footnote", "reference")])


def _bullet_items(block: _Block, text: str) -> list[_Line]:
    items: list[_Line] = []
    for ln in block.lines:
        if _BULLET.match(ln.raw) or not items:
            items.append(_Line(ln.start, ln.end, ln.raw))
        else:
            prev = items[-1]
            items[-1] = _Line(prev.start, ln.end, text[prev.start:ln.end])
    return items


def _paragraph_numbering(classified: list, text: str) -> bool:
    """Whether the document numbers its paragraphs (a judgment's, an award's, a report's): a numbered
    paragraph standing alone whose number carries on, past 1, from the one before it across a block that
    is no body (a heading, a note on paragraphs left out), where a list under each heading starts again."""
    last, across = None, False
    for block, kind, _ in classified:
        m = _NUMBER_LEAD.match(block.lines[0].raw) if block.bullet else None
        items = _bullet_items(block, text) if m else []
        if m is None or not _numbered_paragraph(items, items[0]):
            across = across or kind != BODY
            continue
        n = int(m.group(1))
        if across and last is not None and n > max(last, 1):
            return True
        last, across = n, False
    return False


def _numbered_paragraph(items: list[_Line], item: _Line) -> bool:
    """A numbered paragraph standing alone (its block holds no other item), one or more whole
    sentences of prose, whose number is part of its text in a text divided into articles ("2. Any
    dispute … shall be settled …"); an item of a list keeps no marker."""
    flat = " ".join(item.raw.split())
    return len(items) == 1 and bool(_NUMBERED_PARAGRAPH.match(flat)) and len(flat.split()) >= 12 \
        and _ends_sentence(flat)


def _only_blank_between(text: str, start: int, end: int) -> bool:
    """Nothing but white space, and no form feed, between two offsets (at most a few hundred apart)."""
    gap = text[start:end] if end - start < 400 else "x"
    return not gap.strip() and "\f" not in gap


def _continues(prev: str, nxt: str, page_cut: bool = False, adjacent: bool = False) -> bool:
    """A paragraph cut by a page break: no closing punctuation, and the next piece starts mid-sentence.
    With a page break between (``page_cut``), the next piece runs on whatever way it ends (a clause that
    ends with a comma, a colon, a dash), unless both are clauses of a list (a preamble's, each opening in
    small letters or with a clause's word). With nothing but a blank line between (``adjacent``: no page's
    foot, notes or furniture), a paragraph that ends with a comma runs on only into a piece that does not
    open as a sentence does (a capital, a quotation mark before one): a PDF's reader has joined the
    sentences its pages cut already, and what stays apart is the paragraph under a clause that ends it."""
    if _TERMINAL.search(prev):
        return False
    if prev.endswith(")") and words.HEREINAFTER.search(prev):
        return False  # an agreement's parties' clause, ended by the aside that names the parties
    last = prev.rsplit(None, 1)[-1].lower() if prev.strip() else ""
    if prev.endswith(",") and nxt[:1].isupper() and _CLAUSE_OPENING.match(nxt):
        return False  # the next clause of a preamble (capitalised: a sentence that runs on is in lower case)
    if treaty.next_clause(prev, nxt) and (not page_cut or prev[:1].islower() or _CLAUSE_OPENING.match(nxt)):
        return False  # the next clause of a list of clauses, in small letters as German and French set them
    if page_cut:
        return nxt[:1].islower() or prev.endswith(("-", ",", "–", "—")) or last in _FUNCTION_WORDS
    return nxt[:1].islower() or prev.endswith("-") or last in _FUNCTION_WORDS \
        or prev.endswith(",") and not (adjacent and _opens_sentence(nxt))


def _opens_sentence(text: str) -> bool:
    """Whether a paragraph opens as a sentence does: a capital, or a quotation mark or a dash before one."""
    rest = text.lstrip("\"“„«‘'—– ")
    return rest[:1].isupper()


def _join(a: str, b: str, vocabulary: set[str] = frozenset(), counts: Counter | None = None) -> str:
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + "\u00ad" + b
    # a word cut by the page without a hyphen ("ten" | "sions"): the two halves make a word the
    # document uses elsewhere, and the second half is no word of its own
    left, right = re.search(r"(\w{0,40})$", a[-41:]).group(1), re.match(r"\w{0,40}", b).group(0)
    if left and right and right.islower() and left.isalpha() and right.isalpha():
        whole = (left + right).lower()
        if (whole in vocabulary or whole.rstrip("s") in vocabulary) and \
                (counts or {}).get(right, 0) <= 1:
            return a + b
    return a + " " + b


def original_text(text: str, passage: Passage, *, markdown: bool = True) -> str:
    """The original stretches of a passage, cleaned as the passage text was (for checks and context)."""
    classified = _classify_blocks(_blocks(_document_lines(text)[0]))
    refs = has_notes(classified)
    spaced = refs and numbered_notes(classified)
    return " ".join(clean_inline(text[s:e], markdown=markdown, glued_refs=refs, spaced_refs=spaced)
                    for s, e in passage.spans)
