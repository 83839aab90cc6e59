"""Who wrote a document, where it says so in a form that is no byline under the title:

- a credit line at its foot: "(Reporting by A in Baku and B in Aktau; Editing by C)", "Questions by
  A. Photographs: …", an interview's "Das Gespräch führte A." (the reporters, writers and
  interviewers are the authors; editors, photographers and translators are not);
- a note about the author at its end: "— Written by A, a researcher at X.", "A is a senior fellow
  at X, where …", "The author is a lecturer at X." (the note gives the author's affiliation); the
  same note in a web page's author's box;
- a credit in a paragraph of its own, at the end or under "Acknowledgements": "The author is A,
  Head of X at Y." (Y is A's affiliation), "This report was researched and written by A and B of Y.";
- the office that issued a release, named at its foot ("Issued by the Press Office of …");
- names with raised numbers under a paper's title and the numbered affiliations below them
  ("A¹, B² and C¹" / "¹ University of …").

Each reader returns what it found and where its line starts; nothing is guessed: a line that
does not have one of these forms whole gives nothing.
"""
from __future__ import annotations

import re

from azmap.corpus import affiliation_marks, byline_line
from azmap.corpus.doc_memo import per_document
from azmap.corpus.press_office import press_office
from azmap.corpus.text_end import body_before, ends_body, quotes_speech
from azmap.corpus.metadata import (_INSTITUTION, _PRESS_OFFICE, _ROLE_WORDS, _is_personal_name, _person,
                                   parse_date)

_AUTHOR_ROLE = r"reporting|reported|writing|written|words|text|story|interview|interviewed|questions|research|" \
               r"researched|compiled|prepared|interview and photos|text and photos"
_OTHER_ROLE = r"additional reporting|editing|edited|photos?|photographs?|photography|graphics?|translat\w*|" \
              r"fact-check\w*|design(?:ed)?|illustrations?|maps?|video|production|produced|sub-?editing"
# the same roles as a wire's closing credit names them in German, French and Spanish ("Bericht von A,
# redigiert von B", "Reportage de A ; édité par B", "Información de A; edición de B")
_AUTHOR_ROLE_OTHER = r"bericht|berichterstattung|text|recherche|reportage|reportaje|texte|enquête|información|" \
                     r"informaci[oó]n|texto|redactado|escrito"
_OTHER_ROLE_OTHER = r"redigiert|redaktion|bearbeitet|bearbeitung|übersetzt|übersetzung|fotos?|bilder|grafik|" \
                    r"mitarbeit|édité|édition|traduit|traduction|relu|révisé|edición|editado|traducido|" \
                    r"traducción|corregido"
# (and byline_line.py's roles by meaning, every language's, after these)
_AUTHOR_ROLE_OTHER += "|" + byline_line.role_alternation(writing=True)
_OTHER_ROLE_OTHER += "|" + byline_line.role_alternation(writing=False)
_BY = r"by|von|de|d['’]|par|por"
_CREDIT_PART = re.compile(rf"^(?:({_AUTHOR_ROLE}|{_AUTHOR_ROLE_OTHER})|({_OTHER_ROLE}|{_OTHER_ROLE_OTHER}))"
                          rf"(?:\s+(?:{_BY})\s*|\s*:\s+)(.+)$", re.I)
# where a credit's parts meet: a semicolon, a full stop before a capital, a comma before another role
_CREDIT_SPLIT = re.compile(rf"\s*;\s*|\.\s+(?=[A-ZÀ-Þ])|,\s*(?=(?:{_OTHER_ROLE_OTHER}|{_OTHER_ROLE})\s+(?:{_BY})\b)",
                           re.I)
