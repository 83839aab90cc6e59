"""A sweep of page furniture against body text (issue #24): documents composed from axes of forms,
read as ingest reads a user's plain-text or markdown file, every combination measured.

Axes:
- furniture kinds (calls to action, notices about the page, licence and credit lines, photo credits,
  hatnotes, "see also" and related lists, tags, breadcrumbs, reading time and counters, running heads
  and folios, contents lists, copyright lines, contact blocks, disclaimers), each with many forms in
  English, French, German, Russian, Turkish and Azerbaijani;
- positions: before the first paragraph, between paragraphs, after the last one, several in a row
  (a running head comes back between every two paragraphs; a contents list stands over the sections
  it lists; a hatnote stands over the text);
- body paragraphs in every form a text has (news prose, lower-case casual prose, emoji and hashtags
  inside prose, one-line paragraphs, dialogue lines, quotations, lists whose items are content), and
  body look-alikes: sentences that speak of sharing, following, licences, updates, comments or views
  as news;
- formats: plain text and markdown.

Every axis's forms are split in two before any is read: forms at even places are the development
half, at odd places the test half. A development cell uses development forms only; a test cell,
test forms only. ``python tests/sweep_furniture.py [dev|test]`` prints a half's figures.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

LANGS = ("en", "fr", "de", "ru", "tr", "az")

TITLES = {
    "en": "Ferries, trucks and the long road west",
    "fr": "Le port d'Alat change d'échelle",
    "de": "Der lange Weg nach Westen",
    "ru": "Паромы, фуры и долгая дорога на запад",
    "tr": "Hazar'ı geçen yol",
    "az": "Qərbə uzanan uzun yol",
}
DATE_LINES = {"en": "12 March 2024", "fr": "12 mars 2024", "de": "12. März 2024", "ru": "12 марта 2024",
              "tr": "12 Mart 2024", "az": "12 mart 2024"}

# Body paragraphs. A string is one paragraph; a list is lines each a passage of its own (dialogue
# lines, the items of a list: "- " items are expected without their marker).
BODY = {
    "en": [
        "The port at Alat handled more cargo in the first half of the year than in any full year before "
        "2020, the port authority said on Tuesday.",
        "we got to the ferry gate at three and nobody knew when the boat would leave, so we sat on our bags "
        "and ate bread with cheese.",
        "Rail freight between Baku and Tbilisi has grown slowly since the line was rebuilt, and most containers "
        "still travel by road to the Georgian coast.",
        "The road to Khinalug is finally paved 🎉 but the last ten kilometres still made me hold my breath.",
        "Officials in Ganja said the new bypass would take lorries out of the city centre by the end of next year.",
        "honestly the best part of the trip was the tea house in sheki where the old man kept refilling our "
        "glasses without asking.",
        "Everyone online calls it #MiddleCorridor now, but the drivers at the border just call it the long road.",
        "Breakfast in Quba was eggs, tomatoes and a mountain of herbs 🌿🍅 and it cost less than the bus.",
        "Nobody came.",
        "I posted the sunset from the boulevard with #Baku and three strangers wrote to ask which bench I was on.",
        ["— Where does the ferry go?", "— Kuryk, if the sea allows.", "— And if it doesn't?", "— Then nowhere."],
        "The bus left at six.",
        "“We will finish the second track by 2027,” the deputy minister told reporters in Baku, “and the "
        "timetable does not depend on anyone else.”",
        ["\"Is the pass open?\" I asked.", "\"Since Monday,\" the driver said."],
        ["- Baku to Ganja: four hours by train", "- Ganja to Sheki: two hours by bus",
         "- Sheki to Zaqatala: ninety minutes by shared taxi"],
        "“The caravanserai was built to be walked through, not looked at,” our guide said.",
        "The consortium plans to add two berths and a grain terminal, though financing for the second phase "
        "has not been agreed.",
        ["1. Book the ferry by phone, not online.", "2. Bring your own food for two days.",
         "3. Keep your passport at hand at the gate."],
        "Water levels in the Caspian have fallen by more than a metre in two decades, and the shallow northern "
        "shelf has moved the most.",
        "Then it rained for three days.",
        "Fishermen in Lankaran say the sturgeon season has been shorter every year since they started keeping "
        "records.",
        "We waited.",
        "the hostel owner drew us a map on a napkin 🗺️ and it was better than any app we had.",
        "Trucks queue for up to three days at the Georgian border in the harvest season, drivers say.",
    ],
    "fr": [
        "Le port d'Alat a traité plus de marchandises au premier semestre que pendant toute l'année 2019, "
        "selon l'autorité portuaire.",
        "on est arrivés à Sheki à la nuit tombée et la maison d'hôtes avait gardé la soupe au chaud 🍲",
        "Les camions attendent parfois trois jours à la frontière géorgienne avant de pouvoir passer.",
        "« Nous finirons la deuxième voie en 2027 », a déclaré le vice-ministre.",
        "La nouvelle ligne ferroviaire doit relier Bakou à Kars en moins de vingt heures.",
        "Les pêcheurs de Lankaran disent que la saison de l'esturgeon raccourcit chaque année.",
        "Le consortium prévoit deux nouveaux quais et un terminal céréalier.",
        "Personne n'est venu.",
    ],
    "de": [
        "Der Hafen von Alat hat im ersten Halbjahr mehr Fracht umgeschlagen als im gesamten Jahr 2019, "
        "teilte die Hafenbehörde mit.",
        "wir kamen erst nach Mitternacht in Scheki an, aber die Wirtin hatte noch Tee für uns 🫖",
        "Lastwagen warten an der georgischen Grenze oft drei Tage, bevor sie abgefertigt werden.",
        "„Wir werden das zweite Gleis bis 2027 fertigstellen“, sagte der Vizeminister.",
        "Die neue Bahnstrecke soll Baku und Kars in weniger als zwanzig Stunden verbinden.",
        "Die Fischer in Lənkəran sagen, dass die Störsaison jedes Jahr kürzer wird.",
        "Das Konsortium plant zwei neue Liegeplätze und ein Getreideterminal.",
        "Niemand kam.",
    ],
    "ru": [
        "Порт Алят за первое полугодие обработал больше грузов, чем за весь 2019 год, сообщили в "
        "администрации порта.",
        "до Шеки мы добрались только к ночи, но хозяйка оставила нам горячий суп 🍲",
        "Грузовики на грузинской границе иногда стоят по три дня, прежде чем их пропустят.",
        "«Мы закончим второй путь к 2027 году», — сказал заместитель министра.",
        "Новая железная дорога должна связать Баку и Карс менее чем за двадцать часов.",
        "Рыбаки в Ленкорани говорят, что сезон осетра с каждым годом становится короче.",
        "Консорциум планирует построить два новых причала и зерновой терминал.",
        "Никто не пришёл.",
    ],
    "tr": [
        "Alat Limanı yılın ilk yarısında 2019 yılının tamamından daha fazla yük elleçledi, liman idaresi "
        "açıkladı.",
        "Şeki'ye gece vardık ama pansiyonun sahibi bize sıcak çorba ayırmıştı 🍲",
        "Tırlar Gürcistan sınırında bazen üç gün bekliyor.",
        "“İkinci hattı 2027'ye kadar bitireceğiz” dedi bakan yardımcısı.",
        "Yeni demiryolu hattının Bakü ile Kars'ı yirmi saatten kısa sürede bağlaması bekleniyor.",
        "Lenkeran'daki balıkçılar mersin balığı sezonunun her yıl kısaldığını söylüyor.",
        "Konsorsiyum iki yeni rıhtım ve bir tahıl terminali inşa etmeyi planlıyor.",
        "Kimse gelmedi.",
    ],
    "az": [
        "Ələt limanı ilin birinci yarısında 2019-cu ilin bütövündən çox yük qəbul edib, liman idarəsi bildirib.",
        "Şəkiyə gecə çatdıq, amma ev sahibi bizə isti şorba saxlamışdı 🍲",
        "Yük maşınları Gürcüstan sərhədində bəzən üç gün gözləyir.",
        "“İkinci xətti 2027-ci ilə qədər bitirəcəyik”, deyə nazir müavini bildirib.",
        "Yeni dəmir yolu xəttinin Bakı ilə Qarsı iyirmi saatdan az müddətdə birləşdirəcəyi gözlənilir.",
        "Lənkəran balıqçıları nərə mövsümünün hər il qısaldığını deyirlər.",
        "Konsorsium iki yeni körpü və taxıl terminalı tikməyi planlaşdırır.",
        "Heç kim gəlmədi.",
    ],
}

# body paragraphs written while tuning: development cells only
BODY_ADDED = {
    "en": [
        "lol the border guard asked if we were journalists and my friend said no, we are just lost 🙃",
        ["Ali: We leave at six.", "Me: Six in the morning?", "Ali: There is no other six."],
        "Read the signs at the crossing carefully: the lanes for trucks and cars split two kilometres before the gate.",
        "Follow the coast road south from Lankaran and the tea fields start after Astara.",
        ["- the night train to Ganja", "- the morning bus to Sheki", "- a shared taxi to Qakh"],
    ],
    "fr": [
        ["— Où va le ferry ?", "— À Kuryk, si la mer le veut."],
        "franchement le meilleur moment du voyage, c'était le thé à Sheki #Caucase",
    ],
    "de": [
        ["„Ist der Pass offen?“, fragte ich.", "„Seit Montag“, sagte der Fahrer."],
        "ehrlich gesagt war der Teegarten in Scheki das Beste an der ganzen Reise #Kaukasus",
    ],
    "ru": [
        ["— Куда идёт паром?", "— В Курык, если море позволит.", "— А если не позволит?", "— Тогда никуда."],
        "честно, лучшее в поездке — чайхана в Шеки, где старик всё подливал нам чай #Кавказ",
    ],
    "tr": [
        ["— Feribot nereye gidiyor?", "— Deniz izin verirse Kuryk'a."],
        "yolculuğun en güzel anı Şeki'deki çay bahçesiydi, dürüst olmak gerekirse ☕",
    ],
    "az": [
        ["— Bərə hara gedir?", "— Dəniz icazə versə, Kuruka."],
        "düzü, səfərin ən yaxşı anı Şəkidəki çayxana idi ☕ #Şəki",
    ],
}

# body paragraphs that speak of what furniture speaks of, as news: they must stay, word for word
LOOKALIKES = [
    ("en", "The ministry said it would share the data with its European partners by June."),
    ("en", "Licences for the field were updated in 2019, when the consortium extended its stake."),
    ("en", "Villagers follow the river road to the market every Saturday, as their parents did."),
    ("en", "More than 40,000 households subscribe to the new gas network, according to the operator."),
    ("en", "The article of the agreement on transit fees was corrected twice before it was signed."),
    ("en", "Copyright disputes over the Soviet-era film archive have reached the Constitutional Court."),
    ("en", "Comments by the deputy minister on Tuesday suggested the tariff would stay the same."),
    ("en", "Views from the ridge above Khinalug take in three countries on a clear day."),
    ("en", "Share prices of the port operator rose 4 percent after the announcement."),
    ("en", "Readers of the regional paper donated 12,000 manat to rebuild the school in Ismayilli."),
    ("en", "“Follow the money,” the auditor told the committee, “and you will find the missing trucks.”"),
    ("en", "The contract is licensed under Azerbaijani law, and any dispute goes to arbitration in Baku."),
    ("en", "Tags on the crates showed that they had been loaded in Aktau two weeks earlier."),
    ("en", "see you at the ferry gate, she wrote, and then her phone died."),
    ("en", "The page was archived by the national library in 2011, with the rest of the newspaper's run."),
    ("en", "Updated figures from the statistics committee show exports of fruit up by a fifth."),
    ("en", "Subscribers in Ganja complained that the service had been down for three days."),
    ("en", "Reading time at the village library is on Thursday afternoons, and the children come in dozens."),
    ("en", "The photo shows the old terminal before the fire of 1998."),
    ("en", "Contact between the two delegations resumed in March after a pause of eight months."),
    ("en", "Home to about 4,000 people, the village sits at 2,300 metres."),
    ("en", "All rights to the water of the river are held by the state, the court ruled."),
    ("en", "Follow-up talks are set for May."),
    ("en", "The views expressed at the hearing were sharply divided, the chairman admitted."),
    ("en", "Subscribe, the mayor told the farmers, and the water will come on time."),
    ("en", "The translation of the treaty was corrected in 2021 after Georgian lawyers found two errors."),
    ("en", "Related projects in Kazakhstan have stalled for lack of funds."),
    ("en", "The first 5 minutes of the film show the old harbour from a boat."),
    ("fr", "Le ministère a indiqué qu'il partagerait les données avec ses partenaires européens d'ici juin."),
    ("fr", "Les commentaires du vice-ministre ont surpris les exportateurs de fruits."),
    ("de", "Die Lizenzen für das Feld wurden 2019 aktualisiert, als das Konsortium seinen Anteil erhöhte."),
    ("de", "Die Dorfbewohner folgen jeden Samstag der Straße am Fluss bis zum Markt."),
    ("ru", "Министерство заявило, что поделится данными с европейскими партнёрами до июня."),
    ("ru", "Подписчики сети в Гяндже жаловались на перебои три дня подряд."),
    ("tr", "Bakanlık, verileri haziran ayına kadar Avrupalı ortaklarıyla paylaşacağını açıkladı."),
    ("tr", "Köylüler her cumartesi nehir yolunu takip ederek pazara gidiyor."),
    ("az", "Nazirlik məlumatları iyun ayına qədər Avropa tərəfdaşları ilə paylaşacağını bildirib."),
    ("az", "Kənd sakinləri hər şənbə çay yolu ilə bazara gedirlər."),
]

# look-alikes written while tuning: development cells only
LOOKALIKES_ADDED = [
    ("en", "Contact the ministry's hotline at +994 12 555 00 00 if your crossing is refused."),
    ("en", "Email the guesthouse at info@sheki-guesthouse.example to book; they answer within a day."),
    ("en", "The report was first published in 2019 and revised twice since."),
    ("en", "Credit Suisse lent the consortium 200 million dollars in 2014."),
    ("en", "Baku → Ganja → Sheki → Zaqatala"),
    ("en", "The ministry's letter does not constitute legal advice, the lawyer warned."),
    ("en", "Subscribers only received the warning on Friday, two days after the flood."),
    ("en", "All rights reserved under the 1998 contract pass to the state in 2028."),
    ("en", "Photos of the old harbour hang in the museum's first hall."),
    ("en", "Translated into six languages, the novel sold well in Turkey."),
    ("en", "Opinions differ on whether the second track is needed at all."),
    ("de", "Der Bericht erschien zuerst 2019 und wurde zweimal überarbeitet."),
    ("ru", "Фото с места аварии опубликовало министерство."),
    ("de", "Kontakt zu den Behörden hatten die Fischer seit Wochen nicht mehr."),
    ("az", "Əlaqə saxlamaq üçün kənd sakinləri poçt şöbəsinə gedirlər."),
    ("en", "Copyright lawyers in Baku say the new code leaves musicians unprotected."),
    ("en", "Reporting from the border was banned for most of 2020."),
    ("en", "Editing the old maps took the archive three years."),
    ("en", "Read more slowly, the teacher said, and the old letters make sense."),
    ("en", "Related by marriage to the governor, the contractor won every tender in the district."),
    ("en", "5 minutes later the ferry sounded its horn and the gate opened."),
    ("fr", "Lire aussi les cartes anciennes demande de la patience, dit l'archiviste."),
    ("ru", "Фото и видео с места событий публикуют местные жители."),
    ("tr", "Bu haber ajanslara öğleden sonra ulaştı."),
    ("az", "Bu məqalə dövlət qəzetində 1998-ci ildə dərc olunmuşdu."),
    ("de", "Dieser Artikel des Vertrags wurde 2019 geändert."),
]

# Furniture forms: (language, text); a text with "\n" is a block of several lines; "{n}" a page number.
FURNITURE = {
    "call": [
        ("en", "Share this article"),
        ("fr", "Partager cet article"),
        ("en", "Follow us on Telegram and Instagram for daily updates."),
        ("de", "Folgen Sie uns auf Instagram"),
        ("en", "Subscribe to our newsletter to get the week's stories every Friday."),
        ("ru", "Подписывайтесь на наш канал в Telegram"),
        ("en", "Leave a comment below and tell us what you think."),
        ("tr", "Bizi Instagram'da takip edin"),
        ("en", "Donate to keep our reporting free for everyone."),
        ("az", "Bizi Telegram-da izləyin"),
        ("en", "Support independent journalism in the Caucasus — become a member today."),
        ("fr", "Abonnez-vous à notre lettre d'information"),
        ("en", "Like this post? Share it with a friend!"),
        ("de", "Jetzt Newsletter abonnieren"),
        ("en", "Share on Facebook | Share on X | Email"),
        ("ru", "Поделиться"),
        ("en", "If you enjoyed this story, please consider supporting us on Patreon."),
        ("tr", "Bültenimize abone olun"),
        ("en", "Don't forget to like and subscribe! 🙏"),
        ("az", "Kanalımıza abunə olun"),
        ("en", "Enjoyed the read? Buy me a coffee ☕"),
        ("fr", "Soutenez notre rédaction : faites un don"),
        ("en", "Join the conversation"),
        ("de", "Unterstützen Sie unabhängigen Journalismus mit einer Spende."),
        ("ru", "Поддержите редакцию"),
        ("tr", "Bu haberi paylaş"),
        ("az", "Paylaş"),
        ("fr", "Laissez un commentaire"),
        ("de", "Artikel teilen"),
        ("ru", "Оставьте комментарий"),
        ("az", "Xəbəri dostlarınızla paylaşın"),
        ("tr", "Yorum yap"),
        ("en", "Sign up for our weekly briefing"),
        ("az", "Şərh yazın"),
    ],
    "notice": [
        ("en", "Updated: 14 March 2024, 10:42"),
        ("fr", "Mis à jour le 12 mars 2024 à 09h15"),
        ("en", "This article was updated on 3 May 2023 to correct the name of the deputy minister."),
        ("de", "Aktualisiert am 4. Juni 2024, 18:20 Uhr"),
        ("en", "Correction: An earlier version of this story misstated the length of the pipeline."),
        ("ru", "Обновлено 12 марта 2024, 14:05"),
        ("en", "This article is more than 4 years old"),
        ("tr", "Güncellendi: 12 Mart 2024 14:05"),
        ("en", "Archived page. This content is no longer maintained."),
        ("az", "Yenilənib: 12 mart 2024, 14:05"),
        ("en", "This article has been machine-translated from Russian."),
        ("fr", "Cet article a été traduit automatiquement."),
        ("en", "This text was translated automatically and may contain errors."),
        ("de", "Dieser Artikel wurde maschinell übersetzt."),
        ("en", "Subscribe to continue reading. Already a subscriber? Log in"),
        ("ru", "Эта статья была переведена автоматически."),
        ("en", "You have 2 free articles left this month."),
        ("tr", "Bu haber makine çevirisiyle hazırlanmıştır."),
        ("en", "This story is for subscribers only."),
        ("az", "Bu məqalə avtomatik tərcümə olunub."),
        ("fr", "Article réservé aux abonnés"),
        ("de", "Dieser Beitrag ist älter als drei Jahre."),
        ("ru", "Материал доступен только подписчикам"),
        ("tr", "Bu içerik abonelere özeldir."),
        ("fr", "Rectificatif : une version précédente de cet article indiquait une date erronée."),
        ("de", "Korrektur: In einer früheren Fassung dieses Artikels stand ein falsches Datum."),
        ("ru", "Исправление: в первоначальной версии статьи была неверно указана дата."),
        ("tr", "Düzeltme: Haberin önceki sürümünde tarih yanlış verilmişti."),
        ("az", "Düzəliş: Məqalənin əvvəlki versiyasında tarix səhv göstərilmişdi."),
        ("en", "Last modified on Tue 5 Mar 2024 09.12 GMT"),
        ("de", "Weiterlesen mit Abo"),
        ("en", "Editor's note: this piece was first published in 2019 and has not been updated since."),
    ],
    "licence": [
        ("en", "Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional "
               "terms may apply."),
        ("fr", "Contenu sous licence CC BY-SA 4.0"),
        ("en", "This article is licensed under CC BY 4.0."),
        ("de", "Dieser Text erschien zuerst im Kaukasus-Blog."),
        ("en", "Republished from The Caspian Note under a Creative Commons licence. Read the original article."),
        ("ru", "Материал опубликован на условиях лицензии CC BY 4.0"),
        ("en", "Originally published by Kura Review. Reprinted with permission."),
        ("tr", "Bu yazı ilk olarak Kafkas Gündemi'nde yayımlanmıştır."),
        ("en", "This story first appeared on Eurasia Desk."),
        ("az", "Məqalə Kaspi Xəbər saytından götürülüb."),
        ("en", "Reporting by Nigar Huseynova; editing by Tom Hale"),
        ("fr", "Cet article a d'abord été publié par Le Courrier du Caucase."),
        ("en", "With additional reporting from Reuters and AFP."),
        ("de", "Lizenz: CC BY-NC-ND 4.0"),
        ("ru", "Перепечатка с разрешения редакции."),
        ("tr", "Lisans: CC BY-SA 4.0"),
        ("az", "Mənbə: Kaspi Xəbər"),
        ("en", "Source: Wikimedia Commons, licensed under CC BY-SA 3.0"),
        ("fr", "Source : Le Courrier du Caucase"),
        ("de", "Quelle: Kaukasus-Blog"),
        ("ru", "Источник: «Кавказский узел»"),
        ("tr", "Kaynak: Anadolu Ajansı"),
        ("en", "Translated from the Russian by Anna Fields."),
        ("ru", "Перевод с английского — Анна Полякова."),
    ],
    "photo": [
        ("en", "Photo: Leyla Mammadova / Caspian Wire"),
        ("fr", "Crédit photo : Anne Morel / AFP"),
        ("en", "Photo by Rustam Karimov on Unsplash"),
        ("de", "Foto: dpa / Bernd Keller"),
        ("en", "Image: courtesy of the Port of Baku"),
        ("ru", "Фото: Иван Смирнов / ТАСС"),
        ("en", "(Photo: Press office of the Ministry of Energy)"),
        ("tr", "Fotoğraf: Anadolu Ajansı"),
        ("en", "Photograph: Aysel Quliyeva for The Caspian Note"),
        ("az", "Şəkil: Report.az"),
        ("en", "Cover image: the ferry terminal at Alat. Credit: Port of Baku"),
        ("fr", "Photo : DR"),
        ("de", "Bild: Imago"),
        ("ru", "Фото: пресс-служба министерства"),
        ("tr", "Foto: AA"),
        ("az", "Foto: APA"),
        ("en", "📷 Orkhan Aliyev"),
        ("de", "Foto: Hafenbehörde Baku"),
    ],
    "hatnote": [
        ("en", "This article is about the port of Alat. For the settlement, see Alat (village)."),
        ("fr", "Cet article concerne le port. Pour la ville, voir Alat."),
        ("en", "For the river in Georgia, see Alazani."),
        ("de", "Dieser Artikel behandelt den Hafen. Zur Siedlung siehe Alat (Dorf)."),
        ("en", "Not to be confused with Sumqayit Technology Park."),
        ("ru", "Эта статья — о порте. О посёлке см. Алят (посёлок)."),
        ("en", "\"Kura\" redirects here. For other uses, see Kura (disambiguation)."),
        ("tr", "Bu madde liman hakkındadır. Köy için Alat (köy) sayfasına bakınız."),
        ("en", "Main article: Baku–Tbilisi–Ceyhan pipeline"),
        ("az", "Bu məqalə liman haqqındadır. Qəsəbə üçün bax: Ələt (qəsəbə)."),
        ("en", "Further information: Transport in Azerbaijan"),
        ("fr", "Pour les articles homonymes, voir Gəncə (homonymie)."),
        ("de", "Nicht zu verwechseln mit Sumgait."),
        ("ru", "Не следует путать с Сумгаитом."),
        ("en", "For other uses, see Ganja (disambiguation)."),
        ("tr", "Diğer anlamları için Gence (anlam ayrımı) sayfasına bakınız."),
    ],
    "related": [
        ("en", "See also: Port of Baku · Middle Corridor · Caspian Sea"),
        ("fr", "Voir aussi : Port de Bakou | Corridor médian | Mer Caspienne"),
        ("en", "See also\n- Port of Baku\n- Middle Corridor\n- Caspian shipping"),
        ("de", "Siehe auch: Hafen Baku · Mittlerer Korridor · Kaspisches Meer"),
        ("en", "Related: Ferry prices rise again | Kazakhstan expands Kuryk"),
        ("ru", "См. также: Бакинский порт · Средний коридор · Каспийское море"),
        ("en", "Read more: Why the ferry to Turkmenbashi takes two days"),
        ("tr", "Ayrıca bakınız: Bakü Limanı · Orta Koridor · Hazar Denizi"),
        ("en", "Read also: The long wait at the Georgian border"),
        ("az", "Həmçinin bax: Bakı limanı · Orta Dəhliz · Xəzər dənizi"),
        ("en", "Related stories\n- Ferry prices rise again\n- A night at the Kuryk terminal"),
        ("fr", "Lire aussi : Le port d'Alat double sa capacité"),
        ("de", "Lesen Sie auch: Wie der Hafen von Alat wächst"),
        ("ru", "Читайте также: Порт Алят удвоил мощность"),
        ("tr", "İlgili haberler: Alat Limanı kapasitesini artırdı"),
        ("az", "Oxşar xəbərlər: Ələt limanı genişlənir"),
        ("en", "More on this story: Caspian ferries | Border queues | Rail freight"),
        ("de", "Mehr zum Thema\n- Der Hafen von Alat\n- Grenzstau in Georgien"),
        ("ru", "Читайте также\n- Порт Алят удвоил мощность\n- Очереди на грузинской границе"),
        ("fr", "À lire aussi\n- Le port d'Alat double sa capacité\n- Files d'attente à la frontière"),
    ],
    "tags": [
        ("en", "Tags: Baku, ports, Caspian Sea, logistics"),
        ("fr", "Mots-clés : Azerbaïdjan, Caspienne, transport"),
        ("en", "#Azerbaijan #Caspian #travel #ferry"),
        ("de", "Schlagwörter: Aserbaidschan, Kaspisches Meer, Häfen"),
        ("en", "Filed under: Energy, South Caucasus"),
        ("ru", "Теги: Азербайджан, Каспий, транспорт"),
        ("en", "Topics: Transport | Energy | Azerbaijan"),
        ("tr", "Etiketler: Azerbaycan, Hazar, ulaştırma"),
        ("en", "Tagged: ferries, border crossings"),
        ("az", "Teqlər: Xəzər, liman, nəqliyyat"),
        ("en", "Categories: Travel, Caucasus"),
        ("az", "#bakı #xəzər #səyahət"),
        ("de", "Themen: Verkehr, Kaukasus"),
        ("ru", "#Баку #Каспий #паром"),
        ("fr", "Tags : Bakou, ports"),
        ("tr", "#Bakü #Hazar #feribot"),
    ],
    "breadcrumb": [
        ("en", "Home > News > South Caucasus > Azerbaijan"),
        ("fr", "Accueil › International › Caucase"),
        ("en", "Home / Analysis / Energy"),
        ("de", "Startseite > Politik > Ausland > Kaukasus"),
        ("en", "You are here: Home › Regions › Caspian"),
        ("ru", "Главная » Новости » Кавказ"),
        ("en", "News » World » Asia"),
        ("tr", "Ana Sayfa > Dünya > Kafkasya"),
        ("en", "Home → Travel → Azerbaijan → Sheki"),
        ("az", "Ana səhifə » Xəbərlər » Region"),
        ("fr", "Accueil / Économie / Énergie"),
        ("de", "Startseite / Wirtschaft / Energie"),
        ("ru", "Главная / Экономика / Энергетика"),
        ("tr", "Anasayfa / Ekonomi / Enerji"),
        ("az", "Əsas səhifə / İqtisadiyyat / Enerji"),
        ("en", "Blog > Trips > Caucasus 2024"),
    ],
    "counter": [
        ("en", "5 min read"),
        ("fr", "Lecture : 6 min"),
        ("en", "Reading time: 7 minutes"),
        ("de", "Lesezeit: 4 Minuten"),
        ("en", "1,204 views · 37 comments"),
        ("ru", "Время чтения: 5 минут"),
        ("en", "👁 2 314   💬 12   ❤ 87"),
        ("tr", "Okuma süresi: 3 dakika"),
        ("en", "312 likes"),
        ("az", "Oxunma müddəti: 4 dəqiqə"),
        ("en", "Comments (14)"),
        ("ru", "Просмотров: 1 532"),
        ("en", "3 minute read"),
        ("tr", "Okunma: 12.480"),
        ("az", "Baxış sayı: 3 215"),
        ("de", "45 Kommentare"),
        ("fr", "12 commentaires"),
        ("ru", "Комментарии: 8"),
        ("en", "2.3K shares"),
        ("az", "Oxunub: 1 024"),
    ],
    "running": [
        ("en", "Caspian Review | Spring 2025 | {n}"),
        ("fr", "Revue du Caucase · n° 14 · page {n}"),
        ("en", "{n} | Journal of South Caucasus Studies"),
        ("de", "Seite {n} von 9"),
        ("en", "Page {n} of 12"),
        ("ru", "Кавказский обзор · 2024 · с. {n}"),
        ("en", "— {n} —"),
        ("tr", "Kafkas Araştırmaları Dergisi | {n}"),
        ("en", "Working Paper No. 7 · page {n}"),
        ("az", "Xəzər Jurnalı · {n}"),
        ("ru", "Стр. {n}"),
        ("tr", "Sayfa {n}"),
        ("az", "Səhifə {n}"),
        ("fr", "Page {n} sur 9"),
        ("de", "Kaukasus-Analysen Nr. 12 | {n}"),
        ("en", "p. {n}"),
    ],
    "contents": [
        ("en", "Contents|Background|The port today|What comes next"),
        ("fr", "Sommaire|Contexte|Le port aujourd'hui|Perspectives"),
        ("en", "In this article|The crossing|The border|The way back"),
        ("de", "Inhalt|Hintergrund|Der Hafen heute|Ausblick"),
        ("en", "Table of contents|Why Alat|Money and berths|Risks"),
        ("ru", "Содержание|Предыстория|Порт сегодня|Что дальше"),
        ("tr", "İçindekiler|Arka plan|Liman bugün|Bundan sonra"),
        ("az", "Mündəricat|Tarixçə|Liman bu gün|Sonra nə olacaq"),
        ("en", "On this page|Getting there|Where to stay|What to eat"),
        ("fr", "Dans cet article|La traversée|La frontière|Le retour"),
        ("de", "Inhaltsverzeichnis|Die Überfahrt|Die Grenze|Der Rückweg"),
        ("ru", "Оглавление|Переправа|Граница|Обратный путь"),
    ],
    "copyright": [
        ("en", "© 2024 Caspian Wire. All rights reserved."),
        ("fr", "© Le Courrier du Caucase 2024 – Tous droits réservés"),
        ("en", "Copyright © 2023 Kura Review"),
        ("de", "© 2024 Kaukasus-Blog. Alle Rechte vorbehalten."),
        ("en", "(c) 2022 South Caucasus Monitor"),
        ("ru", "© 2024 «Кавказский узел». Все права защищены."),
        ("en", "All rights reserved. No part of this publication may be reproduced without permission."),
        ("tr", "© 2024 Kafkas Gündemi. Tüm hakları saklıdır."),
        ("en", "All rights reserved."),
        ("az", "Bütün hüquqlar qorunur. © 2024 Kaspi Xəbər"),
        ("fr", "Tous droits réservés"),
        ("ru", "При перепечатке ссылка на источник обязательна."),
        ("az", "Materiallardan istifadə zamanı istinad vacibdir."),
        ("de", "Alle Rechte vorbehalten."),
        ("tr", "Tüm hakları saklıdır."),
        ("ru", "Все права защищены."),
    ],
    "contact": [
        ("en", "Contact us: newsroom@caspianwire.example"),
        ("fr", "Contact presse : presse@courrier-caucase.example"),
        ("en", "Media enquiries\nLeyla Hasanova, Press Officer\n+994 12 555 01 23\npress@portofalat.example"),
        ("de", "Pressekontakt: Jana Weber, presse@kaukasus.example, +49 30 555 0199"),
        ("en", "For more information, contact the press office at +994 12 555 01 23."),
        ("ru", "Контакты для прессы: press@kavkaz.example, +7 495 555-01-23"),
        ("en", "Got a tip? Email us at tips@caspianwire.example"),
        ("tr", "İletişim: haber@kafkasgundemi.example"),
        ("en", "Press contact\nAnar Guliyev\nanar.guliyev@caspianports.example\nTel. +994 50 555 12 34"),
        ("az", "Əlaqə: info@kaspixeber.example, +994 12 555 44 55"),
        ("fr", "Pour toute question : redaction@courrier-caucase.example"),
        ("de", "Kontakt\nRedaktion Kaukasus-Blog\nredaktion@kaukasus.example"),
        ("ru", "Пишите нам: info@kavkaz.example"),
        ("tr", "Bize ulaşın: okur@kafkasgundemi.example"),
        ("az", "Bizə yazın: xeber@kaspixeber.example"),
        ("en", "Email: aysel@caspiantrails.example | Instagram: @caspiantrails"),
    ],
    "disclaimer": [
        ("en", "The views expressed in this article are the author's own and do not necessarily reflect those of "
               "the institute."),
        ("fr", "Les opinions exprimées dans cet article n'engagent que leur auteur."),
        ("en", "Opinions expressed are solely those of the author."),
        ("de", "Die in diesem Beitrag geäußerten Ansichten sind die des Autors."),
        ("en", "This article does not constitute investment advice."),
        ("ru", "Мнение автора может не совпадать с позицией редакции."),
        ("en", "Disclaimer: This post contains affiliate links."),
        ("tr", "Yazıda ifade edilen görüşler yazara aittir."),
        ("en", "The author writes in a personal capacity."),
        ("az", "Məqalədə əks olunan fikirlər müəllifə məxsusdur."),
        ("fr", "Les propos tenus n'engagent pas la rédaction."),
        ("de", "Der Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion."),
        ("ru", "Редакция может не разделять мнение автора."),
        ("tr", "Köşe yazılarındaki görüşler yazarlarına aittir, yayın kuruluşunu bağlamaz."),
        ("az", "Redaksiyanın mövqeyi müəllifin fikirləri ilə üst-üstə düşməyə bilər."),
        ("en", "Views are my own."),
    ],
}

# furniture forms written while tuning: development cells only
FURNITURE_ADDED = {
    "call": [
        ("fr", "Abonnez-vous à notre chaîne Telegram pour ne rien manquer."),
        ("de", "Abonnieren Sie unseren Kanal auf Telegram!"),
        ("de", "Unterstütze unseren Blog mit einer kleinen Spende."),
        ("ru", "Подпишитесь на нашу рассылку, чтобы получать новости первыми."),
        ("ru", "Поделитесь этой статьёй с друзьями"),
        ("tr", "Haberlerimizi kaçırmamak için bültenimize abone olun."),
        ("tr", "Bu yazıyı arkadaşlarınızla paylaşın"),
        ("az", "Xəbərlərimizi izləmək üçün Telegram kanalımıza qoşulun."),
        ("az", "Bizi sosial şəbəkələrdə izləyin"),
        ("en", "Want more stories like this? Subscribe to our newsletter."),
        ("en", "Tell us what you think in the comments 👇"),
        ("fr", "Partagez cet article avec vos amis"),
        ("de", "Unterstützen Sie unabhängigen Journalismus!"),
        ("ru", "Поддержите независимую журналистику"),
        ("tr", "Bağımsız gazeteciliği destekleyin"),
        ("de", "Teilen Sie diesen Artikel mit Ihren Freunden"),
    ],
    "notice": [
        ("fr", "Cet article a plus de cinq ans."),
        ("de", "Dieser Artikel wurde automatisch aus dem Englischen übersetzt."),
        ("ru", "Статья обновлена 3 мая 2024 года."),
        ("tr", "Bu haber 5 yıldan eskidir."),
        ("az", "Bu məqalə 3 il əvvəl dərc olunub."),
        ("en", "This page is no longer updated."),
        ("en", "Read the full story with a subscription."),
        ("fr", "Mise à jour : 5 juin 2024"),
        ("de", "Aktualisiert: 7. Mai 2024, 08:10 Uhr"),
        ("tr", "Güncelleme: 7 Mayıs 2024"),
        ("az", "Yenilənmə tarixi: 7 may 2024"),
        ("en", "Updated 7 May 2024 at 08:10"),
        ("ru", "Статья доступна по подписке."),
    ],
    "licence": [
        ("fr", "Traduit de l'anglais par Claire Dumas."),
        ("de", "Aus dem Russischen übersetzt von Jana Weber."),
        ("ru", "Статья впервые опубликована на сайте «Кавказский узел»."),
        ("tr", "Bu makale Kafkas Gündemi'nden izinle yeniden yayımlanmıştır."),
        ("az", "Məqalə ingilis dilindən tərcümə olunub."),
        ("en", "A version of this article appeared in print on 4 March 2024."),
        ("en", "This piece is republished under a Creative Commons licence."),
    ],
    "photo": [
        ("fr", "Photo d'illustration : Pixabay"),
        ("de", "Foto: privat"),
        ("ru", "Фото: соцсети"),
        ("tr", "Fotoğraf: Reuters"),
        ("az", "Foto: Azərtac"),
        ("en", "Image credit: Caspian Ports Authority"),
    ],
    "related": [
        ("fr", "Sur le même sujet : Le port d'Alat double sa capacité"),
        ("de", "Das könnte Sie auch interessieren\n- Der Hafen von Alat\n- Grenzstau in Georgien"),
        ("ru", "По теме: Порт Алят удвоил мощность"),
        ("tr", "Bunlar da ilginizi çekebilir\n- Alat Limanı büyüyor\n- Gürcistan sınırında kuyruk"),
        ("az", "Digər xəbərlər\n- Ələt limanı genişlənir\n- Gürcüstan sərhədində növbə"),
        ("en", "You may also like\n- Ferry prices rise again\n- A night at the Kuryk terminal"),
    ],
    "tags": [
        ("fr", "Étiquettes : Bakou, ports"),
        ("de", "Tags: Baku, Häfen, Kaspisches Meer"),
        ("ru", "Ключевые слова: Баку, порт, Каспий"),
        ("tr", "Anahtar kelimeler: Bakü, liman"),
        ("az", "Açar sözlər: Bakı, liman, Xəzər"),
        ("en", "Keywords: ports; Caspian Sea; freight"),
    ],
    "counter": [
        ("fr", "Temps de lecture : 4 minutes"),
        ("de", "Lesedauer: 6 Min."),
        ("ru", "5 мин. на чтение"),
        ("tr", "3 dk okuma süresi"),
        ("az", "Oxunma sayı: 2 431"),
        ("en", "Read time: 4 min"),
    ],
    "copyright": [
        ("fr", "Reproduction interdite sans autorisation."),
        ("de", "Nachdruck nur mit Genehmigung der Redaktion."),
        ("ru", "Использование материалов разрешено только со ссылкой на источник."),
        ("tr", "Kaynak gösterilmeden kullanılamaz."),
        ("az", "Saytdakı materiallardan istifadə edərkən istinad mütləqdir."),
        ("en", "Copyright 2024 Caspian Wire"),
        ("az", "Materialın surəti çıxarılarkən istinad mütləqdir."),
    ],
    "contact": [
        ("fr", "Écrivez-nous : redaction@courrier-caucase.example"),
        ("de", "Schreiben Sie uns: leserbriefe@kaukasus.example"),
        ("ru", "Связаться с редакцией: +7 495 555-01-23"),
        ("tr", "İletişim\nKafkas Gündemi Haber Merkezi\nhaber@kafkasgundemi.example"),
        ("az", "Əlaqə üçün: +994 12 555 44 55"),
        ("en", "Questions? Write to us at readers@caspianwire.example"),
    ],
    "disclaimer": [
        ("fr", "Cette tribune n'engage que son auteur."),
        ("de", "Die Meinung der Autorin muss nicht mit der Position der Redaktion übereinstimmen."),
        ("ru", "Точка зрения автора может не совпадать с позицией редакции."),
        ("tr", "Makaledeki görüşler yazarın kendisine aittir."),
        ("az", "Müəllifin fikirləri redaksiyanın mövqeyini əks etdirməyə bilər."),
        ("en", "The opinions in this column are the writer's alone."),
        ("ru", "Автор: мнение может не совпадать с мнением редакции"),
        ("de", "Die Redaktion übernimmt keine Haftung für den Inhalt."),
        ("ru", "Редакция не несёт ответственности за мнения авторов."),
        ("tr", "Yazarın görüşleri yayın kurulunu bağlamaz."),
        ("en", "The publisher accepts no responsibility for the views of contributors."),
    ],
    "breadcrumb": [
        ("fr", "Accueil > Monde > Asie"),
        ("de", "Startseite › Reise › Aserbaidschan"),
        ("ru", "Главная / Общество / Регионы"),
        ("tr", "Anasayfa › Gündem › Bölge"),
        ("az", "Əsas səhifə > Cəmiyyət > Region"),
    ],
    "running": [
        ("de", "Kaukasus-Analysen · Seite {n}"),
        ("ru", "Вестник Кавказа, 2024, № 3 — стр. {n}"),
        ("tr", "Hazar Araştırmaları Dergisi — Sayfa {n}"),
        ("az", "Səhifə {n} / 12"),
        ("fr", "Cahiers du Caucase — p. {n}"),
        ("en", "THE CASPIAN REVIEW {n}"),
    ],
    "hatnote": [
        ("fr", "Ne pas confondre avec Sumqayıt (ville)."),
        ("ru", "Об одноимённом городе см. Гянджа (город)."),
        ("tr", "Şehir için Gence maddesine bakınız."),
        ("de", "Für den gleichnamigen Fluss siehe Kura (Fluss)."),
    ],
}

# where each kind stands on a page (a hatnote over the text, a running head between pages, a contents
# list over the sections it lists); "row": with two other forms of other kinds, at the top or foot
POSITIONS = ("top", "middle", "foot", "row")
KIND_POSITIONS = {
    "hatnote": ("top", "row"),
    "breadcrumb": ("top", "foot", "row"),
    "counter": ("top", "foot", "row"),
    "running": ("repeat",),
    "contents": ("contents",),
}
ROW_KINDS = ("call", "notice", "licence", "photo", "related", "tags", "copyright", "contact", "disclaimer",
             "counter", "breadcrumb")
FORMATS = ("txt", "md")


def half(items: list, part: str) -> list:
    """The forms of one half: even places for "dev", odd for "test"."""
    return items[0 if part == "dev" else 1::2]


def _body_pool(lang: str, part: str) -> list:
    return half(BODY[lang], part) + (BODY_ADDED.get(lang, []) if part == "dev" else [])


def _render_body(item, fmt: str) -> tuple[str, list[str]]:
    """A body item's text in the document and the passages it should give."""
    if isinstance(item, str):
        return item, [item]
    expected = [re.sub(r"^(?:- |\d{1,2}\. )", "", line) for line in item]
    return "\n".join(item), expected


