"""A podcast episode's page after its transcript: the production credits ("Produced by A. Music: "Title" by
B. Artwork by C.", "Produktion: A. Musik: B.", "Réalisation : A. Musique : B.") and the next episode's teaser
("Next episode, 8 October: …", "Nächste Folge, 3. April: …", "Prochain épisode, le 12 mai : …"): no body.

A credits paragraph is credits in each of its sentences, each a role and a name ("… by A", "Role: A"); a
transcript's sentence that starts "Produced by the port itself, …" names no one after "by" and stays.
"""
from __future__ import annotations

import re

_NAMED = r"\s+[\"“«„A-ZÀ-ÞƏİ]"  # a name or a title after the role, in capitals (case-sensitive)
_BY = re.compile(r"^(?i:(?:executive |senior |series )?produced|edited|mixed|mastered|engineered|recorded|composed|"
                 r"sound design(?:ed)?|theme music|music|artwork|cover art|illustration|design(?:ed)?|hosted|presented)"
                 r"(?:\s+and\s+\w+)?\s+(?i:by|von|de|di|por)" + _NAMED)
_ROLE = re.compile(r"^(?i:(?:executive )?producers?|production|produktion|réalisation|producción|produzione|music|theme|"
                   r"musik|musique|música|musica|sound(?: design)?|sounddesign|son|artwork|cover|illustration|editing|"
                   r"schnitt|montage|mixage|mix|redaktion|rédaction|edición|montaggio)\s*:" + _NAMED.replace("+", "*"))
_NEXT = re.compile(r"^(?:next episode|next time|coming up next|in the next episode|nächste folge|in der nächsten folge|"
                   r"prochain épisode|dans le prochain épisode|próximo episodio|prossima puntata|prossimo episodio)"
                   r"\b[^:.]{0,30}?\d[^:.]{0,30}\s?:\s*\S", re.I)


def is_credits(text: str) -> bool:
    """Whether a paragraph is an episode's production credits, every sentence a role and a name."""
    flat = " ".join(text.split())
    if len(flat) > 300:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\s+[|·]\s+", flat) if s.strip()]
    return bool(sentences) and all(_BY.match(s) or _ROLE.match(s) for s in sentences)


def is_next_episode(text: str) -> bool:
    """Whether a paragraph is the next episode's teaser: its label, its date and a colon, one sentence."""
    flat = " ".join(text.split())
    return len(flat) <= 200 and bool(_NEXT.match(flat))
