"""A byline's grammar by meaning, in the languages read (English, French, German, Spanish, Italian, Portuguese,
Dutch, Polish, Russian, Ukrainian, Azerbaijani, Turkish; the cues also in Croatian, Serbian and Bosnian in both
scripts, Slovene, Czech, Slovak, Hungarian, Romanian, Bulgarian, Greek, Swedish, Norwegian, Danish and Finnish):
the words that say who wrote a text ("By", "Written by",
"Text:", "Author:"), a dash that signs it, the roles a byline's line may give under or beside the name ("Staff
writer", "Journaliste", "Redattore"), and the headings of an author card ("About the author"). One table the
readers share (the plain text's header, the page's byline, the closing credits), instead of each its own list.
"""
from __future__ import annotations

import re
from functools import lru_cache

# meaning → the forms of each language (lower case; a form's words separated by one space)
CUES = {
    # a word before the names: "By A", "Par A", "Von A"
    "by": {"en": "by", "fr": "par", "de": "von", "es": "por", "it": "di", "pt": "por", "nl": "door",
           "sv": "av", "no": "av", "da": "af"},
    # "Written by A"
    "written by": {"en": "written by|words by|story by", "fr": "écrit par|écrite par|texte de|texte par",
                   "de": "geschrieben von|ein beitrag von", "es": "escrito por|escrita por|texto de",
                   "it": "scritto da|scritta da|testo di", "pt": "escrito por|escrita por|texto de",
                   "nl": "geschreven door|tekst door", "pl": "napisał|napisała|tekst napisał",
                   "hr": "napisao|napisala", "sr": "napisao|napisala|написао|написала", "cs": "napsal|napsala",
                   "sk": "napísal|napísala", "sl": "napisal|napisala", "ro": "scris de|scrisă de|de către",
                   "bg": "написа|написал|написала", "sv": "skrivet av|skriven av", "no": "skrevet av",
                   "da": "skrevet af", "fi": "kirjoittanut"},
    # a team's word for who made a document: "Prepared by A and B", "Erstellt von A", "Подготовили A и B"
    "prepared by": {"en": "prepared by|compiled by", "fr": "préparé par|préparée par|établi par|établie par",
                    "de": "erstellt von|zusammengestellt von", "es": "elaborado por|elaborada por|preparado por|preparada por",
                    "it": "a cura di|preparato da|preparata da", "pt": "elaborado por|elaborada por|preparado por|preparada por",
                    "nl": "samengesteld door|opgesteld door", "pl": "opracował|opracowała|opracowali|przygotował|przygotowała|"
                    "przygotowali", "ru": "подготовил|подготовила|подготовили|составил|составила|составили",
                    "uk": "підготував|підготувала|підготували|уклав|уклала|уклали", "az": "hazırladı|hazırlayan|hazırlayanlar",
                    "tr": "hazırlayan|hazırlayanlar|derleyen"},
    # a label before a colon or a dash: "Text: A", "Author: A", "Автор: A"
    "label": {"en": "text|words|author|authors|writer|reporter|reporters|correspondent",
              "fr": "texte|auteur|auteurs|autrice|auteure|rédaction|journaliste",
              "de": "text|autor|autorin|autoren|verfasser|verfasserin|redaktion",
              "es": "texto|autor|autora|autores|redacción", "it": "testo|autore|autrice|autori|redazione",
              "pt": "texto|autor|autora|autores|redação", "nl": "tekst|auteur|auteurs|redactie",
              "pl": "tekst|autor|autorka|autorzy|napisał|napisała", "ru": "текст|автор|авторы|автор текста|корреспондент",
              "uk": "текст|автор|автори|автор тексту|кореспондент", "az": "mətn|müəllif|müəllifi|müəlliflər|yazan|müxbir",
              "tr": "metin|yazar|yazarlar|yazan|muhabir",
              # "Piše: A" (writes), "Írta: A" (wrote it), "Пише: A", "Γράφει: A": the verb as the label
              "hr": "piše|pišu|autorica|autori|tekst", "sr": "piše|pišu|autorka|пише|пишу|аутор|ауторка|аутори|текст",
              "sl": "piše|avtor|avtorica|avtorja|avtorji|besedilo", "cs": "autor|autorka|autoři|text|napsal|napsala",
              "sk": "autor|autorka|autori|text|napísal|napísala", "hu": "írta|szerző|szerzők|szöveg",
              "ro": "autor|autoare|autori|text", "bg": "автор|автори|текст|пише",
              "el": "γράφει|συντάκτης|συντάκτρια|κείμενο", "sv": "text|skribent|författare", "no": "tekst|forfatter|skribent",
              "da": "tekst|forfatter|skribent", "fi": "teksti|kirjoittaja|kirjoittajat"},
    # a reporter's label before a colon, in a credits block after the text as over it ("Muhabir: A", "Inviata: A",
    # "Korrespondentin: A"): the one who reported, the author (an editor's and a photographer's labels are not here)
    "reporter": {"en": "reporter|reporters|correspondent|correspondents|reporting",
                 "fr": "correspondant|correspondante|correspondants|envoyé spécial|envoyée spéciale|reportage",
                 "de": "korrespondent|korrespondentin|korrespondenten|reporter|reporterin|bericht",
                 "es": "corresponsal|corresponsales|reportero|reportera|enviado especial|enviada especial|información",
                 "it": "inviato|inviata|inviati|corrispondente|corrispondenti|cronista",
                 "pt": "correspondente|repórter|repórteres|enviado especial|enviada especial|reportagem",
                 "nl": "verslaggever|verslaggeefster|verslaggevers|correspondent|correspondente|correspondenten",
                 "pl": "korespondent|korespondentka|korespondenci|reporter|reporterka",
                 "ru": "корреспондент|корреспонденты|репортёр|репортер|спецкор",
                 "uk": "кореспондент|кореспонденти|репортер|спецкор", "az": "müxbir|müxbirlər|reportyor",
                 "tr": "muhabir|muhabirler|haber", "cs": "zpravodaj|zpravodajka|reportér|reportérka",
                 "sv": "reporter|korrespondent", "ro": "corespondent|reporter|reporteră"},
    # a guest's label: "Guest author: A", "Gastautorin: A", "Konuk yazar: A"
    "guest": {"en": "guest author|guest writer|guest contributor", "de": "gastautor|gastautorin|gastbeitrag",
              "fr": "auteur invité|autrice invitée|auteure invitée", "es": "autor invitado|autora invitada",
              "it": "autore ospite|autrice ospite", "pt": "autor convidado|autora convidada", "nl": "gastauteur",
              "pl": "autor gościnny|autorka gościnna", "ru": "приглашённый автор|приглашенный автор",
              "uk": "запрошений автор", "tr": "konuk yazar", "az": "qonaq müəllif"},
}

