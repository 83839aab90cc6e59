"""A sweep of the two author kinds documents26's PDFs missed (taken up as development material), each written in other
templates, wordings, languages and formats than documents26's:

- ``signblock`` (PDF, plain text, markdown, web page): a letter, advisory, notice or circular that no byline names,
  signed at its end: a closing by meaning in the document's language ("Kind regards,", "Mit freundlichen Grüßen",
  "Cordialement,", "Atentamente,", "Saygılarımızla,", "С уважением,", "Hörmətlə,", "Z poważaniem", "Met vriendelijke
  groet,", "Cordiali saluti,", "Atenciosamente,"), perhaps run on at the end of the last paragraph as a PDF's lines
  join it, or a "(signed)" mark; then the signer's name (bold or not) over her post and organisation: the signer is
  the author, "Post, Organisation" on one line her affiliation as printed, a post over an organisation's line the
  organisation (signature_lines.py's decision). Traps: a contact block at the end ("For bookings contact:",
  "Kontakt:"), a "cc:" line and an approver's line under a signature (the signer stays), an approver's block alone
  ("Approved by:", "Genehmigt:"), a news story's closing quotation naming its speaker, a distribution list: no author
  but the signer.
- ``assocpaper`` (PDF, plain text, markdown): a position paper, statement or consultation response that no person
  signs, an association's, federation's, chamber's or union's name over the document's kind ("POSITION PAPER",
  "Stellungnahme", "Prise de position", "Documento de posición", "Stanowisko", "Позиционный документ", "Görüş
  belgesi", "Mövqe sənədi", "Positiepaper", "Documento di posizione") on its cover or letterhead, with its register
  number and a "Contact:" line naming a policy officer: the association is the author, an organisation, named as
  the text writes it. Traps: a person signing the paper at its end, a person's byline under the title (the person);
  the Commission the paper answers named in its title or a "To:" line (no author); a kind's line with no body's name
  over it (no author).

Cells alternate within each kind as written: the development half and the test half (other wordings, languages,
formats and traps), the test half measured once at the end.

    python -m tests.sweep_signer [dev|test] [-v]
"""
from __future__ import annotations

import html
import json
import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d23text import measure as _measure
from tests.sweep_d25text import BODIES as _BODIES

# Ukrainian paragraphs (written for the sweep), with the languages the earlier sweeps have
BODIES = dict(_BODIES, uk=(
    "Поромна лінія між Алятом і Актау з березня працюватиме тричі на тиждень, повідомив оператор. Через низький "
    "рівень води судна братимуть менше вантажівок, ніж торік.",
    "Термінали в обох портах обіцяють продовжити години роботи, щоб вантажі не чекали на наступний рейс довше "
    "за добу."))


