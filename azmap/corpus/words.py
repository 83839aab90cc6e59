"""Multilingual word tables: the words the readers test lines by, in one place for every language the
corpus meets (English, German, French, Spanish, Italian, Portuguese, Polish, Russian, Turkish,
Azerbaijani), so that a reader that recognises an institution or a caption recognises it in every
language alike. Each table lists words by language; the patterns built from them are compiled once.

- ``INSTITUTION``: a word that names an institution, an organisation or an outlet ("Institute",
  "Stiftung", "Fundación", "Instytut", "Vakfı", "Üniversitesi", "Akademiyası", "Институт", "Центр");
- ``FIGURE_LABEL``: the word a figure's, table's or map's number follows ("Figure", "Abb.", "Graphique",
  "Рисунок", "Şekil", "Tabelle", "Karte", …); ``CAPTION_LABEL``: a caption's opening, that word and its
  number ("Abbildung 2:", "Рис. 3", "Şəkil 1."), or a photo's or source's label ("Foto:", "Quelle:");
- ``MEMBER_BODY``: a body of members' word ("Association", "Verband", "Fédération", "Izba", "Палата", "Derneği");
  ``paper_kind``: a paper's kind alone on a line ("Position paper", "Stellungnahme", "Stanowisko", "Görüş belgesi").
"""
from __future__ import annotations

import re

# words of an institution's or organisation's name, by language; a stem ends with "*" (any ending: the
# languages that inflect or compound: "Forschungszentrum", "Университета", "Üniversitesi")
_INSTITUTION_WORDS = {
    "en": """institut* universit* college school centre center department faculty foundation council agency
        ministry office service forum programme program academy consult* group ltd llc inc gmbh partners associates
        company corporation bank lab laboratory observatory network association society trust media news daily
        herald times review journal magazine gazette wire station survey watch initiative coalition alliance
        federation union commission committee secretariat museum library archive archives authority bureau
        administration directorate""",
    "de": """*stiftung *stiftungen *zentrum *zentren hochschule* *akademie verband verein gesellschaft ministerium
        bundesministerium bundesamt behörde *forschungsstelle *institut universität* kommission ausschuss
        abteilung referat dezernat *amt sekretariat *agentur""",
    "fr": """fondation centre université* école académie observatoire conseil agence ministère laboratoire
        association société fédération commission comité direction département secrétariat""",
    "es": """fundación centro universidad* escuela academia observatorio consejo agencia ministerio laboratorio
        asociación sociedad federación comisión comité instituto departamento subdirección dirección secretaría""",
    "it": """fondazione centro università istituto accademia osservatorio consiglio agenzia ministero laboratorio
        associazione società federazione commissione comitato scuola direzione dipartimento ufficio segreteria""",
    "pt": """fundação centro universidade instituto academia observatório conselho agência ministério departamento
        direção direcção secretaria gabinete""",
    "pl": """instytut* fundacj* uniwersytet* ośrod* centrum akademi* politechnik* stowarzyszeni* agencj*""",
    "ru": """институт* университет* центр* фонд* академи* агентств* министерств* обществ* ассоциаци*
        лаборатори* комисси* комитет* обсерватори* департамент* управлени* отдел*""",
    "tr": """üniversite* vakf* vakıf enstitü* merkez* akademi* derne* bakanlığ* kurum* ajans*""",
    "az": """universitet* akademiya* mərkəz* fondu fondunun nazirliy* agentliy* cəmiyyət* assosiasiya* institut*""",
    "nl": """persbureau agentschap instituut universiteit* hogeschool *stichting *centrum academie ministerie
        vereniging genootschap
        commissie afdeling secretariaat""",
    "uk": """інститут* університет* центр* фонд* академі* агентств* міністерств* товариств* асоціаці* комісі*
        комітет* департамент* управлінн* відділ*""",
}


def _pattern(table: dict[str, str]) -> str:
    words = sorted({w.lower() for text in table.values() for w in text.split()}, key=lambda w: (-len(w), w))
    parts = [(r"\w*" if w.startswith("*") else "") + re.escape(w.strip("*")) + (r"\w*" if w.endswith("*") else "")
             for w in words]
    return r"\b(?:" + "|".join(parts) + r")\b"


def _dotless(text: str) -> str:
    """Text with Turkish and Azerbaijani's dotted and dotless i folded into one ("BÜLTENİ", "bülteni",
    "BURAXILIŞI", "buraxılışı"), in lower case."""
    return text.replace("İ", "i").replace("I", "i").replace("ı", "i").lower()


