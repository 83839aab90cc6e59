"""A sweep over the documents an analyst of Azerbaijan gets in the languages the reader was not tuned
on (issue 24): Azerbaijani (Latin script), Turkish, Italian (TAP's landfall in Apulia), the English
pages of Georgian outlets, and Russian with Azerbaijani names. For each language, five genres with
their head and foot conventions:

- ``news``: a saved web page (the headline, a date line in the language's forms, a byline, a photo's
  credit line, a related-news block, share and comment labels, an advertisement's label, a copyright
  footer);
- ``wire``: wire copy saved as text (a dateline opening the lead, the agency's time line, a closing
  byline or source line, the agency's copyright);
- ``release``: a government press release as text (the ministry's masthead, "press release", the date,
  the press service signing at the foot);
- ``oped``: an opinion page (a byline with a rank, the author's biography at the end naming the
  institution: the author's affiliation, no body);
- ``report``: a research centre's report (text for Azerbaijani and Turkish, whose letters ə, ğ, ı, ş
  the sweeps' PDF maker cannot set; a PDF drawn with ``tests/pdf_writer.py`` for the others): title,
  author and institution, date, body, the centre's copyright at the foot.

Every (language, genre) has two cells written before anything was measured: variant 0 is the
development half, variant 1 the test half (other date forms, byline forms, furniture and positions).
A cell states its title, date, authors (with the institution's stem where the page gives one: an
affiliation is right when it starts with the stem, so that "Bakı Dövlət Universitetinin" answers
"Bakı Dövlət Universitet"), every body paragraph word for word, and the furniture lines that must stay
out of the body passages.

    python -m tests.sweep_lang12 dev|test [-v] [--pasted | --third | --fourth]

A second batch (``--pasted``), written after the first was tuned on and before the reader was changed for
it, in the same halves: the news page copied as text, its furniture in the text's lines. A third
(``--third``), written after the test halves were measured, for two kinds they showed: a trail of sections
with slashes, bars or arrows over a pasted headline, and a biography whose role comes in a list first. A
fourth (``--fourth``): a release whose label no table lists.

All text here was written for this sweep.
"""
from __future__ import annotations

import html
import json
import sys