# the roles a byline gives beside or under the name (kept as the affiliation, as a role is; an editor's word in the
# other languages labels an editor's credit, "Редактор: B", no writer's role)
ROLES = {
    "en": "staff writer|staff writers|writer|writers|reporter|reporters|correspondent|correspondents|journalist|"
          "journalists|editor|columnist|contributor|contributors",
    "fr": "journaliste|journalistes|rédacteur|rédactrice|correspondant|correspondante|correspondants|correspondantes|"
          "envoyé spécial|envoyée spéciale|envoyés spéciaux|envoyées spéciales|chroniqueur|chroniqueuse",
    "de": "redakteur|redakteurin|redakteure|korrespondent|korrespondentin|korrespondenten|korrespondentinnen|"
          "reporter|reporterin|reporterinnen|journalist|journalistin|journalisten",
    "es": "redactor|redactora|redactores|corresponsal|corresponsales|periodista|periodistas|enviado especial|"
          "enviada especial|enviados especiales",
    "it": "redattore|redattrice|redattori|corrispondente|corrispondenti|giornalista|giornalisti|inviato|inviata|inviati",
    "pt": "redator|redatora|redatores|correspondente|correspondentes|jornalista|jornalistas|repórter|repórteres|"
          "enviado especial|enviada especial",
    "nl": "redacteur|redacteuren|correspondent|correspondenten|verslaggever|verslaggevers|journalist|journalisten",
    "pl": "dziennikarz|dziennikarka|dziennikarze|korespondent|korespondentka|korespondenci",
    "ru": "корреспондент|корреспонденты|журналист|журналистка|журналисты|обозреватель",
    "uk": "кореспондент|кореспонденти|журналіст|журналістка|журналісти|оглядач",
    "az": "müxbir|müxbirlər|müxbirimiz|müxbirlərimiz|jurnalist|köşə yazarı",
    "tr": "muhabir|muhabirler|muhabirimiz|muhabirlerimiz|muhabirleri|gazeteci|köşe yazarı",
    # (Czech and Slovak "redaktor" is a newsroom's writer, "redaktor ekonomickej rubriky")
    "cs": "redaktor|redaktorka|redaktoři|reportér|reportérka|zpravodaj|zpravodajka|novinář|novinářka|komentátor|"
          "komentátorka",
    "sk": "redaktor|redaktorka|redaktori|reportér|reportérka|spravodajca|spravodajkyňa|novinár|novinárka|komentátor|"
          "komentátorka",
}

