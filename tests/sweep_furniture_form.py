"""A sweep of page furniture no rule names by its words (issue #24): new sites' menus, banners,
widgets, promos, counters, tickers, consent bars, newsletter boxes and buttons in six languages,
before, between and after body paragraphs of new genres (a museum report, a travel blog, a council
transcript, a recipe, a match report, a product review), in plain text, markdown and web pages.

The furniture is written in words of its own, so that only its form and its place can tell it
from the body: short lines without a sentence's end, items parted by | · • › / →, counters and
symbols, capitals, a label over a list of headlines, a sentence followed by its buttons, a site's
name at the head and the foot. The body holds its look-alikes: one-sentence and one-word
paragraphs, short quotes, lists, a transcript's short turns ("Yes."), lower-case casual paragraphs
ending with an emoji, a dateline.

Every axis's forms are split in two before any is read: forms at even places are the development
half, at odd places the test half. ``python tests/sweep_furniture_form.py dev|test [-q]`` prints a
half's figures. A cell is right when every body paragraph is a body passage word for word and no
other body passage is left.
"""
from __future__ import annotations

import html
import re
import tempfile
from collections import Counter
from pathlib import Path

from tests.sweep_furniture import _flat, cli, read_body

LANGS = ("en", "fr", "de", "ru", "tr", "az")

SITES = {"en": "Caspian Ledger", "fr": "Le Veilleur du Caucase", "de": "Kaukasus-Kurier",
         "ru": "Южный Вестник", "tr": "Kafkas Gündemi", "az": "Şirvan Xəbər"}
TITLES = {
    "en": "The carpet hall gets its daylight back",
    "fr": "Le musée de Bakou rouvre son aile est",
    "de": "Das Teppichmuseum öffnet seinen Ostflügel",
    "ru": "Музей ковра открыл восточное крыло",
    "tr": "Halı müzesi doğu kanadını yeniden açtı",
    "az": "Xalça muzeyi şərq qanadını yenidən açdı",
}

