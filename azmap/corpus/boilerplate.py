"""Page furniture told by what it is, not by what it says: the lines of a page that belong to the
site, the journal or the licence rather than to the text.

- credit and licence lines: a copyright sign with a year, or a licence's code (CC BY-SA 4.0,
  CC0, GFDL, ODbL) or name ("Creative Commons") — in any language, since the codes are the same;
- related-links lines: a label and three or more short items between separators
  ("See also: A · B · C", "Voir aussi : A | B | C", "Mehr zum Thema: ...");
- hatnotes: a short note before the first paragraph that points elsewhere ("This article is about
  X. For Y, see Z."): sentences that each end on a name after a pointer;
- running heads and folios: a short line that comes back three or more times, its numbers aside
  ("Page 7 | Journal of ..."), or twice where it carries a page number;
- the site speaking: a short line that carries the page's own site name;
- an editor's or transcriber's note: a paragraph wholly in square brackets ("[Applause]",
  "[Whereupon, at 11:42 a.m., the subcommittee was adjourned.]");
- a line in another language at a page's foot (a rights or reprint notice): almost none of its
  words, and none of the document's commonest, are words the rest of the document uses;
- a table's label row: a row with only its first cell filled (an infobox's section name);
- a note about an author after the text ("Mira Osei is a Fellow in ..."): a sentence or two that
  opens with the name of one of the document's authors;
- the lines run together with a credit line at a page's or message's foot (the sender's name, "You
  received this because ...", then "© 2025 ...");
- a note to a list's reader at the foot ("You are receiving this because …", "Unsubscribe");
- an "About …" section after the text (a press release's note on who issued it): a short line
  that names a body after "About" (or the same word in another major language);
- a line of hashtags, a digest's message headers and closing line, a transcript's note on its own
  standing ("Unofficial transcript"), a correction of the article after its text ("Editor's
  note: An earlier version …"), a list of contents whose items come again below;
- a call to action or a notice about the page itself ("Follow us on …", "This article is more than
  5 years old"): appeals.py.

Each function reads one line or paragraph (running_heads reads them all); segment.py decides with
them which blocks are furniture, and a related-links line after the body starts the page's tail.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from azmap.corpus import words
from azmap.corpus.appeals import is_notice_apart, is_reader_furniture
from azmap.corpus.book_head import is_book_head
from azmap.corpus.doc_memo import lowered
from azmap.corpus.mail_notices import is_mail_notice

_COPYRIGHT = re.compile(r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b", re.I)
_LICENCE = re.compile(r"\bCC[ -](?:BY|0)\b(?:[ -](?:SA|NC|ND))*|\bCreative Commons\b|\bGFDL\b|\bODbL\b|"
                      r"\bGNU Free Documentation\b", re.I)
_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s+[|·•]$|^[|·•]\s+")
_LABEL = re.compile(r"^([^:|·•]{2,40}?)\s*(?<!\d):(?!\d)\s*(.+)$")  # a time (19:02) is no label
# a pointer to another page ("For the city, see Mingachevir."): the pointing word in the major languages
_POINTER = re.compile(r"(?:^|\s)(?i:see|see also|siehe|voir|véase|vedi|zie|se|patrz|bkz\.?|см\.?|"
                      r"not to be confused with|nicht zu verwechseln mit|ne pas confondre avec|"
                      r"не (?:следует|путать) (?:путать )?с)\s+[«“\"„(]?[A-ZÀ-ÞА-ЯĞİŞÇÖÜƏ]")
_SENTENCE = re.compile(r"[^.!?]+[.!?]")
_POINTER_ABBREVIATION = re.compile(r"(?<!\w)(см|bkz)\.(?=\s)", re.I)
_NUMBER = re.compile(r"\d+")


def is_credit_line(text: str) -> bool:
    """A copyright, credit or licence line: short, and carrying a copyright sign with a year or a
    licence's code or name."""
    flat = " ".join(text.split())
    if not flat or len(flat) > 400:
        return False
    return bool(_LICENCE.search(flat)) or bool(_COPYRIGHT.search(flat)) and bool(re.search(r"\b(?:19|20)\d\d\b", flat))


def is_links_line(text: str) -> bool:
    """A line of links or names between separators, after an optional label: three or more
    items, each a few words, none a sentence."""
    flat = " ".join(text.split())
    if not flat or len(flat) > 300:
        return False
    label = _LABEL.match(flat)
    body = label.group(2) if label else flat
    items = [i.strip() for i in _SEPARATOR.split(body) if i.strip()]
    if len(items) < 3 and not (label and len(items) >= 2):
        return False
    return all(len(i.split()) <= 5 and not re.search(r"[.!?]$", i.rstrip(")")) or re.search(r"\]\(", i)
               for i in items)


def is_hatnote(text: str) -> bool:
    """A note that sends the reader elsewhere: short, and every sentence after the first points to
    another page ("For Y, see Z."); the first says what this page is about or points too."""
    flat = " ".join(text.split()).strip("*_ ")
    if not flat or len(flat) > 400:
        return False
    flat = _POINTER_ABBREVIATION.sub(r"\1", flat)  # "см." and "bkz." end no sentence
    sentences = [s.strip() for s in _SENTENCE.findall(flat + ("" if re.search(r"[.!?]$", flat) else "."))]
    pointing = [s for s in sentences if _POINTER.search(s)]
    return bool(pointing) and len(pointing) >= len(sentences) - 1 and all(len(s.split()) <= 20 for s in sentences)


def names_the_site(text: str, site: str | None) -> bool:
    """A short line that carries the page's own site name ("Caspian Trails", "Subscribe to Caspian
    Trails", "Content mirrored from Caspipedia"): the site speaking, not the text."""
    if not site or len(site.strip()) < 4:
        return False
    flat = " ".join(text.split())
    return len(flat.split()) <= 10 and site.strip().casefold() in flat.casefold()


def running_head_key(text: str) -> str:
    return _NUMBER.sub("#", " ".join(text.lower().split()))


# what parts a running head: a bar, a dot, a dash between spaces; the word for a page before its number
_HEAD_SEPARATOR = re.compile(r"[|·•]|\s[—–]\s")
_PAGE_WORD = re.compile(r"(?:\bpage|\bp\.|\bseite|\bс(?:тр)?\.|\bстраница|\bsayfa|\bsəhifə|\bp[áa]gina|\bpág\.|"
                        r"\bstrona|\bstr\.)\s*#", re.I)  # (English, French, German, Russian, Turkish, Azerbaijani, Spanish,
# Portuguese, Italian, Dutch, Polish)


def names_its_page(text: str) -> bool:
    """A short line that gives its page's number with the word for a page ("CPI Working Paper 2025/01   Page
    4", "Seite 3", "p. 12"): a running head or foot, though it stand once."""
    key = running_head_key(text)
    return 6 <= len(key) <= 120 and bool(_PAGE_WORD.search(key)) and not re.search(r"[.!?]$", key)