def _render_furniture(text: str, fmt: str, n: int = 0) -> str:
    text = text.replace("{n}", str(n))
    if fmt == "txt":
        return text.replace("\n- ", "\n* ")
    return text


def _contents(form: str, fmt: str, paras: list[str]) -> tuple[list[str], list[str]]:
    """A contents list over the sections it lists: its blocks and the furniture lines it adds."""
    label, *sections = form.split("|")
    numbered = len(label) % 2 == 0
    items = [f"{k + 1}. {s}" if numbered else f"- {s}" for k, s in enumerate(sections)]
    if fmt == "txt" and not numbered:
        items = [f"* {s}" for s in sections]
    blocks = [label + "\n" + "\n".join(items)]
    for k, s in enumerate(sections):
        blocks.append(("## " + s) if fmt == "md" else s)
        blocks.append(paras[k])
    blocks.extend(paras[len(sections):])
    return blocks, [label] + sections


def cells(part: str) -> list[dict]:
    """Every cell of one half: a document's text and format, what its body should be, and what
    furniture it carries (the display text of each furniture line)."""
    out = []
    serial = 0
    for kind, forms in FURNITURE.items():
        mine = half(forms, part) + (FURNITURE_ADDED.get(kind, []) if part == "dev" else [])
        for fi, (lang, form) in enumerate(mine):
            pool = _body_pool(lang, part)
            for pos in KIND_POSITIONS.get(kind, POSITIONS):
                for fmt in FORMATS:
                    serial += 1
                    items = [pool[(serial + k) % len(pool)] for k in range(4)]
                    rendered = [_render_body(it, fmt) for it in items]
                    paras = [r[0] for r in rendered]
                    expected = [p for r in rendered for p in r[1]]
                    furniture = [form]
                    if pos == "repeat":
                        blocks = [paras[0]]
                        for k, p in enumerate(paras[1:]):
                            blocks += [_render_furniture(form, fmt, 7 + k), p]
                        furniture = [_render_furniture(form, fmt, 7 + k) for k in range(3)]
                    elif pos == "contents":
                        blocks, furniture = _contents(form, fmt, paras)
                    else:
                        block = [_render_furniture(form, fmt)]
                        if pos == "row":
                            others = [(k, f) for k in ROW_KINDS if k != kind
                                      for f in half(FURNITURE[k], part) if f[0] == lang]
                            pick = [others[(serial * 7 + j * 13) % len(others)][1][1] for j in range(2)]
                            if pick[0] == pick[1]:
                                pick = pick[:1]
                            block += [_render_furniture(p, fmt) for p in pick]
                            furniture += pick
                        where = {"top": 0, "middle": 2, "foot": 4, "row": 4 if serial % 2 else 0}[pos]
                        if kind == "hatnote":
                            where = 0
                        blocks = paras[:where] + block + paras[where:]
                    out.append(_doc(f"{part}-{kind}-{fi}-{pos}-{fmt}", kind, lang, pos, fmt, blocks, expected,
                                    furniture, dated=serial % 3 == 0))
    for li, (lang, text) in enumerate(half(LOOKALIKES, part) + (LOOKALIKES_ADDED if part == "dev" else [])):
        pool = _body_pool(lang, part)
        for where in (0, 1, 3):
            for fmt in FORMATS:
                serial += 1
                items = [pool[(serial + k) % len(pool)] for k in range(3)]
                rendered = [_render_body(it, fmt) for it in items]
                paras = [r[0] for r in rendered]
                expected = [p for r in rendered for p in r[1]] + [text]
                blocks = paras[:where] + [text] + paras[where:]
                out.append(_doc(f"{part}-lookalike-{li}-{where}-{fmt}", "lookalike", lang, str(where), fmt, blocks,
                                expected, [], dated=serial % 3 == 0))
    return out


