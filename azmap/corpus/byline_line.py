"""A byline's line read into people once, the same way wherever a reader splits one: names joined by a comma or
"and" in any language, each followed by a post after a comma ("Energy Correspondent"), a place ("in Brussels",
"aus Wien", "à Paris", "в Москве": no affiliation), an institution, or a contributor's role in brackets or before
a colon ("Name (Text), Name (Grafik)", "Text: A · Fotos: B"); a rank or an academic title before a name ("Dr",
"Mag.", "Doç. Dr.", "д-р") is no part of it, nor a degree after a comma ("PhD"). Only a writing role names an
author: pictures, graphics, video, editing, translation and assistance credit others. The tables go by meaning,
each in the languages the readers test lines by (byline_grammar.py holds the cues and the newsroom posts).
"""
from __future__ import annotations

import re
from functools import lru_cache

from azmap.corpus import byline_grammar

# a contributor's role by meaning: what a credit's label or a name's brackets say the person made (lower case; a
# form's words separated by one space)
CONTRIBUTIONS = {
    "writing": {"en": "text|texts|words|story|report|reporting|author|authors|writer|writers|reporter|reporters",
                "de": "text|texte|autor|autorin|autoren|bericht|recherche", "fr": "texte|textes|auteur|autrice|"
                "auteure|auteurs|reportage", "es": "texto|textos|autor|autora|autores|reportaje|información",
                "it": "testo|testi|autore|autrice|autori|servizio", "pt": "texto|textos|autor|autora|autores|"
                "reportagem", "nl": "tekst|teksten|auteur|auteurs|verslag", "pl": "tekst|teksty|autor|autorka|"
                "autorzy|reportaż", "ru": "текст|тексты|автор|авторы|репортаж", "uk": "текст|тексти|автор|автори|"
                "репортаж", "tr": "haber|metin|yazı|yazan|yazar|muhabir", "az": "mətn|müəllif|yazan|xəbər|müxbir",
                "cs": "text|autor|autorka", "sk": "text|autor|autorka"},
    "picture": {"en": "photo|photos|photograph|photographs|photography|picture|pictures|image|images",
                "de": "foto|fotos|bild|bilder|fotografie", "fr": "photo|photos|photographie|photographies|image|"
                "images", "es": "foto|fotos|fotografía|fotografías|imagen|imágenes", "it": "foto|fotografia|"
                "fotografie|immagini", "pt": "foto|fotos|fotografia|fotografias|imagem|imagens", "nl": "foto|"
                "foto's|fotografie|beeld", "pl": "zdjęcie|zdjęcia|fot.|fotografie", "ru": "фото|фотография|"
                "фотографии|снимки", "uk": "фото|світлини|фотографії", "tr": "foto|fotoğraf|fotoğraflar|görsel|"
                "görseller", "az": "foto|fotolar|şəkil|şəkillər", "cs": "foto|fotografie", "sk": "foto|fotografie"},
    "graphics": {"en": "graphics|graphic|illustration|illustrations|infographic|map|maps|chart|charts|design",
                 "de": "grafik|grafiken|illustration|illustrationen|infografik|karte|karten|gestaltung",
                 "fr": "graphique|graphiques|infographie|illustration|illustrations|carte|cartes",
                 "es": "gráfico|gráficos|infografía|ilustración|ilustraciones|mapa|mapas|diseño",
                 "it": "grafica|grafiche|infografica|illustrazione|illustrazioni|mappa|mappe",
                 "pt": "gráfico|gráficos|infografia|ilustração|ilustrações|mapa|mapas|arte",
                 "nl": "graphic|graphics|illustratie|illustraties|kaart|kaarten|vormgeving",
                 "pl": "grafika|infografika|ilustracja|ilustracje|mapa|mapy", "ru": "графика|инфографика|"
                 "иллюстрация|иллюстрации|карта|карты|дизайн", "uk": "графіка|інфографіка|ілюстрація|ілюстрації|"
                 "карта|мапа", "tr": "grafik|infografik|illüstrasyon|harita|tasarım", "az": "qrafika|infoqrafika|"
                 "illüstrasiya|xəritə|dizayn", "cs": "grafika|infografika|ilustrace|mapa", "sk": "grafika|"
                 "infografika|ilustrácia|mapa"},
    "video": {"en": "video|videos|camera|filming|sound", "de": "video|videos|kamera|schnitt|ton",
              "fr": "vidéo|vidéos|caméra|montage|son", "es": "vídeo|vídeos|video|cámara|montaje|sonido",
              "it": "video|riprese|montaggio", "pt": "vídeo|vídeos|câmera|câmara|montagem", "nl": "video|camera|"
              "montage", "pl": "wideo|kamera|montaż", "ru": "видео|оператор|камера|монтаж", "uk": "відео|оператор|"
              "монтаж", "tr": "video|kamera|kurgu|montaj", "az": "video|kamera|operator|montaj", "cs": "video|kamera|"
              "střih", "sk": "video|kamera|strih"},
    "editing": {"en": "editor|editors|editing|edited by|sub-editing|proofreading", "de": "lektorat|schlussredaktion|"
                "bearbeitung", "fr": "édition|relecture|éditeur|éditrice", "es": "edición|corrección|editor|editora",
                "it": "revisione|editing", "pt": "edição|revisão|editor|editora", "nl": "eindredactie|redactie door",
                "pl": "korekta|redakcja techniczna", "ru": "редактор|редакторы|редактура|корректор", "uk": "редактор|"
                "редактори|коректор", "tr": "editör|editörler|editörü|redaksiyon|düzelti", "az": "redaktə|"
                "redaktor|korrektor", "cs": "korektura", "sk": "korektúra"},
    "translation": {"en": "translation|translated by|translator", "de": "übersetzung|übersetzt von|übersetzer|"
                    "übersetzerin", "fr": "traduction|traduit par|traduite par|traducteur|traductrice",
                    "es": "traducción|traducido por|traducida por|traductor|traductora", "it": "traduzione|tradotto da|"
                    "traduttore|traduttrice", "pt": "tradução|traduzido por|tradutor|tradutora", "nl": "vertaling|"
                    "vertaald door|vertaler", "pl": "tłumaczenie|przekład|tłumacz|tłumaczka", "ru": "перевод|"
                    "переводчик", "uk": "переклад|перекладач", "tr": "çeviri|çeviren|tercüme", "az": "tərcümə|"
                    "tərcüməçi", "cs": "překlad", "sk": "preklad"},
    "assistance": {"en": "additional reporting|contributing|research assistance|assistance", "de": "mitarbeit|"
                   "unter mitarbeit von", "fr": "collaboration|avec la collaboration de", "es": "colaboración|"
                   "con la colaboración de", "it": "collaborazione|hanno collaborato", "pt": "colaboração",
                   "nl": "medewerking|met medewerking van", "pl": "współpraca", "ru": "при участии|участие",
                   "uk": "за участі|участь", "tr": "katkı|katkıda bulunan", "az": "iştirak", "cs": "spolupráce",
                   "sk": "spolupráca"},
    # a programme's makers other than its writers: music, its theme, sound, production ("Music by A", "Sigla di A",
    # "Musik: A", "Una produzione B"; a participle, "Produced", takes its "by" from the credit's cue)
    "production": {"en": "music|theme music|theme tune|sound design|mixing|mastering|production|produced by|producer|"
                   "producers|executive producer|produced", "de": "musik|titelmusik|sounddesign|mischung|"
                   "produktion|produziert|produzent|produzentin|eine produktion",
                   "fr": "musique|générique|habillage sonore|mixage|production|produit|producteur|productrice|"
                   "réalisation|une production", "es": "música|sintonía|mezcla|producción|producido|productor|"
                   "productora|realización|una producción", "it": "musica|musiche|sigla|mixaggio|produzione|prodotto|"
                   "produttore|produttrice|regia|una produzione", "pt": "música|genérico|vinheta|mistura|produção|"
                   "produzido|produtor|produtora|realização|uma produção", "nl": "muziek|mixage|productie|"
                   "geproduceerd|producent|een productie", "pl": "muzyka|czołówka|miks|produkcja|"
                   "wyprodukowane|producent|producentka|realizacja", "ru": "музыка|заставка|сведение|продюсер|"
                   "продюсеры|производство|звукорежиссёр|звукорежиссер", "uk": "музика|заставка|продюсер|продюсерка|"
                   "виробництво|звукорежисер", "tr": "müzik|jenerik|yapım|yapımcı|prodüksiyon", "az": "musiqi|"
                   "prodüser|istehsal", "cs": "hudba|znělka|produkce|producent", "sk": "hudba|zvučka|produkcia|"
                   "producent"},
    "source": {"en": "source|sources", "de": "quelle|quellen", "fr": "source|sources", "es": "fuente|fuentes",
               "it": "fonte|fonti", "pt": "fonte|fontes", "nl": "bron|bronnen", "pl": "źródło", "ru": "источник",
               "uk": "джерело", "tr": "kaynak", "az": "mənbə", "cs": "zdroj", "sk": "zdroj"},
}