# a sentence of the credit that gives the desk's address ("Bei Rückfragen … unter desk@…"): no credit
_CONTACT = re.compile(r"\S@\S|https?://|www\.")
_LABEL_PART = re.compile(r"^[A-Z][\w -]{1,30}:\s+\S")  # "Photographs: Caspian Seal Survey"
_PLACE = re.compile(r"\s+(?:in|from|aus|à|en)\s+[A-ZÀ-Þ][\w'’ -]{1,40}$")  # "Nigar Aliyeva in Baku"
_NAME_LIST = re.compile(r",\s*(?:(?:and|und|et|y)\s+)?|\s+(?:and|&|und|et|y)\s+")
_MAX_CREDIT_CHARS = 300
# an interview's closing credit naming who led it, said with a verb rather than "<role> by": "Das Gespräch
# führte A.", "This interview was conducted by A."
_LED_BY = re.compile(r"^(?:(?:das|dieses)\s+)?(?:gespräch|interview)\s+führten?\s+(.+)$|"
                     r"^(?:(?:this|the|our)\s+)?(?:interview|conversation)\s+was\s+(?:conducted|led|held)\s+by\s+(.+)$",
                     re.I)
# a label over a page's tags ("Tags: gas, tariffs", "Filed under: Economy", "Themen: …")
_TAGS_LINE = re.compile(r"^(?:tags?|topics|related\s+topics|filed\s+under|keywords|themen|schlagwörter|thèmes|"
                        r"mots-clés|sujets|теги|темы|ключевые\s+слова|etiketler|konular)\s*:", re.I)


def _tail(text: str, start: int, count: int, within: int = 3000) -> list[tuple[int, str]]:
    """The last ``count`` (1 or more) non-empty lines after ``start`` (within the last ``within`` characters), each with
    where it starts, stripped: the last of the runs of characters other than a line break that hold
    one other than white space (a pattern's finds over the whole tail before), read from the end."""
    tail_from = max(start, len(text) - within)
    out: list[tuple[int, str]] = []
    end = len(text)
    while len(out) < count:
        at = max(text.rfind("\n", tail_from, end) + 1, tail_from)
        line = text[at:end].strip()
        if line:
            out.append((at, line))
        if at <= tail_from:
            break
        end = at - 1
    out.reverse()
    return out


def _plain(line: str) -> str:
    return line.strip().strip("*_").strip()


def _people(names: str) -> list[str] | None:
    """The people of "A in Baku and B in Aktau", "A, B and C"; None when one of them is no
    person's name (a date after the names is let go)."""
    out = []
    for piece in _NAME_LIST.split(names.strip(" .")):
        piece = _PLACE.sub("", piece.strip())
        if not piece or parse_date(piece):
            continue
        if not _is_personal_name(piece):
            return None
        out.append(piece)
    return out or None


def credited(line: str) -> list[str] | None:
    """The people a credit line names as its authors ("(Reporting by A in Baku; Editing by C)"):
    every part of it (split at semicolons and full stops) is a "<role> by <names>" or a "Label: …",
    and at least one names the people who reported, wrote or asked the questions; None otherwise."""
    line = _plain(line)
    led = _LED_BY.match(line) if len(line) <= _MAX_CREDIT_CHARS else None
    if led:
        return _people(led.group(1) or led.group(2))
    if len(line) > _MAX_CREDIT_CHARS or not _CREDIT_PART.match(line.lstrip("(")) and " by " not in line.lower():
        return None
    inner = line[1:-1] if line.startswith("(") and line.endswith(")") else line
    parts = [p.strip() for p in _CREDIT_SPLIT.split(inner.strip().rstrip(".")) if p.strip()]
    authors: list[str] = []
    for k, part in enumerate(parts):
        if k and _CONTACT.search(part):
            continue  # "Bei Rückfragen wenden Sie sich an die Redaktion unter desk@…"
        m = _CREDIT_PART.match(part)
        if m and m.group(1):
            people = _people(m.group(3))
            if people is None:
                return None
            authors += [p for p in people if p not in authors]
        elif not (m or _LABEL_PART.match(part)):
            return None
    return authors or None


def credit_line(text: str, start: int = 0) -> tuple[list[dict], int] | None:
    """(the authors, where the line starts) of a credit line (``credited``) among the last lines of
    a text, after some of the body and with none of it under it (text_end.ends_body)."""
    lines = _tail(text, start, 10)  # (a credit in brackets among the last ten, another line among the last four)
    for at, raw in sorted(set(lines[-4:] + _wrapped(lines)), key=lambda x: (x[0], len(x[1])), reverse=True):
        authors = credited(raw)
        if authors and _at_the_end(text, start, at):
            return [{"name": n, "affiliation": None} for n in authors], at
    return None