def running_heads(lines: list[str]) -> set[str]:
    """The keys (running_head_key) of the lines that are running heads or feet: short lines in
    parts between separators (or with the word "page") that come back, numbers aside, three times
    or more, or twice with a page number in them."""
    keys = Counter(running_head_key(t) for t in lines if 6 <= len(t.strip()) <= 120)
    out = set()
    for key, n in keys.items():
        has_number = "#" in key
        separated = _HEAD_SEPARATOR.search(key)
        if n >= 3 and separated or n >= 2 and has_number and (separated or _PAGE_WORD.search(key)):
            if len(key.split()) <= 14 and not re.search(r"[.!?]$", key):
                out.add(key)
    return out


def is_editorial_note(text: str) -> bool:
    """A paragraph wholly in square brackets: an editor's or transcriber's note, not the text."""
    if "[" not in text:  # (a cheap test first: the note opens with one)
        return False
    flat = " ".join(text.split())
    return 3 <= len(flat) <= 300 and flat.startswith("[") and flat.endswith("]") and flat.count("[") == 1 \
        and "](" not in flat


# a release's notice that it is for the media and no official record ("For information media. Not an official
# record.", "Document destiné à l'information", "Para información de los medios", "Zur Information der Medien"),
# perhaps with its press office after it
_RECORD_NOTICE = re.compile(r"^(?:for (?:the )?(?:use of )?(?:the )?information (?:media|of the media)|not an official record|"
                            r"document destiné à l'information|para (?:la )?información de los medios|"
                            r"zur information der medien)\b", re.I)
_NOT_OFFICIAL = re.compile(r"not an official record|pas un document officiel|no es un documento oficial|"
                           r"kein offizielles (?:protokoll|dokument)", re.I)


def is_record_notice(text: str) -> bool:
    """A release's notice that it is for the media and no official record, at its top or foot."""
    flat = " ".join(text.split())
    return len(flat) <= 220 and bool(_RECORD_NOTICE.match(flat)) and bool(_NOT_OFFICIAL.search(flat))


_WORD = re.compile(r"[^\W\d_]{2,}")


def word_counts(texts: list[str]) -> Counter:
    """The words of a document's texts (case folded), counted: what in_another_language reads."""
    return Counter(_WORD.findall("\n".join(texts).casefold()))


def has_line_words(text: str) -> bool:
    """Whether ``text`` has as many words as a line in_another_language finds (without the document's
    counts, which need not be made for a line that has not)."""
    return 3 <= len(_WORD.findall(text)) <= 40


def in_another_language(text: str, document: Counter) -> bool:
    """A short line of three words or more of which almost none (a fifth at most, and none of the
    document's twenty commonest words) are used anywhere else in the document (``document``: its
    word_counts, the line's own words among them), in a document of some length (in a short one, a
    line with letters the rest never uses): a notice in another language than the text's."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not 3 <= len(words) <= 40:
        return False
    mine = Counter(words)
    # the counts elsewhere (the document's less the line's) of the line's own words; every other word of
    # the document is used elsewhere: what needs no copy of the document's counts is asked first
    if len(document) - sum(1 for w, n in mine.items() if 0 < document.get(w, 0) <= n) < 50:
        return False  # too few words to know the document's language by
    shared = sum(1 for w in words if document.get(w, 0) > mine[w])
    if shared > len(words) // 5:
        return False
    elsewhere = document.copy()
    elsewhere.subtract(mine)
    if {w for w, _ in elsewhere.most_common(20)} & mine.keys():
        return False  # it shares the document's commonest words: its language
    # in a short document, only a line with letters beyond ASCII the rest never uses (ü, ı, Cyrillic);
    # in a document written in another script, a letter of that script is no sign ("ё" in Russian)
    known = sum(n > 0 for n in elsewhere.values())
    rest = "".join(w for w, n in elsewhere.items() if n > 0)
    unknown = set("".join(mine)) - set(rest)
    odd = [c for c in unknown if not c.isascii()]
    if known >= 150 or not odd:
        return known >= 150
    scripts = Counter(map(_script, filter(str.isalpha, rest)))  # a short document's: few letters
    own = scripts.most_common(1)[0][0] if scripts else "LATIN"  # the script most of the rest is written in
    return any(own == "LATIN" and _plain_latin(rest, odd, words) or _script(c) != own for c in odd)


def _plain_latin(rest: str, odd: list[str], words: list[str]) -> bool:
    """Whether letters beyond ASCII the rest of a Latin-script document never uses tell another
    language: in a text that writes none (English), any; in one that writes its own (ş, ı, ü, é), only
    when a quarter of the line's words or more have them (a Turkish paragraph's "hâlâ" and "olduğunu" in a
    short Turkish text are no other language, "Tüm hakları saklıdır" in a French one is)."""
    return all(c.isascii() for c in rest) or 4 * sum(any(c in w for c in odd) for w in words) >= len(words)


def _script(letter: str) -> str:
    """The script a letter belongs to, as its Unicode name begins ("LATIN", "CYRILLIC", "ARABIC")."""
    return unicodedata.name(letter[0], "?").split(" ")[0]


def is_label_row(text: str) -> bool:
    """A table row with only its first cell filled: a label over the rows that follow."""
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    return len(cells) >= 2 and bool(cells[0]) and not any(cells[1:])


def is_author_note(text: str, authors) -> bool:
    """A short note about one of the document's authors: it opens with the author's name and a
    verb of being ("is", "was", "has been", "serves", "works", "leads", "teaches", "writes")."""
    flat = " ".join(text.split()).strip("*_ ")
    if not flat or len(flat) > 400 or len(_SENTENCE.findall(flat + ".")) > 3:
        return False
    for name in authors:
        if name and flat.startswith(name) and re.match(r"\s*\**\s*(?:is|was|has|serves|works|leads|teaches|writes|"
                                                    r"directs|heads|covers|reports)\b", flat[len(name):]):
            return True
    return False


_ABOUT = re.compile(r"^(?:about|über|uber|à propos d(?:e|u|es|')|a propos d(?:e|u)|acerca de|sobre|informazioni su|"
                    r"o компании|о нас|hakkında)\s*(?:the\s+|us\b|uns\b)?\s*\S", re.I)


def opens_about_section(line: str) -> bool:
    """A line that opens a note on who issued the text ("About the Caspian Ports Association",
    "About us", "À propos de …"): short, no sentence, the word for "about" first."""
    flat = " ".join(line.split()).strip("*_#: ")
    words = flat.split()
    return bool(_ABOUT.match(flat)) and 2 <= len(words) <= 10 and not re.search(r"[.!?,;]$", flat) \
        and sum(w[:1].isupper() for w in words[1:]) >= (len(words) - 1) / 2


_SUBSCRIPTION = re.compile(r"\byou (?:are )?receiv(?:e|ed|ing) (?:this|these|the)\b|\bunsubscribe\b|"
                           r"\bto stop receiving\b|\bmanage (?:your )?(?:subscription|preferences)\b|"
                           r"\bupdate your preferences\b", re.I)


def is_subscription_note(text: str) -> bool:
    """A note to a mailing list's reader about the mailing ("You are receiving the Alat Letter because
    you asked for it", "Unsubscribe | Update your preferences"): short, and about receiving it."""
    if not _has_stem(text, _SUBSCRIPTION_STEMS):  # (a cheap test first)
        return False
    flat = " ".join(text.split())
    return len(flat) <= 300 and bool(_SUBSCRIPTION.search(flat))