# a rank, an academic title or a form of address before a name (no part of it), by meaning
TITLES = {
    "doctor": {"en": "dr|dr.|doctor", "de": "dr.|dr|dr.in|dr. phil.|dr. rer. nat.|dr.-ing.", "fr": "dr|dr.|docteur|"
               "docteure", "es": "dr.|dra.|dr|dra|doctor|doctora", "it": "dott.|dott.ssa|dr.", "pt": "dr.|dra.|doutor|"
               "doutora", "nl": "dr.|dr", "pl": "dr|dr.|dr hab.|dr inż.", "ru": "д-р|доктор", "uk": "д-р|доктор",
               "tr": "dr.|dr|doç. dr.|doç.|yrd. doç. dr.|dr. öğr. üyesi", "az": "dr.|dos.|dosent", "cs": "mudr.|judr.|"
               "phdr.|rndr.|doc.", "sk": "mudr.|judr.|phdr.|paeddr.|rndr.|doc."},
    "professor": {"en": "prof|prof.|professor", "de": "prof.|prof|univ.-prof.|professorin", "fr": "pr.|professeur|"
                  "professeure", "es": "prof.|profa.", "it": "prof.|prof.ssa", "pt": "prof.|profa.", "nl": "prof.|prof",
                  "pl": "prof.|prof", "ru": "проф.|профессор", "uk": "проф.|професор", "tr": "prof.|prof. dr.",
                  "az": "prof.", "cs": "prof.", "sk": "prof."},
    "degree": {"de": "mag.|mag.a|mmag.|dipl.-ing.|ing.|dipl.-kfm.", "it": "ing.|avv.|arch.", "pl": "mgr|mgr inż.|inż.",
               "cs": "ing.|mgr.|bc.", "sk": "ing.|mgr.|bc.", "es": "lic.|ing.", "pt": "eng.|eng.ª"},
    "address": {"en": "mr|mr.|mrs|mrs.|ms|ms.|mx", "de": "herr|frau", "fr": "mme|mlle|monsieur|madame",
                "es": "sr.|sra.|srta.", "it": "sig.|sig.ra|sig.na", "pt": "sr.|sra.", "nl": "dhr.|mevr.|mw.",
                "ru": "г-н|г-жа|господин|госпожа", "uk": "пан|пані", "tr": "sn.|sayın", "az": "cənab|xanım"},
}
# a degree after a comma ("Name, PhD"): no post
_DEGREES = re.compile(r"^(?:ph\.?\s?d\.?|d\.?phil\.?|m\.?d\.?|mba|msc|m\.?a\.?|llm|ll\.m\.|к\.\s?[тэюфи]\.\s?н\.|"
                      r"д\.\s?[тэюфи]\.\s?н\.)$", re.I)
