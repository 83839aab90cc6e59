"""What the PDF reader sets apart from the running text (a table's rows as "Table: …", a figure's
labels as "Figure labels: …") stays apart when it falls under a heading among the body's paragraphs:
no body passage. A paragraph that opens with the same word reads as body."""
from __future__ import annotations

import pytest

from azmap.corpus.segment import segment

TEXT = "Cargo through the port rose in every month of the year, and the new terminal handled most of it."


@pytest.mark.parametrize("apart", [
    "Table: Port 2021 2022 · Alat 4.9 5.6 · Aktau 5.8 5.5",
    "Table: Rates, per cent · Deposit 7.0 · Lending 9.5",
    "Table: 2023 2024e 2025f · Exports % 3.2 2.1 1.9 · Debt % GDP 21 20 19 · Gas bcm 48 50 51",
    "Table: Qarşıdaşıma 2022 2023 · Dəmir yolu 12.1 13.4 · Dəniz 6.2 6.8",
    "Figure labels: GEORGIA · Kura · Mingachevir reservoir",
    "Figure labels: Key indicators (e = estimate)",
])
def test_a_table_or_figure_set_apart_under_a_heading_is_no_body(apart):
    text = f"# Port note\n\n## Outlook\n\n{TEXT}\n\n{apart}\n\n## Risks\n\n{TEXT}\n"
    kinds = {p.text: p.kind for p in segment(text, markdown=True)}
    assert kinds[apart] != "body"
    assert kinds[TEXT] == "body"


@pytest.mark.parametrize("paragraph", [
    "Table salt from the Absheron lakes was once exported across the Caspian, and the trade is now reviving.",
    "Tables of tariffs were published by the ministry: rates fell for grain and rose for fuel last year.",
    "Figures from the statistics committee show that exports grew by a fifth in the first quarter.",
])
def test_a_paragraph_opening_with_the_same_word_is_body(paragraph):
    text = f"# Port note\n\n## Outlook\n\n{TEXT}\n\n{paragraph}\n"
    assert {p.text: p.kind for p in segment(text, markdown=True)}[paragraph] == "body"