class WordTable:
    """A table's words looked up a line's word at a time (as fast as one English regular expression, with ten
    languages' words): ``search(text)`` is the first word of the line the table holds (a word, a stem's
    word, a compound ending with one: "Forschungszentrum"), or None; ``pattern`` the same as a regular
    expression's source."""

    _WORD = re.compile(r"\w+")

    def __init__(self, table: dict[str, str]):
        listed = {_dotless(w) for text in table.values() for w in text.split()}
        self.words = frozenset(w for w in listed if "*" not in w)
        self.stems = tuple(sorted(w.strip("*") for w in listed if w.endswith("*") and not w.startswith("*")))
        self.endings = tuple(sorted(w.strip("*") for w in listed if w.startswith("*") and not w.endswith("*")))
        self.inner = tuple(sorted(w.strip("*") for w in listed if w.startswith("*") and w.endswith("*")))
        self.pattern = _pattern(table)

    def search(self, text: str) -> str | None:
        for w in self._WORD.findall(_dotless(text)):  # "BAKANLIĞI", "Bakanlığı", "bakanliği" alike
            if w in self.words or w.startswith(self.stems) or w.endswith(self.endings) \
                    or self.inner and any(part in w for part in self.inner):
                return w
        return None


INSTITUTION = WordTable(_INSTITUTION_WORDS)
# a body's name over a document's title (title_evidence): the institution's words of every language but, in
# English, only those no title opens with ("Annual Freight Review 2024", "The Caspian Alliance" are titles)
BODY = WordTable({**_INSTITUTION_WORDS, "en": """institute centre center university ministry company agency
    service council committee association foundation office department authority corporation group"""})


# a body's unit, by meaning in each language: a department, division, section, unit, office, desk or service of it
# (a line naming one under the body's name is the body's, no title: "Research Unit", "Abteilung Volkswirtschaft")
UNIT = WordTable({
    "en": "unit division section department office desk service directorate team",
    "de": "abteilung referat dezernat stabsstelle *abteilung bereich fachbereich",
    "fr": "service département direction division cellule pôle bureau section",
    "es": "unidad departamento división sección área dirección servicio gabinete oficina",
    "it": "ufficio unità servizio dipartimento divisione sezione direzione area",
    "pt": "unidade departamento divisão secção seção gabinete serviço direção direcção núcleo",
    "nl": "afdeling dienst eenheid directie bureau sectie",
    "pl": "dział* wydział* zespół biuro departament* sekcj*",
    "ru": "отдел* управлени* служб* департамент* сектор* подразделени*",
    "uk": "відділ* управлінн* служб* департамент* сектор*",
    "tr": "birim* daire* şube* müdürlü* bölüm*",
    "az": "şöbə* idarə* bölmə* xidmət* departament*",
})


def institution(text: str) -> bool:
    """Whether a line names an institution in any of the table's languages (a Turkish or Azerbaijani
    capital İ read as i)."""
    return bool(INSTITUTION.search(text))


# the word a figure's, table's or map's number follows, by language ("Abb." and "Рис." abbreviated)
_FIGURE_WORDS = {
    "en": "figure fig fig. figs. table tab. map maps chart graph box exhibit plate",
    "de": "abbildung abb. tabelle tab. karte diagramm grafik schaubild übersicht",
    "fr": "figure graphique tableau carte encadré",
    "es": "figura gráfico tabla cuadro mapa",
    "it": "figura grafico tabella mappa carta",
    "pt": "figura gráfico tabela quadro mapa",
    "pl": "rysunek rys. wykres tabela mapa",
    "ru": "рисунок рис. таблица табл. карта схема диаграмма график",
    "tr": "şekil tablo harita grafik",
    "az": "şəkil cədvəl xəritə qrafik",
}
_FIGURE_WORD_LIST = sorted({w for text in _FIGURE_WORDS.values() for w in text.split()}, key=lambda w: (-len(w), w))
# (as a pattern: the word alone, a full stop after an abbreviation included)
FIGURE_LABEL = "(?i:" + "|".join(re.escape(w) for w in _FIGURE_WORD_LIST) + ")"
_CAPTION_WORD = "(?i:" + "|".join(re.escape(w) for w in _FIGURE_WORD_LIST if w != "box") + ")"  # (a box's is set apart)

