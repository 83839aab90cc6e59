"""Lines a page addresses to its reader about itself rather than about its subject, told by form:

- a call to action: a short block with a sentence (or a clause after a colon or dash) that opens
  with an imperative of what a reader does with an outlet (subscribe, follow, support, donate,
  download, listen, share, rate, never miss …) and names the outlet's side (us, our, me, the app,
  the newsletter, the channel, the show, this article, a platform) — in English, French, German,
  Italian, Spanish, Russian and Turkish; or a short question to the reader about what they are reading ("Liking what
  you read?");
- a notice about the page itself: its age, an update, its archiving, its comments, a live page that
  has stopped, a sponsor ("This story is more than 5 years old", "Comments are closed", "Bu haber
  güncellenmiştir") — the page named as "this article", "cette page", "dieser Beitrag", "эта
  статья", "bu haber", or its comments or coverage as the subject of a status.

Both are short (a body paragraph that reports an appeal — "the ministry called on exporters to
sign up for the portal" — opens with no imperative, names no side of the outlet's, and is longer).
A block in quotation marks is somebody's words: never furniture here.
"""
from __future__ import annotations

import re

from azmap.corpus.doc_memo import lowered

_MAX_WORDS = 45
_MAX_SENTENCES = 3

# imperatives of what a reader does with an outlet, at a sentence's or clause's start
_IMPERATIVE = re.compile(
    r"(?:(?:please|now|just|jetzt|bitte|maintenant|don['’]?t\s+forget\s+to|remember\s+to)\s+)?(?:"
    r"subscribe|sign\s+up|join|become|support|donate|chip\s+in|give|follow|download|get|install|listen|"
    r"stream|watch|share|print|rate|review|leave|like|register|read\s+more|never\s+miss|don['’]?t\s+miss|"
    r"stay\s+(?:informed|up\s+to\s+date|tuned)|buy|help|tell|hit|tap|click|skip|enjoy|"
    r"consider\s+(?:supporting|subscribing|donating|sharing|following|becoming)|"
    r"abonnez|inscrivez|suivez|soutenez|faites|téléchargez|écoutez|partagez|rejoignez|ne\s+manquez|"
    r"recevez|aidez|participez|offrez|lire\s+aussi|"
    r"abonniere|abonnieren|folge|folgen|unterstütze|unterstützen|spende|spenden|lade|laden|hör|hören|"
    r"teile|teilen|melde|melden|registriere|registrieren|verpasse|verpassen|weiterlesen|lesen\s+sie\s+auch|"
    r"подпис\w*|подпиш\w*|поддерж\w*|следите|скачайте|скачивайте|слушайте|читайте|присоединяйтесь|делитесь|"
    r"поделитесь|оформите|помогите|"
    r"iscriviti|iscrivetevi|abbonati|abbonatevi|seguici|scarica|ascolta|condividi|sostienici|leggi\s+anche|"
    r"suscríbete|suscríbase|síguenos|descarga|escucha|comparte|apóyanos|lee\s+también|apúntate|apúntese|"
    r"assine|inscreva-se|inscreve-te|subscreva|siga-nos|segue-nos|baixe|ouça|compartilhe|partilhe|apoie|receba|"
    r"abonneer|schrijf\s+je\s+in|schrijf\s+u\s+in|meld\s+je\s+aan|volg\s+ons|"
    r"zapisz\s+się|subskrybuj|zasubskrybuj|obserwuj|pobierz|posłuchaj|udostępnij|wesprzyj|"
    # a reader asked to call or write to the page's owner ("Call our helpline", "Rufen Sie unsere Infoline an")
    r"call|write\s+to|visit|contact|appelez|écrivez|contactez|rufen\s+sie|schreiben\s+sie|kontaktieren\s+sie|"
    r"позвоните|напишите|свяжитесь"
    r")\b", re.I)
# Turkish and Azerbaijani put the verb last: the imperatives of the same acts anywhere in a short line
_TURKISH_VERBS = ("edin", "olun", "yapın", "indirin", "dinleyin", "paylaşın", "katılın", "kaçırmayın", "destekleyin",
                  "izləyin", "qoşulun", "yükləyin", "dinləyin", "edin")
