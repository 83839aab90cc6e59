"""A sweep over the forms a saved web page gives its metadata and furniture in (issue 24).

Each axis is a list of forms; every axis's forms are split into a development half (even
positions) and a test half (odd positions) before anything is measured. A page is composed of one
form of each axis (language, where its metadata lives, its byline's markup, its visible date, its
title's markup, three furniture blocks in their positions, the order of byline and date, its
writers and its body), and the reader's record is compared with what the page states:
title without the site, the date of publication, the writers' names without their roles, every
body paragraph word for word and no furniture in a body passage.

``python -m tests.sweep_html dev -v`` (or ``test``) prints a half's figures and its misses; ``--original``:
the dev cells as first measured, without the forms written while tuning.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import random
import sys
import tempfile
from pathlib import Path

DEV_CELLS = 240
TEST_CELLS = 160
ORIGINAL_DEV = "--original" in sys.argv  # the dev cells without the forms written while tuning


def halves(forms: list) -> tuple[list, list]:
    """(dev, test): the forms at even positions, and those at odd ones."""
    return forms[0::2], forms[1::2]


# ---------------------------------------------------------------- languages
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}
SHORT_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.".split(),
    "es": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "ru": "янв фев мар апр мая июн июл авг сен окт ноя дек".split(),
    "tr": "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
}


def long_date(lang: str, d: dt.datetime) -> str:
    m = MONTHS[lang][d.month - 1]
    return {"en": f"{d.day} {m} {d.year}", "fr": f"{d.day} {m} {d.year}", "de": f"{d.day}. {m} {d.year}",
            "es": f"{d.day} de {m} de {d.year}", "ru": f"{d.day} {m} {d.year}", "tr": f"{d.day} {m} {d.year}"}[lang]


def short_date(lang: str, d: dt.datetime) -> str:
    m = SHORT_MONTHS[lang][d.month - 1]
    return f"{m} {d.day}, {d.year}" if lang == "en" else f"{d.day}. {m} {d.year}" if lang == "de" \
        else f"{d.day} {m} {d.year}"


def numeric_date(lang: str, d: dt.datetime) -> str:
    if lang == "en":
        return f"{d.day} {SHORT_MONTHS['en'][d.month - 1]} {d.year}, {d.hour:02d}:{d.minute:02d}"
    if lang == "es":
        return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"
    return f"{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}:{d.minute:02d}"


def weekday_date(lang: str, d: dt.datetime) -> str:
    w = WEEKDAYS[lang][d.weekday()]
    return f"{long_date(lang, d)} {w}" if lang == "tr" else f"{w} {long_date(lang, d)}" if lang == "fr" \
        else f"{w}, {long_date(lang, d)}"


WORDS = {  # by, published, updated, ago, photo, and
    "en": ("By", "Published", "Updated", "2 hours ago", "Photos", "and"),
    "fr": ("Par", "Publié le", "Mis à jour le", "il y a 2 heures", "Photos", "et"),
    "de": ("Von", "Veröffentlicht am", "Aktualisiert am", "vor 2 Stunden", "Fotos", "und"),
    "es": ("Por", "Publicado el", "Actualizado el", "hace 2 horas", "Fotos", "y"),
    "ru": ("Автор:", "Опубликовано", "Обновлено", "2 часа назад", "Фото", "и"),
    "tr": ("Yazan:", "Yayınlanma", "Güncelleme", "2 saat önce", "Fotoğraf", "ve"),
}
ROLES = {
    "en": ["Energy Correspondent", "Senior Editor", "Caucasus reporter"],
    "fr": ["correspondante à Bakou", "rédacteur en chef adjoint", "journaliste"],
    "de": ["Korrespondentin in Baku", "Redakteur", "Wirtschaftsreporterin"],
    "es": ["corresponsal en el Cáucaso", "editor de Internacional", "periodista"],
    "ru": ["корреспондент в Баку", "обозреватель", "редактор отдела экономики"],
    "tr": ["Bakü muhabiri", "dış haberler editörü", "ekonomi yazarı"],
}
NAMES = {  # people; the halves alternate
    "en": ["Leyla Hasanova", "Martin Crowley", "Aysel Mammadli", "Thomas Reddick", "Nigar Aliyeva", "Owen Pritchard"],
    "fr": ["Camille Fontaine", "Rauf Guliyev", "Hélène Marchetti",
           "Julien Brossard", "Sevinj Karimova", "Anne Delorme"],
    "de": ["Katrin Weidemann", "Elchin Rustamov", "Jonas Bauerfeind",
           "Sabine Kröger", "Farid Ismayilov", "Lena Hofstetter"],
    "es": ["Lucía Ferrándiz", "Tural Jafarov", "Marta Echeverri",
           "Diego Salvatierra", "Gunel Bayramova", "Pablo Iturbe"],
    "ru": ["Анна Воронцова", "Рашад Ибрагимов", "Ольга Седова", "Дмитрий Лаптев", "Эльнара Гасымова", "Игорь Белов"],
    "tr": ["Elif Karaca", "Orhan Demirtaş", "Zeynep Aksoy", "Murat Yıldırım", "Şebnem Koç", "Kerem Altun"],
}
PHOTOGRAPHERS = {"en": "Rustam Quliyev", "fr": "Marc Vidal", "de": "Uwe Brandt", "es": "Iker Zubiri",
                 "ru": "Пётр Зайцев", "tr": "Selim Ergin"}
SITES = {
    "en": ["Caspian Ledger", "South Caucasus Monitor"],
    "fr": ["Le Courrier du Caucase", "Regards Eurasie"],
    "de": ["Kaukasus-Rundschau", "Ostpolitik Heute"],
    "es": ["Diario del Caspio", "Mirada Euroasiática"],
    "ru": ["Каспийский вестник", "Кавказ-Обзор"],
    "tr": ["Hazar Gündemi", "Kafkasya Postası"],
}
TITLES = {
    "en": ["Baku bets on the Middle Corridor as freight volumes climb",
           "Why the Zangezur route still divides the region's capitals",
           "Caspian water levels fall again, ports scramble to adapt",
           "Georgia's Black Sea ports: a quiet race for Azerbaijani cargo"],
    "fr": ["Bakou mise sur le corridor médian malgré la baisse du trafic",
           "Le gazoduc transadriatique face à la demande européenne",
           "La mer Caspienne recule et les ports cherchent des solutions",
           "Entre Erevan et Bakou, la question des frontières reste ouverte"],
    "de": ["Aserbaidschan baut den Hafen von Alat weiter aus",
           "Warum die Mittelkorridor-Route für Europa wichtiger wird",
           "Der Kaspische See verliert Wasser und die Häfen reagieren",
           "Gaslieferungen aus Baku: Was der neue Vertrag bedeutet"],
    "es": ["Azerbaiyán apuesta por el corredor medio para sus exportaciones",
           "El nivel del Caspio baja y los puertos buscan respuestas",
           "Bakú y Ankara firman un acuerdo ferroviario de largo plazo",
           "La ruta de Zangezur sigue dividiendo a la región"],
    "ru": ["Баку делает ставку на Средний коридор",
           "Уровень Каспия снова падает, порты ищут решения",
           "Почему маршрут через Зангезур по-прежнему разделяет регион",
           "Грузовые перевозки через Грузию выросли на треть"],
    "tr": ["Bakü Orta Koridor'a yatırımı artırıyor",
           "Hazar'da su seviyesi düşmeye devam ediyor",
           "Zengezur güzergâhı bölgeyi neden bölüyor",
           "Gürcistan limanlarında Azerbaycan yükü için yarış"],
}
KICKERS = {"en": "Analysis", "fr": "Décryptage", "de": "Hintergrund", "es": "Análisis", "ru": "Аналитика",
           "tr": "Analiz"}
BODIES = {
    "en": [[
        "Freight trains leaving the port of Alat now carry almost twice as many containers as they did three years "
        "ago, according to figures released by the railway operator at the end of the quarter.",
        "Officials in Baku describe the growth as proof that the route across the Caspian can compete with the "
        "northern corridor, although shippers still complain about waiting times at the ferry terminals.",
        "The bottleneck, several logistics managers said, is not the rail line itself but the small number of "
        "vessels able to cross the sea when the water is low in late summer.",
        "A new fleet of ferries ordered from a shipyard near the capital is expected to enter service within two "
        "years, which would allow daily crossings for the first time.",
    ], [
        "The road that would link the main part of the country with its exclave has been discussed at every summit "
        "since the ceasefire, yet its exact course has never been agreed on paper.",
        "Diplomats involved in the talks say the disagreement is less about the asphalt than about who would check "
        "the passports and the cargo of those travelling along it.",
        "Neighbouring states watch the negotiations closely because the corridor would shorten the journey between "
        "the Caspian and the Mediterranean by several hundred kilometres.",
        "For now the villages along the proposed line wait, unsure whether the project will bring trade or simply "
        "more soldiers to the valley.",
    ]],
    "fr": [[
        "Les trains de marchandises qui quittent le port d'Alat transportent désormais presque deux fois plus de "
        "conteneurs qu'il y a trois ans, selon les chiffres publiés par l'opérateur ferroviaire.",
        "À Bakou, les responsables y voient la preuve que la route transcaspienne peut concurrencer le corridor "
        "du nord, même si les transporteurs se plaignent encore des délais aux terminaux.",
        "Le goulet d'étranglement, expliquent plusieurs logisticiens, tient moins à la voie ferrée qu'au petit "
        "nombre de navires capables de traverser la mer quand le niveau de l'eau baisse.",
        "Une nouvelle flotte de ferries commandée à un chantier naval proche de la capitale devrait entrer en "
        "service d'ici deux ans et permettre enfin des traversées quotidiennes.",
    ], [
        "Le niveau de la mer Caspienne a encore baissé cette année, et les autorités portuaires de la côte ouest "
        "doivent draguer des chenaux qui étaient profonds il y a dix ans.",
        "Les pêcheurs des villages du littoral racontent que des jetées construites pour leurs pères se trouvent "
        "aujourd'hui à plusieurs dizaines de mètres de l'eau.",
        "Les scientifiques attribuent ce recul à l'évaporation accrue et à la diminution des apports de la Volga, "
        "dont le débit dépend de barrages situés loin en amont.",
        "Aucun des pays riverains n'a encore proposé de plan commun, chacun préférant adapter ses propres "
        "installations au coup par coup.",
    ]],
    "de": [[
        "Die Güterzüge, die den Hafen von Alat verlassen, transportieren heute fast doppelt so viele Container "
        "wie vor drei Jahren, wie aus den Zahlen des Bahnbetreibers hervorgeht.",
        "In Baku gilt das Wachstum als Beleg dafür, dass die Route über das Kaspische Meer mit dem nördlichen "
        "Korridor konkurrieren kann, auch wenn Spediteure über lange Wartezeiten klagen.",
        "Der Engpass liege nicht bei der Bahnstrecke selbst, sagen mehrere Logistiker, sondern bei den wenigen "
        "Schiffen, die bei niedrigem Wasserstand im Spätsommer übersetzen können.",
        "Eine neue Fährflotte, die bei einer Werft nahe der Hauptstadt bestellt wurde, soll in zwei Jahren in "
        "Dienst gehen und erstmals tägliche Überfahrten erlauben.",
    ], [
        "Der neue Liefervertrag sieht vor, dass über die bestehende Pipeline ab dem kommenden Winter deutlich "
        "mehr Gas in Richtung Südosteuropa fließt als bisher.",
        "Fachleute in Berlin weisen darauf hin, dass die zusätzlichen Mengen nur dann ankommen, wenn auch die "
        "Verdichterstationen entlang der Strecke erweitert werden.",
        "Die Regierung in Baku hat dafür Investitionen zugesagt, nennt aber bislang keinen genauen Zeitplan für "
        "die Bauarbeiten in den Nachbarländern.",
        "Kritiker fragen, ob sich Europa mit dem Vertrag nicht eine neue Abhängigkeit einhandelt, statt die "
        "eigenen Quellen auszubauen.",
    ]],
    "es": [[
        "Los trenes de mercancías que salen del puerto de Alat transportan hoy casi el doble de contenedores "
        "que hace tres años, según las cifras publicadas por el operador ferroviario.",
        "En Bakú, los responsables presentan el crecimiento como prueba de que la ruta a través del Caspio "
        "puede competir con el corredor del norte, aunque los transportistas se quejan de las esperas.",
        "El cuello de botella, explican varios responsables de logística, no es la vía férrea sino el escaso "
        "número de barcos capaces de cruzar el mar cuando baja el nivel del agua.",
        "Una nueva flota de transbordadores encargada a un astillero cercano a la capital debería entrar en "
        "servicio dentro de dos años y permitir travesías diarias.",
    ], [
        "El acuerdo firmado en Ankara prevé la construcción de una línea ferroviaria que unirá la frontera turca "
        "con el enclave en menos de cinco años, según los dos gobiernos.",
        "Los ingenieros consultados advierten de que el terreno montañoso encarecerá la obra y que varios "
        "túneles aún no cuentan con estudios geológicos completos.",
        "Para las empresas exportadoras, la línea abriría una salida directa hacia los mercados europeos sin "
        "depender de los pasos fronterizos del norte.",
        "La financiación, sin embargo, sigue sin cerrarse y ambas partes esperan atraer a bancos de desarrollo "
        "internacionales en los próximos meses.",
    ]],
    "ru": [[
        "Грузовые поезда, отправляющиеся из порта Алят, сегодня перевозят почти вдвое больше контейнеров, чем "
        "три года назад, следует из данных железнодорожного оператора.",
        "В Баку этот рост называют доказательством того, что маршрут через Каспий способен конкурировать с "
        "северным коридором, хотя экспедиторы по-прежнему жалуются на очереди.",
        "Узким местом, по словам логистов, остаётся не сама железная дорога, а небольшое число судов, способных "
        "пересекать море при низком уровне воды в конце лета.",
        "Новые паромы, заказанные на верфи недалеко от столицы, должны войти в строй через два года и впервые "
        "обеспечить ежедневные рейсы.",
    ], [
        "Уровень Каспийского моря в этом году снова снизился, и портовым властям западного побережья приходится "
        "углублять каналы, которые ещё десять лет назад были глубокими.",
        "Рыбаки прибрежных сёл рассказывают, что причалы, построенные их отцами, теперь стоят в десятках метров "
        "от кромки воды.",
        "Учёные связывают отступление моря с усилившимся испарением и уменьшением стока Волги, который зависит "
        "от плотин далеко вверх по течению.",
        "Ни одна из прибрежных стран пока не предложила общего плана, и каждая перестраивает свои причалы "
        "самостоятельно.",
    ]],
    "tr": [[
        "Alat limanından çıkan yük trenleri, demiryolu işletmecisinin açıkladığı verilere göre bugün üç yıl "
        "öncesine kıyasla neredeyse iki kat fazla konteyner taşıyor.",
        "Bakü'deki yetkililer bu artışı, Hazar üzerinden geçen güzergâhın kuzey koridoruyla rekabet "
        "edebileceğinin kanıtı olarak görüyor, ancak taşıyıcılar bekleme sürelerinden şikâyetçi.",
        "Lojistik yöneticilerine göre darboğaz demiryolunun kendisi değil, yaz sonunda su seviyesi düştüğünde "
        "denizi geçebilen gemilerin az sayıda olması.",
        "Başkent yakınındaki bir tersaneye sipariş edilen yeni feribotların iki yıl içinde hizmete girmesi ve "
        "ilk kez günlük seferlere imkân vermesi bekleniyor.",
    ], [
        "Gürcistan'ın Karadeniz kıyısındaki limanları, Azerbaycan'dan gelen yükü çekebilmek için son iki yılda "
        "rıhtım kapasitelerini ve depolama alanlarını genişletti.",
        "Liman yöneticileri, demiryolu bağlantısının iyileştirilmesiyle birlikte konteyner trafiğinin üçte bir "
        "oranında arttığını söylüyor.",
        "Bölgedeki nakliyeciler ise gümrük işlemlerinin hâlâ yavaş olduğunu ve sınır kapılarında kuyrukların "
        "günlerce sürebildiğini belirtiyor.",
        "Hükümet, önümüzdeki yıl dijital gümrük sistemine geçileceğini ve bekleme sürelerinin yarıya "
        "ineceğini açıkladı.",
    ]],
}
# cookie, paywall, newsletter, share, related heading, related items, comment, author box, tags, licence, read more
FURNITURE_TEXT = {
    "en": dict(cookie="We use cookies to improve your experience and to measure how our site is used.",
               accept="Accept all", paywall="Subscribe to keep reading: this article is for members only.",
               newsletter="Get the Caucasus briefing in your inbox every Monday morning.", signup="Sign up",
               share=["Share", "Facebook", "Twitter", "Email"], related="More on this topic",
               items=["Pipeline talks resume in Ankara", "A new port opens at Poti", "Rail tariffs cut by a fifth"],
               comment="Thanks for the detailed piece, I travelled this route last spring and it was slow.",
               comments="3 comments", authorbox="writes about transport and energy across the South Caucasus.",
               tags="Tags", tagitems=["Baku", "Logistics", "Caspian Sea"],
               licence="All rights reserved. Reproduction without permission is prohibited.",
               readmore="Read more", readitem="How the ferry fleet grew in a decade"),
    "fr": dict(cookie="Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience du site.",
               accept="Tout accepter", paywall="Abonnez-vous pour lire la suite : cet article est réservé aux abonnés.",
               newsletter="Recevez chaque lundi notre lettre d'information sur le Caucase.", signup="S'inscrire",
               share=["Partager", "Facebook", "Twitter", "E-mail"], related="Sur le même sujet",
               items=["Reprise des négociations sur le gazoduc", "Un nouveau port ouvre à Poti",
                      "Les tarifs ferroviaires baissent"],
               comment="Merci pour cet article détaillé, j'ai pris cette route au printemps dernier.",
               comments="3 commentaires", authorbox="couvre les transports et l'énergie dans le Caucase du Sud.",
               tags="Mots-clés", tagitems=["Bakou", "Logistique", "Caspienne"],
               licence="Tous droits réservés. Toute reproduction sans autorisation est interdite.",
               readmore="Lire aussi", readitem="Comment la flotte de ferries a grandi en dix ans"),
    "de": dict(cookie="Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und die Nutzung der Seite zu messen.",
               accept="Alle akzeptieren",
               paywall="Jetzt abonnieren und weiterlesen: Dieser Artikel ist nur für Abonnenten.",
               newsletter="Erhalten Sie jeden Montag unseren Kaukasus-Newsletter in Ihr Postfach.", signup="Anmelden",
               share=["Teilen", "Facebook", "Twitter", "E-Mail"], related="Mehr zum Thema",
               items=["Pipeline-Gespräche in Ankara wieder aufgenommen", "Neuer Hafen in Poti eröffnet",
                      "Bahntarife um ein Fünftel gesenkt"],
               comment="Danke für den ausführlichen Bericht, ich bin die Strecke letztes Frühjahr gefahren.",
               comments="3 Kommentare", authorbox="schreibt über Verkehr und Energie im Südkaukasus.",
               tags="Schlagworte", tagitems=["Baku", "Logistik", "Kaspisches Meer"],
               licence="Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
               readmore="Lesen Sie auch", readitem="Wie die Fährflotte in zehn Jahren wuchs"),
    "es": dict(cookie="Utilizamos cookies para mejorar su experiencia y medir el uso de nuestro sitio.",
               accept="Aceptar todo",
               paywall="Suscríbase para seguir leyendo: este artículo es solo para suscriptores.",
               newsletter="Reciba cada lunes nuestro boletín sobre el Cáucaso en su correo.", signup="Suscribirse",
               share=["Compartir", "Facebook", "Twitter", "Correo"], related="Más sobre este tema",
               items=["Se reanudan las conversaciones sobre el gasoducto", "Abre un nuevo puerto en Poti",
                      "Las tarifas ferroviarias bajan un quinto"],
               comment="Gracias por el artículo tan completo, recorrí esa ruta la primavera pasada.",
               comments="3 comentarios", authorbox="escribe sobre transporte y energía en el Cáucaso Sur.",
               tags="Etiquetas", tagitems=["Bakú", "Logística", "Mar Caspio"],
               licence="Todos los derechos reservados. Prohibida su reproducción sin permiso.",
               readmore="Lea también", readitem="Cómo creció la flota de transbordadores en una década"),
    "ru": dict(cookie="Мы используем файлы cookie, чтобы улучшить работу сайта и учитывать посещаемость.",
               accept="Принять все", paywall="Оформите подписку, чтобы дочитать: статья доступна только подписчикам.",
               newsletter="Получайте нашу рассылку о Кавказе каждый понедельник.", signup="Подписаться",
               share=["Поделиться", "ВКонтакте", "Telegram", "Почта"], related="Читайте также по теме",
               items=["Переговоры по газопроводу возобновились", "В Поти открылся новый порт",
                      "Железнодорожные тарифы снижены"],
               comment="Спасибо за подробный материал, я ездил по этому маршруту прошлой весной.",
               comments="3 комментария", authorbox="пишет о транспорте и энергетике Южного Кавказа.",
               tags="Теги", tagitems=["Баку", "Логистика", "Каспий"],
               licence="Все права защищены. Перепечатка без разрешения редакции запрещена.",
               readmore="Читайте также", readitem="Как паромный флот вырос за десять лет"),
    "tr": dict(cookie="Deneyiminizi iyileştirmek ve sitenin kullanımını ölçmek için çerezler kullanıyoruz.",
               accept="Tümünü kabul et",
               paywall="Okumaya devam etmek için abone olun: bu makale yalnızca abonelere açık.",
               newsletter="Kafkasya bültenimizi her pazartesi e-posta kutunuza alın.", signup="Kaydol",
               share=["Paylaş", "Facebook", "Twitter", "E-posta"], related="Bu konuda daha fazlası",
               items=["Boru hattı görüşmeleri yeniden başladı", "Poti'de yeni liman açıldı",
                      "Demiryolu tarifeleri düşürüldü"],
               comment="Ayrıntılı yazı için teşekkürler, bu güzergâhı geçen bahar kullandım.",
               comments="3 yorum", authorbox="Güney Kafkasya'da ulaşım ve enerji üzerine yazıyor.",
               tags="Etiketler", tagitems=["Bakü", "Lojistik", "Hazar Denizi"],
               licence="Tüm hakları saklıdır. İzinsiz çoğaltılamaz.",
               readmore="Ayrıca okuyun", readitem="Feribot filosu on yılda nasıl büyüdü"),
}
LANGS = ["en", "ru", "de", "fr", "tr", "es"]  # halves: en, de, tr | ru, fr, es


# ---------------------------------------------------------------- a page's parts
class Page:
    """What one cell's page says: its parts, filled in by the forms."""

    def __init__(self, lang, site, title, authors, published, updated, body, rng):
        self.lang, self.site, self.title, self.authors = lang, site, title, authors
        self.published, self.updated, self.body, self.rng = published, updated, body, rng
        self.head: list[str] = []
        self.article_attrs = ""
        self.article_extra: list[str] = []
        self.title_tag = title
        self.og = None
        self.logo_h1 = False  # the site's name in the page's <h1>
        self.heading = f"<h1>{html.escape(title)}</h1>"
        self.byline = ""
        self.dateline = ""
        self.footer_date = ""
        self.blocks = {"top": [], "byline": [], "mid": [], "end": [], "after": [], "footer": []}
        self.furniture: list[str] = []  # texts that must stay out of the body
        self.meta_authors = None  # the writers the head states, when no byline names them
        self.meta_date = False  # whether the head or markup states the date
        self.visible_date = False

    @property
    def words(self):
        return WORDS[self.lang]

    def iso(self, d=None):
        d = d or self.published
        return d.strftime("%Y-%m-%dT%H:%M:%S+04:00")

    def names_joined(self, names=None) -> str:
        names = names or self.authors
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {self.words[5]} {names[-1]}"