# ---- signblock: (name, format, lang, title, date line, date, closing or None (a form of its own for a trap),
#      signature lines (name first), lines after the signature, the author or None, her affiliation)
SIGNBLOCKS = [
    ("signblock-pdf-en", "pdf", "en", "Kura ferry terminal: new gate hours from April", "Date: 9 March 2026",
     "2026-03-09", "Kind regards,", ["Aynur Quliyeva", "Terminal Manager, Kura Ferry Terminal"],
     ["Gate office: +994 21 555 40 40 · gate@kuraferry.example", "Kura Ferry Terminal LLC · Registered No. 120044"],
     "Aynur Quliyeva", "Terminal Manager, Kura Ferry Terminal"),
    ("signblock-pdf-de", "pdf", "de", "Neue Abfahrtszeiten der Güterzüge ab April", "Datum: 9. März 2026",
     "2026-03-09", "Mit freundlichen Grüßen", ["Katrin Lehmann", "Leiterin Vertrieb", "Kaspi Rail Cargo GmbH"],
     ["Kundenservice: +49 40 555 12 12 · service@kaspirail.example", "Kaspi Rail Cargo GmbH · Amtsgericht Hamburg"],
     "Katrin Lehmann", "Kaspi Rail Cargo GmbH"),
    ("signblock-txt-fr", "txt", "fr", "Modification des horaires du terminal de Poti", "Le 9 mars 2026",
     "2026-03-09", "Cordialement,", ["Claire Martin", "Directrice des opérations, Terminal de Poti"],
     ["Tél. : +995 493 55 12 12"], "Claire Martin", "Directrice des opérations, Terminal de Poti"),
    ("signblock-txt-es", "txt", "es", "Cambios en las salidas de la naviera desde abril", "Fecha: 9 de marzo de 2026",
     "2026-03-09", "Atentamente,", ["Javier Ortega", "Jefe de Operaciones", "Naviera del Caspio S.A."],
     ["Teléfono: +34 91 555 23 23"], "Javier Ortega", "Naviera del Caspio S.A."),
    ("signblock-md-tr", "md", "tr", "Hazar hattında yeni sefer çizelgesi", "Tarih: 9 Mart 2026", "2026-03-09",
     "Saygılarımızla,", ["**Murat Yılmaz**", "Genel Müdür, Hazar Lojistik A.Ş."], [], "Murat Yılmaz",
     "Genel Müdür, Hazar Lojistik A.Ş."),
    ("signblock-md-ru", "md", "ru", "Новое расписание паромов с апреля", "Дата: 9 марта 2026 г.", "2026-03-09",
     "С уважением,", ["**Ирина Соколова**", "Начальник отдела перевозок", "ООО «Каспийский транзит»"],
     ["Тел.: +7 8512 55 12 12"], "Ирина Соколова", "ООО «Каспийский транзит»"),
    ("signblock-html-it", "html", "it", "Nuovi orari del terminal container da aprile", "9 marzo 2026", "2026-03-09",
     "Cordiali saluti,", ["Giulia Ferri", "Responsabile commerciale, Terminal Container Adriatico"], [],
     "Giulia Ferri", "Responsabile commerciale, Terminal Container Adriatico"),
    ("signblock-html-pl", "html", "pl", "Nowy rozkład promów od kwietnia", "9 marca 2026", "2026-03-09",
     "Z poważaniem", ["Tomasz Nowak", "Dyrektor Handlowy, Bałtycka Spedycja Sp. z o.o."], [],
     "Tomasz Nowak", "Dyrektor Handlowy, Bałtycka Spedycja Sp. z o.o."),
    ("signblock-txt-az", "txt", "az", "Bakı limanında yeni iş saatları", "Tarix: 9 mart 2026", "2026-03-09",
     "Hörmətlə,", ["Rauf Əliyev", "Kommersiya direktoru, Bakı Limanı"], [], "Rauf Əliyev",
     "Kommersiya direktoru, Bakı Limanı"),
    ("signblock-txt-nl", "txt", "nl", "Nieuwe vertrektijden van de veerdienst", "Datum: 9 maart 2026", "2026-03-09",
     "Met vriendelijke groet,", ["Sanne de Vries", "Hoofd Klantenservice, Rotterdam Shortsea Lines"],
     ["E-mail: klantenservice@shortsea.example"], "Sanne de Vries", "Hoofd Klantenservice, Rotterdam Shortsea Lines"),
    ("signblock-pdf-pt", "pdf", "pt", "Novos horários do terminal a partir de abril", "Data: 9 de março de 2026",
     "2026-03-09", "Atenciosamente,", ["Marta Ribeiro", "Diretora Comercial, Transportes do Cáspio"],
     ["Atendimento: +351 21 555 12 12"], "Marta Ribeiro", "Diretora Comercial, Transportes do Cáspio"),
    ("signblock-txt-uk", "txt", "uk", "Новий розклад поромів з квітня", "Дата: 9 березня 2026 р.", "2026-03-09",
     "З повагою,", ["Олена Ковальчук", "Директорка з продажу, Каспійські лінії"], [], "Олена Ковальчук",
     "Директорка з продажу, Каспійські лінії"),
    ("signblock-txt-en-signed", "txt", "en", "Rail freight circular: winter loading rules", "Circular 4/2026, 9 March 2026",
     "2026-03-09", "", ["(signed)", "Samir Guliyev", "Head of Freight, Caspian Rail Links"], [], "Samir Guliyev",
     "Head of Freight, Caspian Rail Links"),
    ("signblock-txt-it-firmato", "txt", "it", "Circolare sugli orari invernali del terminal", "Circolare n. 4, 9 marzo 2026",
     "2026-03-09", "", ["f.to Paolo Greco", "Direttore del terminal, Porto di Ravenna"], [], "Paolo Greco",
     "Direttore del terminal, Porto di Ravenna"),
    # traps
    ("signblock-trap-contact-en", "txt", "en", "Kura ferry terminal: new gate hours from April", "Date: 9 March 2026",
     "2026-03-09", "For bookings contact:", ["Leyla Karimova", "Booking Manager, Kura Ferry Terminal"], [], None, None),
    ("signblock-trap-contact-de", "txt", "de", "Neue Abfahrtszeiten der Güterzüge ab April", "Datum: 9. März 2026",
     "2026-03-09", "Kontakt:", ["Jonas Weber", "Pressestelle, Kaspi Rail Cargo GmbH"], [], None, None),
    ("signblock-trap-cc-en", "md", "en", "Winter berthing rules at the Alat ro-ro quay", "Date: 9 March 2026",
     "2026-03-09", "Best regards,", ["Anna Berg", "Port Manager, Alat Ro-Ro Quay"],
     ["cc: Omar Said, Lale Demir", "Approved by: Peter Holm, Director"], "Anna Berg", "Port Manager, Alat Ro-Ro Quay"),
    ("signblock-trap-approved-fr", "txt", "fr", "Modification des horaires du terminal de Poti", "Le 9 mars 2026",
     "2026-03-09", "Bien cordialement,", ["Claire Martin", "Directrice des opérations, Terminal de Poti"],
     ["Approuvé par : Jean Roux, Directeur général"], "Claire Martin", "Directrice des opérations, Terminal de Poti"),
    ("signblock-trap-quote-en", "txt", "en", "Ferry queues shrink at Alat as third sailing starts", "9 March 2026",
     "2026-03-09", "QUOTE", ["\"We will keep the third sailing through the summer,\" said Kamran Aliyev, head of "
                             "the port's ro-ro terminal."], [], None, None),
    ("signblock-trap-quote-es", "txt", "es", "Las colas del ferry se reducen en Alat", "9 de marzo de 2026",
     "2026-03-09", "QUOTE", ["«Mantendremos la tercera salida durante todo el verano», dijo Elena Ruiz, directora "
                             "del terminal."], [], None, None),
    ("signblock-trap-approved-en", "txt", "en", "Rail freight circular: winter loading rules", "Date: 9 March 2026",
     "2026-03-09", "Approved by:", ["Samir Guliyev", "Chief Engineer, Caspian Rail Links"], [], None, None),
    ("signblock-trap-approved-de", "txt", "de", "Neue Abfahrtszeiten der Güterzüge ab April", "Datum: 9. März 2026",
     "2026-03-09", "Genehmigt:", ["Klaus Berger", "Leiter Technik, Kaspi Rail Cargo GmbH"], [], None, None),
    ("signblock-trap-distribution-en", "txt", "en", "Winter berthing rules at the Alat ro-ro quay", "Date: 9 March 2026",
     "2026-03-09", "Distribution:", ["Anna Berg", "Omar Said", "Lale Demir"], [], None, None),
    ("signblock-trap-distribution-de", "txt", "de", "Neue Abfahrtszeiten der Güterzüge ab April", "Datum: 9. März 2026",
     "2026-03-09", "Verteiler:", ["Anna Berg", "Omar Said", "Lale Demir"], [], None, None),
    # (added while tuning, a pair: a signature's mark before the name on its line, no closing)
    ("signblock-txt-de-gez", "txt", "de", "Rundschreiben zu den Winterfahrplänen", "Rundschreiben 3/2026, 9. März 2026",
     "2026-03-09", "", ["gez. Katrin Lehmann", "Leiterin Vertrieb, Kaspi Rail Cargo GmbH"], [], "Katrin Lehmann",
     "Leiterin Vertrieb, Kaspi Rail Cargo GmbH"),
    ("signblock-txt-en-s", "txt", "en", "Notice to shippers: winter cut-off times", "Notice 7/2026, 9 March 2026",
     "2026-03-09", "", ["/s/ Helen Marsh", "Director of Operations, Caspian Rail Links"], [], "Helen Marsh",
     "Director of Operations, Caspian Rail Links"),
    # (added while tuning, two pairs: the organisation or the post over the name, the organisation the affiliation or
    # the one line as printed; the name in capitals, named as said)
    ("signblock-txt-de-firmfirst", "txt", "de", "Neue Annahmeschlusszeiten am Terminal", "Datum: 9. März 2026",
     "2026-03-09", "Mit freundlichen Grüßen", ["Kaspi Rail Cargo GmbH", "Katrin Lehmann", "Leiterin Vertrieb"], [],
     "Katrin Lehmann", "Kaspi Rail Cargo GmbH"),
    ("signblock-txt-ru-postfirst", "txt", "ru", "Новые сроки приёма грузов на терминале", "Дата: 9 марта 2026 г.",
     "2026-03-09", "С уважением,", ["Генеральный директор ООО «Каспийский транзит»", "Ирина Соколова"], [],
     "Ирина Соколова", "Генеральный директор ООО «Каспийский транзит»"),
    ("signblock-txt-es-capitals", "txt", "es", "Nuevos horarios de admisión en la terminal", "Fecha: 9 de marzo de 2026",
     "2026-03-09", "Atentamente,", ["JAVIER ORTEGA", "Jefe de Operaciones, Naviera del Caspio S.A."], [],
     "Javier Ortega", "Jefe de Operaciones, Naviera del Caspio S.A."),
    ("signblock-txt-fr-capitals", "txt", "fr", "Nouveaux horaires d'admission au terminal", "Le 9 mars 2026",
     "2026-03-09", "Cordialement,", ["CLAIRE MARTIN", "Directrice des opérations, Terminal de Poti"], [],
     "Claire Martin", "Directrice des opérations, Terminal de Poti"),
    # (added while tuning, a pair: the closing and the name on one line)
    ("signblock-txt-en-oneline", "txt", "en", "Alat ro-ro quay: winter berthing rules", "Date: 9 March 2026",
     "2026-03-09", "", ["Kind regards, Anna Berg", "Port Manager, Alat Ro-Ro Quay"], [], "Anna Berg",
     "Port Manager, Alat Ro-Ro Quay"),
    ("signblock-txt-it-oneline", "txt", "it", "Nuove regole di ormeggio invernali", "9 marzo 2026",
     "2026-03-09", "", ["Cordiali saluti, Giulia Ferri", "Responsabile commerciale, Terminal Container Adriatico"], [],
     "Giulia Ferri", "Responsabile commerciale, Terminal Container Adriatico"),
    # (second round, after the test half was measured, a pair: a press office's line under a contact's label and name)
    ("signblock-trap-contact-en2", "txt", "en", "Rail freight circular: winter loading rules", "Date: 9 March 2026",
     "2026-03-09", "Media contact:", ["Rashad Aliyev", "Press Office, Caspian Rail Links"], [], None, None),
    ("signblock-trap-contact-fr", "txt", "fr", "Modification des horaires du terminal de Poti", "Le 9 mars 2026",
     "2026-03-09", "Contact presse :", ["Marie Dubois", "Service de presse, Terminal de Poti"], [], None, None),
]