BODIES = {
    "az": ["Azərbaycan ilə Gürcüstan arasında yeni dəmir yolu sazişi bu həftə Tbilisidə imzalanıb. Sənədə görə, "
           "Bakı-Tbilisi-Qars xətti ilə daşınan yüklərin həcmi gələn il iki dəfə artırılmalıdır.",
           "Nazirliyin məlumatına əsasən, Ələt limanında ikinci yanalma körpüsünün tikintisi payızda başa çatacaq. "
           "Bundan sonra Aktau və Türkmənbaşı limanlarından gələn bərələr daha az gözləyəcək.",
           "Ekspertlər hesab edirlər ki, Orta Dəhliz üzrə tariflərin razılaşdırılması hələ də əsas problem olaraq "
           "qalır və bu məsələ növbəti görüşdə müzakirə ediləcək."],
    "tr": ["Azerbaycan ile Gürcistan arasında yeni demiryolu anlaşması bu hafta Tiflis'te imzalandı. Belgeye göre "
           "Bakü-Tiflis-Kars hattında taşınan yük miktarının gelecek yıl iki katına çıkarılması hedefleniyor.",
           "Bakanlıktan yapılan açıklamaya göre Alat Limanı'ndaki ikinci rıhtımın inşaatı sonbaharda tamamlanacak. "
           "Böylece Aktav ve Türkmenbaşı'ndan gelen feribotlar daha az bekleyecek.",
           "Uzmanlar, Orta Koridor'daki tarifelerin uyumlaştırılmasının hâlâ en önemli sorun olduğunu ve konunun "
           "bir sonraki toplantıda ele alınacağını belirtiyor."],
    "it": ["Il gasdotto TAP ha trasportato in Puglia oltre dieci miliardi di metri cubi di gas azero nell'ultimo "
           "anno, una quantità che copre circa il quindici per cento dei consumi italiani.",
           "Il terminale di ricezione di Melendugno, contestato per anni dai comitati locali, funziona ora a pieno "
           "regime e l'operatore ha avviato la procedura per ampliare la capacità.",
           "Secondo gli analisti, il raddoppio delle forniture dipenderà dai contratti a lungo termine che gli "
           "acquirenti europei sono ancora restii a firmare."],
    "ka": ["The Georgian government has approved the route of the new high-voltage line that will carry "
           "electricity from Azerbaijan to the Black Sea coast and, through an undersea cable, to Romania.",
           "Officials in Tbilisi said the first section, between Gardabani and Khashuri, would be built by 2027, "
           "while the undersea cable depends on financing from European lenders.",
           "Energy experts noted that the project would make Georgia a transit country for electricity as well "
           "as for oil and gas, and urged the government to publish the feasibility study."],
    "ru": ["Министерство экономики Азербайджана и делегация соседней страны обсудили в Баку увеличение "
           "грузоперевозок по железной дороге Баку – Тбилиси – Карс.",
           "По словам участников встречи, в следующем году объём перевозок по этому маршруту может вырасти "
           "вдвое, если стороны согласуют единые тарифы.",
           "Следующее заседание межправительственной комиссии решено провести весной в Тбилиси, после "
           "завершения работ на пограничной станции."],
}
# a wire's lead opens with its dateline (the lead is a body paragraph, its dateline with it)
LEADS = {
    "az": ["Bakı, 7 dekabr 2025, APA. ", "Bakı. 7 dekabr. REPORT. "],
    "tr": ["ANKARA (AA) - ", "Bakü - "],
    "it": ["(ANSA) - LECCE, 7 DIC - ", "Melendugno (Lecce), 7 dicembre 2025 - "],
    "ka": ["Tbilisi, December 7 /GeoPress/. ", "TBILISI, Dec. 7 (Kavkaz Wire) - "],
    "ru": ["Баку, 7 декабря – АПА. ", "Баку, 7 декабря 2025 года, Trend. "],
}
TITLES = {
    "az": ["Azərbaycan və Gürcüstan yeni dəmir yolu sazişi imzalayıb", "Ələt limanında ikinci körpü payızda hazır olacaq"],
    "tr": ["Azerbaycan ile Gürcistan yeni demiryolu anlaşması imzaladı", "Alat Limanı'nın ikinci rıhtımı sonbaharda açılıyor"],
    "it": ["Tap, dalla Puglia passa il quindici per cento del gas italiano", "Melendugno, il terminale del gasdotto a pieno regime"],
    "ka": ["Georgia approves route of new power line to the Black Sea", "Black Sea power cable waits for European lenders"],
    "ru": ["Баку и Тбилиси обсудили рост грузоперевозок по БТК", "Объём перевозок по дороге Баку – Тбилиси – Карс может вырасти вдвое"],
}
SITES = {"az": "Xəbər Portalı", "tr": "Kafkas Haber", "it": "Corriere del Salento", "ka": "GeoPress", "ru": "Каспий Инфо"}
# furniture of a news page, two forms each: (photo credit, related heading, related items, share, comment, ad, copyright)
NEWS_FURNITURE = {
    "az": [("Foto: APA", "Oxşar xəbərlər", ["Naxçıvanda yeni hava limanı tikilir", "Xəzərdə bərə seferləri bərpa olunub"],
            "Paylaş", "Şərh yaz", "Reklam", "© 2025 Xəbər Portalı. Bütün hüquqlar qorunur."),
           ("Mənbə: Report.az", "Digər xəbərlər", ["Gəncədə yeni logistika mərkəzi açılıb", "Şəkidə turizm mövsümü başlayıb"],
            "Paylaş:", "Şərhlər (0)", "REKLAM", "Materiallardan istifadə zamanı istinad mütləqdir. © Xəbər Portalı, 2025")],
    "tr": [("Fotoğraf: AA", "İlgili Haberler", ["Kars'ta lojistik merkezi açıldı", "Hazar'da feribot seferleri yeniden başladı"],
            "Paylaş", "Yorum yap", "Reklam", "© 2025 Kafkas Haber. Tüm hakları saklıdır."),
           ("Foto: DHA", "Benzer Haberler", ["Tiflis'te yeni otoyol projesi", "Nahçıvan'a yeni uçak seferleri"],
            "PAYLAŞ", "Yorumlar (0)", "REKLAM", "Kafkas Haber © 2025 - Tüm Hakları Saklıdır")],
    "it": [("Foto: ANSA", "Leggi anche", ["Gasdotto, il nuovo tratto verso Brindisi", "Ulivi e cantieri, la protesta dei comitati"],
            "Condividi", "Commenta", "Pubblicità", "Riproduzione riservata ©"),
           ("(foto Archivio)", "Potrebbe interessarti anche", ["Energia, la Puglia prima regione per rinnovabili",
                                                               "Porto di Brindisi, via libera al nuovo molo"],
            "Condividi su Facebook", "Lascia un commento", "PUBBLICITÀ", "© RIPRODUZIONE RISERVATA")],
    "ka": [("Photo: GeoPress", "Related news", ["Batumi port handles record cargo", "New border crossing opens near Sadakhlo"],
            "Share", "Comments", "Advertisement", "© 2025 GeoPress. All rights reserved. Use of materials is allowed only "
            "with a hyperlink to the source."),
           ("Photo credit: Ministry of Economy", "Read also", ["Anaklia port talks resume", "Tbilisi metro extension approved"],
            "Share this article", "Leave a comment", "AD", "GeoPress © 2025. Any use of the materials requires a link.")],
    "ru": [("Фото: АПА", "Читайте также", ["В Нахчыване построят новый аэропорт", "Паромы через Каспий снова ходят по расписанию"],
            "Поделиться", "Комментарии", "Реклама", "© 2025 Каспий Инфо. Все права защищены."),
           ("Источник фото: Trend", "Другие новости", ["В Гяндже открылся логистический центр", "В Шеки начался туристический сезон"],
            "Поделиться:", "Оставить комментарий", "РЕКЛАМА", "При использовании материалов ссылка на Каспий Инфо обязательна.")],
}
# a news page's head: (date line markup, the date, byline markup, the authors)
NEWS_HEADS = {
    "az": [('<p class="date">07.12.2025, 14:30</p>', "2025-12-07",
            '<p class="author">Müəllif: Aygün Məmmədova</p>', ["Aygün Məmmədova"]),
           ('<div class="meta"><span>7 dekabr 2025-ci il, 10:15</span></div>', "2025-12-07",
            '<div class="meta"><span class="author">Elşən Qasımlı</span></div>', ["Elşən Qasımlı"])],
    "tr": [('<p class="date">7 Aralık 2025 Pazar 14:30</p><p class="updated">Güncelleme: 8 Aralık 2025 09:12</p>',
            "2025-12-07", '<p class="author">Muhabir: Mehmet Yıldırım</p>', ["Mehmet Yıldırım"]),
           ('<p class="dates">Güncelleme: 09.12.2025 11:40 | Yayınlanma: 08.12.2025 17:05</p>', "2025-12-08",
            '<p class="author">Haber Merkezi</p>', [])],
    "it": [('<p class="date">7 dicembre 2025</p>', "2025-12-07",
            '<p class="byline">di Marco Bellini</p>', ["Marco Bellini"]),
           ('<p class="date"><time datetime="2025-12-07T08:40:00+01:00">7 dicembre 2025, 08:40</time> · '
            'Aggiornato il 8 dicembre 2025 alle 10:15</p>', "2025-12-07",
            '<p class="byline">di <a href="/autori/chiara-de-santis">Chiara De Santis</a> e '
            '<a href="/autori/luca-greco">Luca Greco</a></p>', ["Chiara De Santis", "Luca Greco"])],
    "ka": [('<p class="date">07.12.2025 14:30</p>', "2025-12-07",
            '<p class="byline">By Nino Kapanadze</p>', ["Nino Kapanadze"]),
           ('<p class="date">December 7, 2025, 18:02</p>', "2025-12-07",
            '<p class="author">Author: Giorgi Tsiklauri</p>', ["Giorgi Tsiklauri"])],
    "ru": [('<p class="date">07.12.2025 14:30</p>', "2025-12-07",
            '<p class="author">Автор: Эльнур Гасанов</p>', ["Эльнур Гасанов"]),
           ('<p class="date">7 декабря 2025, 10:15</p>', "2025-12-07",
            '<p class="author">Лейла Алиева, Баку</p>', ["Лейла Алиева"])],
}