def _e(s):
    return html.escape(s, quote=True)


def _jsonld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _person(name):
    return {"@type": "Person", "name": name, "url": f"https://example.org/authors/{_slug(name)}"}


def _slug(name):
    return "-".join(name.lower().split())


# where the metadata lives: (name, function(page))
def m_jsonld_person(p):
    p.head.append(_jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": p.title,
                           "author": _person(p.authors[0]) if len(p.authors) == 1 else [_person(a) for a in p.authors],
                           "datePublished": p.iso(), "dateModified": p.iso(p.updated)}))
    p.meta_authors, p.meta_date = p.authors, True


def m_jsonld_graph(p):
    graph = [{"@type": "WebSite", "@id": "https://example.org/#site", "name": p.site},
             {"@type": "Organization", "@id": "https://example.org/#org", "name": p.site},
             {"@type": "Article", "@id": "https://example.org/a#article", "headline": p.title,
              "author": [{"@id": f"https://example.org/#p{i}"} for i in range(len(p.authors))],
              "publisher": {"@id": "https://example.org/#org"}, "datePublished": p.iso(),
              "dateModified": p.iso(p.updated)}]
    graph += [{"@type": "Person", "@id": f"https://example.org/#p{i}", "name": a} for i, a in enumerate(p.authors)]
    p.head.append(_jsonld({"@context": "https://schema.org", "@graph": graph}))
    p.meta_authors, p.meta_date = p.authors, True