def _wrapped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each run of lines in brackets among the lines, wrapped over up to four lines ("(Bericht von A, /
    redigiert von B. / Bei Rückfragen …)"), or on one, as one line where its first line starts."""
    out = [(at, line) for at, line in lines if line.startswith("(") and line.endswith(")")]
    for k, (at, line) in enumerate(lines):
        if line.startswith("(") and not line.endswith(")"):
            for j in range(k + 1, min(k + 4, len(lines))):
                if ")" in lines[j][1]:
                    if lines[j][1].endswith(")"):
                        out.append((at, " ".join(x for _, x in lines[k:j + 1])))
                    break
    return out


def _is_note(line: str) -> bool:
    """A line that may stand under a note at a text's end: a credit line, another note's form."""
    return bool(credited(line) or _WRITTEN_BY.match(line) or _IS_A.match(line) and not quotes_speech(line))


def _at_the_end(text: str, start: int, at: int) -> bool:
    """Whether a note or a credit line starting at ``at`` stands at the text's end: some of the body over
    it, none under it but notes, credits and the page's furniture (on a short text the last lines are the
    body's first ones too: a biography line under a byline is no end)."""
    return ends_body(text[:end_past_furniture(text, start)], start, at, _is_note)


_WRITTEN_BY = re.compile(r"^(?:[—–-]{1,2}\s*)?(?:written|reported|compiled|words) by\s+([^,.;]{3,60}?)"
                         r"(?:,\s*(?:a|an|the)?\s*([^.]{3,160}))?\.(?:\s.*)?$", re.I)
_THE_AUTHOR = ("the author", "the writer", "this article's author", "der autor", "die autorin", "l'auteur",
               "l’auteur", "l'autrice", "l’autrice", "el autor", "la autora")
_IS_A = re.compile(r"^(?:[—–-]{1,2}\s*)?(the author|the writer|this article's author|der autor|die autorin|"
                   r"l['’]auteur|l['’]autrice|el autor|la autora|[^,.;]{3,60}?)\s+"
                   r"(?:is|was|works as|ist|war|est|était|es)\s+(?:a|an|the|ein|eine|un|une|una)?\s*"
                   r"([^.]{3,200}?)\.(?:\s.*)?$", re.I)
# the institution after "at" ("a senior fellow at the X Institute, where …"), and its German, French
# and Spanish words ("Referentin bei der X", "chercheur à l'Institut X", "investigador en la X")
# and Italian's ("ricercatore presso l'Istituto X"); "and" between two capitalised words is the name's own
# ("the Georgian Foundation for Strategic and International Studies")
_AND = r"\s+(?:and|und|et|y)\b(?!\s+[A-ZÀ-Þ])"
_AT = re.compile(r"(?<!\w)(?:at|with|bei|an der|an dem|am|à|au|en|presso)\s+"
                 r"(?:the\s+|der\s+|dem\s+|la\s+|l['’]|el\s+|il\s+|lo\s+)?"
                 r"([A-ZÀ-Þ][^,;()]{2,100}?)(?:,|\s+(?:where|who|in|wo|où|à|en|donde)\b|" + _AND + r"|$)")
_ROLES_ABROAD = frozenset("""forscher forscherin referent referentin direktor direktorin professorin dozent dozentin
    wissenschaftler wissenschaftlerin chercheur chercheuse directeur directrice professeur maître enseignant
    investigador investigadora director directora profesor profesora analista""".split())


# the institution in the genitive: "a senior fellow of the X Institute", "investigadora principal del Instituto
# X", "chercheur de l'Institut X": taken only when it names an institution by its kind's word
_OF = re.compile(r"(?<!\w)(?:of|del|de la|de l['’]|du|des|der|della|dell['’])\s*(?:the\s+)?"
                 r"([A-ZÀ-Þ][^,;()]{2,100}?)(?:,|\s+(?:where|who|in|wo|où|à|en|donde|e)\b|" + _AND + r"|$)")
_IN_PLACE = ("en", "à", "au")  # "en", "à": "in" too ("vive en Madrid"): an institution's word or an article after it


