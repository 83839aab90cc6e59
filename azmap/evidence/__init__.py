"""Evidence for what a candidate name names: the place of the gazetteer or something else.

Each kind of evidence is a module with one job, and each says *why* in words an analyst can check:

- ``span``: the whole proper-name span around the candidate and the words right beside it
  ("Gabala FK", "the cruiser Moskva", "Moscow time", "Caucasian Albania", "a Daryal-type radar");
- ``cues``: what says the place is meant ("in Lachin", "Lachin district", "Ceyhan is a town");
- ``discourse``: what the same document has established about the name (one sense per discourse);
- ``abbrev``: which of its senses an abbreviation has in the document ("Bruton's tyrosine kinase (BTK)").

``linking.Linker`` gathers them for every candidate and decides: linked (sure or unsure) or
rejected, with the reason. Rules of assets/linking.json come last, for what evidence cannot know.
"""
from __future__ import annotations

from dataclasses import dataclass

STRONG, WEAK = "strong", "weak"


@dataclass(frozen=True)
class Verdict:
    """One piece of evidence: the candidate names something other than the place (or, for a cue,
    the place), of what kind, how strongly, and the words that show it."""

    kind: str  # person | club | vessel | organisation | time zone | historical | goods | equipment | us-state | ...
    strength: str  # STRONG decides alone; WEAK makes a link unsure
    shown_by: str  # the words of the text that show it

    @property
    def reason(self) -> str:
        return f"{self.kind}: {self.shown_by}"