# a piece of a word every note _SUBSCRIPTION finds holds (case folded), and every one _CORRECTION finds
# within a line's first words
_SUBSCRIPTION_STEMS = ("receiv", "unsubscribe", "manage", "preferences")
_CORRECTION_STEMS = ("note", "correct", "clarif", "rectif", "korrektur", "berichtigung", "исправлен", "поправк",
                     "düzeltme", "düzəliş", "tashih", "version")


# a note on the article itself after its text: a correction or clarification ("Editor's note: An
# earlier version of this article gave ...", "Correction: ...")
_CORRECTION = re.compile(r"^[*_\s]*(?:editor['’]?s['’]? note|correction|clarification|rectificatif|correctif|"
                         r"korrektur|berichtigung|исправление|поправка|düzeltme|düzəliş|tashih)\s*[:—–-]"
                         r"|^[*_\s]*(?:an earlier|a previous) version of this (?:article|story|report|piece|post)\b", re.I)
# a correction that says what it corrects: an earlier version of the article (read wherever it stands)
_EARLIER_VERSION = re.compile(r"\b(?:an\s+earlier|a\s+previous|the\s+original)\s+version\s+of\s+this\b"
                              r"|\bune\s+(?:version\s+précédente|précédente\s+version)\s+de\s+cet\b"
                              r"|\bfrüheren\s+(?:fassung|version)\s+(?:dieses|des)\b"
                              r"|\b(?:первоначальной|предыдущей|ранней)\s+версии\s+"
                              r"(?:этой\s+)?(?:стать|материал|публикаци)"
                              r"|\bhaberin\s+(?:önceki|ilk)\s+(?:sürümünde|versiyonunda)\b"
                              r"|\b(?:məqalənin|xəbərin)\s+(?:əvvəlki|ilkin)\s+versiyasında\b", re.I)


def is_correction_note(text: str) -> bool:
    """A note on the article's own errors (read after the body only): it speaks of the article,
    not of its subject."""
    if not _has_stem(text.lstrip(" *_\t\n")[:120], _CORRECTION_STEMS):  # (a cheap test first)
        return False
    flat = " ".join(text.split())
    return len(flat) <= 600 and bool(_CORRECTION.match(flat))


def is_correction_anywhere(text: str) -> bool:
    """A correction labelled as one that names the earlier version of the article it corrects:
    furniture before the text as after it."""
    flat = text.strip()  # (the patterns read any white space)
    return len(flat) <= 400 and _has_stem(flat.lstrip(" *_")[:120], _CORRECTION_STEMS) \
        and bool(_CORRECTION.match(flat)) and bool(_EARLIER_VERSION.search(flat))


_HASHTAG = re.compile(r"#[^\W\d_][\w-]*")


def is_hashtag_line(text: str) -> bool:
    """A line of hashtags and nothing else ("#azerbaijan #roadtrip #lahij"): a post's tags."""
    tokens = text.split()
    return len(tokens) >= 2 and all(_HASHTAG.fullmatch(t.strip(",;")) for t in tokens)


# the headers of one message in a digest or a thread ("Message: 2", "Date: …", "From: …", "Subject: …")
# (in any language a mail program writes them: words.MAIL_LABELS, "Von:", "Betreff:", "Objet :")
_MAIL_HEADER = re.compile(r"^(message|date|from|to|cc|sent|subject|reply-to|"
                          + "|".join(sorted(words.MAIL_LABELS, key=len, reverse=True)) + r")\s*:\s*\S", re.I)
_DIGEST_END = re.compile(r"^\**\s*end of .{1,100}\bdigest\b", re.I)