# a post written as a title, in capitals, two words or more ("Senior Assistant Editor", "Head of Research"),
# then the preposition before the institution
_TITLED_POST = re.compile(r"^((?:[A-ZÀ-ÞА-ЯЁ][\w'’-]+)(?:\s+(?:(?:of|for|and|&|de|du|des|en|di|del|für)\s+)?"
                          r"[A-ZÀ-ÞА-ЯЁ][\w'’-]+){1,5})\s+(?=(?:at|with|bei|à|au|en|presso)\s)")


def _affiliation(role: str, titled_post: bool = False) -> str | None:
    """The institution a note's role names ("a senior fellow at the Ganja Institute for Regional
    Studies, where he works on rivers"): the name after "at" (or in the genitive, ``_OF``); None
    when it names none. With ``titled_post`` (a note saying "A is <role>"), a post written as a title
    before it (``_TITLED_POST``: "Senior Assistant Editor with The Deccan Ledger in New Delhi") goes with
    it, joined by a comma: "Senior Assistant Editor, The Deccan Ledger"."""
    titled = _TITLED_POST.match(role.strip()) if titled_post else None
    if titled and not _INSTITUTION.search(titled.group(1)):
        found = _institution_after(role.strip()[titled.end():])
        return f"{titled.group(1)}, {found}" if found else None
    return _institution_after(role)


def _institution_after(role: str) -> str | None:
    for m in _AT.finditer(role):
        word = m.group(0).split()[0].lower()
        if word not in _IN_PLACE or _INSTITUTION.search(m.group(1)) or re.match(r"\S+\s+(?:la|el|l['’])", m.group(0)):
            return m.group(1).strip()
    m = _OF.search(role)
    return m.group(1).strip() if m and _INSTITUTION.search(m.group(1)) else None


_CAPITALISED = re.compile(r"^[^\W\d_]")
_CLAUSE_END = re.compile(r"[,;.()«»\"]|\s[—–-]\s")
# a Turkish or Azerbaijani possessive in the genitive ("Universitetinin", "Üniversitesinin"): its last
# syllable is the case's ending
_GENITIVE = re.compile(r"(?<=[iıuü]n)[iıuü]n$|(?<=[iıuü])n[iıuü]n$")


def named_institution(role: str) -> str | None:
    """The institution a role names with no preposition before it: the first run of words in capitals
    that names an institution by its kind's word (words.institution), as Turkish and Azerbaijani write
    it ("Orta Doğu Teknik Üniversitesi Uluslararası İlişkiler Bölümü'nde öğretim üyesidir": the words in
    capitals, without the case's ending) and Russian ("директор Центра исследований Южного Кавказа": a
    Cyrillic name goes on in lower case to the clause's end); None when no such run names one."""
    from azmap.corpus.words import institution

    if not role.strip()[:1].islower():
        return _institution_run(role, institution)
    for clause in _CLAUSE_END.split(role)[:4]:  # a role first ("политолог, директор Центра …", "enerji uzmanı, X …")
        found = _institution_run(clause, institution)
        if found:
            return found
    return None


def _institution_run(clause: str, institution) -> str | None:
    """named_institution's reading of one clause: its first run of words in capitals, if an institution's."""
    words = clause.split()
    for k, word in enumerate(words):
        if not (word[:1].isupper() and _CAPITALISED.match(word)):
            continue
        if "\u0400" <= word[0] <= "\u04ff":  # Cyrillic: to the clause's end
            run = words[k:]
        else:
            end = next((j for j in range(k, len(words)) if not words[j][:1].isupper()
                        and not (len(words[j]) <= 4 and words[j + 1:j + 2] and words[j + 1][:1].isupper())),
                       len(words))
            run = words[k:end]  # (a short word in lower case between two in capitals is the name's: "Academy of Public …")
            last = re.split(r"['’]", run[-1])[0]  # "Fakültesi'nde": the name without the case's ending
            run = run[:-1] + [_GENITIVE.sub("", last) if len(last) > 6 else last]
        name = " ".join(run).strip(" ,.")
        if institution(name):
            return name
        if len(run) > 1:
            return None  # the first run in capitals names someone or somewhere else
    return None


