"""An e-mail newsletter saved as a page: its lines about the e-mail itself and about the reader's
subscription, which are furniture, known by their form rather than their words' topic:

- the letter offering itself elsewhere: "View this email in your browser", "Trouble reading this?
  Open it in your browser", "Web version";
- the letter asking how it reached the reader: "Forwarded this email?", "Did someone forward this
  to you? Sign up here";
- the reason the reader gets it: "You are receiving this email because …", "You're getting this
  because you signed up …";
- the subscription's links: "Unsubscribe", "Update your preferences", "Manage your subscription";
- a sponsor's block: "Sponsored: …", "Presented by …", "This issue is brought to you by …";
- a sign-off with only a first name ("Tural"), after closing words or over the footer.

And its date: the one on the letter's header line, over its heading ("A weekly letter … ·
Thursday, 12 June 2025"), when the page states no other.
"""
from __future__ import annotations

import re

from azmap.corpus.release_dateline import release_dateline
from azmap.corpus.doc_memo import lowered

# the letter offering itself elsewhere, or asking how it reached the reader: at a passage's start
_ABOUT_ITSELF = re.compile(
    r"^\W*(?:(?:view|read|open|see|display)\s+(?:this|it|the|our)?\s*(?:e-?mail|newsletter|issue|letter|message)?\s*"
    r"(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser\b|(?:having\s+(?:any\s+)?)?(?:trouble|problems?)\s+"
    r"(?:reading|viewing|seeing|displaying)\s+(?:this|it)\b|"
    r"(?:view\s+the\s+)?web\s+version\b|view\s+(?:it\s+)?online\b|im\s+browser\s+(?:ansehen|öffnen|anzeigen)\b|"
    r"(?:afficher|voir)\s+(?:dans\s+(?:votre|le)\s+navigateur|la\s+version\s+en\s+ligne)\b|"
    r"forwarded\s+this(?:\s+e-?mail|\s+newsletter)?\s*\?|(?:did|has)\s+someone\s+forward(?:ed)?\s+(?:this|you)\b|"
    r"was\s+this\s+(?:e-?mail\s+|newsletter\s+)?forwarded\b)", re.I)
# the reason the reader gets it, and the subscription's links: anywhere in a short passage
_SUBSCRIPTION = re.compile(
    r"\byou(?:['’]re|\s+are)?\s+(?:receiving|getting|received|get)\s+this\s+(?:e-?mail|newsletter|message|letter|"
    r"because)\b|\b(?:update|manage|change|edit)\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|subscription|"
    r"settings)\b|^\W*unsubscribe\b|\bunsubscribe\W*$|\babmelden\b|\bse\s+désabonner|\bdésinscription\b|"
    r"отписаться", re.I | re.M)
_SPONSOR = re.compile(r"^\W*(?:sponsored(?:\s+by)?|presented\s+by|a\s+word\s+from\s+our\s+sponsors?|"
                      r"(?:this\s+(?:issue|newsletter|edition|week['’]s\s+\w+)\s+is\s+)?brought\s+to\s+you\s+by|"
                      r"in\s+partnership\s+with|partner\s+content|advertisement|anzeige|publicité|реклама|"
                      # (the label of a sponsor's block in French and Spanish letters)
                      r"partenaire|en\s+partenariat\s+avec|sponsorisé|patrocinado(?:\s+por)?|patrocinio)\b\W",
                      re.I)
_FIRST_NAME = re.compile(r"^[A-ZÀ-ÞА-ЯЁƏ][a-zà-ÿа-яёə'’-]{1,15}[.!]?$")
_CLOSING = re.compile(r"^[^.!?\d]{2,40},$")  # "Until next Friday,", "Best wishes,"
_MAX_CHARS = 700

def _about_the_letter(text: str) -> bool:
    if _SPONSOR.match(text) or _ABOUT_ITSELF.match(text):  # (anchored: most passages fail at their first word)
        return True
    low = lowered(text)
    return ("this" in low and ("receiv" in low or "getting" in low or " get " in low) or "subscri" in low
            or "preferences" in low or "settings" in low or "abmelden" in low or "désabonn" in low
            or "désinscri" in low or "отпис" in low) and bool(_SUBSCRIPTION.search(text))


# a forwarder's note pointing at the message it carries ("See below from …", "FYI - forwarding …")
_POINTS_BELOW = re.compile(r"\b(?:see|read|find|note)\s+(?:the\s+)?(?:below|(?:message|e-?mail|note|thread)\s+below)\b|"
                           r"\bbelow\s+from\b|\b(?:forwarding|passing\s+on)\b|^\W*fyi\b", re.I)
_SIGN_OFF = re.compile(r"^[^.!?\d\n]{2,30},\s+[A-ZÀ-ÞА-ЯЁƏ][\w'’-]{1,15}\.?$")  # "Thanks, Sabina"


def is_forward_note(text: str, after: str) -> bool:
    """A forwarder's note over the message a forward carries: a short passage pointing at the message
    below, signed off by the forwarder right after it ("Thanks," and a first name)."""
    after = " ".join(after.split())
    return len(text) <= _MAX_CHARS and bool(_SIGN_OFF.match(after)) and bool(_POINTS_BELOW.search(text))


def is_mail_furniture(text: str, before: str = "", after: str = "") -> bool:
    """Whether a passage (``before`` and ``after``: the passages next to it) is a newsletter's
    line about itself, its reader's subscription or its sponsor, or its first-name sign-off, or a
    forwarder's note over the message a forward carries."""
    text = text.strip().strip("|").strip()
    if not text or len(text) > _MAX_CHARS:
        return False
    if is_forward_note(text, after):
        return True
    if _FIRST_NAME.match(text):
        after = after.strip().strip("|").strip()
        return bool(_CLOSING.match(before.strip().strip("|").strip())) or bool(after) and _about_the_letter(after)
    return _about_the_letter(text)


_H1 = re.compile(r"<h1\b", re.I)
_TAG = re.compile(r"<[^>]*>")
_HIDDEN = re.compile(r"(?is)<(script|style|title)\b.*?</\1\s*>")
_LINE_BREAK = re.compile(r"(?i)<(?:br|/?p|/?td|/?tr|/?div|/?span)\b[^>]*>")


def header_date(meta, markup: str) -> None:
    """The date of a newsletter's header line over its first heading, where the page states none;
    only a page with a newsletter's furniture ("unsubscribe", "view … in your browser") is asked.
    A release's dateline under the heading dates a page first (release_dateline.py)."""
    release_dateline(meta, markup)
    if meta.date or "unsubscribe" not in markup.lower():
        return
    from azmap.corpus.metadata import parse_date

    heading = _H1.search(markup)
    if not heading:
        return
    head = _HIDDEN.sub(" ", markup[max(0, heading.start() - 20000):heading.start()])
    lines = [" ".join(_TAG.sub(" ", piece).split()) for piece in _LINE_BREAK.split(head)]
    for line in reversed([ln for ln in lines if ln][-8:]):
        if len(line) <= 120:
            when = parse_date(line)
            if when:
                meta.found("date", when, "newsletter's header line")
                return