# a place after a name, by its preposition in each language: "in Brussels", "aus Wien", "à Paris", "в Москве" (lower
# case only; not Italian "da", a particle of Portuguese and Italian names too: "Pedro Alves da Silva")
PLACES = {"en": "in|from|at", "de": "in|aus|im", "fr": "à|au|depuis", "es": "en|desde", "it": "a|in",
          "pt": "em|no|na|desde", "nl": "in|uit|vanuit", "pl": "w|we|z|ze", "ru": "в|во|из", "uk": "в|у|з|із",
          "cs": "v|ve|z", "sk": "v|vo|z|zo"}
# "and" between names in each language (byline_grammar's cues aside)
AND = r"(?:and|und|et|y|e|i|і|и|ve|və|en|och|og|a|&)"
# an article before a title ("Por la Dra. A", "von der Prof. A")
_ARTICLE = r"(?:la|el|le|der|die|il|lo|a|o)"


def _forms(table: dict) -> list[str]:
    return sorted({f for v in table.values() for f in v.split("|")}, key=len, reverse=True)


@lru_cache(maxsize=1)
def _contribution_forms() -> dict[str, str]:
    out = {}
    for meaning, langs in CONTRIBUTIONS.items():
        for form in _forms(langs):
            out.setdefault(form, meaning)  # (a form of two meanings, "Text", takes the first: writing)
    return out