def _p(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def page(lang: str, title: str, head: str, body: list[str], after: str = "", footer: str = "",
         before: str = "", between: str = "", meta: str = "") -> str:
    """A saved page: the site's menu, the article (headline, its head's lines, the body with ``between``
    after the first paragraph, what follows the text) and the page's footer."""
    ps = [_p(p) for p in body]
    if between:
        ps.insert(1, between)
    site = SITES[lang]
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)} | {site}'
            f'</title>\n<meta property="og:site_name" content="{site}">\n{meta}</head><body>\n'
            f'<nav><a href="/">{site}</a> <a href="/a">·</a> <a href="/b">·</a></nav>\n'
            f'<main><article>\n<h1>{html.escape(title)}</h1>\n{head}\n{before}<div class="article-body">\n'
            + "\n".join(ps) + f"\n</div>\n{after}\n</article></main>\n<footer>{footer}</footer>\n</body></html>\n")


def cell(lang, genre, v, fmt, content, title, date, authors, body, furniture, affiliations=None, orgs=()):
    """``authors``: the names in order; ``affiliations``: each author's institution's stem, or a tuple of
    its forms in the cases the page may use (None where the page names none); ``orgs``: organisations acceptable as the author where no person is named."""
    return {"id": f"{lang}/{genre}/{v}", "half": "dev" if v == 0 else "test", "lang": lang, "genre": genre,
            "fmt": fmt, "content": content, "title": title, "date": date, "authors": authors,
            "affiliations": affiliations, "orgs": list(orgs), "paragraphs": body, "furniture": list(furniture)}


def _news(lang: str, v: int) -> dict:
    credit, related, items, share, comment, ad, copyright_ = NEWS_FURNITURE[lang][v]
    when, date, by, authors = NEWS_HEADS[lang][v]
    title = TITLES[lang][v]
    body = BODIES[lang]
    fig = (f'<figure><img src="/i/1.jpg" alt=""><figcaption>{html.escape(credit)}</figcaption></figure>' if v == 0
           else f'<p class="photo-credit"><small>{html.escape(credit)}</small></p>')
    related_block = (f'<div class="related"><h3>{related}</h3><ul>'
                     + "".join(f'<li><a href="/x/{k}">{html.escape(t)}</a></li>' for k, t in enumerate(items)) + "</ul></div>")
    tools = (f'<div class="share"><span>{share}</span> <a href="#">f</a> <a href="#">x</a></div>'
             f'<div class="comments"><a href="#c">{comment}</a></div>')
    adv = f'<div class="adv"><span>{ad}</span></div>'
    head = (by + when) if v == 0 else (when + by)
    markup = page(lang, title, head, body, before=fig, between=adv if v == 0 else "",
                  after=(tools + related_block) if v == 0 else (related_block + adv + tools),
                  footer=f"<p>{html.escape(copyright_)}</p>")
    return cell(lang, "news", v, "html", markup, title, date, authors, body,
                [credit, related, items[0], share, comment, ad, copyright_[:25]], orgs=[SITES[lang], "Haber Merkezi"])


# wire copy: (the head over the text: the agency's or the reporter's line and the time; the date; the
# authors; the tail under the text: a closing byline, the source, the copyright)
WIRE = {
    "az": [("APA\n07.12.2025 14:30\n", "2025-12-07", ["Rəşad Süleymanov"],
            "\nMüəllif: Rəşad Süleymanov\n\nMənbə: APA\n© APA 2025. Bütün hüquqlar qorunur.\n"),
           ("REPORT.AZ | 7 dekabr 2025-ci il, 16:05\n", "2025-12-07", ["Sevinc Hüseynova"],
            "\nHazırladı: Sevinc Hüseynova\n\nMaterialların istifadəsi zamanı istinad vacibdir.\n")],
    "tr": [("Ayşe Karaca | 07.12.2025 - Güncelleme : 08.12.2025\n", "2025-12-07", ["Ayşe Karaca"],
            "\nAnadolu Ajansı web sitesinde yayınlanan haberler, AA Haber Akış Sistemi (HAS) üzerinden abonelere "
            "özetlenerek sunulmaktadır.\n"),
           ("07.12.2025 Pazar 13:20\n", "2025-12-07", [], "\nAA muhabiri\n\n© Tüm hakları saklıdır.\n")],
    "it": [("07 dicembre 2025 14:30\n", "2025-12-07", [], "\n(ANSA).\n\nRIPRODUZIONE RISERVATA © Copyright ANSA\n"),
           ("Pubblicato il: 07/12/2025 – 16:45\n", "2025-12-07", ["Francesca Rizzo"],
            "\ndi Francesca Rizzo\n\n© Riproduzione riservata\n")],
    "ka": [("07.12.2025\n", "2025-12-07", [], "\nGeoPress\n\n© GeoPress 2025. Use of materials only with a link.\n"),
           ("Sunday, 7 December 2025 18:40\n", "2025-12-07", ["Tamar Beridze"],
            "\nReporting by Tamar Beridze; editing by Levan Abashidze\n")],
    "ru": [("07.12.2025 | 14:30\n", "2025-12-07", [], "\n© АПА 2025. При цитировании ссылка обязательна.\n"),
           ("7 декабря 2025, 16:05\n", "2025-12-07", ["Фарид Алиев"],
            "\nАвтор: Фарид Алиев\n\nТеги: БТК, железная дорога\n")],
}