def m_jsonld_string(p):
    p.head.append(_jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title,
                           "author": ", ".join(p.authors), "datePublished": p.published.strftime("%Y-%m-%d")}))
    p.meta_authors, p.meta_date = p.authors, True


def m_jsonld_person_and_org(p):
    p.head.append(_jsonld({"@context": "https://schema.org", "@type": "Report", "name": p.title,
                           "author": [_person(a) for a in p.authors] + [{"@type": "Organization", "name": p.site}],
                           "datePublished": p.iso()}))
    p.meta_authors, p.meta_date = p.authors, True


def m_jsonld_org_only(p):
    p.head.append(_jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": p.title,
                           "author": {"@type": "Organization", "name": p.site}, "datePublished": p.iso(),
                           "dateModified": p.iso(p.updated)}))
    p.meta_authors, p.meta_date = [p.site], True  # the organisation, where no byline names a person


def m_meta_author(p):
    p.head += [f'<meta name="author" content="{_e(", ".join(p.authors))}">',
               f'<meta property="article:published_time" content="{p.iso()}">',
               f'<meta property="article:modified_time" content="{p.iso(p.updated)}">']
    p.meta_authors, p.meta_date = p.authors, True


def m_article_author_url(p):
    p.head += [f'<meta property="article:author" content="https://example.org/authors/{_slug(a)}">'
               for a in p.authors]
    p.head.append(f'<meta property="article:published_time" content="{p.iso()}">')
    p.meta_date = True