# an author card's heading
ABOUT = {
    "en": "about the author|about the authors|about the writer", "fr": "à propos de l'auteur|à propos de l'autrice|"
    "à propos des auteurs|l'auteur|l'autrice", "de": "über den autor|über die autorin|über die autoren",
    "es": "sobre el autor|sobre la autora|sobre los autores|el autor|la autora",
    "it": "l'autore|l'autrice|gli autori|sull'autore", "pt": "sobre o autor|sobre a autora|sobre os autores",
    "nl": "over de auteur|over de auteurs|over de schrijver", "pl": "o autorze|o autorce|o autorach",
    "ru": "об авторе|об авторах", "uk": "про автора|про авторку|про авторів", "az": "müəllif haqqında",
    "tr": "yazar hakkında",
}

# a card's label that is the word for the person it presents alone ("Expert" over a think tank's expert's card)
CARD_LABELS = {
    "en": "expert|experts|our expert|author", "fr": "expert|experte|experts|l'expert|l'experte|auteur|autrice",
    "de": "experte|expertin|experten|expert|autor|autorin", "es": "experto|experta|expertos|autor|autora",
    "it": "esperto|esperta|esperti|autore|autrice", "pt": "especialista|especialistas|autor|autora",
    "nl": "expert|deskundige|experts|auteur", "pl": "ekspert|ekspertka|eksperci|autor|autorka",
    "ru": "эксперт|эксперты|автор", "uk": "експерт|експерти|автор", "az": "ekspert|ekspertlər|müəllif",
    "tr": "uzman|uzmanlar|yazar",
}

# a letter's closing over its signer's name, by meaning (a line of its own, its comma or none: "Kind regards,",
# "Mit freundlichen Grüßen", "Z poważaniem"); the mark of a signature in the signer's place ("(signed)", "f.to")
CLOSINGS = {
    "en": "yours sincerely|sincerely|sincerely yours|yours faithfully|faithfully|yours truly|very truly yours|"
          "kind regards|kindest regards|best regards|warm regards|warmest regards|regards|with regards|best wishes|"
          "with best wishes|with kind regards|respectfully|respectfully yours|yours respectfully|with thanks|"
          "many thanks",
    "de": "mit freundlichen grüßen|mit freundlichen grüssen|mit freundlichem gruß|mit freundlichem gruss|"
          "freundliche grüße|freundliche grüsse|beste grüße|viele grüße|herzliche grüße|mit besten grüßen|"
          "hochachtungsvoll",
    "fr": "cordialement|bien cordialement|très cordialement|sincères salutations|salutations distinguées|"
          "bien à vous|avec mes salutations distinguées|respectueusement",
    "es": "atentamente|muy atentamente|cordialmente|saludos|saludos cordiales|un saludo|un cordial saludo|"
          "reciba un cordial saludo",
    "it": "cordiali saluti|distinti saluti|cordialmente|un cordiale saluto|i migliori saluti|con osservanza",
    "pt": "atenciosamente|cordialmente|com os melhores cumprimentos|melhores cumprimentos|cumprimentos|"
          "saudações cordiais|com cordiais saudações",
    "nl": "met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|hoogachtend|met hartelijke groet",
    "pl": "z poważaniem|z wyrazami szacunku|łączę pozdrowienia|pozdrawiam|z pozdrowieniami",
    "ru": "с уважением|с наилучшими пожеланиями|искренне ваш|искренне ваша",
    "uk": "з повагою|з найкращими побажаннями|щиро ваш|щиро ваша",
    "tr": "saygılarımla|saygılarımızla|saygılarımla sunarım|saygılarımızla sunarız|iyi çalışmalar|selamlar",
    "az": "hörmətlə|dərin hörmətlə|ehtiramla",
}
SIGNED_MARKS = {"en": "(signed)|signed|/s/|sgd.|sgd", "de": "gez.|(gez.)|gezeichnet", "fr": "(signé)|signé",
                "es": "(firmado)|firmado|fdo.", "it": "f.to|(firmato)|firmato", "pt": "(assinado)|assinado|ass.",
                "nl": "w.g.|(w.g.)|getekend", "pl": "(podpisano)|podpisano|(-)", "ru": "(подпись)|подпись|п/п",
                "uk": "(підпис)|підпис", "tr": "(imza)|imza", "az": "(imza)|imza"}