def _wire(lang: str, v: int) -> dict:
    head, date, authors, tail = WIRE[lang][v]
    title = TITLES[lang][v]
    body = [LEADS[lang][v] + BODIES[lang][0]] + BODIES[lang][1:]
    if v == 0:
        text = f"{title}\n\n{head}\n" + "\n\n".join(body) + "\n" + tail
    else:
        text = f"{head}\n{title}\n\n" + "\n\n".join(body) + "\n" + tail
    furniture = [line for line in (head + tail).splitlines() if len(line) > 4 and line not in authors]
    return cell(lang, "wire", v, "txt", text, title, date, authors, body, furniture,
                orgs=["APA", "REPORT.AZ", "AA", "ANSA", "GeoPress", "АПА", "Trend", "Anadolu Ajansı"])


# a press release: (masthead lines, kind line, date line, the date, the signature at the foot, the author)
RELEASES = {
    "az": [(["AZƏRBAYCAN RESPUBLİKASI", "ENERGETİKA NAZİRLİYİ"], "MƏTBUAT BURAXILIŞI", "7 dekabr 2025-ci il", "2025-12-07",
            "Energetika Nazirliyinin mətbuat xidməti", "Energetika Nazirliyinin mətbuat xidməti"),
           (["Azərbaycan Respublikası Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi"], "Mətbuat açıqlaması", "Bakı, 07.12.2025",
            "2025-12-07", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyinin İctimaiyyətlə əlaqələr şöbəsi",
            "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyinin İctimaiyyətlə əlaqələr şöbəsi")],
    "tr": [(["T.C.", "ULAŞTIRMA VE ALTYAPI BAKANLIĞI"], "BASIN BÜLTENİ", "7 Aralık 2025", "2025-12-07",
            "Basın ve Halkla İlişkiler Müşavirliği", "Basın ve Halkla İlişkiler Müşavirliği"),
           (["T.C. Enerji ve Tabii Kaynaklar Bakanlığı"], "Basın Duyurusu", "Ankara, 7 Aralık 2025 Pazar", "2025-12-07",
            "Enerji ve Tabii Kaynaklar Bakanlığı Basın Müşavirliği", "Enerji ve Tabii Kaynaklar Bakanlığı Basın Müşavirliği")],
    "it": [(["Ministero dell'Ambiente e della Sicurezza Energetica"], "COMUNICATO STAMPA", "Roma, 7 dicembre 2025",
            "2025-12-07", "Ufficio Stampa del Ministero dell'Ambiente e della Sicurezza Energetica",
            "Ufficio Stampa del Ministero dell'Ambiente e della Sicurezza Energetica"),
           (["Regione Puglia", "Presidenza della Giunta regionale"], "Comunicato stampa n. 412", "Bari, 07/12/2025",
            "2025-12-07", "Ufficio stampa della Regione Puglia", "Ufficio stampa della Regione Puglia")],
    "ka": [(["Ministry of Economy and Sustainable Development of Georgia"], "PRESS RELEASE", "7 December 2025", "2025-12-07",
            "Press Office of the Ministry of Economy and Sustainable Development of Georgia",
            "Press Office of the Ministry of Economy and Sustainable Development of Georgia"),
           (["Georgian State Electrosystem"], "Press release", "Tbilisi, December 7, 2025", "2025-12-07",
            "Public Relations Department of the Georgian State Electrosystem",
            "Public Relations Department of the Georgian State Electrosystem")],
    "ru": [(["МИНИСТЕРСТВО ЭКОНОМИКИ", "АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКИ"], "ПРЕСС-РЕЛИЗ", "7 декабря 2025 г.", "2025-12-07",
            "Пресс-служба Министерства экономики Азербайджанской Республики",
            "Пресс-служба Министерства экономики Азербайджанской Республики"),
           (["Азербайджанские железные дороги"], "Информационное сообщение", "Баку, 07.12.2025", "2025-12-07",
            "Пресс-служба ЗАО «Азербайджанские железные дороги»", "Пресс-служба ЗАО «Азербайджанские железные дороги»")],
}


def _release(lang: str, v: int) -> dict:
    mast, kind, when, date, sign, author = RELEASES[lang][v]
    title = TITLES[lang][v]
    body = BODIES[lang]
    top = "\n".join(mast)
    if v == 0:
        text = f"{top}\n\n{kind}\n\n{when}\n\n{title}\n\n" + "\n\n".join(body) + f"\n\n{sign}\n"
    else:
        text = f"{top}\n{kind}\n{when}\n\n{title}\n\n" + "\n\n".join(body) + f"\n\n***\n\n{sign}\n"
    return cell(lang, "release", v, "txt", text, title, date, [author], body, mast + [kind, sign])