def is_mail_headers(lines: list[str]) -> bool:
    """Lines that are all a message's headers, two at least, one of them From: or Subject: (a
    digest's message between others), or a digest's closing line."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    if len(lines) == 1 and _DIGEST_END.match(lines[0]):
        return True
    if lines and not _MAIL_HEADER.match(lines[0]):
        lines = lines[1:]  # the digest's or message's name over its headers
    return len(lines) >= 2 and all(_MAIL_HEADER.match(ln) for ln in lines) \
        and any(words.MAIL_LABELS.get(key, key) in ("from", "subject")
                for key in (_MAIL_HEADER.match(ln).group(1).lower() for ln in lines))


def is_contents_list(items: list[str], text: str, start: int = 0) -> bool:
    """A list of what follows (a digest's "Today's Topics", a page's contents): two items or more,
    each, without its number and a name in parentheses after it, found again in the text below
    (``text`` from ``start``, within 20,000 characters), in the same case or another (a newsletter's
    "1. Poti: the dredgers arrive" over its section "POTI: THE DREDGERS ARRIVE")."""
    cores = [re.sub(r"\s*\([^()]*\)$", "", re.sub(r"^\s*\d{1,3}[.)]?\s+", "", it)).strip() for it in items]
    if not 2 <= len(cores) <= 40 or any(len(c) < 4 for c in cores):
        return False
    if all(text.find(c, start, start + 20_000) >= 0 for c in cores):
        return True
    below = text[start:start + 20_000].casefold()
    return all(c.casefold() in below for c in cores)


# a transcript's note on itself ("Unofficial transcript. Not checked against the recording.")
_TRANSCRIPT_NOTE = re.compile(r"\b(?:unofficial|uncorrected|unedited|unverified|provisional|draft)\s+transcript\b"
                              r"|\btranscript\b.{0,40}\b(?:edited|corrected|checked)\b", re.I)


def is_transcript_note(text: str) -> bool:
    """A short note on the transcript's own standing: not what anyone said."""
    if "transcript" not in text.lower():  # (a cheap test first: both patterns name it)
        return False
    flat = " ".join(text.split())
    return len(flat.split()) <= 25 and bool(_TRANSCRIPT_NOTE.search(flat))


# a disclaimer of the views a text states: whose they are, whose they are not
# somebody's words reported ("…, the lawyer warned"): what a story tells, not a note on it
_REPORTED_BY = re.compile(r"\b(?:said|says|told|warned|added|wrote|argued|insisted)\b", re.I)
_VIEWS_DISCLAIMER = re.compile(
    r"\b(?:views|opinions)\b(?:\s+\w+){0,4}\s+(?:are|is|remain)\s+(?:\S+\s+){0,3}(?:own|alone)\b"
    r"|\breflects?\s+(?:only\s+)?the\s+views\s+of\s+(?:its|their|the)\s+(?:authors?|writers?|speakers?|contributors?)\b"
    r"|\b(?:do|does)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\s+the\s+(?:views|positions?|opinions?)\b"
    r"|\bdoes\s+not\s+take\s+(?:institutional\s+)?positions\b|\btakes?\s+no\s+(?:institutional\s+)?positions?\b"
    r"|\b(?:views|opinions)\b(?:\s+\w+){0,4}\s+(?:are|is)\s+(?:solely\s+|entirely\s+|only\s+)?"
    r"(?:those|that)\s+of\s+the\s+"
    r"(?:authors?|writers?|experts?|speakers?|contributors?|interviewees?)\b"
    r"|\b(?:does\s+not|do\s+not|is\s+not\s+intended\s+to)\s+constitute\s+(?:\w+\s+){0,2}advice\b"
    r"|\b(?:writes?|speaks?|writing|speaking)\s+in\s+(?:a|his|her|their)\s+personal\s+capacity\b"
    r"|^disclaimer\s*:"
    r"|\bn['’]engagen?t?\s+(?:que\s+(?:leurs?|son|ses)\s+auteur(?:e|s|es)?|pas\s+la\s+rédaction)\b"
    r"|\b(?:ansichten|meinung)\b.{0,60}\b(?:des|der)\s+(?:autors|autorin|verfassers|verfasserin)\b"
    r"|\b(?:мнени\w+|точк\w+\s+зрения)\s+автор\w*\b.{0,40}\bне\s+(?:совпадать|совпадает|отражает|отражать)\b"
    r"|\bне\s+(?:разделять|разделяет)\s+(?:мнени\w+|точк\w+\s+зрения)\s+автор\w*"
    r"|\bgörüşler\w*\s+(?:\w+\s+){0,2}yazar\w*\s+(?:\w+\s+)?aittir\b"
    r"|\bmüəllifin\s+fikirləri\b.{0,40}\bmövqe\w*"
    r"|\bне\s+(?:совпадать|совпадает)\s+с\s+(?:мнением|позицией|точкой\s+зрения)\s+редакции"
    r"|\b(?:accepts?|takes?)\s+no\s+(?:responsibility|liability)\b|\bübernimmt\s+keine\s+haftung\b"
    r"|\bне\s+несёт\s+ответственности\b|\bsorumluluk\s+kabul\s+etmez\b|\bn['’]est\s+pas\s+responsable\b"
    r"|\bgörüşler\w*\s+(?:\w+\s+){0,3}bağlamaz\b|\bməsuliyyət\s+daşımır\b"
    r"|\bfikirlər\w*\s+(?:\w+\s+){0,2}müəllif\w*\s+(?:məxsusdur|aiddir)\b"
    r"|\bmövqeyi\s+müəllifin\s+fikirləri\s+ilə\s+üst-üstə\s+düşməyə\s+bilər\b", re.I)


# a piece of a word every disclaimer _VIEWS_DISCLAIMER finds holds (case folded)
_VIEWS_STEMS = ("view", "opinion", "position", "advice", "capacity", "disclaimer", "engage", "ansicht", "meinung",
                "мнени", "зрени", "görüş", "fikir", "mövqe", "совпада", "responsib", "liabil", "haftung", "ответствен",
                "sorumlu", "responsab", "məsuliyyət")


def _has_stem(text: str, stems: tuple[str, ...]) -> bool:
    low = lowered(text)
    return any(map(low.__contains__, stems))


def is_views_disclaimer(text: str) -> bool:
    """A short note on whose views the text states ("The views expressed are the author's own";
    "Opinion pieces reflect the views of their authors, not those of …"): no part of the text."""
    if len(text) > 400 or not _has_stem(text, _VIEWS_STEMS):  # (a cheap test first)
        return False
    flat = " ".join(text.split())
    return len(flat.split()) <= 40 and bool(_VIEWS_DISCLAIMER.search(flat)) and not _REPORTED_BY.search(flat)


# where the text comes from, said of the text itself: first published elsewhere, reprinted, reported
# or translated by others (a row for each language; each at the start of the line or after "This
# article"/"Cet article"...)
_PROVENANCE = re.compile(
    r"^(?:this\s+(?:article|story|piece|post|text|report|essay|interview)\s+(?:was\s+|has\s+been\s+)?)?"
    r"(?:originally|first)\s+(?:published|appeared|ran)\b"
    r"|^this\s+(?:article|story|piece|post|text|report|essay)\s+(?:originally\s+|first\s+)?"
    r"(?:appeared|ran)\s+(?:first\s+)?(?:on|in)\b"
    r"|^(?:re(?:printed|published|posted)|cross-posted)\s+(?:with\s+(?:kind\s+)?permission|from|by|courtesy)\b"
    r"|^with\s+(?:additional\s+)?reporting\s+(?:from|by)\b"
    r"|^translated\s+(?:from\s+(?:the\s+)?\w+\s+)?by\s+[A-Z]"
    r"|^a\s+version\s+of\s+this\s+(?:article|story|piece)\s+(?:first\s+)?(?:appeared|was\s+published|ran)\b"
    r"|^tradu(?:it|ction)\s+(?:de\s+l['’]\w+\s+|du\s+\w+\s+)?par\s"
    r"|^(?:aus\s+dem\s+\w+\s+)?übersetzt\s+von\s"

    r"|^(?:cet\s+article|ce\s+texte)\s+a\s+(?:d['’]abord|initialement|été\s+initialement)\s+(?:été\s+)?publié"
    r"|^(?:article\s+)?(?:initialement\s+)?publié\s+(?:initialement\s+|d['’]abord\s+)?(?:par|dans|sur)\b"
    r"|^(?:dieser\s+(?:text|artikel|beitrag)\s+)?(?:erschien|ist)\s+(?:zuerst|erstmals|ursprünglich)\b"
    r"|^übersetzung\s*(?:aus\s+dem\s+\w+\s*)?:"
    r"|^перепечатк\w+\s+(?:с\s+разрешения|из)\b|^перевод\s+(?:с\s+\w+(?:ого|кого)\s+)?[—–-]?\s*[А-ЯЁ]"
    r"|^(?:материал|статья)\s+(?:впервые|первоначально)\s+опубликован"
    r"|^bu\s+(?:yazı|haber|makale)\s+(?:ilk\s+olarak|ilk\s+kez|ilkin)\b.{0,80}\byayımlan\w+"
    r"|^(?:məqalə|xəbər|yazı)\s+.{0,60}\b(?:saytından|saytında)\s+(?:götürülüb|dərc\s+olunub)", re.I)
# the same said later in the line (the verb last in Turkish and Azerbaijani)
_REPRINTED = re.compile(r"\breprinted\s+with\s+(?:kind\s+)?permission\b|\b(?:izinle\s+)?yeniden\s+yayımlan\w+"
                        r"|\bdilindən\s+tərcümə\s+(?:olunub|edilib)", re.I)
_SOURCE_LABEL = re.compile(r"^(?:source|sources|quelle|источник|kaynak|mənbə)\s*:\s*\S", re.I)
_REPRINTED_STEMS = ("eprinted", "yayımlan", "tərcümə")
# a notice of the text's rights: all reserved, reprint only by leave or with a link to the source
_RIGHTS = re.compile(
    r"(?:\ball\s+rights\s+reserved|\btous\s+droits\s+réservés|\balle\s+rechte\s+vorbehalten"
    r"|\bвсе\s+права\s+защищены|\btüm\s+hakları\s+saklıdır|\bbütün\s+hüquqlar\s+qorunur"
    # "all rights reserved" in the other languages, by meaning (es, it, pt, nl, pl, uk, hr/bs/sr, sl, cs, sk, hu,
    # ro, bg, el, sv, no, da, fi)
    r"|\btodos\s+los\s+derechos\s+reservados|\btutti\s+i\s+diritti\s+riservati|\btodos\s+os\s+direitos\s+reservados"
    r"|\balle\s+rechten\s+voorbehouden|\bwszelkie\s+prawa\s+zastrzeżone|\b(?:всі|усі)\s+права\s+захищені"
    r"|\bsva\s+prava\s+(?:pridržana|zadržana|zaštićena)|\bсва\s+права\s+(?:задржана|заштићена)"
    r"|\bvse\s+pravice\s+pridržane|\bvšechna\s+práva\s+vyhrazena|\bvšetky\s+práva\s+vyhradené"
    r"|\bminden\s+jog\s+fenntartva|\btoate\s+drepturile\s+(?:rezervate|sunt\s+rezervate)"
    r"|\bвсички\s+права\s+запазени|\bμε\s+επιφύλαξη\s+παντός\s+δικαιώματος|\bόλα\s+τα\s+δικαιώματα\s+διατηρούνται"
    r"|\balla\s+rättigheter\s+förbehållna|\balle\s+rettigheter\s+reservert|\balle\s+rettigheder\s+forbeholdes"
    r"|\bkaikki\s+oikeudet\s+pidätetään)\s*(?:[.!;|·]|$)"
    r"|\breproduction\s+(?:interdite|strictement\s+interdite)\b|\bnachdruck\s+nur\s+mit\b"
    r"|\bпри\s+(?:перепечатке|использовании\s+материалов)\b.{0,60}\bссылк\w+\b"
    r"|\b(?:использование|перепечатка)\s+материалов\b.{0,60}\bссылк\w+"
    r"|\bistinad\s+(?:mütləqdir|vacibdir|zəruridir|olunmalıdır)|\bссылк\w+\s+на\s+(?:источник|сайт)\s+обязательн\w+"
    r"|\bkaynak\s+gösterilmeden\b|\bmateriallardan\s+istifadə\s+(?:zamanı|edərkən)\b.{0,40}\bistinad\b"
    # an agency's note that its stories go to its subscribers ("… abonelere özetlenerek sunulmaktadır")
    r"|\b(?:distributed|available|supplied)\s+(?:only\s+)?to\s+(?:its\s+|our\s+)?subscribers\b"
    r"|\babonelere\b.{0,60}\bsunul(?:maktadır|ur)\b|\bабонентам\b.{0,60}\bпредоставляю\w+"
    r"|\babunəçilərə\b.{0,60}\btəqdim\s+(?:olunur|edilir)\b"
    # use or reprint of the text allowed only with a link to (or credit of) the source, in the languages the
    # rows above leave out ("Full or partial use of this transcript is allowed with a hyperlink to …")
    r"|\b(?:use|reproduction|republication|reprint(?:ing)?)\s+of\s+(?:this|these|our|all)\s+(?:\w+\s+){0,2}(?:is|are)\s+"
    r"(?:only\s+)?(?:allowed|permitted)\b[^.]{0,40}\bwith\s+(?:a\s+)?(?:hyper)?link\b"
    r"|\b(?:reproduction|utilisation|reprise)\s+(?:de\s+ce|de\s+cet|de\s+cette|des\s+contenus?)\b[^.]{0,80}"
    r"\b(?:autorisée|permise)\b[^.]{0,40}\bavec\s+(?:un\s+)?lien"
    r"|\b(?:verwendung|nutzung|wiedergabe|übernahme)\s+(?:dieses|dieser|unserer|der\s+inhalte)\b[^.]{0,80}"
    r"\bmit\s+(?:einem\s+)?(?:link|quellenangabe)\b[^.]{0,40}\b(?:gestattet|erlaubt)"
    r"|\b(?:reproducción|uso|utilización)\s+(?:de\s+est[aoe]s?|del\s+contenido)\b[^.]{0,80}"
    r"\b(?:permitid[ao]|autorizad[ao])\b[^.]{0,40}\bcon\s+(?:un\s+)?enlace"
    r"|\b(?:riproduzione|utilizzo|uso)\s+(?:di\s+quest[aoie]|dei\s+contenuti)\b[^.]{0,80}"
    r"\b(?:consentit[ao]|permess[ao]|autorizzat[ao])\b[^.]{0,40}\bcon\s+(?:un\s+)?(?:link|collegamento)"
    r"|\b(?:reprodução|utilização|uso)\s+(?:dest[aeo]s?|do\s+conteúdo)\b[^.]{0,80}"
    r"\b(?:permitid[ao]|autorizad[ao])\b[^.]{0,40}\bcom\s+(?:um\s+)?(?:link|ligação)"
    r"|\b(?:wykorzystanie|przedruk)\s+(?:tego|tej|tych|materiałów)\b[^.]{0,80}\bdozwolon\w*\b[^.]{0,40}"
    r"\bz\s+(?:linkiem|odnośnikiem)",
    re.I)
# an e-mail address or a telephone number (an international one, or one after its label)
_ADDRESS_OR_PHONE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}"
                               r"|\b(?:tel|phone|fax|тел|telefon)\.?\s*:?\s*\(?\d[\d ()./-]{6,}", re.I)
