"""An agency's or a desk's service line under its name: two or three parts between slashes or bars, each naming
the service, its subscribers or the bulletin ("Abone Servisi / Ekonomi Bülteni", "Subscriber Service / Energy
Wire", "Servicio para abonados / Boletín económico", "Служба подписки / Экономический бюллетень"): no title. The
words are a table by meaning in the languages the readers test lines by; a headline naming two places either side
of a slash ("Baku / Tbilisi: the rail link reopens") holds none of them and stays a title.
"""
from __future__ import annotations

import re

# a service's, a subscription's and a bulletin's words, by meaning (stems, read anywhere in a word: German's
# compounds, "Wirtschaftsdienst"; Turkish's and Azerbaijani's endings, "Servisi", "Bülteni")
SERVICE_STEMS = {
    "service": ("service", "servic", "dienst", "servizi", "serviç", "serwis", "servis", "служб", "сервис", "xidmət",
                "služb", "szolgálat", "palvelu", "tjänst", "tjeneste"),
    "subscribers": ("subscri", "abonn", "abonad", "abbonat", "assinant", "abone", "abonen", "подпис", "abunə",
                    "передплат", "předplat", "predplat", "prenumer", "pretplat"),
    "bulletin": ("bulletin", "bülten", "bülleten", "boletín", "boletin", "bollettin", "boletim", "biuletyn",
                 "бюллетен", "бюлетен", "notiziario", "newsletter", "nieuwsbrief", "nachrichtendienst", "дайджест",
                 "digest", "вестник", "infodienst", "zpravodaj", "spravodaj"),
}
# short words of the same meaning, read whole ("Energy Wire", "Fil économie", "News Feed")
SERVICE_WORDS = frozenset("wire feed fil ticker лента".split())
_STEMS = tuple(s for stems in SERVICE_STEMS.values() for s in stems)
_SPLIT = re.compile(r"\s+[/|·]\s+")
_MAX_WORDS = 9


def _holds_service_word(part: str) -> bool:
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", part)]
    return any(w in SERVICE_WORDS or any(s in w for s in _STEMS) for w in words)


def service_line(line: str) -> bool:
    """Whether a line is a service's line (see the module): two or three short parts, each holding a service's,
    a subscription's or a bulletin's word, no sentence."""
    plain = " ".join(line.split()).strip(" #*_")
    parts = _SPLIT.split(plain)
    if not 2 <= len(parts) <= 3 or len(plain.split()) > _MAX_WORDS or re.search(r"[.!?:;]$", plain):
        return False
    return all(part and _holds_service_word(part) for part in parts)