def _doc(name, kind, lang, pos, fmt, blocks, expected, furniture, dated=False) -> dict:
    head = ("# " if fmt == "md" else "") + TITLES[lang]
    if dated:
        head += "\n\n" + DATE_LINES[lang]
    text = head + "\n\n" + "\n\n".join(blocks) + "\n"
    return {"name": name, "kind": kind, "lang": lang, "position": pos, "format": fmt, "text": text,
            "expected": expected, "furniture": furniture}


def _flat(text: str) -> str:
    return " ".join(text.split())


def read_body(cell: dict, folder: Path) -> tuple[list, object, list[str]]:
    """A cell written to ``folder``, read and segmented as ingest does: its passages, its metadata
    and the texts of its body passages (those between the metadata's body_start and body_end)."""
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment

    path = folder / f"{cell['name']}.{cell['format']}"
    path.write_text(cell["text"], encoding="utf-8")
    reading = read(path)
    meta = reading.meta
    passages = segment(reading.text, markdown=True, site=meta.publisher)
    body = [_flat(p.text) for p in passages if p.kind == "body" and p.end > meta.body_start
            and (meta.body_end is None or p.start < meta.body_end)]
    return passages, meta, body


def outcome(cell: dict, folder: Path) -> dict:
    """What the reader makes of one cell, read and segmented as ingest does (tests/test_documents3's
    outcome): the body paragraphs lost, and the body passages that are none of the body's."""
    from azmap.corpus.segment import clean_inline

    _, _, body = read_body(cell, folder)
    want = [_flat(clean_inline(p)) for p in cell["expected"]]
    lost = [p for p in want if p not in body]
    extra = [b for b in body if b not in want]
    kept = [f for f in cell["furniture"] for line in f.split("\n")
            if any(_flat(clean_inline(line.lstrip("-* "))) in b for b in extra)]
    return {"lost": lost, "extra": extra, "furniture kept": kept}