def end_note(text: str, start: int = 0) -> tuple[str | None, str | None, int] | None:
    """(the author's name, or None for "The author …"; the affiliation; where the note starts) of
    a note about the author among the last lines of a text. The role must be one (a fellow, a
    lecturer, a researcher, …) or name an institution: "Rahimov is a stubborn man." is no note."""
    for at, raw in reversed(_tail(text, start, 3)):
        line = _plain(raw)
        if len(line) > _MAX_CREDIT_CHARS or quotes_speech(line) or not _at_the_end(text, start, at):
            continue  # (a paragraph that quotes a person's words is the body's: a report about her)
        written = _WRITTEN_BY.match(line)
        if written and _is_personal_name(written.group(1).strip()):
            role = written.group(2) or ""
            return written.group(1).strip(), _affiliation(role), at
        said = _IS_A.match(line)
        if not said:
            continue
        who, role = said.group(1).strip(), said.group(2)
        words = {w.lower().strip(",") for w in role.split()}
        words = words if not words & _ROLES_ABROAD else words | {"fellow"}  # a position in another language
        if who.lower() in _THE_AUTHOR:
            if words & _ROLE_WORDS or _INSTITUTION.search(role):
                return None, _affiliation(role, True), at
            continue
        if words & _ROLE_WORDS and _is_personal_name(who):  # a position, not "a trading name of …"
            return who, _affiliation(role, True), at
    return None


# an outlet's desk named as the author in its tags ("Weitblick Redaktion", "Corridor Weekly staff")
_DESK = re.compile(r"\b(?:redaktion|redacción|rédaction|redazione|redactie|редакция|staff|desk|newsroom|team)\b", re.I)


def names_a_person(author: dict) -> bool:
    """Whether an author read is a person: no organisation, no outlet's desk, a person's name."""
    from azmap.corpus.name_words import names_no_one

    name = author["name"]
    return not author.get("organisation") and not _DESK.search(name) and _is_personal_name(name) \
        and not names_no_one(name, cued=True)


_SHORT_P = re.compile(r"<p\b[^<>]{0,300}>((?:(?!</?p\b).){1,600}?)</p>", re.I | re.S)
MAX_MARKUP_PARAGRAPHS = 300


def credit_in_markup(markup: str) -> list[str] | None:
    """The people a credit line in the page's markup names (``credited``), where the article reader
    left it out: an interview's closing "Das Gespräch führte A." in a paragraph of its own after the
    headline, before the readers' comments. The last such paragraph's."""
    import html
    from itertools import islice

    from azmap.corpus.metadata_html import comments_at

    start = max(markup.find("<h1"), 0)
    stop = comments_at(markup, start)
    found = None
    for m in islice(_SHORT_P.finditer(markup, start, stop), MAX_MARKUP_PARAGRAPHS):
        line = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", m.group(1))).split())
        if len(line) <= _MAX_CREDIT_CHARS and _LED_BY.match(_plain(line)):
            found = credited(line) or found
    return found


_INLINE_TAG = re.compile(r"</?(?:strong|b|em|i|a|span)\b[^<>]*>", re.I)


def note_in_markup(markup: str, name: str) -> str | None:
    """The institution a note about a writer in the page's markup gives (an author's box, which the
    article reader leaves out: "<p>A is a senior researcher at X, where …</p>"): the first of the
    first places the page names the writer that opens such a note, or None. The same forms as a
    note at a text's end."""
    import html

    at = max(markup.find("<body"), 0)
    for _ in range(8):
        at = markup.find(name, at)
        if at < 0:
            return None
        # (the name and the note in the same block, the name in an inline element: "<strong>A</strong> is …")
        piece = _INLINE_TAG.sub("", markup[at:at + 3 * _MAX_CREDIT_CHARS])
        end = piece.find("<", 0, 2 * _MAX_CREDIT_CHARS)
        line = " ".join(html.unescape(piece[:end]).split()) if end >= 0 else ""
        at += len(name)
        said = _IS_A.match(line) if len(line) > len(name) + 8 and not quotes_speech(line) else None
        if not said or said.group(1).strip() != name:
            continue
        role = said.group(2)
        words = {w.lower().strip(",") for w in role.split()}
        if words & (_ROLE_WORDS | _ROLES_ABROAD) or _INSTITUTION.search(role):
            found = _affiliation(role, True)
            if found:
                return found
    return None