def _html(title: str, lines: list[str], paragraphs: list[str], closing: str, signed: list[str], after: list[str]) -> str:
    e = html.escape
    sign = "<br>".join([f"<strong>{e(signed[0])}</strong>"] + [e(s) for s in signed[1:]])
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + e(title) + "</title></head><body>\n"
            "<main><article>\n<h1>" + e(title) + "</h1>\n" + "".join(f"<p>{e(x)}</p>\n" for x in lines)
            + "".join(f"<p>{e(p)}</p>\n" for p in paragraphs) + f"<p>{e(closing)}</p>\n<p>{sign}</p>\n"
            + "".join(f"<p><small>{e(x)}</small></p>\n" for x in after) + "</article></main>\n</body></html>\n")


def _signblocks() -> list[Cell]:
    out = []
    for name, fmt, lang, title, dated, date, closing, signed, after, author, affiliation in SIGNBLOCKS:
        paragraphs = list(BODIES[lang][:2])
        furniture = [s.strip("*") for s in signed[1:] if len(s.split()) > 2] + [a for a in after if len(a) > 20]
        if closing == "QUOTE":  # a news story whose last paragraph quotes a person: body, no signature
            paragraphs.append(signed[0])
            text = f"{title}\n\n{dated}\n\n" + "\n\n".join(paragraphs) + "\n"
            cell = Cell("signblock", name, text, title, date, [], body=paragraphs)
            out.append(cell)
            continue
        if fmt == "pdf":
            spec = {"title": title, "body_paragraphs": paragraphs, "captions": [],
                    "pdf": {"height": 842, "title_size": 13, "columns": 1, "front_align": "left",
                            "running_head": f"Customer notice · {title}", "over_title": ["CUSTOMER NOTICE", ""], "front": [dated],
                            "after": ([[closing, 9.5], ["", 6.0]] if closing else [])
                            + [[signed[0], 9.5, True]] + [[s, 9.5] for s in signed[1:]] + [["", 6.0]]
                            + [[a, 8.0] for a in after]}}
            text = json.dumps(spec, ensure_ascii=False)
        elif fmt == "html":
            text = _html(title, [dated], paragraphs, closing, signed, after)
        else:
            head = f"# {title}\n\n*{dated}*" if fmt == "md" else f"{title}\n\n{dated}"
            block = "\n".join(([closing] if closing else []) + signed)
            text = f"{head}\n\n" + "\n\n".join(paragraphs) + f"\n\n{block}\n" + ("\n" + "\n".join(after) + "\n"
                                                                                  if after else "")
        cell = Cell("signblock", name, text, title, date, [author] if author else [], suffix="." + fmt,
                    body=paragraphs, furniture=furniture)
        if author:
            cell.affiliations = [affiliation]
        out.append(cell)
    return out


