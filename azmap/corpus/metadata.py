"""What a document says about itself: its title (more to come: author, date, publisher)."""
from __future__ import annotations

import re
from pathlib import Path


def guess_title(text: str, path: Path) -> str:
    """The first line that reads like a title, or the file's name."""
    for line in text.splitlines()[:200]:
        line = re.sub(r"^[#\s*]+", "", line)
        line = line.rstrip("* \t").strip()
        if 3 <= len(line) <= 160:
            return line
    return Path(path).stem