def m_article_author_name(p):
    p.head += [f'<meta property="article:author" content="{_e(a)}">' for a in p.authors]
    p.head.append(f'<meta property="article:published_time" content="{p.iso()}">')
    p.meta_authors, p.meta_date = p.authors, True


def m_dc(p):
    p.head += [f'<meta name="dc.creator" content="{_e(a)}">' for a in p.authors]
    p.head.append(f'<meta name="dc.date" content="{p.published.strftime("%Y-%m-%d")}">')
    p.meta_authors, p.meta_date = p.authors, True


def m_citation(p):
    for a in p.authors:
        first, last = a.rsplit(" ", 1)
        p.head.append(f'<meta name="citation_author" content="{_e(last)}, {_e(first)}">')
    p.head.append(f'<meta name="citation_title" content="{_e(p.title)}">')
    p.head.append(f'<meta name="citation_publication_date" content="{p.published.strftime("%Y/%m/%d")}">')
    p.meta_authors, p.meta_date = p.authors, True


def m_parsely(p):
    p.head += [f'<meta name="parsely-author" content="{_e(a)}">' for a in p.authors]
    p.head += [f'<meta name="parsely-title" content="{_e(p.title)}">',
               f'<meta name="parsely-pub-date" content="{p.iso()}">']
    p.meta_authors, p.meta_date = p.authors, True


def m_sailthru(p):
    p.head += [f'<meta name="sailthru.author" content="{_e(", ".join(p.authors))}">',
               f'<meta name="sailthru.date" content="{p.published.strftime("%Y-%m-%d %H:%M:%S")}">']
    p.meta_authors, p.meta_date = p.authors, True


def m_microdata(p):
    p.article_attrs = ' itemscope itemtype="https://schema.org/NewsArticle"'
    p.article_extra.append(f'<meta itemprop="datePublished" content="{p.iso()}">')
    p.article_extra += [f'<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
                        f'<meta itemprop="name" content="{_e(a)}"></span>' for a in p.authors]
    p.meta_authors, p.meta_date = p.authors, True


def m_visible_only(p):
    pass


def m_parsely_page(p):
    data = {"title": p.title, "pub_date": p.iso(), "authors": p.authors, "section": "World"}
    p.head.append(f'<meta name="parsely-page" content="{_e(json.dumps(data, ensure_ascii=False))}">')
    p.meta_authors, p.meta_date = p.authors, True


METADATA = [m_jsonld_person, m_meta_author, m_jsonld_graph, m_article_author_url, m_dc, m_jsonld_string,
            m_citation, m_microdata, m_jsonld_person_and_org, m_parsely, m_visible_only, m_jsonld_org_only,
            m_sailthru, m_article_author_name, m_visible_only, m_parsely_page]


# the visible byline: (function(page) -> html); they may change the writers' number
def _link(name):
    return f'<a href="/authors/{_slug(name)}">{_e(name)}</a>'


def b_rel_author(p):
    p.byline = (f'<div class="byline">{p.words[0]} '
                + f" {p.words[5]} ".join(f'<a rel="author" href="/authors/{_slug(a)}">{_e(a)}</a>' for a in p.authors)
                + "</div>")


def b_span_author(p):
    p.byline = "".join(f'<span class="author">{_e(a)}</span>' for a in p.authors[:1])
    p.authors = p.authors[:1]


def b_contributor_role(p):
    p.authors = p.authors[:1]
    p.byline = f'<p class="contributor">{p.words[0]} {_e(p.authors[0])}, {_e(ROLES[p.lang][0])}</p>'


def b_address(p):
    p.byline = f'<address class="author">{p.words[0]} {" & ".join(_link(a) for a in p.authors)}</address>'


def b_plain_p(p):
    p.byline = f"<p>{p.words[0]} {_e(p.names_joined())}</p>"


def b_linked_several(p):
    if len(p.authors) < 3:
        p.authors = p.authors + [n for n in p.rng_names if n not in p.authors][:3 - len(p.authors)]
    links = [_link(a) for a in p.authors]
    p.byline = f'<div class="article-authors">{p.words[0]} {", ".join(links[:-1])} {p.words[5]} {links[-1]}</div>'


def b_name_role_spans(p):
    p.authors = p.authors[:1]
    p.byline = (f'<div class="byline"><span class="byline__name">{_e(p.authors[0])}</span> '
                f'<span class="byline__role">{_e(ROLES[p.lang][1])}</span></div>')


def b_with_photographer(p):
    p.byline = (f'<p class="byline">{p.words[0]} {_e(p.names_joined())} · {p.words[4]}: '
                f'{_e(PHOTOGRAPHERS[p.lang])}</p>')


def b_author_card(p):
    p.authors = p.authors[:1]
    p.byline = (f'<div class="author-card"><img src="/img/a.jpg" alt=""><div class="author-name">{_link(p.authors[0])}'
                f'</div><div class="author-title">{_e(ROLES[p.lang][2])}</div></div>')


def b_none(p):
    p.byline = ""


def b_pipe_role(p):
    p.authors = p.authors[:1]
    p.byline = f'<div class="meta-author">{_e(p.authors[0])} | {_e(ROLES[p.lang][0])}</div>'


def b_by_strong(p):
    p.byline = f"<p><strong>{p.words[0]} {_e(p.names_joined())}</strong></p>"


BYLINES = [b_rel_author, b_span_author, b_contributor_role, b_address, b_plain_p, b_linked_several,
           b_name_role_spans, b_with_photographer, b_author_card, b_none, b_pipe_role, b_by_strong]


# the visible date
def _shown(p, markup: str) -> None:
    p.dateline, p.visible_date = markup, True


def d_time_datetime(p):
    _shown(p, f'<time datetime="{p.iso()}">{long_date(p.lang, p.published)}</time>')


def d_time_text(p):
    _shown(p, f'<time class="published">{long_date(p.lang, p.published)}</time>')


def d_numeric(p):
    _shown(p, f'<span class="date">{numeric_date(p.lang, p.published)}</span>')


def d_short(p):
    _shown(p, f'<div class="meta-date">{short_date(p.lang, p.published)}</div>')


def d_published_updated(p):
    w = p.words
    _shown(p, (f'<p class="dates">{w[1]} {long_date(p.lang, p.published)} · '
               f'{w[2]} {long_date(p.lang, p.updated)}</p>'))


def d_updated_published(p):
    w = p.words
    _shown(p, (f'<p class="dates"><span>{w[2]} {numeric_date(p.lang, p.updated)}</span> | '
               f'<span>{w[1]} {numeric_date(p.lang, p.published)}</span></p>'))


def d_relative(p):
    p.footer_date = f'<p class="article-date">{p.words[1]} {long_date(p.lang, p.published)}</p>'
    _shown(p, f'<span class="ago">{p.words[3]}</span>')