# Body items: a string is one paragraph; a list is lines each expected as a passage of its own
# (a transcript's turns, a list's items, expected without their "- " or "1. ").
BODY = {
    "en": [
        "The museum's east wing reopened on Saturday after two years of work on its roof, and the carpet hall "
        "has daylight again.",
        "Neftchi scored twice in the last ten minutes to draw 2–2 with a side that had led since the first half.",
        "honestly the plov at the corner place beat everything we cooked ourselves this week 😅",
        ["- Soak the chickpeas overnight.", "- Brown the lamb in its own fat.",
         "- Add the saffron water only at the end."],
        ["MODERATOR: Did the council vote on the bridge?", "AYDIN: Yes.", "MODERATOR: And the budget?",
         "AYDIN: Not yet, it goes back to committee in May."],
        "“Nobody reads the plaques,” the curator said. “They read the carpets.”",
        "It works.",
        "The charger is the weak point: after a month it no longer clicks into place, and the cable is shorter "
        "than the box claims.",
        "The council approved the new bus timetable by nine votes to two, with the changes taking effect on "
        "the first of June.",
        "Rain stopped play at half past three.",
        "we took the night train to ganja and shared a compartment with a retired teacher who knew every "
        "station by heart 🚂",
        ["1. Preheat the oven to 180 degrees.", "2. Layer the pastry with melted butter.",
         "3. Bake until the top is golden."],
        "Speaking at the opening, the director thanked the weavers of Quba, Shusha and Gazakh whose work fills "
        "the new rooms.",
        "BAKU, 4 May — Officials confirmed on Monday that the customs post at Astara will stay open at night.",
    ],
    "fr": [
        "Le musée a rouvert son aile est samedi, après deux ans de travaux sur la toiture.",
        "L'équipe locale a égalisé à la dernière minute sur un coup franc que personne n'attendait.",
        "franchement le meilleur moment du voyage c'était le thé sur la terrasse à Sheki ☕",
        ["- Faire tremper les pois chiches la veille.", "- Faire revenir l'agneau dans sa graisse.",
         "- Ajouter le safran à la toute fin."],
        ["ANIMATRICE : Le conseil a-t-il voté ?", "M. ALIYEV : Oui.", "ANIMATRICE : Et le budget ?",
         "M. ALIYEV : Pas encore, il revient en commission en mai."],
        "« On ne lit pas les panneaux, on regarde les tapis », sourit la conservatrice.",
        "Ça marche.",
        "Le conseil municipal a adopté les nouveaux horaires de bus par neuf voix contre deux.",
    ],
    "de": [
        "Das Museum hat seinen Ostflügel am Samstag nach zwei Jahren Arbeit am Dach wieder geöffnet.",
        "Die Gastgeber glichen in der Nachspielzeit durch einen Freistoß aus, mit dem niemand mehr gerechnet hatte.",
        "ehrlich gesagt war der Tee auf der Terrasse in Scheki das Beste an der ganzen Reise 🫖",
        ["- Kichererbsen über Nacht einweichen.", "- Das Lamm im eigenen Fett anbraten.",
         "- Safranwasser erst zum Schluss zugeben."],
        ["MODERATORIN: Hat der Rat abgestimmt?", "HERR ALIJEW: Ja.", "MODERATORIN: Und der Haushalt?",
         "HERR ALIJEW: Noch nicht, er geht im Mai zurück in den Ausschuss."],
        "„Die Schilder liest niemand“, sagt die Kuratorin. „Man schaut auf die Teppiche.“",
        "Es regnete.",
        "Der Stadtrat beschloss den neuen Busfahrplan mit neun zu zwei Stimmen.",
    ],
    "ru": [
        "Музей открыл восточное крыло в субботу после двух лет ремонта крыши.",
        "Хозяева сравняли счёт на последней минуте со штрафного, которого никто уже не ждал.",
        "честно говоря лучшее в поездке это был чай на террасе в Шеки ☕",
        ["- Замочить нут на ночь.", "- Обжарить баранину в собственном жиру.", "- Добавить шафран в самом конце."],
        ["ВЕДУЩАЯ: Совет проголосовал?", "АЛИЕВ: Да.", "ВЕДУЩАЯ: А бюджет?",
         "АЛИЕВ: Пока нет, в мае он вернётся в комиссию."],
        "«Таблички никто не читает, смотрят на ковры», — улыбается хранительница.",
        "Никто не ответил.",
        "Горсовет утвердил новое расписание автобусов девятью голосами против двух.",
    ],
    "tr": [
        "Müze, çatı onarımının ardından doğu kanadını cumartesi günü yeniden açtı.",
        "Ev sahibi ekip son dakikada kimsenin beklemediği bir serbest vuruşla eşitliği yakaladı.",
        "açıkçası gezinin en güzel anı Şeki'de terasta içtiğimiz çaydı ☕",
        ["- Nohutları bir gece önceden ıslatın.", "- Kuzuyu kendi yağında kavurun.",
         "- Safranlı suyu en son ekleyin."],
        ["SUNUCU: Meclis oylamayı yaptı mı?", "ALİYEV: Evet.", "SUNUCU: Ya bütçe?",
         "ALİYEV: Henüz değil, mayısta komisyona dönecek."],
        "“Tabelaları kimse okumuyor, halılara bakıyorlar,” dedi küratör.",
        "Kimse gelmedi.",
        "Belediye meclisi yeni otobüs tarifesini ikiye karşı dokuz oyla kabul etti.",
    ],
    "az": [
        "Muzey dam təmirindən sonra şərq qanadını şənbə günü yenidən açdı.",
        "Ev sahibləri son dəqiqədə heç kimin gözləmədiyi cərimə zərbəsi ilə hesabı bərabərləşdirdi.",
        "düzü səfərin ən yaxşı anı Şəkidə terasda içdiyimiz çay idi ☕",
        ["- Noxudu bir gecə əvvəldən isladın.", "- Quzu ətini öz yağında qovurun.",
         "- Zəfəran suyunu ən sonda əlavə edin."],
        ["APARICI: Şura səs verdi?", "ƏLİYEV: Bəli.", "APARICI: Bəs büdcə?",
         "ƏLİYEV: Hələ yox, may ayında komissiyaya qayıdacaq."],
        "“Lövhələri heç kim oxumur, xalçalara baxırlar,” deyə kurator gülümsədi.",
        "Heç kim gəlmedi.",
        "Şəhər şurası yeni avtobus cədvəlini iki əleyhinə doqquz səslə təsdiqlədi.",
    ],
}

