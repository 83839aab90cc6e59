"""Date lines as pages in thirty languages print them under a title or in a byline: the day, the weekday, the time
after it, a label before it, an updated date beside it, the year first where the language writes it so. Two halves
in other wordings and languages: ``DEVELOPMENT`` (the kinds were tuned on it) and ``TEST`` (measured once).

Each cell is (language, line, the publication's date). The reader's function is ``date_parse.publication_date``,
the one every reader calls on a date line.
"""
from __future__ import annotations

DEVELOPMENT = [
    ("fr", "Publié le jeudi 5 mars 2026 à 19 h 00", "2026-03-05"),
    ("fr", "Mis à jour le 6 mars 2026 à 08h12 · Publié le 5 mars 2026 à 19h00", "2026-03-05"),
    ("it", "Pubblicato l'11 febbraio 2026 alle 09:40", "2026-02-11"),
    ("it", "di Marco Rossi — 3 marzo 2026", "2026-03-03"),
    ("hu", "2026. március 5., csütörtök 10:12", "2026-03-05"),
    ("hu", "Frissítve: 2026. március 6. 08:30", "2026-03-06"),
    ("cs", "5. března 2026 10:12", "2026-03-05"),
    ("cs", "Publikováno 5. 3. 2026", "2026-03-05"),
    ("sk", "Aktualizované 18. februára 2026 o 14:20", "2026-02-18"),
    ("lt", "2026 m. kovo 5 d. 10:12", "2026-03-05"),
    ("lv", "2026. gada 5. martā", "2026-03-05"),
    ("et", "5. märts 2026 kell 10:12", "2026-03-05"),
    ("el", "Πέμπτη, 5 Μαρτίου 2026, 10:12", "2026-03-05"),
    ("bg", "5 март 2026 г., 10:12 ч.", "2026-03-05"),
    ("ro", "Publicat: joi, 5 martie 2026, 10:12", "2026-03-05"),
    ("fi", "Julkaistu 5.3.2026 klo 10.12", "2026-03-05"),
    ("da", "Publiceret 5. marts 2026 kl. 10.12", "2026-03-05"),
    ("ka", "5 მარტი, 2026", "2026-03-05"),
    ("zh", "2026年3月5日 10:12", "2026-03-05"),
    ("ja", "2026年3月5日（木）", "2026-03-05"),
    ("ko", "입력 2026.03.05 10:12", "2026-03-05"),
    ("uk", "5 березня 2026, 10:12", "2026-03-05"),
    ("az", "05 mart 2026, 10:12", "2026-03-05"),
    ("tr", "05.03.2026 10:12 - Güncelleme: 06.03.2026 11:40", "2026-03-05"),
    ("pt", "5 de março de 2026 às 10h12", "2026-03-05"),
    ("nl", "do 5 mrt 2026, 10:12", "2026-03-05"),
    ("pl", "5 marca 2026, 10:12", "2026-03-05"),
    ("sr", "5. март 2026. 10:12", "2026-03-05"),
    ("sl", "5. marec 2026 ob 10:12", "2026-03-05"),
    ("en", "2026/03/05 10:12", "2026-03-05"),
    ("en", "Thu 5 Mar 2026 19.00 GMT", "2026-03-05"),
    ("en", "March 5, 2026 at 7:00 p.m. ET", "2026-03-05"),
    ("en", "5th March 2026", "2026-03-05"),
]

TEST = [
    ("fr", "le mercredi 11 février 2026 à 7 h 45", "2026-02-11"),
    ("it", "Aggiornato il 12 febbraio 2026 · Pubblicato l’11 febbraio 2026", "2026-02-11"),
    ("hu", "Közzétéve: 2026. február 11. 07:45", "2026-02-11"),
    ("cs", "11. února 2026 v 7:45", "2026-02-11"),
    ("sk", "11. 2. 2026 o 7:45", "2026-02-11"),
    ("lt", "2026 m. vasario 11 d.", "2026-02-11"),
    ("lv", "11. februāris 2026", "2026-02-11"),
    ("et", "11. veebruar 2026", "2026-02-11"),
    ("el", "11 Φεβρουαρίου 2026", "2026-02-11"),
    ("bg", "11 февруари 2026", "2026-02-11"),
    ("ro", "11 februarie 2026, ora 07:45", "2026-02-11"),
    ("fi", "11. helmikuuta 2026", "2026-02-11"),
    ("sv", "11 februari 2026 kl. 07.45", "2026-02-11"),
    ("no", "11. februar 2026 kl. 07:45", "2026-02-11"),
    ("hr", "11. veljače 2026. u 7:45", "2026-02-11"),
    ("ka", "11 თებერვალი 2026", "2026-02-11"),
    ("zh", "发布时间：2026年2月11日 07:45", "2026-02-11"),
    ("ko", "2026년 2월 11일 07:45", "2026-02-11"),
    ("ja", "2026年2月11日 7時45分", "2026-02-11"),
    ("pt", "11/02/2026 07h45 · Atualizado há 2 horas", "2026-02-11"),
    ("es", "miércoles, 11 de febrero de 2026, 07:45", "2026-02-11"),
    ("ru", "11 февраля 2026, 07:45 · Обновлено 2 часа назад", "2026-02-11"),
    ("en", "Wednesday February 11 2026 7.45am GMT", "2026-02-11"),
    ("en", "11th February 2026", "2026-02-11"),
    ("lt", "2026.02.11 07:45", "2026-02-11"),
    ("en", "2026/2/11", "2026-02-11"),
]


def figures(cells) -> tuple[int, list]:
    """How many cells read their date, and the misses as (line, read, expected)."""
    from azmap.corpus.date_parse import publication_date

    misses = [(line, publication_date(line), want) for _, line, want in cells if publication_date(line) != want]
    return len(cells) - len(misses), misses


if __name__ == "__main__":
    import sys

    half = TEST if sys.argv[1:] == ["test"] else DEVELOPMENT
    right, misses = figures(half)
    print(f"{right}/{len(half)}")
    if half is DEVELOPMENT:
        for miss in misses:
            print(miss)