def d_weekday(p):
    _shown(p, f"<p>{weekday_date(p.lang, p.published)}</p>")


def d_labelled(p):
    _shown(p, f'<div class="date">{p.words[1]}: {long_date(p.lang, p.published)}</div>')


def d_time_relative(p):
    _shown(p, f'<time datetime="{p.iso()}">{p.words[3]}</time>')


def d_none(p):
    p.dateline = ""


def d_iso(p):
    _shown(p, f'<span class="date">{p.published.strftime("%Y-%m-%d")}</span>')


DATES = [d_time_datetime, d_time_text, d_numeric, d_short, d_published_updated, d_updated_published,
         d_relative, d_weekday, d_labelled, d_time_relative, d_none, d_iso]


# the title's markup
def t_pipe_suffix(p):
    p.title_tag = f"{p.title} | {p.site}"
    p.og = p.title


def t_site_prefix(p):
    p.title_tag = f"{p.site} - {p.title}"


def t_kicker(p):
    p.title_tag = f"{p.title} — {p.site}"
    p.heading = f'<p class="kicker">{KICKERS[p.lang]}</p><h1>{_e(p.title)}</h1>'


def t_no_h1(p):
    p.title_tag = f"{p.title} - {p.site}"
    p.og = p.title
    p.heading = f'<div class="headline">{_e(p.title)}</div>'


def t_og_differs(p):
    p.title_tag = f"{p.title} | {p.site}"
    p.og = f"{p.title} ({p.site})"


def t_colon_suffix(p):
    p.title_tag = f"{p.title} : {p.site}"


def t_h2_kicker_and_dash(p):
    p.title_tag = f"{p.site} — {p.title}"
    p.heading = f'<h2 class="section">{KICKERS[p.lang]}</h2><h1>{_e(p.title)}</h1>'


def t_title_only(p):
    p.title_tag = f"{p.title} | {p.site}"
    p.heading = ""


def t_colon_in_title(p):
    p.title = f"{KICKERS[p.lang]}: {p.title}"
    p.title_tag = f"{p.title} | {p.site}"
    p.heading = f"<h1>{_e(p.title)}</h1>"


def t_h1_link_and_site_dot(p):
    p.title_tag = f"{p.title} · {p.site}"
    p.heading = f'<h1 class="entry-title"><a href="/a">{_e(p.title)}</a></h1>'


TITLES_FORMS = [t_pipe_suffix, t_site_prefix, t_kicker, t_no_h1, t_og_differs, t_colon_suffix,
                t_h2_kicker_and_dash, t_title_only, t_colon_in_title, t_h1_link_and_site_dot]


# furniture: (kind, variant, position)
def _furniture_html(p, kind, variant):
    f = FURNITURE_TEXT[p.lang]
    if kind == "cookie":
        p.furniture.append(f["cookie"])
        cls = ' class="cookie-banner"' if variant == 0 else ' id="gdpr"'
        return f'<div{cls}><p>{_e(f["cookie"])}</p><button>{_e(f["accept"])}</button></div>'
    if kind == "paywall":
        p.furniture.append(f["paywall"])
        return (f'<div class="paywall-notice"><p>{_e(f["paywall"])}</p></div>' if variant == 0
                else f'<section><p><b>{_e(f["paywall"])}</b> <a href="/subscribe">{_e(f["signup"])}</a></p></section>')
    if kind == "newsletter":
        p.furniture.append(f["newsletter"])
        return (f'<aside class="newsletter"><h3>Newsletter</h3><p>{_e(f["newsletter"])}</p>'
                f'<form><input type="email"><button>{_e(f["signup"])}</button></form></aside>' if variant == 0
                else f'<div class="promo"><p>{_e(f["newsletter"])} <a href="/nl">{_e(f["signup"])}</a></p></div>')
    if kind == "share":
        p.furniture.append(" ".join(f["share"][1:3]))
        return ('<div class="share-bar">' + "".join(f'<a href="#">{_e(s)}</a> ' for s in f["share"]) + "</div>"
                if variant == 0 else '<ul class="social">' + "".join(f"<li><a href='#'>{_e(s)}</a></li>"
                                                                     for s in f["share"]) + "</ul>")
    if kind == "related":
        p.furniture += f["items"]
        items = "".join(f'<li><a href="/r{i}">{_e(t)}</a></li>' for i, t in enumerate(f["items"]))
        return (f'<section class="related"><h2>{_e(f["related"])}</h2><ul>{items}</ul></section>' if variant == 0
                else f'<div><h3>{_e(f["related"])}</h3><ul>{items}</ul></div>')
    if kind == "comments":
        p.furniture.append(f["comment"])
        return (f'<section id="comments"><h2>{_e(f["comments"])}</h2><div class="comment"><p class="comment-author">'
                f'kamran_b</p><p>{_e(f["comment"])}</p></div></section>')
    if kind == "authorbox":
        text = f'{p.authors[0] if p.authors else "Tahmina Rzayeva"} {f["authorbox"]}'
        p.furniture.append(text)
        return f'<div class="author-bio"><p>{_e(text)}</p></div>'
    if kind == "tags":
        p.furniture.append(f["tags"] + ":")
        return (f'<div class="tags">{_e(f["tags"])}: ' + ", ".join(f'<a href="/t/{i}">{_e(t)}</a>'
                                                                   for i, t in enumerate(f["tagitems"])) + "</div>")
    if kind == "licence":
        text = f"© {p.published.year - 1} {p.site}. {f['licence']}"
        p.furniture.append(f["licence"])
        return f'<p class="copyright">{_e(text)}</p>' if variant == 0 else f"<div><small>{_e(text)}</small></div>"
    if kind == "readmore":
        p.furniture.append(f["readitem"])
        return f'<p><strong>{_e(f["readmore"])}:</strong> <a href="/more">{_e(f["readitem"])}</a></p>'
    raise ValueError(kind)


FURNITURE = [("cookie", 0, "top"), ("newsletter", 0, "mid"), ("share", 0, "byline"), ("related", 0, "after"),
             ("paywall", 0, "end"), ("comments", 0, "after"), ("tags", 0, "end"), ("licence", 0, "footer"),
             ("readmore", 0, "mid"), ("authorbox", 0, "end"), ("cookie", 1, "footer"), ("newsletter", 1, "end"),
             ("share", 1, "end"), ("related", 1, "end"), ("paywall", 1, "mid"), ("licence", 1, "end"),
             ("readmore", 0, "end"), ("authorbox", 0, "after"), ("tags", 0, "byline"), ("newsletter", 0, "top")]

# the order of the article's head: byline and date
ORDERS = ["byline-date", "date-byline", "one-line", "date-top", "byline-end", "meta-div"]


def compose(p: Page, order: str) -> str:
    head = "".join(p.head) + (f'<meta property="og:title" content="{_e(p.og)}">' if p.og else "")
    b, d = p.byline, p.dateline
    if order == "byline-date":
        top, end = b + d, ""
    elif order == "date-byline":
        top, end = d + b, ""
    elif order == "one-line":
        top, end = f'<div class="article-meta">{b} {d}</div>', ""
    elif order == "date-top":  # the date over the title
        top, end = b, ""
        p.heading = d + p.heading
    elif order == "byline-end":
        top, end = d, b
    else:
        top, end = f'<div class="meta">{d}<div>{b}</div></div>', ""
    paras = [f"<p>{_e(x)}</p>" for x in p.body]
    mid = "".join(p.blocks["mid"])
    body = "".join(paras[:2]) + mid + "".join(paras[2:])
    nav = "".join(f'<li><a href="/s{i}">{s}</a></li>'
                  for i, s in enumerate(["World", "Energy", "Transport", "Opinion"]))
    return (f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8"><title>{_e(p.title_tag)}</title>'
            f'<meta property="og:site_name" content="{_e(p.site)}">{head}</head><body>'
            + (f'<header class="site-header"><h1 class="logo"><a href="/">{_e(p.site)}</a></h1>' if p.logo_h1 else
               f'<header class="site-header"><a class="logo" href="/">{_e(p.site)}</a>')
            + f'<nav><ul>{nav}</ul></nav></header>'
            + "".join(p.blocks["top"])
            + f'<main><article{p.article_attrs}>' + "".join(p.article_extra) + f"<header>{p.heading}{top}</header>"
            + "".join(p.blocks["byline"]) + f'<div class="article-body">{body}</div>' + end + p.footer_date
            + "".join(p.blocks["end"]) + "</article>" + "".join(p.blocks["after"]) + "</main>"
            + f'<footer class="site-footer">{"".join(p.blocks["footer"])}<p><a href="/about">About</a> '
              f'<a href="/contact">Contact</a></p></footer></body></html>')