# Furniture by family: (the class a page that marks it would give it, [(language, form), ...]).
# A form's lines are its furniture lines; "- " and "1. " lines are a list's items.
FURNITURE = {
    "menu": ("site-nav", [
        ("en", "Home | Regions | Ports & Shipping | Opinion | Podcasts | Archive"),
        ("fr", "Accueil · Monde · Caucase · Économie · Culture · Abonnés"),
        ("de", "Startseite › Ressorts › Wirtschaft › Verkehr"),
        ("ru", "Главная / Новости / Регионы / Экономика / Спорт"),
        ("tr", "Anasayfa | Gündem | Ekonomi | Dünya | Spor | Yazarlar"),
        ("az", "Əsas səhifə • Siyasət • İqtisadiyyat • Region • Mədəniyyət"),
        ("en", "Topics: Energy · Transport · Borders · Water · Elections"),
        ("de", "Politik | Wirtschaft | Reise | Wissen | Video | Podcast"),
    ]),
    "stack": ("menu", [
        ("fr", "Rubriques\nActualités\nÉconomie\nSociété\nCulture\nSport\nVidéos"),
        ("en", "Sections\nCaspian\nEnergy\nTransport\nCulture\nPodcasts\nNewsletters"),
        ("ru", "Рубрики\nПолитика\nЭкономика\nОбщество\nКультура\nСпорт\nМнения"),
        ("de", "Themen\nPolitik\nWirtschaft\nKultur\nSport\nReisen\nDigital"),
        ("az", "Bölmələr\nSiyasət\nİqtisadiyyat\nCəmiyyət\nMədəniyyət\nİdman\nVideo"),
        ("tr", "Kategoriler\nGündem\nEkonomi\nDünya\nKültür\nSpor\nTeknoloji"),
        ("en", "Explore\nMaps\nData\nLong reads\nPhoto essays\nEvents\nShop"),
        ("ru", "Разделы сайта\nНовости\nАналитика\nИнтервью\nФото\nВидео\nАрхив"),
    ]),
    "promo": ("promo", [
        ("en", "Caspian Ledger Plus — every chart, every archive, no limits → Start your trial"),
        ("fr", "Le Veilleur en illimité : 1 € le premier mois ➜ J'en profite"),
        ("de", "Kaukasus-Kurier Digital: drei Monate für 3 Euro » Jetzt sichern"),
        ("ru", "Южный Вестник без ограничений — первый месяц за 1 рубль → Оформить"),
        ("tr", "Kafkas Gündemi Premium ile reklamsız okuyun → Hemen başla"),
        ("az", "Şirvan Xəbər Premium: ilk ay pulsuz → Qoşul"),
        ("en", "Winter sale: 40% off the annual plan ▸ Claim offer"),
        ("ru", "Скидка 50% на годовую подписку до конца недели ▶ Подробнее"),
    ]),
    "counter": ("article-stats", [
        ("fr", "Lecture 4 min · 1 208 vues · 9 réactions"),
        ("en", "5 min read · 2,310 views · 14 replies"),
        ("ru", "👁 4 512 · 💬 37 · ⏱ 3 мин"),
        ("de", "Lesezeit 6 Min. | 3.402 Aufrufe | 21 Kommentare"),
        ("az", "Oxunma: 2 145 · Şərh: 8 · 4 dəq"),
        ("tr", "3 dk okuma • 8.120 görüntülenme • 12 yorum"),
        ("de", "12.3.2024, 14:05 Uhr · 4 Min. Lesezeit"),
        ("en", "♥ 312   ↻ 48   💬 19"),
    ]),
    "caps": ("ad-slot", [
        ("en", "FREE DELIVERY ON ALL ORDERS OVER 30 MANAT"),
        ("fr", "OFFRE SPÉCIALE ABONNÉS — JUSQU'À DIMANCHE"),
        ("de", "ANZEIGE — WEITERLESEN NACH DER WERBUNG"),
        ("ru", "РЕКЛАМА • ПАРТНЁРСКИЙ МАТЕРИАЛ"),
        ("tr", "SICAK GELİŞME • CANLI YAYIN BAŞLADI"),
        ("az", "ƏN ÇOX OXUNANLAR BU HƏFTƏ"),
        ("en", "SPONSORED CONTENT FROM OUR PARTNERS IN THE REGION"),
        ("tr", "REKLAM ALANI • İLAN VERMEK İÇİN TIKLAYIN"),
    ]),
    "footer": ("site-footer", [
        ("fr", "© Le Veilleur du Caucase 2025 — Mentions légales | Confidentialité | Nous écrire"),
        ("en", "© 2019–2025 Caspian Ledger Ltd · Imprint · Privacy · Careers · Advertise with us"),
        ("ru", "© 2025 «Южный Вестник» | Политика конфиденциальности | Реклама на сайте"),
        ("de", "© Kaukasus-Kurier GmbH 2025 · Impressum · Datenschutz · AGB · Kontakt"),
        ("az", "© 2025 Şirvan Xəbər · Redaksiya · Reklam · Məxfilik siyasəti"),
        ("tr", "© 2025 Kafkas Gündemi | Künye | Gizlilik | Çerez Politikası | İletişim"),
        ("de", "Kaukasus-Kurier · Redaktion · Mediadaten · Barrierefreiheit · Cookie-Einstellungen"),
        ("en", "Caspian Ledger Ltd, 14 Neftchilar Ave, Baku AZ1010 · Registered media outlet No. 2211"),
    ]),
    "widget": ("popular-box", [
        ("en", "Most shared this week\n1. Why the Alat port is running out of space\n2. Ten hours on the Ganja night "
               "train\n3. The quiet return of the sturgeon"),
        ("fr", "Les plus lus\n1. Le port d'Alat manque de place\n2. Dix heures dans le train de nuit\n3. Le retour "
               "discret de l'esturgeon"),
        ("de", "Meistgelesen\n1. Warum dem Hafen Alat der Platz ausgeht\n2. Zehn Stunden im Nachtzug nach Gandscha\n"
               "3. Die stille Rückkehr des Störs"),
        ("ru", "Популярное\n1. Почему порту Алят не хватает места\n2. Десять часов в ночном поезде\n3. Тихое "
               "возвращение осетра"),
        ("tr", "En çok okunanlar\n1. Alat Limanı neden yetmiyor\n2. Gece treninde on saat\n3. Mersin balığının "
               "sessiz dönüşü"),
        ("az", "Ən çox oxunanlar\n1. Ələt limanına niyə yer çatmır\n2. Gecə qatarında on saat\n3. Nərə balığının "
               "səssiz qayıdışı"),
        ("en", "Editors' picks\n- The carpet weavers of Quba\n- A bridge that took forty years\n- What a falling "
               "Caspian means for Baku"),
        ("ru", "Выбор редакции\n- Как строили мост через Куру\n- Ковры Губы: новые имена\n- Что будет с уровнем "
               "Каспия"),
    ]),
    "social": ("follow-us", [
        ("fr", "Retrouvez-nous sur Telegram, Instagram et YouTube"),
        ("en", "Follow the Ledger: Telegram · Instagram · YouTube · RSS"),
        ("ru", "Мы в соцсетях: Telegram | ВКонтакте | Дзен"),
        ("de", "Folgen Sie uns auf Mastodon | Telegram | Instagram"),
        ("az", "Bizi izləyin: Facebook · Instagram · Telegram · YouTube"),
        ("tr", "Bizi takip edin: X • Instagram • YouTube • Telegram"),
        ("ru", "Отправить: Telegram · WhatsApp · Скопировать ссылку"),
        ("en", "WhatsApp  Telegram  Facebook  Copy link"),
    ]),
    "ticker": ("ticker", [
        ("en", "Baku 18°C ☀ | USD/AZN 1.70 | EUR/AZN 1.84 | Brent $82.4"),
        ("fr", "Bakou 18 °C · EUR/AZN 1,84 · USD/AZN 1,70"),
        ("de", "Baku 18 °C, sonnig | Euro 1,84 AZN | Dollar 1,70 AZN"),
        ("ru", "Баку +18° ☀ USD 1,70 ▲ EUR 1,84 ▼"),
        ("tr", "Bakü 18°C ☀ • Dolar 32,10 ▲ • Euro 34,85 ▼"),
        ("az", "Bakı +18° · USD 1.70 · EUR 1.84 · RUB 0.0185"),
        ("en", "Tue 12 Mar 2024 · Baku ☁ 11°C · Markets closed"),
        ("tr", "Salı, 12 Mart 2024 | Bakü ☁ 11°C"),
    ]),
    "app": ("app-banner", [
        ("fr", "Téléchargez l'application · App Store · Google Play"),
        ("en", "Get the app: App Store | Google Play | AppGallery"),
        ("ru", "Скачайте приложение: App Store · Google Play · RuStore"),
        ("de", "Die Kurier-App: Jetzt im App Store und bei Google Play"),
        ("az", "Tətbiqi yüklə: App Store · Google Play"),
        ("tr", "Uygulamamızı indirin: App Store • Google Play"),
        ("de", "Artikel anhören ▶ 5:10 · Vorlesefunktion"),
        ("en", "Listen to this article ▶ 6:42"),
    ]),
    "consent": ("cookie-consent", [
        ("en", "This site keeps a few small files in your browser so that it remembers your settings. "
               "Fine by me | Let me choose"),
        ("fr", "Ce site garde quelques petits fichiers dans votre navigateur pour retenir vos choix. "
               "D'accord | Paramétrer"),
        ("de", "Diese Seite legt kleine Dateien in Ihrem Browser ab, um Ihre Einstellungen zu behalten. "
               "Einverstanden | Auswahl"),
        ("ru", "Сайт хранит небольшие файлы в вашем браузере, чтобы помнить настройки. Понятно | Настроить"),
        ("tr", "Bu site tercihlerinizi hatırlamak için tarayıcınızda küçük dosyalar saklar. Tamam | Ayarlar"),
        ("az", "Bu sayt seçimlərinizi yadda saxlamaq üçün brauzerinizdə kiçik fayllar saxlayır. Razıyam | Seçim et"),
        ("en", "We and our 214 partners store and read data on your device. Accept all · Reject all · Manage"),
        ("de", "Wir und unsere 187 Partner speichern Daten auf Ihrem Gerät. Alle akzeptieren · Ablehnen"),
    ]),
    "box": ("newsletter-signup", [
        ("fr", "La Lettre du Veilleur\nL'essentiel du Caucase chaque vendredi dans votre boîte.\n→ Je m'inscris"),
        ("en", "The Morning Caspian\nFive stories before your coffee, every weekday at seven.\n[Sign me up]"),
        ("ru", "Утренний Вестник\nГлавное за ночь — каждый будний день в семь утра.\n[Подписаться]"),
        ("de", "Der Kurier am Morgen\nDie wichtigsten Nachrichten aus der Region, jeden Werktag um sieben.\n"
               "[Anmelden]"),
        ("az", "Səhər bülleteni\nGünün əsas xəbərləri hər səhər saat yeddidə poçtunuzda.\n[Abunə ol]"),
        ("tr", "Sabah Bülteni\nGünün öne çıkan haberleri her sabah yedide e-postanızda.\n→ Kaydol"),
        ("de", "Gefällt Ihnen der Kurier?\nUnabhängiger Journalismus braucht Leserinnen und Leser, keine "
               "Investoren.\nJetzt unterstützen ›"),
        ("en", "Enjoying the Ledger?\nOur reporters in six cities depend on readers, not on owners.\n"
               "Support us → from 3 manat a month"),
    ]),
    "button": ("load-more", [
        ("en", "Load more stories ↓"),
        ("fr", "Retour en haut ↑"),
        ("de", "Zum Seitenanfang ↑"),
        ("ru", "Показать ещё"),
        ("tr", "Devamını oku ›"),
        ("az", "Daha çox göstər"),
        ("en", "Next article →"),
        ("ru", "Следующая статья →"),
    ]),
    "site": ("masthead", [
        ("fr", "LE VEILLEUR DU CAUCASE · depuis 2009"),
        ("en", "CASPIAN LEDGER — independent news from the South Caucasus"),
        ("ru", "ЮЖНЫЙ ВЕСТНИК — новости Кавказа и Каспия"),
        ("de", "Kaukasus-Kurier | Unabhängig. Regional. Seit 1998"),
        ("az", "ŞİRVAN XƏBƏR — müstəqil xəbər portalı"),
        ("tr", "KAFKAS GÜNDEMİ | Bağımsız haber"),
        ("ru", "Южный Вестник · Махачкала · Баку · Астрахань"),
        ("en", "The Caspian Ledger · Baku · London · Tbilisi"),
    ]),
}
# forms written while tuning, after the test half was measured: development cells only
BODY_ADDED = {
    # quotations closing on a German or a Russian quotation mark, quotations and lists as a text's
    # last paragraphs in languages whose words recur little in a short text
    "de": ["„Der Zug kommt, wenn er kommt“, sagt der Schaffner. „Und heute kommt er.“",
           ["- Den Pass bereithalten.", "- Wasser mitnehmen.", "- Früh am Hafen sein."]],
    "az": ["“Bu xalçanı nənəm toxuyub,” deyə satıcı dedi.",
           ["- Pasportu hazır saxlayın.", "- Özünüzlə su götürün.", "- Limana tez gəlin."]],
    "tr": ["“Bu halıyı babaannem dokudu,” dedi satıcı."],
    "ru": ["«Поезд придёт, когда придёт», — говорит проводник. «А сегодня придёт.»"],
}
FURNITURE_ADDED = {
    # a site's line about itself in plain words, a sentence even, at the head and again at the foot
    "site": [
        ("en", "Caspian Ledger is a reader-funded newsroom in Baku."),
        ("ru", "Южный Вестник — независимое издание, выходит с 2011 года."),
        ("de", "Der Kaukasus-Kurier erscheint jeden Morgen in Tiflis und Baku."),
        ("az", "Şirvan Xəbər oxucuların dəstəyi ilə işləyən müstəqil portaldır"),
    ],
}
POSITIONS = ("top", "middle", "foot")
KIND_POSITIONS = {"site": ("frame",)}  # a masthead stands at the head and comes back at the foot
FORMATS = ("txt", "md", "html")
PAGE_PARTS = (("menu", "top"), ("counter", "top"), ("promo", "middle"), ("widget", "foot"), ("footer", "foot"))


