"""Notices an e-mail carries under its text, and the speaker labels a monitoring service's
transcript puts at a paragraph's start: what a text carries, none of it the text's words."""
from __future__ import annotations

import re

# a print-saving line ("Please consider the environment before printing this e-mail"; "Think before
# you print"; "Save paper - do not print this message unless necessary")
_PRINT = re.compile(
    r"\b(?:consider|think\s+of|think\s+about|respect)\s+the\s+environment\b.{0,40}\bprint"
    r"|\bthink\s+before\s+(?:you\s+)?print(?:ing)?\b"
    r"|\b(?:do\s+not|don['’]t|please\s+don['’]t)\s+print\s+this\s+(?:e-?mail|message)\b"
    r"|\bsave\s+(?:paper|a\s+tree|trees)\b.{0,40}\bprint", re.I)
# a confidentiality notice: the message is meant for its addressee alone; delete it if received in error
_CONFIDENTIAL = re.compile(
    r"\b(?:intended|meant)\s+(?:solely|only|exclusively)\s+for\s+the\s+(?:use\s+of\s+the\s+)?"
    r"(?:addressee|recipient|named\s+recipient|individual|person)s?\b"
    r"|\bif\s+you\s+(?:have\s+)?(?:received|are\s+not\s+the\s+intended\s+recipient)\b.{0,60}"
    r"\b(?:in\s+error|by\s+mistake|notify|delete|destroy)\b"
    r"|^\W*confidentiality\s+(?:notice|note|statement|warning)\b", re.I)
_MAIL_WORDS = ("mail", "message", "print", "addressee", "recipient", "confidential")
_MAX_CHARS = 1200


def is_mail_notice(text: str) -> bool:
    """A print-saving line or a confidentiality notice under an e-mail (at most 1,200 characters):
    furniture of the message, never its text."""
    if len(text) > _MAX_CHARS:
        return False
    low = text.lower()
    if not any(map(low.__contains__, _MAIL_WORDS)):
        return False
    flat = " ".join(text.split())
    return bool(_PRINT.search(flat) or _CONFIDENTIAL.search(flat))


# "[Presenter] …", "[Correspondent] …", "[Passage omitted] …": a role (or two) in brackets at the
# start of a line with the words following it; a link ("[Presenter](…)") or a citation ("[12]") is none
_ROLES = (r"presenter|correspondent|reporter|announcer|anchor|anchorman|anchorwoman|newsreader|narrator|"
          r"host|interviewer|commentator|moderator|speaker|caption|passage\s+omitted|words\s+indistinct|"
          r"music|applause|video\s+caption|studio|translator|interpreter")
_LABEL = re.compile(r"^(?P<lead>[ \t>*_]*)\[(?:(?:studio|male|female|unidentified|second|first)\s+)?"
                    r"(?:" + _ROLES + r")(?:\s+\w+){0,2}\]\s+(?=\S)(?!\()", re.I | re.M)


def strip_speaker_labels(text: str) -> str:
    """The text without the bracketed speaker labels opening its lines ("[Presenter] The commission
    met …" -> "The commission met …"); a line that is only a label, or a bracketed note on the
    video, stays as it is."""
    if "[" not in text:
        return text
    return _LABEL.sub(lambda m: m.group("lead"), text)