def office_at_foot(text: str, start: int = 0) -> str | None:
    """The press office that issued a release, as its foot names it ("Issued by the Press Office of
    the State Maritime Agency")."""
    from azmap.corpus.byline_grammar import contact_label
    from azmap.corpus.signature_lines import label_over

    lines = _tail(text, start, 6)
    for k in range(len(lines) - 1, -1, -1):
        line = _plain(lines[k][1])
        if any(label_over(over) or contact_label(over) for _, over in lines[max(0, k - 2):k + 1]):
            continue  # under a contact's label ("Media contact:" / a name / "Press Office, …"): whom to ask
        m = _PRESS_OFFICE.match(line)
        if m and len(line) <= 120 and not line.endswith("."):
            return m.group(1).strip()
        if press_office(line):  # "Пресс-служба Министерства …", "Pressestelle des …" (press_office.py)
            return press_office(line)
    return None


_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_MARK = r"(?:\d{1,2}|[*†‡§]+)(?:[,+](?:\d{1,2}|[*†‡§]+))*"  # "1", "1,2", "1,*": numbers, and marks for notes
_MARKED_NAME = re.compile(rf"^(.+?)\s?({_MARK})$")
_ANY_MARK = re.compile(r"[\d*†‡§]")  # what every _MARK begins with
_MARKED_AFFILIATION = re.compile(rf"^({_MARK})\s*([A-ZÀ-Þ].{{2,150}})$")


def marked_authors(lines: list[str]) -> tuple[list[dict], set[int]]:
    """A paper's authors as names with raised numbers on a line under the title ("Kamala Safarova 1
    and David Price 2") and the numbered affiliations on the lines after it ("1 Azerbaijan State
    University of Economics"): the authors, each with the affiliation its number gives, and the
    lines read. Nothing when a name has no number or a number no affiliation."""
    for k, raw in enumerate(lines[:10]):
        line = raw.translate(_SUPERSCRIPTS).strip()
        if len(line) > _MAX_CREDIT_CHARS or not _ANY_MARK.search(line):
            continue  # (every name must end with a mark: a line without one has no name marked)
        joined = re.sub(r"(?<=[\d*†‡§]),(?=[\d*†‡§])", "+", line)  # "1,*": one name's marks
        pieces = [p.strip() for p in _NAME_LIST.split(joined) if p.strip()]
        marked = [_MARKED_NAME.match(p) for p in pieces]
        if not pieces or not all(marked) or not all(_is_personal_name(m.group(1).strip()) for m in marked):
            continue
        affiliations, used = {}, {k}
        for j in range(k + 1, min(len(lines), k + 12)):
            # (affiliations side by side on one line answer a mark each: affiliation_marks.answer_parts)
            found = [_MARKED_AFFILIATION.match(part.translate(_SUPERSCRIPTS).lstrip("^").strip()[:_MAX_CREDIT_CHARS])
                     for part in affiliation_marks.answer_parts(lines[j])]
            if not all(found) or all(m.group(1) in affiliations for m in found):
                break  # (a mark answered already: "2 April 2026" under the affiliations is their date, none of them)
            for m in found:
                affiliations[m.group(1)] = m.group(2).strip()
            used.add(j)
        authors = []
        for m in marked:
            numbers = [n for n in re.split(r"[,+]", m.group(2)) if n.isdigit() or n in affiliations]  # "*": a note's mark
            numbers = [d for n in numbers for d in (n if n not in affiliations and len(n) > 1 and n.isdigit()
                                                    and list(n) == sorted(set(n)) and all(d in affiliations for d in n)
                                                    else [n])]  # "¹²": 1 and 2 ("11": no two marks)
            if not numbers or not all(n in affiliations for n in numbers):
                return [], set()
            places = [affiliations[n] for n in numbers if affiliation_marks.affiliation_sign(n, affiliations[n])]
            authors.append({"name": m.group(1).strip(), "affiliation": "; ".join(places) or None})
        return authors, used
    return [], set()


