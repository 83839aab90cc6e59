"""A participants line's labels and people, in the languages the readers test lines by: a programme's roles,
several on the one line ("Host: A. Guest: B, researcher at …", "Ведуча: A. Гість: B, …"), and a bench's, a
jury's or a panel's members after their label ("JUSTICES: Justice A (President), Justice B, …"), each name
without the office before it or the role marked after it (speakers.py asks these of a participants line).
"""
from __future__ import annotations

import re

# a label naming people by the part they take, by meaning: who presents, who is invited, who sits in judgment
_LABELS = {
    "en": "hosts? presenters? guests? justices judges jury jurors adjudicators",
    "de": "moderation moderator moderatorin gastgeber(?:in)? gast gäste richter richterin(?:nen)? richter(?:innen)?",
    "fr": "animat(?:eur|rice)s? présentat(?:eur|rice)s? invitée?s? juges jurés",
    "es": "presentador(?:a|es|as)? moderador(?:a)? invitad[oa]s? magistrad[oa]s jueces jurado",
    "it": "conduttore conduttrice ospiti? giudici",
    "pt": "apresentador(?:a)? convidad[oa]s? juízes magistrad[oa]s",
    "pl": "prowadząc[ya] gość goście sędziowie",
    "ru": "ведущ(?:ий|ая) гост(?:ь|ья|и) судьи",
    "uk": "ведуч(?:ий|а) гіст[ья] гості судді",
    "tr": "sunucu konuk(?:lar)? hakimler yargıçlar",
    "az": "aparıcı qonaq(?:lar)? hakimlər",
}
LABEL_WORDS = "|".join(w for text in _LABELS.values() for w in text.split())
# a further role's label on the same line, after the full stop closing the one before ("… A. Guest: B")
_NEXT_LABEL = re.compile(rf"(?<=[.;])\s+(?:{LABEL_WORDS})\s*:\s*", re.I)
# the office before a member's name ("Justice A", "Richterin A", "судья A") and the role after it ("(President)")
_OFFICES = {
    "en": "justice judge lord lady",
    "de": "richter richterin",
    "fr": "juge",
    "es": "magistrado magistrada juez jueza",
    "it": "giudice",
    "pt": "juiz juíza desembargador desembargadora",
    "pl": "sędzia",
    "ru": "судья",
    "uk": "суддя",
    "tr": "hakim yargıç",
}
_OFFICE = re.compile(r"^(?:" + "|".join(w for text in _OFFICES.values() for w in text.split()) + r")\s+(?=\w)", re.I)
_MARKED_ROLE = re.compile(r"\s*\([^()]{2,40}\)\s*$")


def roles(named: str) -> list[str]:
    """A participants line's text after its first label, split at each further role's label: "A. Guest: B,
    post." → ["A.", "B, post."]; the line as it is when it holds one label only."""
    return [p for p in _NEXT_LABEL.split(named) if p.strip()]


def member(name: str) -> str:
    """A bench's member's name without the office before it or the role marked after it ("Justice A
    (President)" → "A")."""
    bare = _MARKED_ROLE.sub("", name.strip())
    rest = _OFFICE.sub("", bare, count=1)
    return rest if len(rest.split()) >= 2 else bare