_TURKISH = re.compile(r"\b(?:takip\s+edin|abone\s+olun|destek\s+olun|bağış\s+yapın|indirin|dinleyin|paylaşın|"
                      r"katılın|kaçırmayın|destekleyin|"
                      r"izləyin|abunə\s+olun|qoşulun|dəstək\s+olun|yükləyin|dinləyin|ianə\s+edin)\b",
                      re.I)
# the outlet's side: its first person, the reader's means of following it, the page itself
_OUTLET = re.compile(
    r"\b(?:us|our|newsletters?|apps?|channel|podcasts?|show|episodes?|alerts?|notifications|"
    r"members?|membership|subscri\w+|journalism|reporting|blog|site|website|this\s+(?:article|story|page|post)|"
    r"telegram|instagram|facebook|twitter|x|youtube|spotify|whatsapp|linkedin|tiktok|patreon|ko-fi|"
    r"google\s+news|"
    r"nous|notre|nos|lettre|appli\w*|chaîne|journalisme|cet\s+article|"
    # Spanish, Italian, Portuguese, Dutch and Polish: the outlet's first person, its letter, its list
    r"nuestr[oa]s?|bolet[ií]n|boletines|lista\s+de\s+correo|nostr[oaie]|nosso|nossa|nossos|nossas|boletim|"
    r"onze|ons|nieuwsbrief|nasz\w*|newslettera|biuletyn\w*|"
    r"uns|unser\w*|diesen\s+blog|abo|abonn\w*|newsletter|"
    r"нас|наш\w*|редакци\w*|канал\w*|приложени\w*|"
    r"bizi|bize|uygulama\w*|haberlerimiz\w*|kanalımız\w*|google\s+haberler|"
    r"journalismus|journalisme|журналистик\w*|gazetecilik\w*|jurnalistika\w*|diese[nr]?\s+(?:artikel|beitrag)|"
    r"стать(?:ёй|ю|ей)|bizə|xəbərlərimiz\w*|saytımız\w*|səhifəmiz\w*|kanalımız\w*|sosial\s+şəbəkələr\w*)\b", re.I)
# a short question to the reader about what they read ("Liking what you read?", "Found this useful?")
# a page's question whether an answer or the page helped ("Was this answer helpful? Yes No")
_HELPFUL = re.compile(r"^(?:was\s+this\s+(?:answer|page|article|information|content)\s+(?:helpful|useful)|"
                      r"did\s+this\s+(?:answer|page|article)\s+help(?:\s+you)?|"
                      r"(?:cette|cet)\s+(?:réponse|page|article|information)\s+vous\s+a-t-elle\s+été\s+utile|"
                      r"war\s+diese[rs]?\s+(?:antwort|seite|information|artikel|beitrag)\s+hilfreich|"
                      r"был[аио]?\s+ли\s+(?:этот|эта|это)\s+\w+\s+полез\w*|"
                      r"¿?(?:le|te)\s+ha\s+(?:resultado|sido)\s+útil\s+(?:esta|este)\s+\w+)\s*\?(?:\s+\w{1,5}){0,2}$", re.I)
_QUESTION = re.compile(r"^(?:\w+ing\s+(?:what\s+you|this|our)|found\s+this|like\s+(?:what\s+you|this)|"
                       r"did\s+you\s+(?:enjoy|like|find)|vous\s+(?:aimez|avez\s+aimé)|gefällt\s+(?:dir|ihnen))\b.{0,40}\?$",
                       re.I)

# the page itself, named as such, and a status said of it
_PAGE = re.compile(
    r"\b(?:this\s+(?:article|story|report|page|post|live\s+blog|blog|episode|piece|content|item)|"
    r"(?:our|the)\s+live\s+(?:coverage|blog)|"
    r"(?:cet|cette)\s+(?:article|page|billet|épisode)|"
    r"(?:dieser|diese|dieses|diesem)\s+(?:artikel|beitrag|seite|text)|"
    r"(?:эта|этой|эту|этот|этого)\s+(?:стать\w*|страниц\w*|материал\w*|публикаци\w*)|"
    r"bu\s+(?:haber|makale|yazı|sayfa|içerik|məqalə|xəbər|material)\w*|"
    r"^(?:статья|материал|публикация|haber|makale|məqalə|xəbər)\b)", re.I)