def contribution(label: str) -> set[str] | None:
    """The meanings of a contributor's role ("Grafik" → graphics; "Text und Fotos" → writing and picture), None
    where ``label`` is no role of the table's alone."""
    forms = _contribution_forms()
    parts = re.split(rf"\s*(?:,|/|\s{AND}\s)\s*", " ".join(label.casefold().split()).strip(" :.-–—"))
    found = {forms.get(p) for p in parts if p}
    return None if not found or None in found else found


def role_alternation(writing: bool, source: bool = False) -> str:
    """A regular expression's alternation (no group) of the writing roles' forms, or of the other contributors'
    (a source's words too where ``source``): the table the readers' credit patterns share."""
    forms = _contribution_forms()
    chosen = [f for f, m in forms.items() if (m == "writing") == writing and (source or m != "source")]
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(chosen, key=len, reverse=True))


def credits_another(label: str) -> bool:
    """Whether a contributor's role credits someone other than a writer ("Foto", "Grafik", "Übersetzung": no
    writing role among its meanings)."""
    found = contribution(label)
    return bool(found) and "writing" not in found


@lru_cache(maxsize=1)
def _title() -> re.Pattern:
    forms = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in _forms({k: "|".join(v.values())
                                                                           for k, v in TITLES.items()}))
    return re.compile(rf"^(?:{_ARTICLE}\s+(?=\S+\.?\s))?(?:{forms})(?:(?<=\.)\s*|\s+)(?=\w)", re.I)


@lru_cache(maxsize=1)
def _title_words() -> frozenset:
    return frozenset(w for v in TITLES.values() for f in v.values() for form in f.split("|") for w in form.split())


def is_title(word: str) -> bool:
    """Whether a word is a title's or one of its words ("Dr.", "Prof.", "Doç.", "Mag."): its full stop no
    sentence's end."""
    return word.casefold() in _title_words()


def untitled(name: str) -> str:
    """A name without the ranks, titles and forms of address before it ("Dr Leyla Nasibova", "Doç. Dr. Elif Kaya",
    "la Dra. Lucía Ferrer" → the name); the name as it is where nothing would be left."""
    name = " ".join(name.split())
    for _ in range(4):
        m = _title().match(name)
        if not m or len(name[m.end():].split()) < 2:
            break
        name = name[m.end():]
    return name


@lru_cache(maxsize=1)
def _place() -> re.Pattern:
    preps = "|".join(_forms(PLACES))
    return re.compile(rf"^(.+?)\s+(?:{preps})\s+([^\W\d_a-zа-яё][\w'’.-]*(?:\s+[^\W\d_a-zа-яё][\w'’.-]*){{0,2}})$")


def unplaced(piece: str, personal) -> tuple[str, str | None]:
    """A person's name and the place after it ("Siobhán Kerr in Brussels" → the name, "Brussels"), where what is
    before the place is a name ``personal`` accepts; the piece and None else."""
    m = _place().match(piece)
    if m and personal(m.group(1)):
        return m.group(1), m.group(2)
    return piece, None


def _place_alone(piece: str) -> bool:
    """Whether a piece is a place alone after its preposition ("à Paris", "in Brussels", "из Баку")."""
    m = _place().match("x " + piece)
    return bool(m) and m.group(1) == "x"


_SEGMENT = re.compile(r"\s+[·|•/]\s+|\s*;\s*|(?<=[\w)])\.\s+(?=[^\W\d][\w -]{1,30}:)")
_LABEL = re.compile(r"^([^\W\d][\w .'’/&-]{0,40}?)\s*:\s*(?=\S)")
_ADDRESS = re.compile(r"^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,6}(?:/\S*)?$", re.I)
_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)$")
_PIECE_KEPT = re.compile(rf"(\s*,\s*(?:{AND}\s+)?|\s+{AND}\s+)", re.I)


# a name's joining word at a piece's end: the piece goes on past the "and" after it ("Fundação para a Cooperação
# Caspiana": Portuguese "a" is no "and" there, as Czech "a" is between two names)
_OPEN_END = re.compile(r"\s(?:of|for|and|the|de|da|do|das|dos|del|della|di|du|des|der|für|pour|para|per|van|von|voor|"
                       r"la|le|el|al)$", re.I)


