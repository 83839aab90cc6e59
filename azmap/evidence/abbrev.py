"""Abbreviations: which sense an abbreviation has in a document.

A document that spells an abbreviation out ("Bruton's tyrosine kinase (BTK)", "behind-the-ear (BTE)",
"bitcoin (BTC)") establishes that sense; one that spells it as the feature ("the South Caucasus
Pipeline (SCP)", "the Baku-Tbilisi-Ceyhan pipeline, known as BTC") establishes the feature. Where a
document has the other sense, a use is the feature only when the feature shows beside it: a word of
the feature's kind right after it ("BTC pipeline", "SCP gas"), or another of the gazetteer's names
near it.
"""
from __future__ import annotations

import re

from azmap.evidence import STRONG, WEAK, Verdict

# words of a route, a field or a terminal after its abbreviation
_FEATURE_NOUN = re.compile(
    r"^\s+(?:pipelines?|railway|rail|line|route|gas|oil|crude|terminal|consortium|shareholders|operator|capacity|"
    r"tariffs?|figures|volumes|flows|exports|expansion|project|system|corridor|link|throughput|stations?)\b", re.I)


def definitions(text: str, abbrs, names_feature, names_places=lambda s: False) -> dict:
    """abbreviation → {"other": [long forms], "feature": [long forms]} for those spelled out in text.
    ``names_feature(s, abbr)``: whether s names the abbreviation's own feature; ``names_places(s)``:
    whether s names places of the gazetteer ("Baku Tbilisi Ceyhan (BTC)" is no other sense)."""
    out: dict[str, dict[str, list[str]]] = {}
    for abbr in abbrs:
        if abbr not in text:
            continue
        for m in re.finditer(rf"\(\s*{re.escape(abbr)}\s*\)", text):
            head = text[max(0, m.start() - 80):m.start()].rstrip()
            words = re.findall(r"[\w'’-]+", head)[-7:]
            if not words:
                continue
            long_form = _long_form(words, abbr)
            if names_feature(head[-70:], abbr):
                sense = "feature"
            elif long_form and not names_places(long_form):
                sense = "other"  # spelled out as something that names no place of the gazetteer
            else:
                sense = None
            if sense:
                out.setdefault(abbr, {"other": [], "feature": []})[sense].append(long_form or " ".join(words[-4:]))
        for m in re.finditer(rf"\b(?:known\s+as|called|or)\s+(?:the\s+)?{re.escape(abbr)}\b", text):
            sentence = text[max(0, m.start() - 120):m.start()]
            if names_feature(sentence, abbr):
                out.setdefault(abbr, {"other": [], "feature": []})["feature"].append(abbr)
    return out


def _long_form(words: list[str], abbr: str) -> str | None:
    """The words before "(ABBR)" whose initials spell it ("behind-the-ear", "Secure Copy Protocol"),
    or a single word glossing it ("bitcoin (BTC)")."""
    letters = abbr.lower()
    for k in range(1, min(7, len(words)) + 1):
        parts = [p for w in words[-k:] for p in re.split(r"[-‐‑]", w) if p]
        initials = "".join(p[0].lower() for p in parts if p.lower() not in ("of", "the", "and", "for"))
        if initials == letters or "".join(p[0].lower() for p in parts) == letters:
            return " ".join(words[-k:])
    last = words[-1]
    if last.islower() and len(last) > 3:
        return last
    return None


def decide(text: str, start: int, end: int, defs: dict | None, near_feature: bool) -> Verdict | None:
    """None when the abbreviation is the feature here (or the document gives it no other sense); a
    Verdict when it is not: STRONG when nothing beside it speaks for the feature, WEAK when only a
    nearby name does in a document that never spells the abbreviation as the feature."""
    if not defs or not defs.get("other"):
        return None
    if _FEATURE_NOUN.match(text[end:end + 30]):
        return None
    shown = f"the document spells it out as “{defs['other'][0]}”"
    if near_feature:
        return None if defs.get("feature") else Verdict("abbreviation of something else", WEAK, shown)
    return Verdict("abbreviation of something else", STRONG, shown)