# ---- assocpaper: (name, format, lang, head lines over the title, title, lines under it, the date, lines at the end,
#      the author or None, the text's mention of the body in mixed case)
ASSOCPAPERS = [
    ("assocpaper-pdf-en", "pdf", "en", ["CASPIAN FREIGHT FORWARDERS ASSOCIATION", "CONSULTATION RESPONSE",
                                        "Brussels, 12 March 2026"],
     "Response to the European Commission's consultation on the trans-Caspian freight corridor",
     ["Transparency Register: 998877661234-12", "Contact: Mark Evans, Policy Adviser · policy@cffa.example"],
     "2026-03-12", [], "Caspian Freight Forwarders Association",
     "The Caspian Freight Forwarders Association welcomes the consultation."),
    ("assocpaper-pdf-de", "pdf", "de", ["BUNDESVERBAND KASPISCHE LOGISTIK", "STELLUNGNAHME", "Berlin, 12. März 2026"],
     "Zum Entwurf der Leitlinien für den Mittleren Korridor",
     ["Lobbyregister: R004512", "Ansprechpartnerin: Anna Schulz, Referentin Verkehrspolitik"],
     "2026-03-12", [], "Bundesverband Kaspische Logistik",
     "Der Bundesverband Kaspische Logistik begrüßt die Leitlinien."),
    ("assocpaper-txt-fr", "txt", "fr", ["FÉDÉRATION DES TRANSPORTEURS DE LA CASPIENNE", "Prise de position",
                                        "Paris, le 12 mars 2026"],
     "Pour un corridor transcaspien ouvert à tous les transporteurs",
     ["Registre de transparence : 112233445566-78", "Contact : Julie Bernard, chargée de mission"],
     "2026-03-12", [], "Fédération des Transporteurs de la Caspienne",
     "La Fédération des transporteurs de la Caspienne salue l'initiative."),
    ("assocpaper-txt-it", "txt", "it", ["ASSOCIAZIONE SPEDIZIONIERI DEL CASPIO", "Documento di posizione",
                                        "Roma, 12 marzo 2026"],
     "Il corridoio di mezzo e le regole per gli spedizionieri",
     ["Registro per la trasparenza: 556677889900-11", "Contatto: Luca Bianchi, responsabile affari pubblici"],
     "2026-03-12", [], "Associazione Spedizionieri del Caspio",
     "L'Associazione spedizionieri del Caspio accoglie con favore la proposta."),
    ("assocpaper-md-es", "md", "es", ["**ASOCIACIÓN DE NAVIEROS DEL CASPIO**", "Documento de posición",
                                      "Madrid, 12 de marzo de 2026"],
     "Las rutas marítimas del Caspio y la nueva normativa europea",
     ["Registro de transparencia: 443322110099-55", "Contacto: Lucía Gómez, responsable de políticas"],
     "2026-03-12", [], "Asociación de Navieros del Caspio",
     "La Asociación de Navieros del Caspio celebra la consulta."),
    ("assocpaper-md-pl", "md", "pl", ["**ZWIĄZEK SPEDYCJI KASPIJSKIEJ**", "Stanowisko", "Warszawa, 12 marca 2026"],
     "Korytarz transkaspijski a polscy spedytorzy",
     ["Rejestr przejrzystości: 667788990011-22", "Kontakt: Piotr Zieliński, ekspert ds. transportu"],
     "2026-03-12", [], "Związek Spedycji Kaspijskiej", "Związek Spedycji Kaspijskiej popiera te plany."),
    ("assocpaper-pdf-ru", "pdf", "ru", ["АССОЦИАЦИЯ ЭКСПЕДИТОРОВ КАСПИЯ", "ПОЗИЦИОННЫЙ ДОКУМЕНТ",
                                        "Москва, 12 марта 2026 г."],
     "Транскаспийский маршрут: что нужно экспедиторам",
     ["Контакт: Дмитрий Орлов, советник по политике"],
     "2026-03-12", [], "Ассоциация экспедиторов Каспия", "Ассоциация экспедиторов Каспия поддерживает этот план."),
    ("assocpaper-md-tr", "md", "tr", ["HAZAR NAKLİYECİLER DERNEĞİ", "GÖRÜŞ BELGESİ", "Ankara, 12 Mart 2026"],
     "Orta Koridor'da taşımacıların beklentileri",
     ["İletişim: Ayşe Demir, politika uzmanı"],
     "2026-03-12", [], "Hazar Nakliyeciler Derneği", "Hazar Nakliyeciler Derneği bu planı destekliyor."),
    ("assocpaper-txt-nl", "txt", "nl", ["VERENIGING VAN KASPISCHE VERLADERS", "Positiepaper", "Den Haag, 12 maart 2026"],
     "Wat verladers nodig hebben van de Middelste Corridor",
     ["Transparantieregister: 334455667788-99", "Contact: Pieter Jansen, beleidsadviseur"],
     "2026-03-12", [], "Vereniging van Kaspische Verladers", "De Vereniging van Kaspische Verladers steunt het plan."),
    ("assocpaper-txt-az", "txt", "az", ["AZƏRBAYCAN EKSPEDİTORLAR ASSOSİASİYASI", "Mövqe sənədi", "Bakı, 12 mart 2026"],
     "Orta Dəhliz və ekspeditorların gözləntiləri",
     ["Əlaqə: Nigar Həsənova, siyasət üzrə məsləhətçi"],
     "2026-03-12", [], "Azərbaycan Ekspeditorlar Assosiasiyası",
     "Azərbaycan Ekspeditorlar Assosiasiyası bu planı dəstəkləyir."),
    # traps
    ("assocpaper-trap-signed-en", "txt", "en", ["CASPIAN SHIPPERS COUNCIL", "POSITION PAPER", "London, 12 March 2026"],
     "What shippers need from the Middle Corridor in 2026",
     ["Contact: Ruth Evans, Policy Officer"],
     "2026-03-12", ["Yours sincerely,", "Helen Ward", "Secretary General, Caspian Shippers Council"], "Helen Ward",
     "The Caspian Shippers Council supports the plan."),
    ("assocpaper-trap-byline-de", "pdf", "de", ["BUNDESVERBAND KASPISCHE LOGISTIK", "POSITIONSPAPIER",
                                                "Berlin, 12. März 2026"],
     "Der Mittlere Korridor aus Sicht der Spediteure", ["Von Anna Schulz"],
     "2026-03-12", [], "Anna Schulz", "Der Bundesverband Kaspische Logistik begrüßt die Leitlinien."),
    ("assocpaper-trap-nobody-en", "txt", "en", ["POSITION PAPER", "12 March 2026"],
     "What shippers need from the Middle Corridor in 2026", [],
     "2026-03-12", [], None, ""),
    ("assocpaper-trap-addressee-en", "txt", "en", ["UNION OF CASPIAN PORT OPERATORS", "CONSULTATION RESPONSE",
                                                   "Brussels, 12 March 2026"],
     "Ports on the trans-Caspian corridor: our answers to the consultation",
     ["To: European Commission, Directorate-General for Mobility and Transport",
      "Contact: Omar Said, Policy Officer"],
     "2026-03-12", [], "Union of Caspian Port Operators", "The Union of Caspian Port Operators answers below."),
    # (second round, a pair: a Turkish or Azerbaijani body's name in capitals with a dotted İ, no mention in mixed case)
    ("assocpaper-txt-tr-capitals", "txt", "tr", ["KARADENİZ LİMAN İŞLETMECİLERİ BİRLİĞİ", "Görüş belgesi",
                                                 "İstanbul, 12 Mart 2026"],
     "Orta Koridor'da liman ücretleri", [], "2026-03-12", [], "Karadeniz Liman İşletmecileri Birliği", ""),
    ("assocpaper-txt-az-capitals", "txt", "az", ["XƏZƏR DAŞIYICILARI İTTİFAQI", "Mövqe sənədi", "Bakı, 12 mart 2026"],
     "Orta Dəhlizdə liman rüsumları", [], "2026-03-12", [], "Xəzər Daşıyıcıları İttifaqı", ""),
]


