"""A ranked passage as the store returns it and the panel, the CLI and exports show it.

A plain class with slots (not a dataclass): it is made on every command's hot path, where
importing dataclasses would cost more than the query.
"""
from __future__ import annotations

FIELDS = ("passage_id", "doc_id", "title", "author", "date", "heading", "text", "start", "end", "score",
          "relation", "mentions", "feature_ids", "kind", "publisher", "spans", "url")
DEFAULTS = {"mentions": list, "feature_ids": list, "kind": lambda: "body", "publisher": lambda: None,
            "spans": list, "url": lambda: None}


class Hit:
    """One ranked passage, as the CLI prints it and the panel shows it."""

    __slots__ = FIELDS

    def __init__(self, **values):
        unknown = set(values) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown Hit fields: {', '.join(sorted(unknown))}")
        for name in FIELDS:
            if name in values:
                setattr(self, name, values[name])
            elif name in DEFAULTS:
                setattr(self, name, DEFAULTS[name]())
            else:
                raise TypeError(f"Hit needs {name}")

    def __repr__(self) -> str:
        return f"Hit({self.passage_id!r}, score={self.score:.3f}, relation={self.relation!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Hit) and all(getattr(self, f) == getattr(other, f) for f in FIELDS)

    def to_dict(self) -> dict:
        d = {name: getattr(self, name) for name in FIELDS}
        d["mentions"] = [dict(m) for m in self.mentions]
        d["feature_ids"], d["spans"] = list(self.feature_ids), [list(s) for s in self.spans]
        d["score"] = round(self.score, 4)
        return d

    def short_citation(self) -> str:
        """Author, “title” (date): the one form every citation starts from."""
        return f"{self.author or 'author unknown'}, “{self.title}” ({self.date or 'undated'})"

    def citation(self) -> str:
        where = f", §{self.heading}" if self.heading else ""
        return self.short_citation() + where
