"""A body's report whose head names the body and the report's kind with its year over the real title:

    CASPIAN COAST ALLIANCE
    Annual Report 2025 · Excerpt
    Listening to the Coast: Our Year on the Caspian

The kind's line ("Annual Report 2025", "Jahresbericht 2025", "Rapport annuel 2025", "Годовой отчёт 2025", with a
part such as "Excerpt" after a middle dot or a bar) is a series' label, no title: the title is the line under it
(title_evidence.py). The body's name in capitals over it is the report's author where no person is named: the body
speaks, as a company over its release's label does (release_head.py), named as the text writes it.
"""
from __future__ import annotations

import re

# a report's kind that comes out once a year or a period, by meaning, in the languages the reader reads
_KIND = (r"annual\s+(?:report|review)|impact\s+report|activity\s+report|activities\s+report|year\s+in\s+review|"
         r"jahresbericht|tätigkeitsbericht|geschäftsbericht|wirkungsbericht|"
         r"rapport\s+annuel|rapport\s+d['’]activités?|"
         r"informe\s+anual|memoria\s+anual|memoria\s+de\s+actividades|"
         r"relazione\s+annuale|rapporto\s+annuale|bilancio\s+sociale|"
         r"relatório\s+anual|relatório\s+de\s+atividades|"
         r"годовой\s+отч[её]т|ежегодный\s+отч[её]т|отч[её]т\s+о\s+деятельности|річний\s+звіт|"
         r"faaliyet\s+raporu|yıllık\s+rapor|illik\s+hesabat|fəaliyyət\s+hesabatı|"
         r"raport\s+roczny|sprawozdanie\s+roczne|jaarverslag|jaarrapport")
# the kind with its year or period, either side ("Annual Report 2025", "2025 Annual Report", "Годовой отчёт за 2025
# год", "Annual Review 2024/25")
_YEAR = r"(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?"
_SERIES = re.compile(rf"^(?:{_YEAR}\s+(?:{_KIND})|(?:{_KIND})\s+(?:(?:for|für|pour|за|de|del|per)\s+)?{_YEAR}"
                     rf"(?:\s+(?:год|года|yılı|ili))?)$", re.I)
_PARTS = re.compile(r"\s+[|·•—–]\s+")


def series_line(line: str) -> bool:
    """Whether a line is a report's kind with its year, perhaps with a short part after a middle dot or a bar
    ("Annual Report 2025 · Excerpt")."""
    parts = _PARTS.split(line.strip(" #*_").strip())
    return bool(parts) and len(parts) <= 3 and bool(_SERIES.match(parts[0].strip())) \
        and all(1 <= len(p.split()) <= 3 and not re.search(r"[.!?]$", p) for p in parts[1:])


def title_under(line: str, parse_date) -> bool:
    """Whether a line under a report's kind and year is its title: three words or more, no sentence, no date line,
    no byline; a colon inside it allowed ("Listening to the Coast: Our Year on the Caspian")."""
    plain = line.strip(" #*_").strip()
    words = plain.split()
    return 3 <= len(words) <= 25 and not re.search(r"[.!;]$", plain) and not (parse_date(plain) and len(words) <= 8) \
        and not re.match(r"^(?:by|von|par|por|di|door|przez|av)\s", plain, re.I) and not series_line(plain)


def body_over_series(lines: list[str], text: str) -> str | None:
    """The body's name in capitals on the line right over a report's kind and year (or over its series'
    numbered issue, its department's line between perhaps), as the text writes it in mixed case (else in title
    case); None for any other head."""
    from azmap.corpus.header_lines import _upper_share
    from azmap.corpus.person_names import _name_case

    from azmap.corpus.person_names import _INSTITUTION, _ISSUER
    from azmap.corpus.release_head import numbered_issue

    lines = [" ".join(line.split()) for line in lines if line.strip()]
    for k, (line, under) in enumerate(zip(lines[:8], lines[1:9])):
        words = line.split()
        if not 2 <= len(words) <= 8 or _upper_share(line) < 0.9 or re.search(r"[\d.:;!?|·•]", line):
            continue
        # (or a body's name over its series' numbered issue, its department's line between perhaps: "STATE
        # STATISTICAL COMMITTEE" / "Department of Trade Statistics" / "Statistical Bulletin No. 3/2026")
        issue = next((i for i in (k + 1, k + 2) if i < len(lines) and numbered_issue(lines[i])), None)
        if not series_line(under) and not (
                issue is not None and (_INSTITUTION.search(line) or _ISSUER.search(line))
                and (issue == k + 1 or _department(under))):
            continue
        said = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b"
        mixed = next((m.group(0) for m in re.finditer(said, text, re.I) if not m.group(0).isupper()), None)
        return " ".join(mixed.split()) if mixed else _name_case(line)
    return None


def _department(line: str) -> bool:
    """A body's department's line under its name: a few capitalised words in mixed case, no digit, no sentence's
    sign ("Department of Foreign Trade Statistics", "Referat Außenhandel", "Direction du commerce extérieur")."""
    from azmap.corpus.header_lines import _upper_share

    return 2 <= len(line.split()) <= 8 and line[:1].isupper() and _upper_share(line) < 0.5 \
        and not re.search(r"[\d.:;!?|·•@]", line)