def half(items: list, part: str) -> list:
    """The forms of one half: even places for "dev", odd for "test"."""
    return items[0 if part == "dev" else 1::2]


def _lines(form: str) -> list[str]:
    """A furniture form's lines as a reader would show them (a list's marker aside)."""
    return [re.sub(r"^(?:- |\d{1,2}\. )", "", ln) for ln in form.split("\n")]


def _expected(item) -> list[str]:
    if isinstance(item, str):
        return [item]
    return [re.sub(r"^(?:- |\d{1,2}\. )", "", ln) for ln in item]


def _text_block(item) -> str:
    return item if isinstance(item, str) else "\n".join(item)


def _html_body(item) -> str:
    if isinstance(item, str):
        return f"<p>{html.escape(item)}</p>"
    if item[0].startswith("- "):
        return "<ul>" + "".join(f"<li>{html.escape(x[2:])}</li>" for x in item) + "</ul>"
    if re.match(r"\d\. ", item[0]):
        return "<ol>" + "".join(f"<li>{html.escape(x[3:])}</li>" for x in item) + "</ol>"
    return "".join(f"<p>{html.escape(x)}</p>" for x in item)


def _html_furniture(form: str, cls: str) -> str:
    """A furniture form as a page draws it: its items as links, in a <div> named by ``cls``."""
    lines = form.split("\n")
    out = []
    items = [ln for ln in lines if re.match(r"(?:- |\d\. )", ln)]
    rest = [ln for ln in lines if ln not in items]
    for ln in rest:
        parts = re.split(r"(\s[|·•›/»]\s)", ln)
        out.append("<p>" + "".join(p if k % 2 else f'<a href="/{k}">{html.escape(p)}</a>' if len(p) < 40
                                    else html.escape(p) for k, p in enumerate(parts)) + "</p>")
    if items:
        bare = [html.escape(_lines(x)[0]) for x in items]
        out.append("<ul>" + "".join(f'<li><a href="/x{k}">{x}</a></li>' for k, x in enumerate(bare)) + "</ul>")
    return f'<div class="{cls}">' + "".join(out) + "</div>"