# a line that opens a contact block, or asks the reader to write (a row for each language)
_CONTACT_WORDS = {
    "en": r"contact(?:\s+us)?|press\s+contact|media\s+(?:contact|enquiries|inquiries)|e-?mail|tel|phone|"
          r"for\s+(?:more|further)\s+information|got\s+a\s+(?:tip|story)|write\s+to\s+us",
    "fr": r"contact\s+presse|pour\s+toute\s+question|écrivez-nous",
    "de": r"kontakt|pressekontakt|schreiben\s+sie\s+uns",
    "ru": r"контакты|пишите\s+нам|связаться\s+с\s+нами",
    "tr": r"iletişim|bize\s+ulaşın", "az": r"əlaqə|bizə\s+yazın",
}
# the outlet's side in a contact line: its first person, its press office or newsroom
_OUR_SIDE = re.compile(r"\b(?:us|our|press\s+office|newsroom|editors?|nous|uns|нам|нас|редакци\w*|bize|bizə)\b", re.I)
_CONTACT_LEAD = re.compile(r"^(?:" + "|".join(_CONTACT_WORDS.values()) + r")\b", re.I)


# the label of a list of other pages (a row for each language)
_RELATED_LABEL = re.compile(
    r"^(?:see\s+also|related(?:\s+(?:stories|articles|posts|coverage|content|reading|links|news))?|"
    r"more\s+(?:on\s+(?:this|the)\s+(?:story|topic|subject)|from\s+(?:this|our)\s+\w+)|read\s+(?:more|also|next)|"
    r"you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|recommended(?:\s+(?:for\s+you|reading))?|"
    r"voir\s+aussi|(?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet|"
    r"siehe\s+auch|mehr\s+zum\s+thema|lesen\s+sie\s+auch|das\s+könnte\s+sie\s+auch\s+interessieren|"
    r"leggi\s+anche|articoli\s+correlati|potrebbe\s+interessarti|lee\s+también|noticias\s+relacionadas|"
    r"te\s+puede\s+interesar|véase\s+también|"
    r"leia\s+também|veja\s+também|notícias\s+relacionadas|czytaj\s+(?:także|też)|zobacz\s+(?:także|też)|"
    r"lees\s+ook|zie\s+ook|читайте\s+також|дивіться\s+також|"
    r"см\.\s+также|читайте\s+также|(?:ещё\s+)?по\s+теме|"
    r"ayrıca\s+bakınız|ilgili\s+(?:haberler|yazılar)|bunlar\s+da\s+ilginizi\s+çekebilir|"
    r"həmçinin\s+bax|oxşar\s+xəbərlər|digər\s+xəbərlər|"
    r"links?\s+mentioned|(?:links|resources)\s+(?:from|in|for)\s+(?:this|the|today['’]s)\s+episode|"
    r"(?:other|more|latest)\s+news|другие\s+новости|autres\s+actualités|weitere\s+nachrichten|diğer\s+haberler|"
    r"mentioned\s+in\s+(?:this|the)\s+episode|упомянутые\s+ссылки|ссылки\s+из\s+выпуска|liens\s+mentionnés)\s*(?:[:：»›>]\s*(.*))?$", re.I)