# ---------------------------------------------------------------- forms written while tuning: development only
EXTRA_TEXT = {  # advertisement label, listen, licence
    "en": ("Advertisement", "Listen to this article", "This article is published under a Creative Commons "
           "Attribution 4.0 licence."),
    "fr": ("Publicité", "Écouter cet article", "Cet article est publié sous licence Creative Commons Attribution 4.0."),
    "de": ("Anzeige", "Artikel anhören", "Dieser Artikel steht unter der Lizenz Creative Commons Namensnennung 4.0."),
    "es": ("Publicidad", "Escuchar este artículo", "Este artículo se publica bajo licencia Creative Commons "
           "Atribución 4.0."),
    "ru": ("Реклама", "Слушать статью", "Статья опубликована по лицензии Creative Commons Attribution 4.0."),
    "tr": ("Reklam", "Bu makaleyi dinleyin", "Bu makale Creative Commons Atıf 4.0 lisansı ile yayımlanmıştır."),
}


def m_jsonld_role_in_name(p):
    people = [{"@type": "Person", "name": f"{a}, {ROLES[p.lang][0]}"} for a in p.authors]
    p.head.append(_jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": p.title,
                           "author": people, "datePublished": p.iso()}))
    p.meta_authors, p.meta_date = p.authors, True


def m_jsonld_main_entity(p):
    p.head.append(_jsonld({"@context": "https://schema.org", "@type": "WebPage", "name": f"{p.title} | {p.site}",
                           "mainEntity": {"@type": "AnalysisNewsArticle", "headline": p.title,
                                          "author": [_person(a) for a in p.authors],
                                          "datePublished": p.published.strftime("%Y-%m-%d"),
                                          "dateModified": p.updated.strftime("%Y-%m-%d")}}))
    p.meta_authors, p.meta_date = p.authors, True


def m_meta_author_with_site(p):
    p.head += [f'<meta name="author" content="{_e(p.authors[0])} | {_e(p.site)}">',
               f'<meta name="date" content="{p.published.strftime("%Y-%m-%d")}">']
    p.meta_authors, p.meta_date = p.authors[:1], True


def b_itemprop_visible(p):
    people = [f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">'
              f'{_e(a)}</span></span>' for a in p.authors]
    p.byline = f'<div class="meta-line">{p.words[0]} {f" {p.words[5]} ".join(people)}</div>'


def b_roles_in_brackets(p):
    roles = ROLES[p.lang]
    p.byline = (f'<p class="byline">{p.words[0]} '
                + f" {p.words[5]} ".join(f"{_e(a)} ({_e(roles[i % 3])})" for i, a in enumerate(p.authors)) + "</p>")


def b_post_author_box(p):
    p.authors = p.authors[:1]
    p.byline = (f'<div class="post-author"><a href="/author/{_slug(p.authors[0])}"><img src="/a.png" alt=""></a>'
                f'<div><a href="/author/{_slug(p.authors[0])}">{_e(p.authors[0])}</a>'
                f'<p>{_e(ROLES[p.lang][1])}</p></div></div>')


def d_stamp_with_time(p):
    d, lang = p.published, p.lang
    hm = f"{d.hour:02d}:{d.minute:02d}"
    p.dateline = '<div class="timestamp">' + {
        "en": f"{WEEKDAYS['en'][d.weekday()][:3]} {d.day} {SHORT_MONTHS['en'][d.month - 1]} {d.year} "
              f"{d.hour:02d}.{d.minute:02d} GMT",
        "de": f"{d.day:02d}.{d.month:02d}.{d.year}, {hm} Uhr", "tr": f"{d.day:02d}.{d.month:02d}.{d.year} - {hm}",
        "fr": f"{d.day:02d}/{d.month:02d}/{d.year} à {d.hour}h{d.minute:02d}", "ru": f"{short_date('ru', d)}, {hm}",
        "es": f"{d.day:02d}/{d.month:02d}/{d.year} - {hm} h"}[lang] + "</div>"
    p.visible_date = True


def d_long_with_time(p):
    d = p.published
    if p.lang == "en":
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        text = f"{MONTHS['en'][d.month - 1]} {d.day}{suffix}, {d.year} at {d.hour % 12 or 12}:{d.minute:02d} " \
               f"{'pm' if d.hour >= 12 else 'am'}"
    else:
        text = f"{long_date(p.lang, d)}, {d.hour:02d}:{d.minute:02d}"
    _shown(p, f'<p class="post-date">{text}</p>')


def d_updated_beside_microdata(p):
    _shown(p, (f'<span class="updated">{p.words[2]} {long_date(p.lang, p.updated)}</span>'
               f'<meta itemprop="datePublished" content="{p.iso()}">'))


def t_pipe_prefix(p):
    p.title_tag = f"{p.site} | {p.title}"
    p.og = p.title


def t_endash_no_h1(p):
    p.title_tag = f"{p.title} – {p.site}"
    p.heading = f'<p class="article-title"><strong>{_e(p.title)}</strong></p>'


def t_og_and_title_dash(p):
    p.title_tag = f"{p.title} - {p.site}"
    p.og = f"{p.title} - {p.site}"


def _extra_furniture(p, kind):
    advert, listen, licence = EXTRA_TEXT[p.lang]
    f = FURNITURE_TEXT[p.lang]
    if kind == "advert":
        p.furniture.append(advert)
        return f'<div class="ad-slot"><p>{_e(advert)}</p><div id="ad-1"></div></div>'
    if kind == "listen":
        p.furniture.append(listen)
        return f'<div class="audio-player"><button>{_e(listen)}</button><span>5:12</span></div>'
    if kind == "linklist":
        p.furniture += f["items"][:2]
        return "<ul>" + "".join(f'<li><a href="/l{i}">{_e(t)}</a></li>' for i, t in enumerate(f["items"][:2])) + "</ul>"
    if kind == "cc":
        p.furniture.append(licence)
        return f'<p class="license"><a href="https://creativecommons.org/licenses/by/4.0/">{_e(licence)}</a></p>'
    if kind == "named_comments":  # the readers' comments, each under its writer's name
        p.furniture.append(f["comment"])
        return (f'<section class="discussion"><h2>{_e(f["comments"])}</h2><div id="comment-1">'
                f'<span class="author">Rasim Veliyev</span><p>{_e(f["comment"])}</p></div></section>')
    if kind == "caption":
        credit = f"{p.words[4]}: {PHOTOGRAPHERS[p.lang]}"
        p.furniture.append(credit)
        return f'<figure><img src="/f.jpg" alt=""><figcaption>{_e(credit)}</figcaption></figure>'
    raise ValueError(kind)


def m_jsonld_string_list(p):
    p.head.append(_jsonld({"@context": "https://schema.org", "@type": "Article", "headline": p.title,
                           "author": list(p.authors), "datePublished": p.iso(), "dateCreated": p.iso()}))
    p.meta_authors, p.meta_date = p.authors, True


def m_social_profile(p):
    p.head += [f'<meta property="article:author" content="https://www.facebook.com/{_slug(p.authors[0])}">',
               f'<link rel="author" href="/authors/{_slug(p.authors[0])}">',
               f'<meta property="article:published_time" content="{p.published.strftime("%Y-%m-%d")}">']
    p.meta_date = True


def m_meta_author_and(p):
    p.head += [f'<meta name="author" content="{_e(f" {WORDS[p.lang][5]} ".join(p.authors))}">',
               f'<meta name="pubdate" content="{p.published.strftime("%Y%m%d")}">']
    p.meta_authors, p.meta_date = p.authors, True


def b_author_name_spans(p):
    spans = '<span class="sep"> · </span>'.join(f'<span class="author-name">{_e(a)}</span>' for a in p.authors)
    p.byline = f'<div class="info">{spans}</div>'


def b_address_rel(p):
    p.byline = ("<address>" + ", ".join(f'<a rel="author" href="/a/{_slug(a)}">{_e(a)}</a>' for a in p.authors)
                + "</address>")


def b_by_dash_photo(p):
    p.byline = f"<p>{p.words[0]} {_e(p.names_joined())} — {p.words[4]}: {_e(PHOTOGRAPHERS[p.lang])}</p>"


def d_time_short_text(p):
    _shown(p, f"<time>{short_date(p.lang, p.published)}</time>")