# a label naming whom to ask, no writer ("Contact:", "Media contact:", "Ansprechpartnerin:", "Контакт:", "İletişim:")
CONTACTS = {
    "en": "contact|contacts|contact person|media contact|press contact|media enquiries|press enquiries|enquiries|"
          "inquiries|for more information|for further information|for bookings contact|contact us",
    "de": "kontakt|ansprechpartner|ansprechpartnerin|ansprechpersonen|pressekontakt|rückfragen|rückfragehinweis|"
          "für rückfragen",
    "fr": "contact|contacts|contact presse|contact média|renseignements|pour plus d'informations",
    "es": "contacto|contactos|contacto de prensa|persona de contacto|más información|para más información",
    "it": "contatto|contatti|referente|contatto stampa|per informazioni|per maggiori informazioni",
    "pt": "contato|contacto|contatos|contactos|contacto de imprensa|mais informações|para mais informações",
    "nl": "contact|contactpersoon|persvoorlichting|meer informatie|voor meer informatie",
    "pl": "kontakt|osoba do kontaktu|kontakt dla mediów|więcej informacji",
    "ru": "контакт|контакты|контактное лицо|контакт для сми|дополнительная информация",
    "uk": "контакт|контакти|контактна особа|додаткова інформація",
    "tr": "iletişim|irtibat|iletişim kişisi|basın iletişim|bilgi için",
    "az": "əlaqə|əlaqə üçün|əlaqələndirici|ətraflı məlumat",
}

DASH = "—–"


def _alternation(forms) -> str:
    words = sorted({f for v in forms for f in v.split("|")}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words)


def by_alternation() -> str:
    """The "by", "written by" and "prepared by" forms' alternation (no group)."""
    return _alternation(list(CUES["by"].values()) + list(CUES["written by"].values())
                        + list(CUES["prepared by"].values()))


@lru_cache(maxsize=1)
def _part_cue() -> re.Pattern:
    return re.compile(rf"^(?:{by_alternation()})\s*:?\s+(\S[^|·•]{{0,80}}?)\s*$", re.I)


def cued_part(part: str) -> re.Match | None:
    """A part of a line of parts that opens with a byline's cue ("Prepared by A and B", "Opracowali A i B",
    "Hazırlayanlar: A ve B"): the match, its group 1 the names."""
    return _part_cue().match(part.strip("*_ "))


def cue_alternation() -> str:
    """A regular expression's alternation of the cues (no group): "by" and "written by" forms, a label and a
    colon or a dash, a signing dash."""
    by = by_alternation()
    label = _alternation(list(CUES["label"].values()) + list(CUES["reporter"].values())
                         + list(CUES["guest"].values()))
    # (a label first: a verb that is both, "Napsala: A", a label with its colon)
    return rf"(?:{label})\s*(?::|\s[-—–])|(?:{by})\b|[{DASH}]{{1,2}}(?=\s)"


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    return re.compile(rf"^\s*(?:{cue_alternation()})\s*(\S.{{1,200}}?)\s*$", re.I)


def cued_names(line: str) -> str | None:
    """What follows a byline's cue on a line ("By A and B" → "A and B"), None where the line opens with none."""
    m = _cue().match(line)
    return m.group(1) if m else None


@lru_cache(maxsize=1)
def _labelled() -> re.Pattern:
    label = _alternation(list(CUES["label"].values()) + list(CUES["reporter"].values()))
    return re.compile(rf"^\s*(?:{label})\s*:\s*(\S.{{1,200}}?)\s*$", re.I)


def labelled_names(line: str) -> str | None:
    """What follows a byline's label and its colon ("Muhabir: A", "Korrespondentin: A", "Text: A") → "A"; None where
    the line opens with no such label (a "By" or a dash is no label)."""
    m = _labelled().match(line)
    return m.group(1) if m else None


def dash_led(line: str) -> bool:
    """Whether a line opens with a signing dash ("— A")."""
    return line.lstrip()[:1] in DASH


@lru_cache(maxsize=1)
def _role() -> re.Pattern:
    return re.compile(rf"^(?:(?:senior|chief|staff|special|foreign|economic|energy|political|diplomatic)\s+)?"
                      rf"(?:{_alternation(ROLES.values())})$", re.I)