# a photo's, an image's and a source's label over a caption or a credit, by language
_PHOTO_WORDS = {
    "en": "photo image source", "de": "foto bild quelle", "fr": "photo image source", "es": "foto imagen fuente",
    "it": "foto immagine fonte", "pt": "foto imagem fonte", "pl": "zdjęcie źródło", "ru": "фото источник",
    "tr": "fotoğraf kaynak", "az": "foto mənbə",
}
PHOTO_LABEL = "(?i:" + "|".join(sorted({w for t in _PHOTO_WORDS.values() for w in t.split()}, key=len, reverse=True)) + ")"

# a caption's opening: a figure's word and its number, then a stop, a colon, a dash, or the caption's first
# word in a capital ("Abb. 4 Importe …"); or a photo's or source's label and a colon
CAPTION_LABEL = re.compile(
    rf"^{_CAPTION_WORD}\s?\d{{1,3}}[a-z]?(?:\.\d{{1,2}})?(?:\s?[.:–—-]|\s+[^\W\d_a-zß-ÿа-яё])"
    rf"|^{PHOTO_LABEL}\s?:")

# the aside by which an agreement's parties' clause names the parties for the rest of the text
# ("(hereinafter referred to as 'the Parties')", "(im Folgenden „Vertragsparteien“ genannt)", "ci-après
# dénommés", "(en adelante, «las Partes»)", "(далее – Стороны)"), by language
_HEREINAFTER_WORDS = {
    "en": "hereinafter|hereafter|hereinafter referred to as",
    "de": "im folgenden|nachstehend|nachfolgend|im weiteren|fortan",
    "fr": "ci-après|ci-dessous dénommé",
    "es": "en adelante|en lo sucesivo|denominad[oa]s? en adelante",
    "it": "di seguito|in appresso|d'ora in poi",
    "pt": "doravante|a seguir denominad[oa]s?",
    "pl": "zwan[eiy]+ dalej|dalej zwan[eiy]+",
    "ru": "далее|в дальнейшем|именуемые в дальнейшем",
    "tr": "bundan böyle|bundan sonra|(?:aşağıda|burada) .{0,20}olarak anılacak",
    "az": "bundan sonra|bundan sonra .{0,20}adlandırılacaq",
}
HEREINAFTER = re.compile(r"(?:\(|,\s|–\s|—\s)\s*(?:" + "|".join(_HEREINAFTER_WORDS.values()) + r")\b", re.I)

# a transcript's speaker label that names a role and no one ("MODERATOR:", "ВЕДУЩИЙ:", "ANIMATEUR :"), by language
_ROLE_LABELS = {
    "en": "moderator chair chairman chairwoman chairperson host anchor presenter interviewer narrator announcer "
          "correspondent reporter spokesman spokeswoman spokesperson",
    "de": "moderator moderatorin vorsitzender vorsitzende sprecher sprecherin präsident präsidentin reporter "
          "reporterin korrespondent korrespondentin",
    "fr": "animateur animatrice présentateur présentatrice président présidente modérateur modératrice journaliste "
          "correspondant correspondante porte-parole",
    "es": "moderador moderadora presentador presentadora presidente presidenta periodista corresponsal portavoz",
    "it": "moderatore moderatrice conduttore conduttrice presidente giornalista corrispondente portavoce",
    "pt": "moderador moderadora apresentador apresentadora presidente jornalista correspondente porta-voz",
    "pl": "moderator prowadzący prowadząca przewodniczący przewodnicząca dziennikarz rzecznik",
    "ru": "ведущий ведущая модератор председатель председательствующий корреспондент журналист вопрос ответ "
          "голос",
    "tr": "moderatör sunucu başkan muhabir gazeteci sözcü soru cevap",
    "az": "aparıcı moderator sədr müxbir jurnalist sual cavab",
}
ROLE_LABELS = frozenset(w.replace("ı", "i") for text in _ROLE_LABELS.values() for w in text.split())  # (ı read as i)