# an op-ed: (byline markup, the date markup, the date, the biography, the author, the institution's stem,
# the op-ed's title, the opinion label)
OPEDS = {
    "az": [('<p class="author">Müəllif: Rəşad Həsənov</p>', '<p class="date">07.12.2025</p>', "2025-12-07",
            "Rəşad Həsənov Bakı Dövlət Universitetinin beynəlxalq münasibətlər kafedrasının dosentidir.",
            "Rəşad Həsənov", "Bakı Dövlət Universitet", "Orta Dəhliz: tariflər olmadan dəhliz yoxdur", "Köşə"),
           ('<p class="author">Dr. Günel Əliyeva</p>', '<p class="date">7 dekabr 2025</p>', "2025-12-07",
            "Müəllif haqqında: Dr. Günel Əliyeva, Strateji Araşdırmalar Mərkəzinin aparıcı məsləhətçisi.",
            "Günel Əliyeva", "Strateji Araşdırmalar Mərkəz", "Ələt limanı və Xəzər bərələri", "Rəy")],
    "tr": [('<p class="author">Prof. Dr. Ayşe Yılmaz</p>', '<p class="date">7 Aralık 2025 Pazar</p>', "2025-12-07",
            "Prof. Dr. Ayşe Yılmaz, Orta Doğu Teknik Üniversitesi Uluslararası İlişkiler Bölümü öğretim üyesidir.",
            "Ayşe Yılmaz", "Orta Doğu Teknik Üniversitesi", "Orta Koridor'un asıl sorunu tarifeler", "GÖRÜŞ"),
           ('<p class="author">Doç. Dr. Emre Aydın yazdı</p>', '<p class="date">08.12.2025</p>', "2025-12-08",
            "Doç. Dr. Emre Aydın, Ankara Üniversitesi Siyasal Bilgiler Fakültesi'nde öğretim üyesidir.",
            "Emre Aydın", "Ankara Üniversitesi", "Kars hattı ve Kafkasya'nın yeni dengesi", "Analiz")],
    "it": [('<p class="byline">di Marco Bellini</p>', '<p class="date">7 dicembre 2025</p>', "2025-12-07",
            "Marco Bellini è ricercatore presso l'Istituto per gli Studi di Politica Internazionale.",
            "Marco Bellini", "Istituto per gli Studi di Politica Internazionale",
            "Il gas azero e la transizione: un equivoco da chiarire", "L'analisi"),
           ('<p class="byline">Giulia Ferrante*</p>', '<p class="date">Pubblicato il 7 dicembre 2025</p>', "2025-12-07",
            "*Giulia Ferrante è docente di Economia dell'energia all'Università del Salento.",
            "Giulia Ferrante", "Università del Salento", "Perché la Puglia ha bisogno del Tap", "Opinioni")],
    "ka": [('<p class="byline">By Giorgi Lomidze</p>', '<p class="date">December 7, 2025</p>', "2025-12-07",
            "Giorgi Lomidze is a senior fellow at the Georgian Foundation for Strategic and International Studies.",
            "Giorgi Lomidze", "Georgian Foundation for Strategic and International Studies",
            "Why the Black Sea cable matters more than the pipelines", "Op-Ed"),
           ('<p class="byline">Mariam Chkhaidze, Op-Ed</p>', '<p class="date">07.12.2025</p>', "2025-12-07",
            "About the author: Mariam Chkhaidze is an associate professor at Ilia State University, Tbilisi.",
            "Mariam Chkhaidze", "Ilia State University", "Georgia's transit ambitions need a feasibility study",
            "Opinion")],
    "ru": [('<p class="author">Фархад Мамедов</p>', '<p class="date">07.12.2025</p>', "2025-12-07",
            "Фархад Мамедов – директор Центра исследований Южного Кавказа.",
            "Фархад Мамедов", ("Центр исследований Южного Кавказа", "Центра исследований Южного Кавказа"), "Железная дорога Баку – Тбилиси – Карс: что дальше", "Мнение"),
           ('<p class="author">Автор: Эльхан Шахиноглу</p>', '<p class="date">7 декабря 2025</p>', "2025-12-07",
            "Эльхан Шахиноглу – политолог, руководитель Аналитического центра «Атлас».",
            "Эльхан Шахиноглу", ("Аналитический центр «Атлас»", "Аналитического центра «Атлас»"), "Средний коридор и тарифы", "Колонка")],
}


def _oped(lang: str, v: int) -> dict:
    by, when, date, bio, name, inst, title, label = OPEDS[lang][v]
    body = BODIES[lang]
    kicker = f'<p class="rubric">{label}</p>'
    after = (f'<div class="author-bio"><p><em>{html.escape(bio)}</em></p></div>' if v == 0
             else f'<p><i>{html.escape(bio)}</i></p>')
    disclaimer = {"az": "Məqalədə ifadə olunan fikirlər müəllifə məxsusdur.",
                  "tr": "Yazıda ileri sürülen görüşler yazara aittir.",
                  "it": "Le opinioni espresse sono quelle dell'autore.",
                  "ka": "The views expressed in this article are the author's own.",
                  "ru": "Мнение автора может не совпадать с позицией редакции."}[lang]
    markup = page(lang, title, kicker + by + when, body, after=after + f"<p><small>{disclaimer}</small></p>",
                  footer=f"<p>© 2025 {SITES[lang]}</p>")
    return cell(lang, "oped", v, "html", markup, title, date, [name], body, [bio[:30], disclaimer, label],
                affiliations=[inst])