def _compose(name, kind, lang, pos, fmt, body_items, furniture: list[tuple[str, str, str]], marked: bool) -> dict:
    """A document: the title, the body items, and furniture (form, class, where: top, middle, foot)."""
    expected = [p for it in body_items for p in _expected(it)]
    where = {"top": 0, "middle": 2, "foot": len(body_items)}
    lines_out = [ln for form, _, _ in furniture for ln in _lines(form)]
    if fmt == "html":
        head = [_html_furniture(f, c if marked else "b%d" % k) for k, (f, c, w) in enumerate(furniture) if w == "top"]
        foot = [_html_furniture(f, c if marked else "b%d" % (k + 9)) for k, (f, c, w) in enumerate(furniture)
                if w == "foot"]
        inner = []
        for k, it in enumerate(body_items):
            if k == where["middle"]:
                inner += [_html_furniture(f, c if marked else "m%d" % j) for j, (f, c, w) in enumerate(furniture)
                          if w == "middle"]
            inner.append(_html_body(it))
        text = (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
                f"<title>{html.escape(TITLES[lang])} — {html.escape(SITES[lang])}</title>"
                f'<meta property="og:site_name" content="{html.escape(SITES[lang])}"></head>\n<body>\n'
                + "\n".join(head) + "\n<article>\n<h1>" + html.escape(TITLES[lang]) + "</h1>\n"
                + "\n".join(inner) + "\n</article>\n" + "\n".join(foot) + "\n</body></html>\n")
    else:
        blocks = []
        for k in range(len(body_items) + 1):
            blocks += [f for f, _, w in furniture if where[w] == k]
            if k < len(body_items):
                blocks.append(_text_block(body_items[k]))
        head = ("# " if fmt == "md" else "") + TITLES[lang]
        text = head + "\n\n" + "\n\n".join(blocks) + "\n"
    return {"name": name, "kind": kind, "lang": lang, "position": pos, "format": fmt, "text": text,
            "expected": expected, "furniture": lines_out, "marked": marked}


