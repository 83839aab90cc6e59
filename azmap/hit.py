"""A ranked passage as the store returns it and the panel, the CLI and exports show it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Hit:
    """One ranked passage, as the CLI prints it and the panel shows it."""

    passage_id: str
    doc_id: str
    title: str
    author: str | None
    date: str | None
    heading: str
    text: str
    start: int
    end: int
    score: float
    relation: str
    mentions: list[dict] = field(default_factory=list)
    feature_ids: list[str] = field(default_factory=list)
    kind: str = "body"
    publisher: str | None = None
    spans: list = field(default_factory=list)
    url: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["score"] = round(self.score, 4)
        return d

    def short_citation(self) -> str:
        """Author, “title” (date): the one form every citation starts from."""
        return f"{self.author or 'author unknown'}, “{self.title}” ({self.date or 'undated'})"

    def citation(self) -> str:
        where = f", §{self.heading}" if self.heading else ""
        return self.short_citation() + where