# a report: (centre's masthead, series line, title, author, institution line, date line, the date,
# the copyright line, the institution's stem)
REPORTS = {
    "az": [("AZƏRBAYCAN RESPUBLİKASININ PREZİDENTİ YANINDA STRATEJİ ARAŞDIRMALAR MƏRKƏZİ", "Hesabat № 14",
            "Orta Dəhliz: yüklər, tariflər və limanlar", "Nərmin Quliyeva", "Strateji Araşdırmalar Mərkəzi",
            "Bakı, dekabr 2025", "2025-12", "© Strateji Araşdırmalar Mərkəzi, 2025", "Strateji Araşdırmalar Mərkəz"),
           ("Qafqaz Tədqiqatları İnstitutu", "Təhlil seriyası, 2025/7", "Xəzər bərələri və Ələt limanı",
            "Tural Məmmədli", "Qafqaz Tədqiqatları İnstitutu, baş elmi işçi", "7 dekabr 2025-ci il", "2025-12-07",
            "© 2025 Qafqaz Tədqiqatları İnstitutu. Bütün hüquqlar qorunur.", "Qafqaz Tədqiqatları İnstitut")],
    "tr": [("STRATEJİK DÜŞÜNCE ENSTİTÜSÜ", "Rapor No: 21", "Orta Koridor'da Yük, Tarife ve Liman",
            "Selin Kaya", "Stratejik Düşünce Enstitüsü", "Aralık 2025", "2025-12",
            "© 2025 Stratejik Düşünce Enstitüsü. Tüm hakları saklıdır.", "Stratejik Düşünce Enstitüsü"),
           ("Kafkasya Araştırmaları Merkezi", "Analiz | Sayı 9", "Hazar Feribotları ve Alat Limanı", "Dr. Murat Demir",
            "Kafkasya Araştırmaları Merkezi, Ankara", "7 Aralık 2025", "2025-12-07",
            "KAM © 2025 - Tüm hakları saklıdır", "Kafkasya Araştırmaları Merkezi")],
    "it": [("ISTITUTO PER GLI STUDI DI POLITICA INTERNAZIONALE", "Dossier n. 33",
            "Il corridoio meridionale del gas e la Puglia", "Alessandra Conte",
            "Istituto per gli Studi di Politica Internazionale", "Dicembre 2025", "2025-12",
            "© ISPI 2025. Riproduzione riservata.", "Istituto per gli Studi di Politica Internazionale"),
           ("Osservatorio Energia Mezzogiorno", "Rapporto 2025/4", "Melendugno, cinque anni dopo",
            "Paolo Marini", "Università del Salento", "Lecce, 7 dicembre 2025", "2025-12-07",
            "Tutti i diritti riservati - Osservatorio Energia Mezzogiorno", "Università del Salento")],
    "ka": [("GEORGIAN INSTITUTE OF POLITICS", "Policy Paper No. 41", "A Power Line Across the Black Sea",
            "Levan Kakhishvili", "Georgian Institute of Politics", "December 2025", "2025-12",
            "© Georgian Institute of Politics, 2025. All rights reserved.", "Georgian Institute of Politics"),
           ("Caucasus Energy Research Centre", "Working Paper 2025/12", "Georgia as a Transit Country for Electricity",
            "Ketevan Gogoladze", "Tbilisi State University", "Tbilisi, 7 December 2025", "2025-12-07",
            "Caucasus Energy Research Centre © 2025", "Tbilisi State University")],
    "ru": [("ЦЕНТР АНАЛИЗА МЕЖДУНАРОДНЫХ ОТНОШЕНИЙ", "Аналитический доклад № 5",
            "Коридор Баку – Тбилиси – Карс: грузы и тарифы", "Эльвин Гасымов",
            "Центр анализа международных отношений", "Баку, декабрь 2025", "2025-12",
            "© Центр анализа международных отношений, 2025", "Центр анализа международных отношений"),
           ("Институт Кавказа", "Серия «Доклады», выпуск 3", "Железные дороги Южного Кавказа",
            "Самира Ахмедова", "Бакинский государственный университет", "7 декабря 2025 г.", "2025-12-07",
            "© Институт Кавказа, 2025. Все права защищены.", "Бакинский государственный университет")],
}
SECTIONS = {"az": "Giriş", "tr": "Giriş", "it": "Introduzione", "ka": "Introduction", "ru": "Введение"}


def _report(lang: str, v: int) -> dict:
    mast, series, title, name, inst_line, when, date, copyright_, inst = REPORTS[lang][v]
    body = BODIES[lang]
    bare_name = name.replace("Dr. ", "")
    furniture = [mast, series, copyright_]
    if lang in ("az", "tr"):
        if v == 0:
            text = (f"{mast}\n\n{series}\n\n{title}\n\n{name}\n{inst_line}\n\n{when}\n\n{SECTIONS[lang]}\n\n"
                    + "\n\n".join(body) + f"\n\n{copyright_}\n")
        else:
            text = (f"{mast}\n{series}\n\n\n{title}\n\n{name}, {inst_line}\n{when}\n\n"
                    + "\n\n".join(body) + f"\n\n\n{copyright_}\n")
        return cell(lang, "report", v, "txt", text, title, date, [bare_name], body, furniture, affiliations=[inst])
    return cell(lang, "report", v, "pdf", _report_pdf(lang, v), title, date, [bare_name], body, furniture,
                affiliations=[inst])