# a rank or post written before a name in an official's line ("Ambassador Teodor Lind", "Conseiller Jean Dubois",
# "Botschaftsrätin Anke Vogel"), by language: the words of the post, not of the name
_POST_WORDS = {
    "en": "ambassador counsellor counselor secretary attaché attache consul envoy director deputy minister head "
          "officer chief first second third political economic chargé d'affaires under assistant principal",
    "fr": "ambassadeur ambassadrice conseiller conseillère secrétaire attaché attachée consul consule directeur "
          "directrice adjoint adjointe ministre chef cheffe premier première deuxième chargé chargée",
    "de": "botschafter botschafterin botschaftsrat botschaftsrätin gesandter gesandte sekretär sekretärin attaché "
          "konsul konsulin direktor direktorin stellvertretender stellvertretende leiter leiterin referent "
          "referentin referatsleiter referatsleiterin erster erste legationsrat legationsrätin",
    "es": "embajador embajadora consejero consejera secretario secretaria agregado agregada cónsul director "
          "directora adjunto adjunta jefe jefa ministro ministra primer primera segundo segunda encargado",
    "it": "ambasciatore ambasciatrice consigliere consigliera segretario segretaria addetto console direttore "
          "direttrice vice capo ministro primo prima",
    "pl": "ambasador ambasador radca sekretarz attaché konsul dyrektor dyrektorka zastępca kierownik minister "
          "pierwszy pierwsza",
    "ru": "посол советник секретарь атташе консул директор заместитель начальник руководитель министр первый "
          "первая временный поверенный",
    "tr": "büyükelçi müsteşar sekreter ataşe konsolos direktör müdür yardımcısı başkan bakan birinci",
}
POST_WORDS = frozenset(w for text in _POST_WORDS.values() for w in text.split())


# a form's label for the title of what it describes ("II.1.1) Title:", "Intitulé :", "Tytuł:"), by language, its
# phrases apart by "|"
_TITLE_FIELD_WORDS = {
    "en": "title|name of the contract", "fr": "titre|intitulé", "de": "titel|bezeichnung des auftrags",
    "es": "título", "pt": "título|designação", "it": "titolo|denominazione", "nl": "titel|benaming",
    "pl": "tytuł|nazwa zamówienia", "ru": "название|заголовок|наименование", "tr": "başlık|ihalenin adı",
    "az": "başlıq",
}
TITLE_FIELD = re.compile(r"^(?:" + "|".join(sorted({w for t in _TITLE_FIELD_WORDS.values() for w in t.split("|")},
                                                  key=len, reverse=True)) + r")$", re.I)


# a form's label for the official name of the body that issues it (a contracting authority's), by language, its
# phrases apart by "|"
_OFFICIAL_NAME_WORDS = {
    "en": "official name", "fr": "nom officiel|dénomination officielle", "de": "offizielle bezeichnung",
    "es": "denominación oficial|nombre oficial", "pt": "designação oficial|nome oficial",
    "it": "denominazione ufficiale", "nl": "officiële benaming|officiële naam", "pl": "oficjalna nazwa|nazwa oficjalna",
    "ru": "официальное наименование|официальное название", "tr": "resmi adı|resmi ad", "az": "rəsmi adı",
}
OFFICIAL_NAME = re.compile(r"^(?:" + "|".join(sorted({w for t in _OFFICIAL_NAME_WORDS.values() for w in t.split("|")},
                                                    key=len, reverse=True)) + r")$", re.I)


# an e-mail's or a memo's header labels as mail programs in other languages save them ("Von:", "Betreff:",
# "Objet :", "Asunto:", "Тема:", "Konu:"), each with the English header it stands for
_MAIL_LABELS = {
    "de": {"von": "from", "an": "to", "gesendet": "sent", "datum": "date", "betreff": "subject", "kopie": "cc"},
    "fr": {"de": "from", "à": "to", "envoyé": "sent", "objet": "subject"},
    "es": {"para": "to", "enviado": "sent", "fecha": "date", "asunto": "subject", "cc": "cc"},
    "it": {"da": "from", "inviato": "sent", "data": "date", "oggetto": "subject"},
    "pt": {"para": "to", "enviada": "sent", "assunto": "subject"},
    "ru": {"от": "from", "кому": "to", "отправлено": "sent", "дата": "date", "тема": "subject", "копия": "cc"},
    "tr": {"kimden": "from", "kime": "to", "gönderildi": "sent", "tarih": "date", "konu": "subject", "bilgi": "cc"},
    "az": {"kimdən": "from", "kimə": "to", "göndərilib": "sent", "tarix": "date", "mövzu": "subject"},
}
MAIL_LABELS = {label: header for table in _MAIL_LABELS.values() for label, header in table.items()}
# the label over a memo's header lines in other languages ("AKTENNOTIZ", "NOTE DE SERVICE", "Служебная записка")
MEMO_LABELS = ("aktennotiz|vermerk|hausmitteilung|note de service|note interne|mémorandum|memorando|nota interna|"
               "nota informativa|служебная записка|докладная записка|iç yazışma|xidməti qeyd")