def role_line(text: str) -> bool:
    """Whether a line or a part of one is a byline's role alone ("Staff writer", "Journaliste", "Редактор")."""
    return bool(_role().match(" ".join(text.split()).strip(" ,;")))


@lru_cache(maxsize=1)
def _group_role() -> re.Pattern:
    # a group's words (an outlet's name, a possessive, an article: at most five words) and a role, then the names
    return re.compile(rf"^(?:[^\W\d][\w.'’-]*\s+){{0,5}}?(?:(?:senior|chief|staff|special|foreign)\s+)?"
                      rf"(?:{_alternation(ROLES.values())})\s+(?=[^\W\d_])(?!(?:in|at|from|à|en|aus|in|da|из|в)\s)"
                      rf"(\S.{{2,80}})$", re.I)


def after_group_role(piece: str) -> str | None:
    """The names after a byline's group and role ("Pontic Wire correspondents A" → "A", "nos envoyés spéciaux A",
    "unseren Korrespondenten A"), None where the piece holds no role before other words. The caller tells whether
    what follows is a name."""
    m = _group_role().match(" ".join(piece.split()))
    return m.group(1) if m else None


def role_words() -> frozenset:
    """The roles' words, every language's (no word of a person's name)."""
    return frozenset(w for v in ROLES.values() for f in v.split("|") for w in f.split())


_NAME_AND_ROLE = re.compile(r"^\s*([^|·•]{3,60}?\s+[|·•]\s+[^|·•]{3,60}?)\s*$")


def name_and_role(line: str, personal) -> re.Match | None:
    """A byline with no cue: a person's name (``personal`` says which is one) and a role after a bar ("A | Staff
    writer", "A · Redakteur"), as a match whose group 1 is the line's names and role."""
    m = _NAME_AND_ROLE.match(line)
    if not m:
        return None
    name, role = re.split(r"\s+[|·•]\s+", m.group(1))
    return m if personal(name.strip()) and role_line(role) else None


@lru_cache(maxsize=1)
def _about() -> re.Pattern:
    return re.compile(rf"^\W*(?:{_alternation(ABOUT.values())})\W*$", re.I)


def card_label_alternation() -> str:
    """A regular expression's alternation of the card labels (no group)."""
    return _alternation(CARD_LABELS.values())


def about_heading(line: str) -> bool:
    """Whether a line is an author card's heading ("About the author", "Über den Autor", "Об авторе")."""
    return bool(_about().match(line.strip()))


@lru_cache(maxsize=1)
def _closing() -> re.Pattern:
    return re.compile(rf"^(?:{_alternation(CLOSINGS.values())})\s*[,.!]?$", re.I)


def closing_line(line: str) -> bool:
    """Whether a line is a letter's closing alone ("Kind regards,", "Mit freundlichen Grüßen", "С уважением,")."""
    return bool(_closing().match(" ".join(line.strip("*_ ").split())))


@lru_cache(maxsize=1)
def _run_on_closing() -> re.Pattern:
    return re.compile(rf"(?<=[.!?])\s+((?:{_alternation(CLOSINGS.values())})\s*,?)$", re.I)


def run_on_closing(line: str) -> int | None:
    """Where a closing run on at the end of a paragraph's last sentence starts ("… any questions. Yours faithfully,":
    a PDF's lines joined), or None."""
    m = _run_on_closing().search(line.rstrip("*_ "))
    return m.start(1) if m else None


@lru_cache(maxsize=1)
def _signed_mark() -> re.Pattern:
    words = sorted({f for v in SIGNED_MARKS.values() for f in v.split("|")}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")(?:\s*:)?(?:\s+|$)", re.I)


def signed_mark(line: str) -> int:
    """How many characters of a line are the mark of a signature before the signer's name or alone ("(signed)",
    "f.to Paolo Greco", "gez. A"); 0 where it has none."""
    m = _signed_mark().match(line.strip("*_ "))
    return m.end() if m else 0


@lru_cache(maxsize=1)
def _contact() -> re.Pattern:
    return re.compile(rf"^(?:{_alternation(CONTACTS.values())})\s*:", re.I)


def contact_label(line: str) -> bool:
    """Whether a line opens with a label naming whom to ask ("Contact: A, Policy Officer", "Ansprechpartnerin:",
    "Контакт:", "Əlaqə:"): the person under it no writer."""
    return bool(_contact().match(line.strip("*_ ")))