# the first item of a trail: the site's home page or a top section (a row for each language)
_HOME = re.compile(r"^(?:home|main\s+page|start|news|blog|accueil|actualités|startseite|nachrichten|главная|новости|"
                   r"ana\s*sayfa|haberler|ana\s+səhifə|əsas\s+səhifə|xəbərlər)$", re.I)
_CRUMB = re.compile(r"\s+([>›»/→])\s+")


_TRAIL_MARK = re.compile(r"\s+([>›»/→|])\s+")


def home_trail(text: str) -> bool:
    """A trail from the site's home page, two items or more between the same mark ("Home / Politics",
    "Ana səhifə / Cəmiyyət", "Главная | Политика"): its first item a home page's word, each a few words, none
    a sentence (a headline over it is no part of it)."""
    flat = " ".join(text.split())
    if len(flat) > 120 or not _TRAIL_MARK.search(flat):
        return False
    marks = _TRAIL_MARK.findall(flat)
    items = _TRAIL_MARK.split(flat)[::2]
    return len(set(marks)) == 1 and bool(_HOME.match(items[0])) \
        and all(1 <= len(i.split()) <= 4 and _WORD.search(i) and not re.search(r"[.!?]$", i) for i in items)


def is_breadcrumb(text: str) -> bool:
    """A trail of the site's sections ("Home > News > Region", "Главная » Новости"): three or more
    short items between the same arrow or slash, each with a letter, none a sentence; after an
    optional "You are here:"."""
    if len(text) > 200 or not _CRUMB.search(text):
        return False
    flat = re.sub(r"^you\s+are\s+here\s*:\s*", "", " ".join(text.split()), flags=re.I)
    if len(flat) > 160:
        return False
    seps = _CRUMB.findall(flat)
    if len(seps) < 2 or len(set(seps)) != 1:
        return False
    items = _CRUMB.split(flat)[::2]
    if flat == " ".join(text.split()) and not _HOME.match(items[0]):
        return False  # a route ("Baku → Ganja → Sheki") is no trail of pages
    return all(1 <= len(i.split()) <= 4 and _WORD.search(i) and not re.search(r"[.!?]$", i) for i in items)


def is_related_line(text: str) -> bool:
    """A list of other pages' label, alone ("See also", "Читайте также:") or with a title or two
    after it ("Read also: The long wait at the border"): no sentence of the text."""
    if len(text) > 250:  # (the pattern reads any white space: the text is not folded first)
        return False
    m = _RELATED_LABEL.match(text.strip().strip("*_# "))
    return bool(m) and (not m.group(1) or len(m.group(1).split()) <= 15)


def is_related_label(text: str) -> bool:
    """The label alone, over the list it names."""
    m = len(text) <= 100 and _RELATED_LABEL.match(text.strip().strip("*_# "))
    return bool(m) and not m.group(1)


# the label of a page's tags or categories (a row for each language)
_TAGS_LABEL = re.compile(
    r"^(?:tags?|tagged(?:\s+with)?|topics|related\s+topics|filed\s+under|categor(?:y|ies)|keywords|"
    r"mots-clés|étiquettes|thèmes|sujets|catégories|"
    r"schlagwörter|schlagworte|themen|kategorien?|"
    r"теги|метки|темы|рубрик[аи]|ключевые\s+слова|"
    r"etiketler|konular|kategori(?:ler)?|anahtar\s+kelimeler|"
    r"teqlər|açar\s+sözlər|kateqoriya(?:lar)?|mövzular|"
    r"key\s*words|stichw(?:ö|o)rte?r?|schlüsselw(?:ö|o)rter|mots?\s+clés|"
    r"palabras\s+clave|etiquetas|temas|parole\s+chiave|argomenti|palavras-chave|"
    r"słowa\s+kluczowe|tagi|tematy|trefwoorden|sleutelwoorden|onderwerpen|"
    r"ключові\s+слова|мітки|теми|anahtar\s+sözcükler|nyckelord|taggar|nøgleord|emneord|emner|"
    r"klíčová\s+slova|štítky|ključne\s+riječi|oznake|kulcsszavak|címkék|cuvinte\s+cheie|etichete)\s*:\s*(.+)$", re.I)


def is_tags_line(text: str) -> bool:
    """A page's tags after their label ("Tags: Baku, ports", "Теги: Азербайджан, Каспий"): items of
    a few words each between commas, semicolons or bars, none a sentence."""
    if len(text) > 250:
        return False
    m = _TAGS_LABEL.match(text.strip().strip("*_ "))
    if not m:
        return False
    items = [i.strip() for i in re.split(r"[,;|·•]", m.group(1).rstrip(". "))]
    return all(i and len(i.split()) <= 4 and not re.search(r"[.!?]", i) for i in items)


_PHOTO_CREDIT = re.compile(
    r"^(?:cover\s+|header\s+|top\s+|main\s+)?(?:photo(?:graph)?s?|pictures?|images?|credit|crédits?\s+photo|photos?|"
    r"fotos?|bild(?:er)?|фото(?:графия)?|fotoğraf|şəkil|📷|📸)(?:\s+credit)?\s*(?::|by\s|[—–|]|(?<=[📷📸])\s)", re.I)