# a press release's label over its title, by language (a label alone on its line, a number after it allowed:
# "PRESS RELEASE", "Pressemitteilung Nr. 12", "MƏTBUAT BURAXILIŞI", "COMUNICATO STAMPA", "ПРЕСС-РЕЛИЗ")
_RELEASE_WORDS = {
    "en": "press release|news release|media release|press statement|media statement",
    "de": "pressemitteilung|presseinformation|pressemeldung|medienmitteilung",
    "fr": "communiqué de presse|communiqué",
    "es": "nota de prensa|comunicado de prensa|comunicado",
    "it": "comunicato stampa|nota stampa|comunicato",
    "pt": "comunicado de imprensa|nota de imprensa|nota à imprensa",
    "pl": "komunikat prasowy|informacja prasowa",
    "ru": "пресс-релиз|сообщение для печати",
    "tr": "basın bülteni|basın açıklaması",
    "az": "mətbuat buraxılışı|press-reliz",
}


def _phrases(table: dict[str, str]) -> str:
    """A table's phrases ("a|b c" a language) as one alternation, the longest first, their spaces any white space."""
    return "|".join(sorted({_dotless(w).replace(" ", r"\s+") for t in table.values() for w in t.split("|")},
                           key=len, reverse=True))


RELEASE_LABEL = re.compile(
    r"^(?:" + _phrases(_RELEASE_WORDS) + r")(?:\s+(?:no\.?|nr\.?|n\.|n°|№|#|sayi)\s*[\w/.-]{1,20}"
    # (or the release's reference, set apart to the right: "PR/2026/019", "NR-2025-044", "PM 12/2025")
    + r"|\s+(?:[^\W\d_]{1,4}[-/ ]?)?\d[\w/.-]{0,16})?$")


# an embargo line over a release's headline, by language: the word leads a short line holding the day or hour
# ("EMBARGOED UNTIL 10:00 CET, 10 March 2026", "SPERRFRIST: 5. März 2025", "EMBARGO JUSQU'AU …", "EMBARGO HASTA
# …", "EMBARGO FINO ALLE …", "EMBARGO ATÉ …", "EMBARGO DO …", "ЭМБАРГО ДО …", "AMBARGO: …", "NIET PUBLICEREN VOOR …")
_EMBARGO = re.compile(r"^(?:embargoed|under\s+embargo|embargo|sperrfrist|ambargo|эмбарго|ембарго|"
                      r"not\s+for\s+(?:publication|release)\s+(?:before|until)|nicht\s+vor|niet\s+publiceren|"
                      r"ne\s+pas\s+publier\s+avant|не\s+(?:для\s+)?публик\w*\s+до)\b")


def embargo_line(line: str) -> bool:
    """Whether a line is a release's embargo line in any of the table's languages: the word first, a figure in
    it (the hour or the day), a dozen words at the most (a headline on an embargo has no figure: "Embargo on
    grain exports lifted")."""
    plain = _dotless(" ".join(line.split()).strip(" *_"))
    return len(plain.split()) <= 14 and bool(re.search(r"\d", plain)) and bool(_EMBARGO.match(plain))


def release_label(line: str) -> bool:
    """Whether a line is a press release's label in any of the table's languages."""
    return bool(RELEASE_LABEL.match(_dotless(" ".join(line.split()).strip(" *_:"))))



# a body of members that speaks for them (an association, a federation, a chamber, a union, a council, an alliance, a
# network), by language; stems where the language inflects or compounds ("Bundesverband", "Ассоциации", "Derneği")
MEMBER_BODY = WordTable({
    "en": "association associations federation confederation chamber union council alliance network coalition society "
          "guild league",
    "de": "*verband *verbände verband* verein *verein vereinigung *kammer kammer bund bündnis netzwerk gewerkschaft "
          "rat",
    "fr": "association fédération confédération chambre union syndicat conseil alliance réseau groupement",
    "es": "asociación federación confederación cámara unión consejo alianza gremio",
    "it": "associazione federazione confederazione camera unione consiglio alleanza rete",
    "pt": "associação federação confederação câmara união conselho aliança rede",
    "nl": "vereniging federatie bond *bond kamer verbond raad netwerk alliantie",
    "pl": "stowarzyszeni* związek związku zrzeszeni* izba izby federacj* konfederacj* rada sojusz",
    "ru": "ассоциаци* федераци* палат* союз* совет* альянс* объединени* конфедераци*",
    "uk": "асоціаці* федераці* палат* спілк* союз* рада альянс* об'єднанн*",
    "tr": "dernek derneği federasyon* odası birlik birliği konfederasyon* konsey* ittifak*",
    "az": "assosiasiya* federasiya* palata* ittifaq* birlik birliyi şura* şəbəkə*",
})