def _unbroken(parts: list[str]) -> list[str]:
    """The pieces and separators of a split line, a piece ending in a name's joining word taken on with the piece
    after its "and"."""
    out = list(parts)
    k = 0
    while k + 2 < len(out):
        if _OPEN_END.search(out[k]) and "," not in out[k + 1]:
            out[k:k + 3] = [out[k] + out[k + 1] + out[k + 2]]
        else:
            k += 2
    return out


def parse(line: str, personal, is_post) -> tuple[list[dict], bool, bool] | None:
    """A byline's line read into its writers (see the module): (the writers, each {"name", "affiliation"}; whether
    the line held a role, a title, a place or a post between names, what an ordinary list of names holds none
    of; whether it held a contributor's role), or None where some piece is neither a person's name (``personal``), a post (``is_post``), a place nor a
    degree. ``personal`` and ``is_post`` are the caller's tests of a name and a post."""
    from azmap.corpus.person_names import _person

    text = " ".join(line.split()).strip(" ,;")
    marked = roled = False
    writers: list[dict] = []
    for segment in _SEGMENT.split(text):
        segment = segment.strip(" .,")
        role = None
        label = _LABEL.match(segment)
        if label and contribution(label.group(1)):
            role, segment, marked = contribution(label.group(1)), segment[label.end():], True
            roled = True
        else:
            cued = byline_grammar.cued_names(segment)
            segment = cued if cued and not byline_grammar.dash_led(segment) else segment
        people: list[dict] = []
        last, posted, last_posted = None, False, None
        parts = _unbroken(_PIECE_KEPT.split(segment))  # the pieces and, between them, their separators
        for k in range(0, len(parts), 2):
            piece = parts[k].strip(" .")
            if not piece:
                continue
            joined = k and re.search(rf"{AND}", parts[k - 1].strip(" ,"), re.I)  # "and" before it, not a comma alone
            if posted and last is last_posted and not joined:  # "A, Senior Reporter, Caspian Courier": her house
                last["affiliation"] += ", " + piece
                continue
            if _ADDRESS.match(piece):  # the outlet's web address after the names ("news.site.at")
                marked = True
                continue
            bracket = _BRACKET.search(piece)
            own = contribution(bracket.group(1)) if bracket else None
            if own:
                piece, marked, roled = piece[:bracket.start()], True, True
            bare = untitled(piece)
            marked = marked or bare != piece
            name, place = unplaced(bare, personal)
            if personal(_person(name)["name"]):
                last = dict(_person(name), role=own or role)
                marked = marked or place is not None or posted  # (a post between two names)
                people.append(last)
            elif _DEGREES.match(piece) or last is not None and _place_alone(piece):
                marked = True  # "Name, PhD"; "Name, à Paris": no post
            elif last is not None and not last["affiliation"] and is_post(piece):
                last["affiliation"], posted, last_posted = piece, True, last
            else:
                return None
        writers += [{"name": p["name"], "affiliation": p["affiliation"]} for p in people
                    if not p["role"] or "writing" in p["role"]]
    return writers, marked, roled


def credit_line(line: str, personal, is_post) -> list[dict] | None:
    """The writers of a line of people that names contributors by their roles ("A (texte) et B (photos)", "Text:
    A · Grafik: B"), a byline however it opens; None where the line is no such line."""
    parsed = parse(line, personal, is_post)
    return parsed[0] if parsed and parsed[2] else None


def post_piece(piece: str) -> bool:
    """Whether a piece after a name is her post or institution: a few words, no figure, one of them a newsroom
    role's (byline_grammar.ROLES, its word or a longer form of it: "muhabiri", "redaktorka") or an institution's."""
    from azmap.corpus.words import INSTITUTION

    words = piece.split()
    if not 1 <= len(words) <= 8 or re.search(r"\d|[.!?:;]$", piece):
        return False
    return bool(INSTITUTION.search(piece)) or any(_role_word(w) for w in words)


def _role_word(word: str) -> bool:
    folded = word.casefold().strip(",.")
    roles = byline_grammar.role_words()
    return folded in roles or len(folded) >= 7 and any(folded.startswith(r) for r in roles if len(r) >= 6)