def _report_pdf(lang: str, v: int) -> bytes:
    """The report drawn as a PDF: a first page with the masthead, series, title, name, institution and
    date over the first paragraphs; the copyright at the foot of the last page; folios."""
    from tests.pdf_writer import Text, pdf_bytes, wrapped

    mast, series, title, name, inst_line, when, _, copyright_, _ = REPORTS[lang][v]
    body = BODIES[lang]
    left, width, height = 72.0, 504.0, 720.0
    limit = width - 2 * left
    p1: list = []
    y = height - 60
    p1.append(Text(left, y, 9, mast, bold=True))
    y -= 14
    p1.append(Text(left, y, 9, series))
    y -= 46
    for line in wrapped(title, limit, 18):
        p1.append(Text(left, y, 18, line, bold=True))
        y -= 24
    y -= 10
    p1.append(Text(left, y, 11, name, bold=v == 0))
    y -= 14
    p1.append(Text(left, y, 10, inst_line))
    y -= 14
    p1.append(Text(left, y, 10, when))
    y -= 36
    p1.append(Text(left, y, 12, SECTIONS[lang], bold=True))
    y -= 20
    pages = [p1]
    page = p1
    for k, para in enumerate(body):
        if k == 2:  # the last paragraph on a page of its own
            page = []
            pages.append(page)
            y = height - 90
        for line in wrapped(para, limit, 10):
            page.append(Text(left, y, 10, line))
            y -= 13
        y -= 8
    pages[-1].append(Text(left, 60, 8, copyright_))
    for n, pg in enumerate(pages, 1):
        pg.append(Text(width / 2, 36, 8, str(n)))
    return pdf_bytes(pages, width, height)


# a news page copied as text (the analyst's paste): the site's trail over the headline, the date and
# byline lines, the photo's credit, an advertisement's label between paragraphs, the share and comment
# labels, the related-news heading and its headlines, the copyright; a second batch, written before the
# reader was changed for it
CRUMBS = {"az": ["Ana səhifə » Siyasət", "Xəbərlər / İqtisadiyyat"], "tr": ["Anasayfa > Ekonomi", "Gündem / Dünya"],
          "it": ["Home › Economia", "Home / Puglia / Lecce"], "ka": ["Home » Economy", "News / Business"],
          "ru": ["Главная » Экономика", "Новости / Азербайджан"]}


def _plain_line(markup: str) -> str:
    import re

    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _pasted(lang: str, v: int) -> dict:
    credit, related, items, share, comment, ad, copyright_ = NEWS_FURNITURE[lang][v]
    when, date, by, authors = NEWS_HEADS[lang][v]
    title = TITLES[lang][v]
    p1, p2, p3 = BODIES[lang]
    when, by = _plain_line(when), _plain_line(by)
    if v == 0:
        text = (f"{CRUMBS[lang][v]}\n\n{title}\n\n{when}\n{by}\n\n{credit}\n\n{p1}\n\n{ad}\n\n{p2}\n\n{p3}\n\n"
                f"{share}  Facebook  X  WhatsApp\n{comment}\n\n{related}\n{items[0]}\n{items[1]}\n\n{copyright_}\n")
    else:
        text = (f"{CRUMBS[lang][v]}\n\n{title}\n\n{by}\n{when}\n\n{p1}\n\n{credit}\n\n{p2}\n\n{p3}\n\n"
                f"{share} Facebook | X | Telegram\n\n{ad}\n\n{related}\n\n- {items[0]}\n- {items[1]}\n\n"
                f"{comment}\n\n{copyright_}\n")
    return cell(lang, "pasted", v, "txt", text, title, date, authors, BODIES[lang],
                [CRUMBS[lang][v], credit, related, items[0], items[1], share, comment, ad, copyright_[:25]],
                orgs=[SITES[lang], "Haber Merkezi"])


# a third batch, written after the test halves were measured, for two kinds they showed (in new development
# and test cells: the first halves' cells are seen since): a trail of the site's sections with slashes, bars or
# arrows over a pasted headline; a biography whose role comes in a list before the institution
TRAILS = {"az": ["Ana səhifə / Cəmiyyət", "Xəbər lenti | Region"], "tr": ["Anasayfa / Siyaset", "Haberler › Dünya › Kafkasya"],
          "it": ["Home / Cronaca", "Italia | Puglia | Brindisi"], "ka": ["Home / Politics", "Business › Energy"],
          "ru": ["Главная / Политика", "Новости | Регион"]}
ROLE_BIOS = {
    "az": [("Rəşad Həsənov, siyasi analitik, Bakı Dövlət Universitetinin dosentidir.", "Bakı Dövlət Universitet"),
           ("Rəşad Həsənov — iqtisadçı, Azərbaycan Dövlət İqtisad Universitetinin müəllimidir.",
            "Azərbaycan Dövlət İqtisad Universitet")],
    "tr": [("Prof. Dr. Ayşe Yılmaz, enerji uzmanı, Orta Doğu Teknik Üniversitesi'nde öğretim üyesidir.",
            "Orta Doğu Teknik Üniversitesi"),
           ("Ayşe Yılmaz, gazeteci ve yazar, Hacettepe Üniversitesi İletişim Fakültesi'nde ders vermektedir.",
            "Hacettepe Üniversitesi")],
    "it": [("Marco Bellini, economista, è ricercatore presso l'Istituto per gli Studi di Politica Internazionale.",
            "Istituto per gli Studi di Politica Internazionale"),
           ("Marco Bellini, giornalista e analista, collabora con l'Osservatorio Balcani e Caucaso.",
            "Osservatorio Balcani e Caucaso")],
    "ka": [("Giorgi Lomidze, an economist, is a senior fellow at the Georgian Institute of Politics.",
            "Georgian Institute of Politics"),
           ("Giorgi Lomidze is an energy analyst and a visiting lecturer at Tbilisi State University.",
            "Tbilisi State University")],
    "ru": [("Фархад Мамедов – политолог, директор Центра исследований Южного Кавказа.",
            ("Центр исследований Южного Кавказа", "Центра исследований Южного Кавказа")),
           ("Фархад Мамедов — экономист, ведущий научный сотрудник Института экономики НАНА.",
            ("Институт экономики", "Института экономики"))],
}