# the page's comments closed: a status said of them, not of anything else (a row for each language)
_COMMENTS_CLOSED = {
    "en": r"(?:the\s+)?comments?\s+(?:on|for)?\s*(?:this\s+\w+\s+)?(?:are|is|have\s+been|has\s+been)\s+"
          r"(?:now\s+)?(?:closed|disabled|turned\s+off)",
    "fr": r"(?:les\s+)?commentaires\s+(?:sont\s+)?(?:fermés|désactivés)",
    "de": r"kommentar\w*\s+(?:ist|sind)?\s*(?:geschlossen|deaktiviert)",
    "ru": r"комментари\w*\s+(?:закрыт\w*|отключен\w*)",
    "tr": r"yorum\w*\s+(?:kapat\w*|kapalı)",
}
_COMMENTS = re.compile("^(?:" + "|".join(_COMMENTS_CLOSED.values()) + ")", re.I)
# an imperative's word used as a noun or a verb in the third person ("Share of exports rose …",
# "Support is growing"): the sentence reports
_NOUN_USE = re.compile(r"\w+\s+(?:of|is|was|were|has|had|rose|fell|grew|remains?)\b", re.I)
# a status said of the page ("is now closed", not "This story ended in 1994": a story's own end)
_STATUS = re.compile(
    r"\b(?:more\s+than\s+\w+\s+years?\s+old|\d+\s+years?\s+old|updated|archived|"
    r"(?:is|are|was|has|have|has\s+been|have\s+been)\s+(?:now\s+)?(?:no\s+longer|closed|ended|stopped|disabled)|"
    r"older\s+version|brought\s+to\s+you|sponsored|first\s+published|"
    r"date\s+de\s+plus\s+de|mis\s+à\s+jour|archivée?|fermés?|terminée?|"
    r"aktualisiert|archiviert|älter\s+als|geschlossen|beendet|"
    r"(?:больше|более)\s+\w+\s+лет|обновлен\w*|архив\w*|закрыт\w*|устарел\w*|"
    r"güncellen\w*|yıldan\s+eski|arşiv\w*|kapatıl\w*|kapalı|"
    r"a\s+plus\s+de\s+\w+\s+ans|"
    r"yenilənib|\d+\s+il\s+(?:əvvəl|öncə)|arxivləşdirilib|köhnədir)", re.I)
# a status with no page named: "Last updated 2 April", "We've stopped updating", "Zuletzt aktualisiert",
# "You are reading an older version …"
_STATUS_ALONE = re.compile(r"^(?:(?:updated|aktualisiert|mise?\s+à\s+jour|güncelle\w*|yenilən\w*)(?:\s+\w+)?\s*:?\s*"
                           r"(?:on\s+|le\s+|am\s+)?\d|"
                           r"last\s+updated|we(?:['’]ve|\s+have)\s+(?:stopped|ended|finished)\s+updating|"
                           r"you(?:['’]re|\s+are)\s+(?:reading|viewing|looking\s+at)\s+an?\s+(?:older|archived|previous)|"
                           r"vous\s+consultez\s+une\s+(?:ancienne|archive)|sie\s+lesen\s+eine\s+ältere|"
                           r"zuletzt\s+aktualisiert|dernière\s+mise\s+à\s+jour|обновлено|son\s+güncelleme)\b", re.I)

# the reader's liking as the lead-in of an appeal ("If you enjoyed this story, ...", "Si cet article vous a plu, ...")
_IF_YOU = re.compile(r"^(?:if\s+you\s+(?:enjoyed|liked|found|value|appreciate|want\s+more)|si\s+(?:cet\s+article|vous\s+avez\s+aimé))"
                     r"[^,;:]{0,60}[,;:]\s*", re.I)
_REPORTED = re.compile(r"\b(?:said|says|told|asked|urged|added|wrote|dit|déclaré|sagte|sagt|сказал\w*|заявил\w*|"
                       r"dedi|söyledi)\b", re.I)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_CLAUSE = re.compile(r"[:—–]|\s-\s")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_QUOTES = re.compile(r"[\"“”«»„]")


def _sentences(flat: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(flat) if s.strip()]


def is_appeal(sentence: str, turkish: bool = True) -> bool:
    """A sentence that calls on the reader to do something with the outlet ("Follow us on …",
    "Become a member today", "Laden Sie unsere App herunter", "Bizi takip edin") or asks the reader
    about what they read. ``turkish``: false where the block it comes from holds none of _TURKISH_VERBS."""
    s = sentence.strip(" *_.…")
    if _QUESTION.match(s) or _HELPFUL.match(s):
        return True
    # somebody's words reported in the story ("Join us, the villagers said") are no appeal: asked
    # last, of a sentence that would otherwise be one (most are not, and the search reads it all)
    return _calls_on_reader(s, turkish) and not _REPORTED.search(s)


