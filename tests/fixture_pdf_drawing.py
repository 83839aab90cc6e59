"""documents6's PDF drawing (tests/fixtures/documents6/make_pdf.py: line wrapping, the column setter,
small type), loaded afresh for each later round's generator, which sets its page size and adds its
own pieces on that copy without touching another round's."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_DOCUMENTS6 = Path(__file__).resolve().parent / "fixtures" / "documents6" / "make_pdf.py"


def documents6_drawing(round_name: str):
    spec = importlib.util.spec_from_file_location(f"azmap_documents6_make_pdf_for_{round_name}", _DOCUMENTS6)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