# ---- assochead (added while tuning, a kind of its own in pairs): the body named in the paper's title after its kind
#      ("Statement by the A on …", "Posición de la A sobre …"), or a body's letterhead over a register's number line
#      with no kind's line: (name, lang, head lines, title, lines under it, author or None, the text's mention)
ASSOCHEADS = [
    ("assochead-title-en", "en", ["12 March 2026"], "Statement by the Caspian Shipowners' Alliance on the new port dues",
     [], "Caspian Shipowners' Alliance", "The Caspian Shipowners' Alliance regrets the decision."),
    ("assochead-title-es", "es", ["12 de marzo de 2026"],
     "Posición de la Asociación de Navieros del Caspio sobre las nuevas tasas portuarias", [],
     "Asociación de Navieros del Caspio", "La Asociación de Navieros del Caspio lamenta la decisión."),
    ("assochead-register-en", "en", ["CASPIAN PORTS NETWORK", "Brussels, 12 March 2026"],
     "Port dues on the trans-Caspian corridor", ["EU Transparency Register: 556677112233-44"],
     "Caspian Ports Network", "The Caspian Ports Network regrets the decision."),
    ("assochead-register-de", "de", ["KASPISCHE HANDELSKAMMER", "Berlin, 12. März 2026"],
     "Hafengebühren im Mittleren Korridor", ["Lobbyregister-Nr.: R001122"],
     "Kaspische Handelskammer", "Die Kaspische Handelskammer bedauert die Entscheidung."),
    ("assochead-title-fr", "fr", ["Le 12 mars 2026"],
     "Déclaration de la Fédération des armateurs de la Caspienne sur les nouvelles taxes portuaires", [],
     "Fédération des armateurs de la Caspienne", "La Fédération des armateurs de la Caspienne regrette la décision."),
    ("assochead-title-pt", "pt", ["12 de março de 2026"],
     "Posição da Associação de Armadores do Cáspio sobre as novas taxas portuárias", [],
     "Associação de Armadores do Cáspio", "A Associação de Armadores do Cáspio lamenta a decisão."),
    ("assochead-trap-minister-en", "en", ["12 March 2026"], "Statement by the Minister of Transport on the new port dues",
     [], None, ""),
    ("assochead-trap-nobody-en", "en", ["12 March 2026"], "Joint statement on the Caspian ferry timetable", [], None, ""),
    ("assochead-trap-news-en", "en", ["By Tom Reed", "12 March 2026"],
     "Shipowners' alliance statement on port dues draws criticism", [], "Tom Reed", ""),
    ("assochead-trap-register-news-en", "en", ["THE CASPIAN TRADE REVIEW", "12 March 2026"],
     "Who lobbies for the trans-Caspian corridor", ["Transparency Register: the names behind the corridor"], None, ""),
]