def measure(part: str) -> dict:
    """A half's figures: cells, cells right, body paragraphs lost (and in how many cells), cells
    with furniture in the body; by kind, and the cells that failed."""
    all_cells = cells(part)
    with tempfile.TemporaryDirectory() as tmp:
        results = [outcome(c, Path(tmp)) for c in all_cells]
    by_kind: dict[str, Counter] = {}
    failed = {}
    for c, r in zip(all_cells, results):
        k = by_kind.setdefault(c["kind"], Counter())
        k["cells"] += 1
        ok = not r["lost"] and not r["extra"]
        k["right"] += ok
        k["lost"] += len(r["lost"])
        k["kept"] += bool(r["extra"])
        if not ok:
            failed[c["name"]] = r
    total = sum(by_kind.values(), Counter())
    return {"cells": total["cells"], "right": total["right"], "body lost": total["lost"],
            "cells with furniture in the body": total["kept"],
            "by kind": {k: dict(v) for k, v in by_kind.items()}, "failed": failed}


def cli(measure_half) -> None:
    """``python tests/sweep_….py [dev|test] [-q]``: a half's figures (-q: without the failed cells)."""
    got = measure_half(sys.argv[1] if len(sys.argv) > 1 else "dev")
    if "-q" in sys.argv:
        got.pop("failed")
    print(json.dumps(got, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    cli(measure)