def _calls_on_reader(s: str, turkish: bool = True) -> bool:
    """is_appeal's imperatives, reported words aside."""
    if s[:3].lower() in ("if ", "si "):  # "If you enjoyed this story, please consider supporting us": what follows asks
        s = _IF_YOU.sub("", s)
    if not s:
        return False
    clauses = [c.strip() for c in _CLAUSE.split(s)]
    for i, clause in enumerate(clauses):
        # the outlet's side in the imperative's own clause, or in the lead-in before it ("Keep our
        # reporting free: donate today"); not in what follows it ("Follow the money: our analysis
        # shows …" reports; "Share of exports rose, our data show" opens with a noun)
        if _IMPERATIVE.match(clause) and not _NOUN_USE.match(clause) \
                and (_OUTLET.search(clause) or (i and _OUTLET.search(clauses[i - 1]))):
            return True
    if not turkish:
        return False
    low = s.lower()  # the Turkish verbs looked for only where one of them is written (a cheap test first)
    return any(map(low.__contains__, _TURKISH_VERBS)) and bool(_TURKISH.search(s)) \
        and bool(_OUTLET.search(s) or len(s.split()) <= 8)


# a notice that the text was translated by machine, or that the rest is for subscribers (a row for
# each language): said of the text or the reader, never of the story's subject
_MACHINE_OR_PAYWALL = {
    "en": r"(?:machine[- ]translat\w+|translated\s+(?:automatically|by\s+(?:a\s+)?machine)"
          r"|automatic(?:ally)?\s+translat\w+)"
          r"|\b(?:for|to)\s+(?:paying\s+)?subscribers\s+only\b|\bsubscribers?-only\b|^subscribers\s+only$"
          r"|\bsubscribe\s+to\s+(?:continue|keep)\s+reading\b"
          r"|\byou\s+have\s+(?:\w+\s+)?(?:free\s+)?(?:articles?|stories)\s+(?:left|remaining)\b"
          r"|\balready\s+a\s+subscriber\b|\bwith\s+a\s+subscription\b|\bsubscribe\s+to\s+read\b",
    "fr": r"\btradui\w*\s+automatiquement\b|\btraduction\s+automatique\b|\bréservée?s?\s+aux\s+abonnés\b",
    "de": r"\b(?:maschinell|automatisch)\s+(?:\w+\s+){0,4}übersetzt\b|\bweiterlesen\s+mit\s+abo\b"
          r"|\bnur\s+für\s+abonnenten\b",
    "ru": r"\bпереведен\w*\s+автоматически\b|\bмашинн\w+\s+перевод\w*|\bтолько\s+(?:для\s+)?подписчик\w*"
          r"|\bдоступн\w*\s+(?:только\s+)?по\s+подписке\b",
    "tr": r"\bmakine\s+çeviri\w*|\botomatik\s+(?:olarak\s+)?çevril\w*|\babonelere\s+özel\w*",
    "az": r"\bavtomatik\s+tərcümə\w*|\bmaşın\s+tərcümə\w*|\byalnız\s+abunəçilər\w*",
}
# a piece of a word every notice _NOTICE finds holds (case folded): a cheap test first
_NOTICE_STEMS = ("transl", "subscri", "abonn", "übersetzt", "abo", "перевод", "переведен", "подпис", "çevir",
                 "abone", "tərcümə", "abunə", "free")
_NOTICE = re.compile("|".join(_MACHINE_OR_PAYWALL.values()), re.I)


# a piece of a word every status _STATUS finds holds, in lower case (none has a letter whose capital
# or variant a case-blind pattern finds beyond str.lower: see _CASE_ODD; kept with _STATUS's words)
_STATUS_PIECES = ("old", "updated", "archiv", "longer", "closed", "ended", "stopped", "disabled", "brought",
                  "sponsored", "published", "plus", "jour", "ferm", "termin", "aktualisiert", "älter", "geschlossen",
                  "beendet", "лет", "обновлен", "архив", "закрыт", "устарел", "güncellen", "eski", "arşiv", "kapat",
                  "kapal", "yenilənib", "əvvəl", "öncə", "arxiv", "köhnədir")