def _assocheads() -> list[Cell]:
    out = []
    for name, lang, head, title, under, author, mention in ASSOCHEADS:
        paragraphs = ([f"{mention} {BODIES[lang][0]}"] if mention else [BODIES[lang][0]]) + [BODIES[lang][1]]
        if head and head[0].startswith("By "):
            text = f"{title}\n\n" + "\n\n".join(head + under + paragraphs) + "\n"
        else:
            text = "\n\n".join(head[:-1] + [title] + head[-1:] + under + paragraphs) + "\n"
        date = "2026-03-12"
        out.append(Cell("assochead", name, text, title, date, [author] if author else [], body=paragraphs,
                        furniture=[u for u in under if len(u.split()) > 2]))
    return out


def _assocpapers() -> list[Cell]:
    out = []
    for name, fmt, lang, head, title, under, date, end, author, mention in ASSOCPAPERS:
        paragraphs = ([f"{mention} {BODIES[lang][0]}"] if mention else [BODIES[lang][0]]) + [BODIES[lang][1]]
        furniture = [h.strip("*") for h in head + under if len(h.split()) > 2]
        if fmt == "pdf":
            spec = {"title": title, "body_paragraphs": paragraphs, "captions": [],
                    "pdf": {"height": 842, "title_size": 13, "columns": 1,
                            "running_head": f"{head[1].title()} · {title}", "over_title": [x for h in head for x in (h, "")], "front": under,
                            "after": [[e, 9.5] for e in end]}}
            text = json.dumps(spec, ensure_ascii=False)
        else:
            top = "\n\n".join(head) + (f"\n\n# {title}" if fmt == "md" else f"\n\n{title}")
            text = top + "".join(f"\n\n{u}" for u in under) + "\n\n" + "\n\n".join(paragraphs) + "\n" \
                + ("\n" + "\n".join(end) + "\n" if end else "")
        out.append(Cell("assocpaper", name, text, title, date, [author] if author else [], suffix="." + fmt,
                        body=paragraphs, furniture=furniture))
    return out


def cells() -> list[Cell]:
    return _signblocks() + _assocpapers() + _assocheads()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d23text measures it (a PDF drawn with the rounds' generator; its authors' affiliations where
    the cell states them)."""
    return _measure(cell)


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