# a paper's kind alone on a line of its head (the body issuing it speaks in it): a position paper, a statement, a
# consultation response, by meaning
_PAPER_KINDS = {
    "en": "position paper|position statement|policy paper|policy brief|discussion paper|consultation response|"
          "response to the consultation|submission|statement|joint statement|white paper|briefing paper",
    "de": "positionspapier|stellungnahme|gemeinsame stellungnahme|diskussionspapier|eckpunktepapier|"
          "konsultationsbeitrag|grundsatzpapier",
    "fr": "prise de position|document de position|note de position|position commune|réponse à la consultation|"
          "déclaration|déclaration commune|livre blanc|contribution",
    "es": "documento de posición|posicionamiento|nota de posición|respuesta a la consulta|declaración|"
          "declaración conjunta|libro blanco",
    "it": "documento di posizione|position paper|posizione comune|risposta alla consultazione|dichiarazione|"
          "dichiarazione congiunta|libro bianco",
    "pt": "documento de posição|tomada de posição|posição comum|resposta à consulta|declaração|declaração conjunta|"
          "livro branco",
    "nl": "positiepaper|position paper|standpunt|zienswijze|reactie op de consultatie|verklaring|"
          "gezamenlijke verklaring",
    "pl": "stanowisko|dokument stanowiska|wspólne stanowisko|odpowiedź na konsultacje|oświadczenie|biała księga",
    "ru": "позиционный документ|позиция|заявление|совместное заявление|отзыв на консультацию|белая книга",
    "uk": "позиційний документ|позиція|заява|спільна заява|біла книга",
    "tr": "görüş belgesi|pozisyon belgesi|tutum belgesi|ortak açıklama|kamuoyu açıklaması|beyan",
    "az": "mövqe sənədi|mövqe|bəyanat|birgə bəyanat|rəy sənədi",
}
PAPER_KIND = re.compile(
    r"^(?:" + _phrases(_PAPER_KINDS) + r")(?:\s+(?:no\.?|nr\.?|n°|№)?\s*\d[\w/.-]{0,12})?$")


# the words that open a paper's title naming its body after them ("Statement by the A on …", "Posición de la A sobre
# …"), in the languages that write a body's name after a preposition without inflecting it
PAPER_TITLE = re.compile(
    r"^(?:" + _phrases({**_PAPER_KINDS, "x": "position|posición|posizione|posição|response|comments|réponse|respuesta|"
                                             "risposta|resposta|reactie|parere|parecer|comunicado"})
    + r")\s+(?:by|of|from|de\s+la|de\s+l['’]|du|des|del|della|dell['’]|dello|degli|delle|dei|da|do|dos|das|"
      r"van\s+de|van\s+het|van)\s+(?:the\s+)?(\S.{3,90}?)\s+(?:on|regarding|concerning|about|in\s+response\s+to|sur|"
      r"concernant|relative\s+à|au\s+sujet\s+de|sobre|acerca\s+de|relativa\s+a|su|sul|sulla|sui|sulle|sugli|"
      r"in\s+merito\s+a|relativamente\s+a|over|inzake|betreffende|omtrent)\s+\S", re.I)


def paper_kind(line: str) -> bool:
    """Whether a line is a paper's kind alone ("POSITION PAPER", "Stellungnahme", "Prise de position", "Stanowisko",
    "Позиционный документ", "Görüş belgesi", perhaps with its number), in any of the table's languages."""
    return bool(PAPER_KIND.match(_dotless(" ".join(line.split()).strip(" *_#:"))))

# the small words inside an institution's name, by language ("Ministry of Energy", "Ministero dell'Ambiente e della
# Sicurezza Energetica", "Ulaştırma ve Altyapı Bakanlığı"): a line of a body's name has only these in lower case
_CONNECTOR_WORDS = {
    "en": "of for and the on in at to", "de": "für und der des die das am im zur zum",
    "fr": "de du des la le les et pour", "es": "de del la las los y para", "it": "di del della dello dei degli delle e per",
    "pt": "de do da dos das e para", "pl": "i do dla", "ru": "и по при для", "tr": "ve", "az": "və",
}
CONNECTORS = frozenset(w for t in _CONNECTOR_WORDS.values() for w in t.split())