def d_slashed_iso(p):
    _shown(p, f'<span class="post-date">{p.published.strftime("%Y/%m/%d")}</span>')


def d_two_times(p):
    w = p.words
    _shown(p, (f'<p class="stamps">{w[1]} <time datetime="{p.iso()}">{numeric_date(p.lang, p.published)}</time>'
               f' | {w[2]} <time datetime="{p.iso(p.updated)}">{numeric_date(p.lang, p.updated)}</time></p>'))


def b_capitals(p):
    p.byline = f'<p class="byline">{_e(p.words[0].upper())} {_e(p.names_joined().upper())}</p>'


def b_with_date(p):
    p.byline = f'<div class="byline">{p.words[0]} {_e(p.names_joined())} · {long_date(p.lang, p.published)}</div>'
    p.visible_date = True


def b_initial_and_institute(p):
    p.authors = p.authors[:1]
    first, last = p.authors[0].split(" ", 1)
    p.byline = f'<p class="author">{p.words[0]} {_e(first)} R. {_e(last)}, Caspian Policy Institute</p>'
    p.authors = [f"{first} R. {last}"]


POSTED = {"en": "Posted on {d} by {n}", "de": "Veröffentlicht am {d} von {n}",
          "tr": "{d} tarihinde {n} tarafından yayınlandı", "fr": "Publié le {d} par {n}",
          "es": "Publicado el {d} por {n}", "ru": "Опубликовано {d}, автор: {n}"}


def b_posted_by(p):
    p.authors = p.authors[:1]
    link = f'<a href="/u/{_slug(p.authors[0])}">{_e(p.authors[0])}</a>'
    p.byline = '<p class="post-meta">' + POSTED[p.lang].format(d=long_date(p.lang, p.published), n=link) + "</p>"
    p.visible_date = True


def t_logo_h1(p):
    p.title_tag = f"{p.title} | {p.site}"
    p.logo_h1 = True
    p.heading = f'<h2 class="headline">{_e(p.title)}</h2>'


def t_site_prefix_endash(p):
    p.title_tag = f"{p.site} – {p.title}"


def t_guillemet_suffix(p):
    p.title_tag = f"{p.title} » {p.site}"
    p.heading = f'<h1 class="post-title">{_e(p.title)}</h1>'


ADDED_DEV = {
    "metadata": [m_jsonld_role_in_name, m_jsonld_main_entity, m_meta_author_with_site, m_jsonld_string_list,
                 m_social_profile, m_meta_author_and],
    "byline": [b_itemprop_visible, b_roles_in_brackets, b_post_author_box, b_author_name_spans, b_address_rel,
               b_by_dash_photo, b_capitals, b_with_date, b_initial_and_institute, b_posted_by],
    "date": [d_stamp_with_time, d_long_with_time, d_updated_beside_microdata, d_time_short_text, d_slashed_iso,
             d_two_times],
    "title": [t_pipe_prefix, t_endash_no_h1, t_og_and_title_dash, t_site_prefix_endash, t_guillemet_suffix,
              t_logo_h1],
    "furniture": [("advert", 0, "mid"), ("listen", 0, "byline"), ("linklist", 0, "mid"), ("cc", 0, "end"),
                  ("caption", 0, "mid"), ("named_comments", 0, "after")],
}

# ---------------------------------------------------------------- kinds only the test half showed (issue 24)
# Development forms of them, in the development languages and in other wordings than the test forms'. Each
# is measured in cells of its own after the others (LATER_CELLS), so the cells above stay as they were.
LATER_DATE_WORDS = {  # (published, updated): other wordings than WORDS'
    "en": ("First published", "Last updated"), "de": ("Erschienen am", "Zuletzt aktualisiert am"),
    "tr": ("Yayın tarihi", "Son güncelleme"), "fr": ("Paru le", "Modifié le"), "es": ("Publicado", "Modificado"),
    "ru": ("Дата публикации", "Изменено"),
}


def d_update_dot_publish_long(p):
    pub, upd = LATER_DATE_WORDS[p.lang]
    _shown(p, (f'<div class="article-dates"><span class="upd">{upd} {long_date(p.lang, p.updated)}</span> · '
               f'<span class="pub">{pub} {long_date(p.lang, p.published)}</span></div>'))


def d_publish_dot_update_long(p):
    pub, upd = LATER_DATE_WORDS[p.lang]
    _shown(p, f'<p class="entry-meta">{pub} {weekday_date(p.lang, p.published)} · {upd} '
              f'{weekday_date(p.lang, p.updated)}</p>')


def d_update_bar_publish_spans(p):
    pub, upd = LATER_DATE_WORDS[p.lang]
    _shown(p, (f'<div class="stamps"><span>{upd}: {short_date(p.lang, p.updated)}</span> | '
               f'<span>{pub}: {short_date(p.lang, p.published)}</span></div>'))


def d_two_dates_over_heading(p):  # the update and the publication on a line over the headline
    pub, upd = LATER_DATE_WORDS[p.lang]
    p.heading = (f'<div class="post-stamps"><time>{upd} {numeric_date(p.lang, p.updated)}</time> / '
                 f'<time>{pub} {numeric_date(p.lang, p.published)}</time></div>' + p.heading)
    p.visible_date = True


def d_labelled_other_word(p):
    _shown(p, f'<p class="pubdate">{LATER_DATE_WORDS[p.lang][0]}: {long_date(p.lang, p.published)}</p>')


def m_microdata_meta_name(p):
    p.article_attrs = ' itemscope itemtype="https://schema.org/BlogPosting"'
    p.article_extra += [f'<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
                        f'<meta itemprop="name" content="{_e(a)}"><link itemprop="url" href="/people/{_slug(a)}">'
                        f'</div>' for a in p.authors]
    p.meta_authors = p.authors


READING_TIME = {"en": "4 min read", "de": "Lesezeit: 4 Minuten", "tr": "4 dakikalık okuma", "fr": "Lecture : 4 min",
                "es": "Lectura: 4 min", "ru": "Время чтения: 4 минуты"}


def b_reading_time_only(p):  # no byline: the page's reading time where it would stand
    p.byline = f'<span class="reading-time">{READING_TIME[p.lang]}</span>'


def b_three_links_oxford(p):
    if len(p.authors) < 3:
        p.authors = p.authors + [n for n in p.rng_names if n not in p.authors][:3 - len(p.authors)]
    links = [f'<a class="author-link" href="/people/{_slug(a)}">{_e(a)}</a>' for a in p.authors]
    p.byline = f'<p class="authors">{p.words[0]} {links[0]}, {links[1]}, {p.words[5]} {links[2]}</p>'


def b_three_links_spans(p):
    if len(p.authors) < 3:
        p.authors = p.authors + [n for n in p.rng_names if n not in p.authors][:3 - len(p.authors)]
    links = [f'<span class="name"><a href="/people/{_slug(a)}">{_e(a)}</a></span>' for a in p.authors]
    p.byline = f'<div class="writers">{", ".join(links[:2])} {p.words[5]} {links[2]}</div>'


LATER_BOX = {  # a third person's note about the writer, with the language's "and"
    "en": "{n} reports on ports and railways for the desk and lives in Tbilisi.",
    "de": "{n} berichtet über Häfen und Eisenbahnen und lebt in Tiflis.",
    "tr": "{n} limanlar ve demiryolları hakkında yazıyor ve Tiflis'te yaşıyor.",
    "fr": "{n} couvre les ports et les chemins de fer et vit à Tbilissi.",
    "es": "{n} escribe sobre puertos y ferrocarriles y vive en Tiflis.",
    "ru": "{n} пишет о портах и железных дорогах и живёт в Тбилиси.",
}


def later_author_box(p):
    text = LATER_BOX[p.lang].format(n=p.authors[0] if p.authors else "Tahmina Rzayeva")
    p.furniture.append(text)
    return f'<aside class="about-the-author"><p>{_e(text)}</p></aside>'


LATER_BIO = {  # a note about the one writer in the third person, with the institution the byline does not give
    "en": ("{n} is a senior researcher at the Caspian Policy Institute, where she studies ports.",
           "Caspian Policy Institute"),
    "de": ("{n} ist Wissenschaftlerin an der Universität Tiflis und schreibt über Häfen.", "Universität Tiflis"),
    "tr": ("{n} is a visiting fellow at Ankara Transport Research Centre.", "Ankara Transport Research Centre"),
    "fr": ("{n} est chercheuse à l'Institut caucasien d'études portuaires.", "Institut caucasien d'études portuaires"),
    "es": ("{n} es investigadora en la Universidad de Tiflis.", "Universidad de Tiflis"),
    "ru": ("{n} is a research fellow at Tbilisi State University.", "Tbilisi State University"),
}


