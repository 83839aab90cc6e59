"""A paragraph's lines read as one paragraph whatever width the text was wrapped at (azmap/corpus/wrap_lines.py):
the kinds tests/metamorphic.py found breaking when the fixtures' paragraphs were filled again at 58 or 96
columns."""
from __future__ import annotations

import textwrap

from azmap.corpus.segment import segment

PARAS = [
    "Since 2022, European governments seeking to replace Russian pipeline gas have asked whether the corridor "
    "can carry more, and the operators have said that an expansion would depend on buyers signing long contracts.",
    "The first step is the cheaper of the two. It would require two new compressor stations on the Turkish "
    "section and an upgrade of the metering station at the Georgian border, well below the cost of the line.",
    "Buyers are a second limit. European utilities have been reluctant to sign contracts beyond 2035 while the "
    "union plans to phase out fossil gas, and without contracts the shareholders will not invest in the steps.",
]


def _body(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in segment(text) if p.kind == "body"]


def _filled(paras: list[str], width: int) -> list[str]:
    return [textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in paras]


def test_a_short_first_line_holding_a_sentence_end_is_no_heading():
    para = ("The limit is not the pipe but the gas. Production from Shah Deniz has reached a plateau, and the fields "
            "that could add volumes will add only a few bcm a year before the end of the decade.")
    first = "The limit is not the pipe but the gas. Production from"
    rest = textwrap.fill(para[len(first) + 1:], 68)
    text = "\n\n".join(_filled(PARAS[:2], 68) + [first + "\n" + rest] + _filled(PARAS[2:], 68)) + "\n"
    assert para in _body(text)


def test_a_full_line_in_sentence_case_is_no_heading_and_a_title_case_heading_is():
    para = ("Question (Reuters): Did the talks touch on the Trans-Caspian gas pipeline, and is Kazakhstan prepared "
            "to take part in it?")
    heading = "Relations during the Presidency of Heydar Aliyev"  # as long, in title case
    text = "\n\n".join(_filled(PARAS[:2], 58) + [_filled([para], 58)[0], heading + "\n" + _filled(PARAS[2:], 58)[0]])
    body = _body(text + "\n")
    assert para in body and " ".join(PARAS[2].split()) in body
    assert not any(heading in b for b in body)


def test_paragraphs_between_blank_lines_filled_wide_are_one_paragraph_each():
    # filled at 96 columns: too few lines stop mid-sentence for hard-wrapped text, and each next line
    # starts with a capital
    paras = [("The ferry between Baku and Aktau sails twice a week again from Monday, the shipping line told",
              "Reuters in a statement, after the winter storms that kept it in port."),
             ("In the winter the line was closed by storms for more than a month, and the port was full.",
              "Drivers waited up to twelve days in Alat for a place on a ship, and many turned back home."),
             ("The line wants to add a third ship in the summer, once the new pier in Aktau is finished and",
              "Kazakh customs open a second lane for the trucks that come off the ferry at night.")]
    text = "A title over the text\n\n" + "\n\n".join("\n".join(p) for p in paras) + "\n"
    assert _body(text) == [" ".join(p) for p in paras]


def test_an_admonition_marker_stands_apart_from_its_text_in_hard_wrapped_markdown():
    note = "Bookings open three days before a sailing, and a driver needs the truck's papers and a passport."
    text = "\n\n".join(_filled(PARAS[:2], 58) + ["!!! note\n    " + note] + _filled(PARAS[2:], 58)) + "\n"
    body = _body(text)
    assert not any("!!! note" in b and "Bookings" in b for b in body)
    assert any(b.endswith(note) and b.startswith("Bookings") for b in body) or note in body


def test_narrow_lines_ending_a_sentence_or_stopping_before_a_long_word_run_on():
    # filled at 40 columns: "… Good evening." is short of the width only because the next word would not
    # fit; "When construction of the" stops before a long name
    turn = ("AYDAN KARIMOVA: Good evening.\nKazakhstan's grain used to leave by rail\nfor the Black Sea through "
            "Russia, and\ntonight we ask why more of it leaves by\nship.")
    first = ("When construction of the Baku–Tbilisi–Ceyhan pipeline began in 2003, its sponsors promised that the "
             "districts along the route would share in its revenue for years.")
    text = "\n\n".join([turn] + _filled([first] + PARAS, 40)) + "\n"
    assert "When construction of the" in text.splitlines()
    body = _body(text)
    assert " ".join(turn.split()) in body and first in body


def test_a_paragraph_filled_narrower_than_the_rest_keeps_its_short_sentence_line():
    narrow = ("The limit is not the pipe but the gas. Production from Shah Deniz has reached a plateau, and the "
              "fields that could add volumes will add only a few bcm a year.")
    text = "\n\n".join(_filled(PARAS, 68) + _filled([narrow], 40) + _filled(PARAS, 68)) + "\n"
    assert "The limit is not the pipe but the gas." in text.splitlines()
    assert narrow in _body(text)