# the letters a case-blind pattern takes for others that str.lower does not give ("ı" for "i", "ſ" for
# "s", the Kelvin sign, "İ" lowered to two letters, the old forms of Cyrillic letters): a text holding one
# is read by the patterns alone
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a\u1c80-\u1c88\u1e9b\ufb05\ufb06]")


# a piece of a word every notice _NOTICE finds holds, in lower case (as _STATUS_PIECES; narrower
# than _NOTICE_STEMS, whose "abo" every "about" has; kept with _MACHINE_OR_PAYWALL's words)
_NOTICE_PIECES = ("translat", "subscri", "left", "remaining", "automatique", "abonnés", "übersetzt", "weiterlesen",
                  "abonnenten", "автоматически", "перевод", "подписчик", "подписке", "çeviri", "çevril", "abonelere",
                  "tərcümə", "abunəçilər")


def _may_hold(text: str, pieces: tuple[str, ...]) -> bool:
    """False only where no pattern whose pieces these are finds anything in ``text``."""
    if _CASE_ODD.search(text):
        return True
    low = lowered(text)
    return any(map(low.__contains__, pieces))


def may_state_status(text: str) -> bool:
    """False only where _STATUS finds nothing in ``text`` (a cheap test: its pieces in lower case)."""
    return _may_hold(text, _STATUS_PIECES)


def may_give_notice(text: str) -> bool:
    """False only where _NOTICE finds nothing in ``text`` (the same test with its pieces)."""
    return _may_hold(text, _NOTICE_PIECES)


def is_page_notice(sentence: str, stems: bool = True, status: bool = True) -> bool:
    """A sentence about the page itself: its age, an update, its archiving, its comments, an end
    to a live page, a sponsor, a translation by machine, a paywall. ``stems``: false where the
    block it comes from holds none of _NOTICE_STEMS, or nothing _NOTICE finds (may_give_notice: no
    translation or paywall notice to look for);
    ``status``: false where it holds nothing _STATUS finds (may_state_status)."""
    s = sentence.strip(" *_.…")
    if _STATUS_ALONE.match(s) or _COMMENTS.match(s):
        return True
    if stems and len(s) <= 200 and _has_notice_stem(s) and _NOTICE.search(s) and not _REPORTED.search(s):
        return True
    if not status:  # no status said: the page named or not, no notice about it
        return False
    page = _PAGE.search(s)  # the page as the sentence's subject, its status said within a few words
    if not page or len(s[:page.start()].split()) > 2:
        return False
    status = _STATUS.search(s, page.end())
    return bool(status) and len(s[page.end():status.start()].split()) <= 4


# a page's line asking readers to report a mistake with a key combination ("Found a typo? Select it and press
# Ctrl+Enter", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"): the keys, and a question opening the line
# or the reader told to press them ("press", "нажмите", "drücken Sie", "basın"); a sentence reporting a
# shortcut ("… can press Ctrl+Enter …, the agency said") is neither
_KEYS = re.compile(r"\b(?:ctrl|strg|ктрл)\s*\+\s*(?:enter|ввод)\b", re.I)
_PRESS = re.compile(r"^[^?]{3,40}\?|\b(?:press|hit|нажмите|натисніть|drücken\s+sie|drücke|appuyez|pulsa|pulse|basın|"
                    r"sıxın|premi|naciśnij)\b", re.I)


def _mistake_notice(flat: str) -> bool:
    return len(flat.split()) <= 20 and bool(_KEYS.search(flat)) and bool(_PRESS.search(flat)) \
        and not _REPORTED.search(flat)


def is_reader_furniture(text: str) -> bool:
    """A short block (a few sentences) of which one is a call to action or a notice about the page."""
    if len(text) > _MAX_WORDS * 20:  # a paragraph of the story: not split into words at all
        return False
    words = text.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    flat = " ".join(words)
    if _QUOTES.search(flat):
        return False
    # an address's dots end no sentence ("Write to info@site.example or visit our centre")
    sentences = _sentences(_ADDRESS.sub("address", flat) if "@" in flat else flat)
    if len(sentences) > _MAX_SENTENCES:
        return False
    if "+" in flat and _mistake_notice(flat):
        return True
    # what no sentence of the block can hold is not looked for in each (the same result): a Turkish
    # verb in a sentence's lower case is in the block's; the patterns' pieces as may_state_status
    low = flat.lower()
    turkish = any(map(low.__contains__, _TURKISH_VERBS))
    if _CASE_ODD.search(flat):
        stems, status = any(map(low.__contains__, _NOTICE_STEMS)), True
    else:
        stems = any(map(low.__contains__, _NOTICE_STEMS)) and any(map(low.__contains__, _NOTICE_PIECES))
        status = any(map(low.__contains__, _STATUS_PIECES))
    if newsletter_box(sentences):
        return True
    return any(is_appeal(s, turkish) or is_page_notice(s, stems, status) for s in sentences)