# what a page puts under its text: a copyright line, a related link, a note of when it was retrieved,
# a bare address
_COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\b)", re.I)
_RELATED = re.compile(r"^(?:related|see also|read more|read also|also read|more on this|further reading|"
                      r"voir aussi|lire aussi|siehe auch|mehr zum thema|véase también|leer más|читайте также|"
                      r"см\. также)\s*:", re.I)
_RETRIEVED = re.compile(r"^(?:retrieved|accessed|consulté|abgerufen|consultado|дата обращения)\b", re.I)
_SHARE = re.compile(r"^(?:share(?: this)?(?: article| story| post| page)?|teilen|partager|compartir|condividi|"
                    r"поделиться)\b.{0,60}$|^(?:(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|telegram|reddit|print|"
                    r"copy link|vk|pinterest|bluesky)(?:\s*[|·,/]\s*|\s+|$))+$", re.I)
_URL_LINE = re.compile(r"^(?:[^\s:]{1,30}:\s*)?<?https?://\S+$")


def end_past_furniture(text: str, start: int) -> int:
    """Where the text ends once the page's furniture after it is set aside: the trailing lines that
    are a tags line, a call to action or a notice about the page, a copyright line, a related link,
    a note of when the page was retrieved (a signature or a date may stand over them). Worked out
    once a document for a text and start (the rules at the end ask it again and again, of the text
    and of the text cut there: doc_memo.py)."""
    return _end_past_furniture((text, start))


@per_document
def _end_past_furniture(asked: tuple[str, int]) -> int:
    from azmap.corpus.appeals import is_reader_furniture

    text, start = asked
    end = len(text.rstrip())
    while end > start:
        line_at = text.rfind("\n", start, end) + 1
        line = _plain(text[max(line_at, start):end])
        if not line or len(line) > 200 or not (
                _TAGS_LINE.match(line) or _COPYRIGHT_LINE.match(line) or _RELATED.match(line)
                or _RETRIEVED.match(line) or _URL_LINE.match(line) or _SHARE.match(line) or is_reader_furniture(line)):
            break
        end = len(text[:max(line_at, start)].rstrip())
    return end


_DATED = re.compile(r"^(?:dated|date|signed|done at [^,]{2,40}|fait à [^,]{2,40}|datum|fecha)\s*[:,]?\s*"
                    r"(?:(?:on|le|am|el)\s+)?(.{6,40})$", re.I)
_PLACE_THEN_DATE = re.compile(r"^([A-ZÀ-ÞА-Я][\w'’-]+(?: [A-ZÀ-ÞА-Я][\w'’-]+){0,2}),\s+(.{6,40})$")


def dated_at_end(text: str, start: int = 0) -> tuple[str, int] | None:
    """(the date, where its line starts) of a document dated at its end, over the page's furniture:
    "Dated: 12 March 2021", "Baku, 12 March 2021", "Fait à Bakou, le 12 mars 2021"."""
    end = end_past_furniture(text, start)
    for at, raw in reversed(_tail(text[:end], start, 3)):
        line = _plain(raw).rstrip(".")
        m = _DATED.match(line) or _PLACE_THEN_DATE.match(line)
        when = parse_date(m.group(m.lastindex)) if m and len(line) <= 60 else None
        if when:
            return when, at
    return None


def end_of_text(text: str, start: int) -> int:
    """Where the text ends past the page's furniture (``end_past_furniture``) and a last line that
    dates it ("Dated: 12 March 2021"): where a signature would stand last (once a document, as above)."""
    return _end_of_text((text, start))


@per_document
def _end_of_text(asked: tuple[str, int]) -> int:
    text, start = asked
    end = end_past_furniture(text, start)
    dated = dated_at_end(text[:end], start)
    if dated and "\n" not in text[dated[1]:end].strip():
        end = len(text[:dated[1]].rstrip())
    return end


