"""The authors a web page's JSON-LD gives its article, people and organisations alike.

The article reader takes a Person from JSON-LD but leaves an Organization out; a page whose
article says it was written by an organisation ("author": {"@type": "Organization", ...}) names
that organisation as its author (an organisation listed beside people is not). Only the article's
own author is read (an item of an article's, report's or post's type, in a @graph or not), never
the site's or the publisher's name, and a bare string is taken only when it is a person's name. A
few scripts of bounded size are read.

Apart (jsonld_government_publisher): the publisher's name when the JSON-LD types it a
GovernmentOrganization, the body a page that names nobody comes from.
"""
from __future__ import annotations

import json
import re
from itertools import islice

MAX_SCRIPTS = 8
MAX_SCRIPT_CHARS = 200_000
MAX_ITEMS = 500
_SCRIPT = re.compile(r"<script\b[^>]*type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.I | re.S)
_WORK_TYPES = frozenset("""article newsarticle blogposting report scholarlyarticle opinionnewsarticle
    analysisnewsarticle reportagenewsarticle backgroundnewsarticle techarticle review creativework
    socialmediaposting liveblogposting""".split())


def _items(data, budget: list[int]):
    """Every dict in the data, depth first, at most MAX_ITEMS of them."""
    stack = [data]
    while stack and budget[0] > 0:
        node = stack.pop()
        if isinstance(node, dict):
            budget[0] -= 1
            yield node
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(reversed(node))


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _person_or_body(author) -> dict | None:
    from azmap.corpus.metadata import _is_personal_name

    if isinstance(author, str):
        name = " ".join(author.split())
        return {"name": name, "affiliation": None} if _is_personal_name(name) else None
    if not isinstance(author, dict):
        return None
    name = author.get("name")
    if not isinstance(name, str) or not name.strip():
        return None
    name = " ".join(name.split())
    kinds = _types(author)
    if "organization" in kinds or "newsmediaorganization" in kinds or "governmentorganization" in kinds:
        return {"name": name, "affiliation": None, "organisation": True}
    if "person" in kinds:
        return {"name": name, "affiliation": _post(author)}
    return None


def _post(person: dict) -> str | None:
    """A JSON-LD Person's institution (affiliation, worksFor), or else her jobTitle ("Diplomatic
    correspondent"), or None."""
    for key in ("affiliation", "worksFor", "jobTitle"):
        place = person.get(key)
        place = place.get("name") if isinstance(place, dict) else place if isinstance(place, str) else None
        if place and place.strip():
            return " ".join(place.split())
    return None


def jsonld_posts(markup: str) -> dict[str, str]:
    """The posts the page's JSON-LD gives the Persons who wrote its article, by name."""
    out = {}
    for item in _script_items(markup):
        if not _types(item) & _WORK_TYPES or "author" not in item:
            continue
        listed = item["author"] if isinstance(item["author"], list) else [item["author"]]
        for person in listed[:20]:
            if isinstance(person, dict) and "person" in _types(person) and isinstance(person.get("name"), str):
                post = _post(person)
                if post:
                    out.setdefault(" ".join(person["name"].split()), post)
    return out


def jsonld_authors(markup: str) -> list[dict]:
    """The authors of the page's article as its JSON-LD states them, or [] when it states none."""
    for item in _script_items(markup):
        if not _types(item) & _WORK_TYPES or "author" not in item:
            continue
        listed = item["author"] if isinstance(item["author"], list) else [item["author"]]
        found = [a for a in (_person_or_body(x) for x in listed[:20]) if a]
        people = [a for a in found if not a.get("organisation")]
        if found:  # the organisation beside the people who wrote is their publisher
            return people or found
    return []


def _script_items(markup: str, needle: str | None = None):
    """Every dict of the page's first JSON-LD scripts (those holding needle, lower-cased), in bounds."""
    budget = [MAX_ITEMS]
    for m in islice(_SCRIPT.finditer(markup), MAX_SCRIPTS):
        source = m.group(1).strip()
        if not source or len(source) > MAX_SCRIPT_CHARS or (needle and needle not in source.lower()):
            continue
        try:
            data = json.loads(source)
        except ValueError:
            continue
        yield from _items(data, budget)


def jsonld_government_publisher(markup: str) -> str | None:
    """The name of the page's publisher when its JSON-LD types it GovernmentOrganization, or None."""
    for item in _script_items(markup, "governmentorganization"):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and "governmentorganization" in _types(publisher):
            name = publisher.get("name")
            if isinstance(name, str) and name.strip():
                return " ".join(name.split())
    return None