def newsletter_box(sentences: list[str]) -> bool:
    """A box naming the newsletter (or another of the outlet's means) first, its button last, a few words
    in the imperative ("Newsletter X – Every morning the news. Iscriviti gratis")."""
    return len(sentences) >= 2 and len(sentences[-1].split()) <= 4 and bool(_IMPERATIVE.match(sentences[-1].strip(" *_"))) \
        and bool(_OUTLET.search(sentences[0])) and not _NOUN_USE.match(sentences[-1])


def _has_notice_stem(text: str) -> bool:
    low = lowered(text)
    return any(map(low.__contains__, _NOTICE_STEMS))


# notices that stand apart from the text they come with (a row for each kind): a show's sponsor read,
# a note on a translation, a letters page's note to its writers, a notice that an answer held when
# published, an acknowledgement of help with the text
_APART = {
    "sponsor": r"^(?:this|today['’]s|the)\s+(?:episode|show|podcast|newsletter|issue|edition|video|programme|program)"
               r"\s+(?:is|was|has\s+been)\s+(?:\w+\s+)?(?:supported|sponsored|brought\s+to\s+you|made\s+possible|presented|"
               r"funded)\s+by\b|^(?:cet|cette)\s+(?:épisode|émission|numéro)\s+(?:est|a\s+été)\s+(?:soutenue?|"
               r"sponsorisée?|présentée?|rendue?\s+possible)\s+(?:par|grâce)\b|^diese\s+(?:folge|episode|ausgabe|sendung)"
               r"\s+wird\s+(?:\w+\s+)?(?:unterstützt|präsentiert|gesponsert)\s+von\b|^(?:спонсор|партн[её]р)\s+"
               r"(?:этого\s+|нашего\s+)?(?:выпуска|эпизода|подкаста)\b|^(?:этот\s+)?выпуск\s+(?:подготовлен|выходит)\s+"
               r"при\s+поддержке\b|^bu\s+bölüm(?:ün)?\s+(?:sponsoru|\w+\s+tarafından\s+desteklen)",
    "translation": r"\b(?:unofficial|informal|courtesy|working)\s+(?:\w+\s+)?translation\s+of\s+(?:the|this)\b"
                   r"|\bнеофициальный\s+перевод\b|\btraduction\s+non\s+officielle\b|\binoffizielle\s+übersetzung\b"
                   r"|\bresmi\s+olmayan\s+(?:bir\s+)?(?:çeviri|tercüme)|\bqeyri-rəsmi\s+tərcümə",
    "letters": r"\bletters?\b[^.]{0,80}\b(?:should|must)\s+not\s+exceed\s+\d+\s+words\b"
               r"|\b(?:letters|submissions)\s+(?:may|will)\s+be\s+(?:edited|shortened|cut)\b"
               r"|\bmay\s+be\s+edited\s+for\s+(?:length|clarity|space|style)\b"
               r"|\bписьма\s+(?:могут\s+быть\s+)?сокращ\w+|\bles\s+lettres\s+(?:peuvent|pourront)\s+être\s+"
               r"(?:raccourcies|éditées)|\bleserbriefe\s+(?:werden|können)\s+(?:\w+\s+)?gekürzt",
    "answer": r"\b(?:the|this)\s+answer\s+was\s+correct\s+at\s+the\s+(?:date|time)\s+of\s+(?:publication|answer)"
              r"|\b(?:correct|accurate)\s+at\s+the\s+(?:date|time)\s+of\s+(?:publication|going\s+to\s+press)\b"
              r"|\bверн\w+\s+на\s+дату\s+публикации\b|\bexact\w*\s+à\s+la\s+date\s+de\s+(?:publication|parution)",
    "thanks": r"(?:^|[.!?]\s+)(?:the\s+authors?|the\s+writers?)\s+(?:would\s+(?:also\s+)?like\s+to\s+|wish(?:es)?\s+to\s+)?"
              r"(?:thanks?|(?:is|are|am)\s+(?:grateful|indebted)\s+to)\b"
              r"|^acknowledge?ments?\s*[:.—–-]"
              r"|^(?:автор\w*\s+благодар\w+|l['’]auteure?\s+remercie|les\s+auteur(?:e)?s\s+remercient|"
              r"(?:der\s+autor|die\s+autorin)\s+dankt|yazar(?:lar)?\s+\w+\s+teşekkür)",
    # "We thank": a text's thanks only where it thanks the readers of its draft or its funders
    "we_thank": r"(?:^|[.!?]\s+)we\s+(?:would\s+(?:also\s+)?like\s+to\s+|wish\s+to\s+)?(?:thank|are\s+(?:grateful|indebted)\s+to)\b"
                r"(?=.*\b(?:reviewers?|referees?|comments|feedback|suggestions|funding|grant|research\s+assistance|"
                r"earlier\s+(?:draft|version)|editors?|reviewed|read\s+(?:a\s+|the\s+|an\s+earlier\s+)?drafts?|"
                r"spoke\s+to\s+us|talked\s+to\s+us)\b)",
}
_APART_STEMS = ("support", "sponsor", "brought", "possible", "present", "fund", "soutenu", "présent", "unterstützt",
                "gesponsert", "спонсор", "партн", "поддержк", "bölüm", "translation", "discrepanc", "inconsistenc",
                "divergen", "prevail", "перевод", "traduction", "übersetzung", "çeviri", "tercüme", "tərcümə",
                "exceed", "edited", "shortened", "сокращ", "lettres", "gekürzt", "correct", "accurate", "верн",
                "exact", "thank", "grateful", "indebted", "acknowledg", "благодар", "remercie", "dankt", "teşekkür")