def _trail(lang: str, v: int) -> dict:
    c = _pasted(lang, v)
    old = CRUMBS[lang][v]
    c = dict(c, content=c["content"].replace(old, TRAILS[lang][v], 1), id=f"{lang}/trail/{v}", genre="trail",
             furniture=[TRAILS[lang][v]] + c["furniture"][1:])
    return c


def _role_bio(lang: str, v: int) -> dict:
    by, when, date, bio, name, inst, title, label = OPEDS[lang][0]
    new_bio, new_inst = ROLE_BIOS[lang][v]
    c = _oped(lang, 0)
    return dict(c, content=c["content"].replace(html.escape(bio), html.escape(new_bio)), id=f"{lang}/rolebio/{v}",
                genre="rolebio", half="dev" if v == 0 else "test", affiliations=[new_inst],
                furniture=[new_bio[:30]] + c["furniture"][1:])


# a fourth batch, written after the third: a release whose label no table lists, between the body's name and
# the date (the first cell the development half's, with the first masthead; the second the test half's)
UNLISTED_LABELS = {"az": ["Məlumat", "Rəsmi açıqlama"], "tr": ["Kamuoyu Duyurusu", "Bilgi Notu"],
                   "it": ["Nota informativa", "Avviso"], "ka": ["Media Advisory", "Announcement"],
                   "ru": ["Сообщение для СМИ", "Официальное сообщение"]}


def _unlisted(lang: str, v: int) -> dict:
    mast, kind, when, date, sign, author = RELEASES[lang][v]
    label = UNLISTED_LABELS[lang][v]
    c = _release(lang, v)
    return dict(c, content=c["content"].replace(kind, label, 1), id=f"{lang}/unlisted/{v}", genre="unlisted",
                furniture=mast + [label, sign])


LANGS = ("az", "tr", "it", "ka", "ru")
GENRES = {"news": _news, "wire": _wire, "release": _release, "oped": _oped, "report": _report, "pasted": _pasted,
          "trail": _trail, "rolebio": _role_bio, "unlisted": _unlisted}
FIRST_BATCH = ("news", "wire", "release", "oped", "report")


def cells(half: str | None = None, genres=FIRST_BATCH) -> list[dict]:
    """The cells of a half (``dev``, ``test`` or None: both) of the genres (the first batch's by default;
    ``("pasted",)`` the second batch, None every genre)."""
    found = [GENRES[g](lang, v) for lang in LANGS for g in (genres or GENRES) for v in (0, 1)]
    return [c for c in found if half is None or c["half"] == half]


def _flat(text: str) -> str:
    return " ".join(text.split())


def outcome(c: dict) -> dict:
    """What the reader makes of a cell's document, read and segmented as ingest does, beside what it
    states."""
    from tests.sweep_d16html import read_as_ingest

    meta, body, _ = read_as_ingest(f"{c['id'].replace('/', '_')}.{c['fmt']}", c["content"])
    names = [a["name"] for a in meta.authors]
    affs = [a.get("affiliation") for a in meta.authors]
    if c["authors"]:
        authors_ok = names == c["authors"]
    else:  # no person named: nobody, or the outlet or agency
        authors_ok = all(n in c["orgs"] for n in names)
    affs_ok = c["affiliations"] is None or (
        len(affs) == len(c["affiliations"])
        and all(w is None and g is None or w is not None and g is not None
                and g.startswith(w if isinstance(w, str) else tuple(w)) for w, g in zip(c["affiliations"], affs)))
    wanted = {_flat(p) for p in c["paragraphs"]}
    # (a furniture line the body itself quotes, "GeoPress" in a dateline, is looked for only where it stands alone)
    furniture = [f for f in c["furniture"] if not any(_flat(f) in w for w in wanted)]
    alone = [f for f in c["furniture"] if f not in furniture]
    return {
        "title": meta.title == c["title"],
        "date": meta.date == c["date"],
        "authors": authors_ok,
        "affiliations": affs_ok,
        "paragraphs": sum(_flat(p) in body for p in c["paragraphs"]),
        "extra": [b for b in body if b not in wanted],
        "furniture": [f for f in furniture if any(_flat(f) in b for b in body)] + [f for f in alone if _flat(f) in body],
        "got": {"title": meta.title, "date": meta.date, "authors": names, "affiliations": affs},
    }


def _whole(c: dict, r: dict) -> bool:
    return (r["title"] and r["date"] and r["authors"] and r["affiliations"] and not r["extra"]
            and not r["furniture"] and r["paragraphs"] == len(c["paragraphs"]))


def figures(half: str, verbose: bool = False, genres=FIRST_BATCH) -> dict:
    cs = cells(half, genres)
    rs = [outcome(c) for c in cs]
    out = {"cells": len(cs), "titles": sum(r["title"] for r in rs), "dates": sum(r["date"] for r in rs),
           "authors": sum(r["authors"] for r in rs), "affiliations": sum(r["affiliations"] for r in rs),
           "paragraphs": f"{sum(r['paragraphs'] for r in rs)}/{sum(len(c['paragraphs']) for c in cs)}",
           "extra passages": sum(len(r["extra"]) for r in rs),
           "furniture in body": sum(len(r["furniture"]) for r in rs),
           "whole": sum(_whole(c, r) for c, r in zip(cs, rs))}
    if verbose:
        out["misses"] = {c["id"]: {k: v for k, v in r.items() if v not in (True, [], len(c["paragraphs"]))}
                         | {"want": {k: c[k] for k in ("title", "date", "authors", "affiliations")}}
                         for c, r in zip(cs, rs) if not _whole(c, r)}
    return out


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose="-v" in sys.argv,
                             genres=("pasted",) if "--pasted" in sys.argv else ("trail", "rolebio") if "--third" in sys.argv
                             else ("unlisted",) if "--fourth" in sys.argv else FIRST_BATCH), indent=1, ensure_ascii=False))