def _pool(lang: str, part: str) -> list:
    return half(BODY[lang], part) + (BODY_ADDED.get(lang, []) if part == "dev" else [])


def cells(part: str) -> list[dict]:
    """Every cell of one half: each furniture form in each place it takes and each format, then
    whole pages (a menu and counters at the head, a promo between paragraphs, a list of headlines and
    a footer at the foot) in every language."""
    out = []
    serial = 0
    for kind, (cls, forms) in FURNITURE.items():
        for fi, (lang, form) in enumerate(half(forms, part) + (FURNITURE_ADDED.get(kind, []) if part == "dev" else [])):
            pool = _pool(lang, part)
            for pos in KIND_POSITIONS.get(kind, POSITIONS):
                for fmt in FORMATS:
                    serial += 1
                    body = [pool[(serial + k) % len(pool)] for k in range(4)]
                    if pos == "frame":
                        furniture = [(form, cls, "top"), (form, cls, "foot")]
                    else:
                        furniture = [(form, cls, pos)]
                    out.append(_compose(f"{part}-{kind}-{fi}-{pos}-{fmt}", kind, lang, pos, fmt, body, furniture,
                                        marked=serial % 2 == 0))
    for lang in LANGS:
        pool = _pool(lang, part)
        for fmt in FORMATS:
            serial += 1
            furniture = []
            for kind, where in PAGE_PARTS:
                cls, forms = FURNITURE[kind]
                mine = half(forms, part)
                same = [f for lg, f in mine if lg == lang] or [mine[serial % len(mine)][1]]
                furniture.append((same[0], cls, where))
            body = [pool[(serial + k) % len(pool)] for k in range(4)]
            out.append(_compose(f"{part}-page-{lang}-{fmt}", "page", lang, "page", fmt, body, furniture,
                                marked=serial % 2 == 0))
    return out