_APART_NOTICE = re.compile("|".join(_APART.values()), re.I)
# a piece of a word every notice _APART_NOTICE finds holds, in lower case (as _STATUS_PIECES; narrower than
# _APART_STEMS, which "support", "present" or "correct" in a story's sentence pass; kept with _APART's words)
_APART_PIECES = ("episode", "show", "podcast", "newsletter", "issue", "edition", "video", "program", "épisode",
                 "émission", "numéro", "folge", "ausgabe", "sendung", "спонсор", "партн", "выпуск", "bölüm",
                 "translation", "перевод", "traduction", "übersetzung", "çeviri", "tercüme", "tərcümə", "exceed",
                 "letters", "submissions", "edited", "письма", "lettres", "leserbriefe", "answer", "correct",
                 "accurate", "верн", "exact", "thank", "grateful", "indebted", "acknowledg", "благодар", "remercie",
                 "dankt", "teşekkür")
# a translation's own clause on which text holds: asked only of a block that names a translation
_ORIGINAL_PREVAILS = re.compile(r"\bin\s+(?:case|the\s+event)\s+of\s+(?:any\s+)?(?:discrepanc|inconsistenc|divergen)"
                                r"|\bthe\s+original\s+(?:text|version|language\s+version)\s+(?:shall\s+)?prevail", re.I)
_APART_MAX_WORDS = 90


def is_notice_apart(text: str) -> bool:
    """A short block (at most 90 words) that is a sponsor's read, a note on a translation, a letters
    page's note to its writers, a notice that an answer was correct when published, or the text's
    thanks ("The author thanks …", "We thank two anonymous reviewers …"): none of them the text."""
    if len(text) > _APART_MAX_WORDS * 12:
        return False
    low = lowered(text)
    if not any(map(low.__contains__, _APART_STEMS)):
        return False
    flat = " ".join(text.split()).strip(" *_>")
    flat = re.sub(r"^\**\s*note(?:\s+from\s+the\s+\w+)?\s*:\**\s*", "", flat, flags=re.I).strip(" *_")
    if len(flat.split()) > _APART_MAX_WORDS or flat[:1] in "\"“«„":
        return False
    apart = (_CASE_ODD.search(text) is not None or any(map(low.__contains__, _APART_PIECES))) \
        and bool(_APART_NOTICE.search(flat))
    return apart or ("translat" in low and bool(_ORIGINAL_PREVAILS.search(flat)))
