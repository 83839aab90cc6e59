"""The search box: a feature's name or alias (any case) selects the feature, anything else is a
full-text search; the completer offers every name and alias as one types."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class SearchBox(QLineEdit):
    def __init__(self, gazetteer, on_feature, on_query, parent=None, on_clear=None):
        """``on_feature(fid)`` when the text names a feature, ``on_query(text)`` otherwise;
        ``on_clear()`` when an empty search is run or the box is cleared."""
        super().__init__(parent, placeholderText="Search passages or find a feature (Ctrl+F)")
        self.setClearButtonEnabled(True)
        self.gaz, self.on_feature, self.on_query, self.on_clear = gazetteer, on_feature, on_query, on_clear
        names: dict[str, str] = {}
        for f in gazetteer:
            for label in (f.name, *f.aliases):
                names.setdefault(label, f.id)
        self.name_to_id = names
        self.folded = {k.casefold(): v for k, v in names.items()}
        completer = QCompleter(sorted(names, key=str.lower), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.returnPressed.connect(lambda: self.run(self.text()))
        completer.activated.connect(self.run)
        self.textEdited.connect(lambda text: None if text.strip() else self._cleared())  # the clear button too

    def _cleared(self) -> None:
        if self.on_clear:
            self.on_clear()

    def feature_named(self, text: str) -> str | None:
        text = text.strip()
        return self.name_to_id.get(text) or self.folded.get(text.casefold()) or (text if text in self.gaz else None)

    def run(self, text: str) -> None:
        text = text.strip()
        if not text:
            self._cleared()
            return
        fid = self.feature_named(text)
        if fid:
            self.on_feature(fid)
        else:
            self.on_query(text)