def outcome(cell: dict, folder: Path) -> dict:
    """What the reader makes of one cell, read and segmented as ingest does: the body paragraphs
    lost, the body passages that are none of the body's, and the furniture lines inside them."""
    from azmap.corpus.segment import clean_inline

    passages, meta, body = read_body(cell, folder)
    # body passages the metadata's header took in (before meta.body_start: metadata.py's part)
    headed = [_flat(p.text) for p in passages if p.kind == "body" and p.end <= meta.body_start]
    want = [_flat(clean_inline(p)) for p in cell["expected"]]
    lost = [p for p in want if p not in body]
    extra = [b for b in body if b not in want]
    kept = [f for f in cell["furniture"] if any(_flat(clean_inline(f)) in b for b in extra)]
    return {"lost": lost, "lost to the header": [p for p in lost if p in headed], "extra": extra,
            "furniture kept": kept}


def measure(part: str, kinds=None) -> dict:
    """A half's figures: cells, cells right, body paragraphs lost, body passages that are none of
    the body's, cells with furniture in the body, furniture lines in body passages; by kind and
    format, and the cells that failed."""
    all_cells = [c for c in cells(part) if kinds is None or c["kind"] in kinds]
    with tempfile.TemporaryDirectory() as tmp:
        results = [outcome(c, Path(tmp)) for c in all_cells]
    by_kind: dict[str, Counter] = {}
    by_format: dict[str, Counter] = {}
    failed = {}
    for c, r in zip(all_cells, results):
        for table, key in ((by_kind, c["kind"]), (by_format, c["format"])):
            k = table.setdefault(key, Counter())
            k["cells"] += 1
            k["right"] += not r["lost"] and not r["extra"]
            k["lost"] += len(r["lost"])
            k["lost to the header"] += len(r["lost to the header"])
            k["extra"] += len(r["extra"])
            k["furniture lines"] += len(r["furniture kept"])
        if r["lost"] or r["extra"]:
            failed[c["name"]] = r
    total = sum(by_kind.values(), Counter())
    return {"cells": total["cells"], "right": total["right"], "body lost": total["lost"],
            "of them in the header": total["lost to the header"],
            "other body passages": total["extra"],
            "cells with furniture in the body": sum(bool(r["furniture kept"]) for r in results),
            "furniture lines in the body": total["furniture lines"],
            "by kind": {k: dict(v) for k, v in by_kind.items()},
            "by format": {k: dict(v) for k, v in by_format.items()}, "failed": failed}


if __name__ == "__main__":
    cli(measure)