def is_photo_credit(text: str) -> bool:
    """A photo's credit ("Photo: A. Name / Agency", "(Photo: Press office)", "Фото: …", "📷 Name"):
    short, no sentence after it."""
    if len(text) > 200:
        return False
    flat = text.strip().strip("*_() ")
    return bool(_PHOTO_CREDIT.match(flat)) and len(flat.split()) <= 16


def is_provenance_line(text: str) -> bool:
    """A short line on where the text comes from ("Originally published by …", "Reprinted with
    permission", "Translated from the Russian by …", "Dieser Text erschien zuerst im …")."""
    if len(text) > 300:
        return False
    flat = text.strip().strip("*_() ")
    if _SOURCE_LABEL.match(flat):  # "Source: Caspian Wire", "Источник: …": a name, no sentence
        return len(flat.split()) <= 10 and not re.search(r"[.!?]$", flat)
    return bool(_PROVENANCE.match(flat) or _has_stem(flat, _REPRINTED_STEMS) and _REPRINTED.search(flat)) \
        and len(flat.split()) <= 30


_RIGHTS_STEMS = ("rights", "droits", "rechte", "права", "hakları", "hüquq", "derechos", "diritti", "direitos", "rechten",
                 "prawa", "prava", "pravice", "práva", "jog", "drepturile", "δικαιώματ", "rättigheter", "rettighe",
                 "oikeudet", "reproduction", "nachdruck", "перепечат",
                 "использова", "kaynak", "istifadə", "istinad", "ссылк", "subscribers", "abonelere", "абонентам",
                 "abunəçilərə", "link", "lien", "enlace", "collegamento", "ligação", "odnośnik", "quellenangabe",
                 "mención", "mention", "citazione", "menção")


# a document's distribution list by its label, by meaning (en, de, fr, es, it, pt, pl, ru, uk, tr, az, nl, ro, cs, sk,
# hu, fi, no, sv, da)
_DISTRIBUTION_LABEL = re.compile(
    r"^(?:distribution(?:\s+list)?|circulation|verteiler|verteilung|diffusion|distribución|distribuzione|distribuição|"
    r"rozdzielnik|dystrybucja|рассылка|распространение|розсилка|розповсюдження|dağıtım|paylanma|verspreiding|"
    r"distribuție|distributie|rozdělovník|distribuce|rozdeľovník|terjesztés|jakelu|distribusjon|sändlista|fordeling)"
    r"\s*:\s*\S", re.I)
# leave to quote or reproduce the document with its source named, or none for the public, by meaning
_QUOTE_LEAVE = re.compile(
    r"\b(?:quot(?:ed|e|ing)|cit(?:ed|e|ing|er|ée?|ado|ada|ato|ata|arse|ando)|reproduc\w*|reprint\w*|nachdruck|"
    r"zitier\w*|wiedergabe|riproduzion\w*|reprodução|przedruk\w*|cytow\w*|перепечат\w*|цитир\w*|передрук\w*|"
    r"overname|geciteerd|alıntı\w*|iktibas|iqtibas|převz\w*|prevz\w*|idéz\w*|lainat\w*|sitere\w*|citera\w*)\b"
    r"(?=.{0,80}?\b(?:may|can|only|allowed|permitted|provided|nur|gestattet|erlaubt|autorisée?|permise?|permite|"
    r"consentit[ao]|autorizad[ao]|dozwolon[ya]|допускается|разрешается|обязательн\w*|toegestaan|verplicht|izin\w*|"
    r"zorunlu|icazə|mütləq\w*|with|mit|avec|con|com|z|со|met|ile)\b)"
    r".{0,80}?\b(?:source|reference|acknowledg\w*|attribution|quell\w*|fuente|fonte|"
    r"źródł\w*|источник\w*|джерел\w*|bron\w*|kaynak\w*|mənbə\w*|sursa|sursei|zdroj\w*|forrás\w*|lähde\w*|kilde\w*|"
    r"källa\w*)"
    r"|\bnot\s+for\s+(?:publication|circulation|distribution|citation)\b|\bfor\s+internal\s+use\s+only\b"
    r"|\bnur\s+für\s+den\s+(?:internen|dienstlichen)\s+gebrauch\b|\bà\s+usage\s+interne\b|\bde\s+uso\s+interno\b"
    r"|\bper\s+uso\s+interno\b|\bдля\s+служебного\s+пользования\b|\bdo\s+użytku\s+wewnętrznego\b"
    r"|\balleen\s+voor\s+intern\s+gebruik\b|\bkurum\s+içi\s+kullanım", re.I)


def is_distribution_note(text: str) -> bool:
    """A document's note on who receives it or on leave to quote it ("Distribution: members and partner
    organisations.", "Verteiler: Vorstand", "This review may be quoted with reference to the source.", "Nachdruck nur
    mit Quellenangabe", "Not for publication."): short, a sentence or three, the label first or the leave named with
    its source; a paragraph on the distribution of gas, or one quoting a minister, is none."""
    flat = " ".join(text.split())
    if len(flat) > 300 or len(re.findall(r"[.!?](?:\s|$)", flat)) > 3:
        return False
    return bool(_DISTRIBUTION_LABEL.match(flat) or _QUOTE_LEAVE.search(flat))


def is_rights_notice(text: str) -> bool:
    """A short notice of the text's rights ("All rights reserved.", "Tüm hakları saklıdır.", "При
    перепечатке ссылка на источник обязательна.")."""
    if len(text) > 300 or not _has_stem(text, _RIGHTS_STEMS):
        return False
    flat = " ".join(text.split())
    return len(flat.split()) <= 30 and bool(_RIGHTS.search(flat))


def is_contact_block(text: str, lines: list[str]) -> bool:
    """A contact block: an e-mail address or a telephone number, in a short block whose lines are
    all short (a name, a role, a number) or that opens with a contact word ("Contact us:",
    "Pressekontakt:", "Əlaqə:", "For more information, contact …")."""
    if len(text) > 400 or not ("@" in text or "+" in text or _has_stem(text, ("tel", "phone", "fax", "тел"))) \
            or sum(map(str.isdigit, text)) < 6 and "@" not in text:
        return False
    flat = " ".join(text.split())
    if len(flat.split()) > 40 or not _ADDRESS_OR_PHONE.search(flat):
        return False
    lead = _CONTACT_LEAD.match(flat.strip("*_ "))
    if lead and (re.match(r"[^\w]*:", flat.strip("*_ ")[lead.end():]) or _OUR_SIDE.search(flat)):
        return True  # "Contact us: …", "Pressekontakt: …", "… contact the press office at …"
    return all(len(ln.split()) <= 8 for ln in lines) and not re.search(r"[.!?]$", flat)


_NO_LETTER = re.compile(r"[^\W\d_]")