def name_over_position(text: str, start: int = 0) -> tuple[str, str, int] | None:
    """(name, position, where it starts) of a signature at the end with no closing words: the last
    block of the text, apart from the body by a blank line, a person's name on its first line and
    a position or an institution on the next ("Ilgar Mirzayev" / "Former Deputy Minister of
    Transport") or after a comma on the same line ("Leyla Quliyeva, Environment Reporter")."""
    text = text[:end_of_text(text, start)]
    tail_from = max(start, len(text) - 600)
    gap = None
    for gap in re.finditer(r"\n[ \t]*\n", text[tail_from:].rstrip()):
        pass
    if gap is None:
        return None
    at = tail_from + gap.end()
    lines = [_plain(ln) for ln in text[at:].strip().split("\n")]
    if len(lines) == 1 and lines[0].count(",") == 1:  # "Leyla Quliyeva, Environment Reporter" on one line
        lines = [part.strip() for part in lines[0].split(",")]
    if not 2 <= len(lines) <= 3:
        return None
    name, position = lines[0], lines[1]
    if not _is_personal_name(name) or len(position) > 90 or position.endswith(".") or parse_date(position):
        return None
    words = {w.lower().strip(",") for w in position.split()}
    if not (words & _ROLE_WORDS or _INSTITUTION.search(position)) or not position[:1].isupper():
        return None
    return name, _person(f"{name}, {position}")["affiliation"], at


# a credit in a paragraph of its own, its lines joined: "The author is A, Head of X at Y.", "This report
# was researched and written by A and B of Y."
_AUTHOR_IS = re.compile(r"^(?:the author|the writer|about the author:?)\s+is\s+([^,.;]{3,60}?),\s+([^.]{3,200}?)\.(?:\s|$)",
                        re.I)
_WORK_BY = re.compile(r"^this (?:report|paper|study|brief|briefing|publication|note|article|review|assessment|analysis)"
                      r"\s+(?:was|has been)\s+((?:(?:researched|written|prepared|drafted|authored|compiled|produced)"
                      r"(?:,\s*|\s+and\s+)?)+)\s+by\s+(.+?)\s+(?:of|at|from)\s+(?:the\s+)?([A-ZÀ-Þ][^.;]{2,100}?)\.(?:\s|$)",
                      re.I)
_ACKNOWLEDGEMENTS = re.compile(r"^#*\s*(?:acknowledg(?:e)?ments?|about (?:the|this) (?:authors?|report)|"
                               r"about this (?:paper|publication)|the authors?)\s*$", re.I)


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The paragraphs of text[start:end], each with its lines joined and where it starts."""
    return [(start + m.start(), " ".join(_plain(line) for line in m.group(0).splitlines()))
            for m in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[start:end])]


def credit_ends_body(text: str, start: int, at: int) -> bool:
    """Whether a credit paragraph starting at ``at`` ends the body: among the text's last 3,000 characters,
    after some of the body (on a short text a credit over the body opens it, text_end.body_before)."""
    return at > len(text) - 3000 and at > start and body_before(text, start, at)


def credit_paragraph(text: str, start: int = 0) -> tuple[list[dict], int] | None:
    """(the authors, where their credit starts) of a credit in a paragraph among the last ones of a
    text or the first under an "Acknowledgements" heading: "The author is A, Head of X at Y."
    (Y is A's affiliation), "This report was researched and written by A and B of Y." (both, Y
    theirs). A role that is no author's ("edited", "translated") gives nothing."""
    low = text.lower()
    if "the author is" not in low and "the writer is" not in low and " written by " not in low \
            and "researched" not in low and "prepared by" not in low:
        return None  # cheap guard
    tail_from = max(start, len(text) - 3000)
    candidates = _paragraphs(text, tail_from, len(text))[-6:]
    heading = None
    if "cknowledg" in low or "about th" in low or "the author" in low:
        heading = next((m for m in re.finditer(r"^[^\n]*$", text[start:start + 20000], re.M)
                        if _ACKNOWLEDGEMENTS.match(m.group(0).strip())), None)
    if heading:
        after = start + heading.end()
        candidates = _paragraphs(text, after, min(len(text), after + 1500))[:1] + candidates
    for at, para in candidates:
        if len(para) > 600:
            continue
        said = _AUTHOR_IS.match(para)
        if said and _is_personal_name(said.group(1).strip()):
            return [{"name": said.group(1).strip(), "affiliation": _affiliation(said.group(2))}], at
        work = _WORK_BY.match(para)
        if work:
            names = _people(work.group(2))
            if names:
                return [{"name": n, "affiliation": work.group(3).strip()} for n in names], at
    return None