def later_bio(p):
    text = LATER_BIO[p.lang][0].format(n=p.authors[0])
    p.furniture.append(text)
    p.affiliations = {p.authors[0]: LATER_BIO[p.lang][1]}
    return f'<div class="author-bio"><img src="/a.png" alt=""><p>{_e(text)}</p></div>'


def b_one_linked_name(p):  # one writer, linked, with nothing after the name
    p.authors = p.authors[:1]
    p.byline = f'<p class="byline">{p.words[0]} <a rel="author" href="/people/{_slug(p.authors[0])}">' \
               f'{_e(p.authors[0])}</a></p>'


# (the axis of the form, the form, other axes set for it); in turn, one per later cell
LATER_DEV = [
    ("date", d_update_dot_publish_long, {"metadata": m_visible_only}),
    ("date", d_publish_dot_update_long, {"metadata": m_visible_only, "title": t_endash_no_h1}),
    ("date", d_update_bar_publish_spans, {"metadata": m_visible_only}),
    ("date", d_labelled_other_word, {"metadata": m_visible_only, "order": "one-line"}),
    ("date", d_update_dot_publish_long, {}),
    ("date", d_update_bar_publish_spans, {}),
    ("metadata", m_microdata_meta_name, {"byline": b_reading_time_only}),
    ("byline", b_three_links_oxford, {}),
    ("byline", b_three_links_spans, {}),
    ("furniture", ("later_box", 0, "end"), {"byline": b_reading_time_only}),
    ("furniture", ("later_box", 0, "after"), {"byline": b_reading_time_only, "metadata": m_visible_only}),
    ("furniture", ("later_box", 0, "end"), {"byline": b_reading_time_only, "metadata": m_microdata_meta_name}),
    ("furniture", ("later_bio", 0, "end"), {"byline": b_one_linked_name, "metadata": m_visible_only}),
    ("furniture", ("later_bio", 0, "after"), {"byline": b_one_linked_name}),
    ("date", d_two_dates_over_heading, {"metadata": m_visible_only}),
]
LATER_CELLS = 0 if ORIGINAL_DEV else 90

AXES = {"lang": LANGS, "metadata": METADATA, "byline": BYLINES, "date": DATES, "title": TITLES_FORMS,
        "furniture": FURNITURE, "order": ORDERS, "body": [0, 1], "site": [0, 1], "headline": [0, 1, 2, 3]}


def _cell_forms(half: str, i: int) -> dict:
    """The forms of cell i of a half: dev cells draw every axis from its dev half; test cells draw each
    axis from either half, at least one of them (in turn) from the test half."""
    rng = random.Random(f"{half}-{i}")
    forms = {}
    forced = list(AXES)[i % len(AXES)]
    for k, (axis, all_forms) in enumerate(AXES.items()):
        dev, test = halves(all_forms)
        if half == "dev" and not ORIGINAL_DEV:  # (test cells draw from the dev half as first measured)
            dev = dev + ADDED_DEV.get(axis, [])
        use_test = half == "test" and (axis == forced or rng.random() < 0.5)
        pool = test if use_test else dev
        if axis == "furniture":
            forms[axis] = rng.sample(pool, 3)
        else:
            forms[axis] = rng.choice(pool)
    if half == "dev" and i >= DEV_CELLS:  # a later cell: one of LATER_DEV's forms, and what it is set with
        axis, form, others = LATER_DEV[(i - DEV_CELLS) % len(LATER_DEV)]
        forms.update(others)
        if axis == "furniture":
            forms[axis] = [form] + [f for f in forms[axis] if f[0] != "authorbox"][:2]
        else:
            forms[axis] = form
    return forms


def cell(half: str, i: int) -> dict:
    """One cell: its page's markup and what the reader should make of it."""
    f = _cell_forms(half, i)
    rng = random.Random(f"{half}-{i}-content")
    lang = f["lang"]
    dev_names, test_names = halves(NAMES[lang])
    names = dev_names if half == "dev" else test_names
    authors = rng.sample(names, rng.choice([1, 1, 2]))
    published = dt.datetime(rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28),
                            rng.randint(7, 21), rng.choice([0, 5, 20, 45]))
    updated = published + dt.timedelta(days=rng.randint(1, 9), hours=rng.randint(1, 5))
    p = Page(lang, SITES[lang][f["site"]], TITLES[lang][f["headline"]], authors, published, updated,
             BODIES[lang][f["body"]], rng)
    p.rng_names = names
    f["title"](p)
    f["byline"](p)  # (it may name fewer or more writers: the head then names the same)
    f["metadata"](p)
    if f["byline"] in (b_none, b_reading_time_only):  # the writers are those the head names, if any
        p.authors = list(p.meta_authors or [])
    f["date"](p)
    for kind, variant, where in f["furniture"]:
        extra = kind in ("advert", "listen", "linklist", "cc", "caption", "named_comments")
        p.blocks[where].append(later_author_box(p) if kind == "later_box" else later_bio(p) if kind == "later_bio"
                               else _extra_furniture(p, kind) if extra else _furniture_html(p, kind, variant))
    markup = compose(p, f["order"])
    date = p.published.strftime("%Y-%m-%d") if (p.meta_date or p.visible_date) else None
    if f["date"] is d_time_relative and not p.meta_date:
        date = p.published.strftime("%Y-%m-%d")
    return {"id": f"{half}{i:03d}", "markup": markup, "title": p.title, "date": date, "authors": p.authors,
            "affiliations": getattr(p, "affiliations", {}),
            "paragraphs": list(p.body), "furniture": p.furniture,
            "forms": {k: (v.__name__ if callable(v) else v) for k, v in f.items()}}


def cells(half: str) -> list[dict]:
    return [cell(half, i) for i in range(DEV_CELLS + LATER_CELLS if half == "dev" else TEST_CELLS)]


# ---------------------------------------------------------------- measuring
def _flat(text: str) -> str:
    return " ".join(text.split())


def _path(c: dict) -> Path:
    key = hashlib.sha256(c["markup"].encode()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / "azmap-sweep-html" / f"{key}.html"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{key}.{os.getpid()}.tmp")
        tmp.write_text(c["markup"], encoding="utf-8")
        os.replace(tmp, target)
    return target


def outcome(c: dict) -> dict:
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment

    reading = read(_path(c))
    meta = reading.meta
    passages = segment(reading.text, markdown=True, site=meta.publisher)
    body = [_flat(x.text) for x in passages if x.kind == "body" and x.end > meta.body_start
            and (meta.body_end is None or x.start < meta.body_end)]
    names = [a["name"] for a in meta.authors]
    affiliated = all(a.get("affiliation") == c["affiliations"][a["name"]] for a in meta.authors
                     if a["name"] in c.get("affiliations", {}))
    return {
        "title": meta.title == c["title"], "date": meta.date == c["date"],
        "authors": names == c["authors"] and affiliated,
        "paragraphs": sum(_flat(x) in body for x in c["paragraphs"]),
        "furniture": [j for j in c["furniture"] if any(_flat(j) in b for b in body)],
        "got": {"title": meta.title, "date": meta.date, "authors": names,
                "affiliations": {a["name"]: a.get("affiliation") for a in meta.authors if a.get("affiliation")}},
    }


def figures(half: str, verbose: bool = False) -> dict:
    cs = cells(half)
    rs = [outcome(c) for c in cs]
    out = {"cells": len(cs), "titles": sum(r["title"] for r in rs), "dates": sum(r["date"] for r in rs),
           "authors": sum(r["authors"] for r in rs),
           "paragraphs": f"{sum(r['paragraphs'] for r in rs)}/{sum(len(c['paragraphs']) for c in cs)}",
           "furniture in body": sum(len(r["furniture"]) for r in rs)}
    if verbose:
        out["misses"] = {c["id"]: {"forms": c["forms"], "want": {k: c[k] for k in ("title", "date", "authors")},
                                   "got": r["got"], "furniture": r["furniture"],
                                   "paragraphs": f"{r['paragraphs']}/{len(c['paragraphs'])}"}
                         for c, r in zip(cs, rs)
                         if not (r["title"] and r["date"] and r["authors"]) or r["furniture"]
                         or r["paragraphs"] != len(c["paragraphs"])}
    return out


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose="-v" in sys.argv), indent=1,
                     ensure_ascii=False))