# the words of reading times and counters (a row for each language), and the words between them
_COUNTER_WORDS = frozenset("""
    min mins minute minutes read reading time views view comments comment likes like shares share reads
    lecture temps de vues commentaires partages
    lesezeit lesedauer minuten kommentare aufrufe
    мин минут минуты минута чтения чтение время на просмотров просмотры комментарии комментариев
    okuma süresi dk dakika okunma yorum yorumlar görüntülenme
    oxunma müddəti dəqiqə baxış sayı oxunub şərh şərhlər
""".split())


def is_counter_line(text: str) -> bool:
    """A short line of counters: numbers with no letter at all ("👁 2 314 💬 12 ❤ 87"), or numbers
    and the words of reading times and counters only ("5 min read", "Lesedauer: 6 Min.", "Просмотров: 1 532")."""
    flat = text.strip()
    if not 0 < len(flat) <= 80 or not re.search(r"\d", flat):
        return False
    words = _WORD.findall(flat.casefold())
    return len(words) <= 6 and all(w in _COUNTER_WORDS for w in words)


_TIMESTAMP = re.compile(r"^\s*(?:[-*+•]\s+)?[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s*(?:[-–—|:]\s*)?[^\W\d_]")


def is_timestamp_list(lines: list[str]) -> bool:
    """A recording's list of times and topics ("00:00 Introduction", "[12:40] – The ports"): two
    lines or more, every one opening with a time."""
    return len(lines) >= 2 and all(":" in ln[:12] and _TIMESTAMP.match(ln) for ln in lines)


_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\w*")
_DATE_RANGE = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:" + _MONTHS + r")\b|\b(?:" + _MONTHS
                         + r")\s+\d{1,2}\s*[-–]\s*\d{1,2}\b|\b\d{1,2}\s+(?:" + _MONTHS + r")\s+(?:19|20)\d\d\b", re.I)
_ACTION = re.compile(r"^(?:register|book|tickets?|sign\s+up|apply|rsvp|details|more\s+info\w*|info|"
                     r"регистрация|inscription|anmeldung|kayıt|qeydiyyat)\b|\b[\w-]+\.(?:example|com|org|net|az|ru|kz|ge)\b",
                     re.I)
_STAMPED = re.compile(r"^\d{1,2}(?:\s+(?:" + _MONTHS + r")\s+|[./])(?:\d{1,2}[./])?(?:19|20)\d\d,?\s+\d{1,2}:\d{2}\s+\S",
                      re.I)


def is_listing_line(text: str) -> bool:
    """An event's advert on one line ("Name 2026 | Venue | 2-4 June 2026 | Register at …": three bars
    or more, a date and a call to register or an address), or another story's headline under its
    date and time ("06 March 2024, 10:05 Minister receives …": a short line, no sentence in it)."""
    if "\n" in text:  # a list: every line one
        rows = [ln.strip(" -*•") for ln in text.splitlines() if ln.strip()]
        return len(rows) <= 20 and all(map(is_listing_line, rows))
    if len(text) > 240:
        return False
    text = text.lstrip(" -*+•")
    if text.count("|") >= 3:
        parts = [p.strip() for p in text.split("|")]
        return any(_DATE_RANGE.search(p) for p in parts) and any(_ACTION.search(p) for p in parts[1:])
    if ":" in text[:24] and text[:1].isdigit():
        m = _STAMPED.match(text)
        if m:
            rest = text[m.end() - 1:]
            return len(rest.split()) <= 18 and not re.search(r"[.!?]\s", rest) and not rest.rstrip().endswith(".")
    return False


# the labels of a parliament's record of a question: who asked and answered it, and when (a row for each language)
_RECORD_LABEL = re.compile(
    r"^(?:asked\s+by|answered\s+by|tabled\s+by|date\s+(?:tabled|answered|asked|of\s+answer)|answered\s+on|"
    r"tabled\s+on|addressed\s+to|answering\s+(?:body|member|minister)|question\s+(?:reference|number|no\.?)|uin|"
    r"вопрос\s+задал\w*|автор\s+запроса|дата\s+(?:ответа|запроса|внесения)|ответил\w*|"
    r"question\s+posée\s+par|ministère\s+interrogé|réponse\s+publiée\s+le|date\s+de\s+(?:réponse|publication)|"
    r"gefragt\s+von|beantwortet\s+von|datum\s+der\s+antwort|soru\s+sahibi|cevap\s+tarihi)\s*:\s*\S", re.I)


def is_record_labels(lines: list[str]) -> bool:
    """A block of a question's record ("Answered by: …", a line of the minister's department,
    "Date answered: …"): two labelled lines or more of a parliament's record, no other line a sentence."""
    if not 2 <= len(lines) <= 8 or ":" not in lines[0][:30]:
        return False
    labelled = sum(bool(_RECORD_LABEL.match(ln.strip())) for ln in lines)
    return labelled >= 2 and all(_RECORD_LABEL.match(ln.strip()) or (len(ln.split()) <= 12
                                                                      and not re.search(r"[.!?]\s*$", ln))
                                 for ln in lines)


# a contents entry: its words, then dotted leaders (spaced, dense or ellipses) and the page's number, arabic or roman
_CONTENTS_ENTRY = re.compile(r"^\S.{0,150}?(?:(?:\s?\.){4,}|(?:\s?…){2,})\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$", re.I)


def is_contents_entries(lines: list[str]) -> bool:
    """Whether every line of a block is a contents entry ("3. Reporting . . . . . 2", "Ausblick ........ 14",
    "Perspectivas ……… 4"): a table of contents in any text, whatever its heading; prose's ellipses end in no
    page number."""
    return bool(lines) and all(_CONTENTS_ENTRY.match(ln.strip()) for ln in lines)


def is_other_furniture(text: str, lines: list[str], seen_body: bool) -> bool:
    """The furniture the sixth round of documents showed, by form: a message's headers in a digest
    and its end line, a line of hashtags, a call to action or a notice about the page (seventh round),
    a transcript's note on itself, a note to a list's reader
    before the text, and after the text a correction of the article."""
    if "#" in text and is_hashtag_line(text):
        return True
    if ("." in text or "…" in text) and is_contents_entries(lines):  # a table of contents' entries
        return True
    if is_reader_furniture(text):  # a call to action, a notice about the page (appeals.py)
        return True
    if is_notice_apart(text) or is_timestamp_list(lines) or is_listing_line(text) or is_record_labels(lines):
        return True  # a sponsor's read, a translation's note, thanks (appeals.py); a show's times; an advert
    if is_mail_headers(lines):
        return True
    if is_transcript_note(text) or is_views_disclaimer(text) or is_mail_notice(text) \
            or is_book_head(text):  # wherever they stand
        return True
    if len(text) <= 400 and (is_provenance_line(text) or is_related_line(text) or is_photo_credit(text)
                             or is_tags_line(text) or is_distribution_note(text)
                             or is_breadcrumb(text) or is_rights_notice(text) or is_contact_block(text, lines)
                             or is_correction_anywhere(text) or is_counter_line(text)):
        return True
    if seen_body:
        return is_correction_note(text)
    return is_subscription_note(text)
