"""A sweep of authors: short documents of many genres (a wire story, an op-ed, a review, a letter, a
record, a press release, a blog post, ...), each with its head and its tail, where the author is
named in a form of the genre (a byline with a role or an outlet beside it, a cue word in another
language, a credit line at the end, a signature, a bio box, a labelled record) or is not named at all,
among people who are not the author (a book's author in a review, people quoted, photographers,
editors, translators, the subject of an obituary, an organisation's staff).

Each layout is a template; the templates at even places are the development half, those at odd
places the test half (``ADDED`` templates, written while tuning, are development ones). Every
template is filled with names from two of seven origins (Azerbaijan, Armenia, Georgia, Russia, Iran,
Turkey, the West), so a name's form is never what a cell turns on.

A cell is right when the reader's authors that are people are the expected names in order (an
organisation given as the author counts as no person); where a template states an affiliation
beside the name, the affiliation must be kept apart from the name (``affiliation`` figure).

    python -m tests.sweep_authors [dev|test|later] [-v]   # figures, the misses with -v (later: LATER_TEST)
"""
from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# people: (given, family) in Latin letters, and the same kind of name in Cyrillic for Russian cues
NAMES = {
    "az": [("Nigar", "Hasanova"), ("Rauf", "Mammadli"), ("Aytən", "Quliyeva"), ("Elvin", "Babayev"),
           ("Səbinə", "Rəhimova"), ("Tural", "Səfərov")],
    "am": [("Armen", "Grigoryan"), ("Ani", "Petrosyan"), ("Tigran", "Hakobian"), ("Lusine", "Avetisyan"),
           ("Gevorg", "Sargsyan"), ("Mariam", "Ter-Ghazaryan")],
    "ge": [("Nino", "Beridze"), ("Giorgi", "Kapanadze"), ("Tamar", "Chikovani"), ("Levan", "Gogishvili"),
           ("Eka", "Tsiklauri"), ("Davit", "Lomidze")],
    "ru": [("Irina", "Volkova"), ("Dmitri", "Sokolov"), ("Yelena", "Morozova"), ("Pavel", "Kuznetsov"),
           ("Olga", "Zaitseva"), ("Sergei", "Orlov")],
    "ir": [("Maryam", "Rahimzadeh"), ("Reza", "Tehrani"), ("Farhad", "Mirzaei"), ("Shirin", "Ghorbani"),
           ("Kaveh", "Jafari"), ("Leila", "Hosseini")],
    "tr": [("Elif", "Yıldız"), ("Murat", "Çelik"), ("Zeynep", "Aydın"), ("Burak", "Öztürk"),
           ("Ayşe", "Kaya"), ("Emre", "Şahin")],
    "west": [("Hannah", "Whitfield"), ("Jean-Luc", "Marchand"), ("Marco", "De Luca"), ("Anna", "van der Berg"),
             ("Sophie", "O'Neill"), ("Klaus", "Richter")],
}
# names in their own scripts: Georgian (no capitals), Persian (no capitals), Armenian
NATIVE = {"KA": ["ნინო ბერიძე", "გიორგი კაპანაძე", "თამარ ჩიქოვანი"],
          "FA": ["مریم رحیم‌زاده", "رضا تهرانی", "فرهاد میرزایی"],
          "HY": ["Արմեն Գրիգորյան", "Անի Պետրոսյան", "Տիգրան Հակոբյան"]}
CYRILLIC = [("Олег", "Смирнов"), ("Анна", "Козлова"), ("Игорь", "Лебедев"), ("Мария", "Фёдорова"),
            ("Алексей", "Никитин"), ("Светлана", "Белова")]
ORIGINS = list(NAMES)

BODIES = [
    ("The new ferry terminal at Alat handled its first cargo in the spring, and the port authority says "
     "the waiting time for trucks has fallen by half since the old berths closed.\n\n"
     "Shippers on the route to Turkmenbashi still complain about the schedule, which changes with the "
     "weather on the Caspian and is published only a day ahead."),
    ("Trade across the border crossing at Red Bridge grew again last year, mostly in fruit and building "
     "materials carried by small firms from both sides.\n\n"
     "Customs officers say the new scanners cut the inspection of a truck to twenty minutes, though the "
     "queue on a Friday can still reach the edge of the town."),
    ("The railway from Kars to Akhalkalaki carried more freight in the first half of the year than in "
     "the whole of the one before, helped by the repaired tunnel near the border.\n\n"
     "Engineers expect the line's capacity to double once the second track is laid, a project the three "
     "governments have promised to fund together."),
]
QUOTE = "“We have waited ten years for this,” said {P}, who runs a haulage firm in Ganja."
TITLES = ["A new terminal on the Caspian coast", "Trade at the border crossing grows again",
          "Freight on the Kars line", "What the corridor means for small firms",
          "The port and the town around it", "A railway rebuilt"]


@dataclass(frozen=True)
class Cell:
    name: str
    part: str
    genre: str
    fmt: str
    text: str
    authors: tuple  # the people who wrote it, in order
    affiliation: str | None  # what the template sets beside the first author, kept apart from the name


# (genre, format, template, the authors it names, the affiliation beside the first one)
# {T} title, {BODY} the body, {Q} a quoted person's sentence, {A} {B} authors, {P} {S} other people,
# {RA} a name in Cyrillic (Russian cue words)
TEMPLATES = [
    ("wire story, credit at the end", "txt",
     "{T}\n\n{BODY}\n\n{Q}\n\n(Reporting by {A}; Editing by {P})", ["A"], None),
    ("op-ed, the author at the end", "txt",
     "{T}\n\n{BODY}\n\nThe author is {A}, a senior fellow at the Caspian Policy Centre.", ["A"], None),
    ("news, byline with role", "txt",
     "{T}\n\nBy {A}, Senior Correspondent\n\n{BODY}\n\n{Q}", ["A"], "Senior Correspondent"),
    ("news, byline with outlet after a comma", "txt",
     "{T}\n\n{A}, Baku Observer\n12 March 2024\n\n{BODY}", ["A"], "Baku Observer"),
    ("blog post", "md",
     "# {T}\n\nPosted by {A} on 3 May 2023\n\n{BODY}\n\nTags: ports, ferries", ["A"], None),
    ("book review, the reviewer at the end", "txt",
     "Review: The Long Road East, by {P}\n\n{P}'s new book follows the old caravan routes from Baku to the "
     "Black Sea.\n\n{BODY}\n\nReviewed by {A}", ["A"], None),
    ("book review, no reviewer named", "txt",
     "The Long Road East\n\nIn her new book, {P} follows the old caravan routes from Baku to the sea.\n\n{BODY}",
     [], None),
    ("interview", "txt",
     "{T}: an interview with {P}\n\nInterview by {A}\n\n{BODY}\n\n{Q}", ["A"], None),
    ("press release, organisation only", "txt",
     "PRESS RELEASE\n\nCaspian Ports Association\n\n{T}\n\n{BODY}\n\n{Q}\n\nFor media enquiries: press@example.org",
     [], None),
    ("letter with a signature block", "txt",
     "Dear colleagues,\n\n{BODY}\n\nSincerely,\n\n{A}\nDirector, Transport Research Unit", ["A"],
     "Director, Transport Research Unit"),
    ("German byline", "txt", "{T}\n\nVon {A}\n\n{BODY}", ["A"], None),
    ("French byline", "txt", "{T}\n\nPar {A}\n\n{BODY}", ["A"], None),
    ("Spanish byline", "txt", "{T}\n\nPor {A}\n\n{BODY}", ["A"], None),
    ("Italian byline", "txt", "{T}\n\ndi {A}\n\n{BODY}", ["A"], None),
    ("Dutch byline", "txt", "{T}\n\nDoor {A}\n\n{BODY}", ["A"], None),
    ("Swedish byline", "txt", "{T}\n\nAv {A}\n\n{BODY}", ["A"], None),
    ("Russian label", "txt", "{T}\n\nАвтор: {RA}\n\n{BODY}", ["RA"], None),
    ("Turkish label", "txt", "{T}\n\nYazar: {A}\n\n{BODY}", ["A"], None),
    ("photo credit only", "txt", "{T}\n\nPhoto: {P}\n\n{BODY}", [], None),
    ("translator beside the author", "txt",
     "{T}\n\nBy {A}\nTranslated by {P}\n\n{BODY}", ["A"], None),
    ("byline with an outlet after a bar", "txt",
     "{T}\n\n{A} | Tbilisi Herald\n\n{BODY}", ["A"], "Tbilisi Herald"),
    ("byline with a role after a dash", "txt",
     "{T}\n\nBy {A} — Energy Editor\n\n{BODY}", ["A"], "Energy Editor"),
    ("labelled record, analysts", "txt",
     "Country note: {T}\nAnalysts: {A}, {B}\nDate: 4 June 2024\n\n{BODY}", ["A", "B"], None),
    ("labelled record, asked by", "txt",
     "Written question\nAsked by: {A}\nSubject: {T}\n\n{BODY}", ["A"], None),
    ("bio box at the end", "md",
     "# {T}\n\n{BODY}\n\n---\n\n**About the author**\n\n{A} is a researcher at the Institute of Regional "
     "Studies in Tbilisi.", ["A"], None),
    ("obituary, the subject is no author", "txt",
     "{P}, 1941–2024\n\n{P}, who spent forty years at the port of Baku, died on Sunday.\n\n{BODY}", [], None),
    ("encyclopaedia entry, no author", "txt",
     "Alat port\n\nAlat is a port on the Caspian coast south of Baku. Its first director was {P}.\n\n{BODY}",
     [], None),
    ("report by an organisation", "txt",
     "{T}\n\nPrepared by the Research Department of the Caspian Ports Association\n\n{BODY}", [], None),
    ("travel story, words and photos", "md",
     "# {T}\n\nWords and photos by {A}\n\n{BODY}", ["A"], None),
    ("wire story, reporter in brackets at the end", "txt",
     "{T}\n\nBAKU, 3 March (Caspian Wire) — {BODY}\n\n{Q}\n\n({A} reported from Baku.)", ["A"], None),
    ("column, the author's line in italics at the end", "md",
     "# {T}\n\n{BODY}\n\n*{A} writes about energy and transport for the Kura Daily.*", ["A"], None),
    ("byline with a date", "txt", "{T}\n\nWritten by {A} on 14 February 2022\n\n{BODY}", ["A"], None),
    ("story and photographs credited apart", "txt",
     "{T}\n\nStory by {A}\nPhotographs by {P}\n\n{BODY}", ["A"], None),
    ("editor's credit only", "txt", "{T}\n\n{BODY}\n\nEditing by {P}", [], None),
    ("guest post", "md", "# {T}\n\n*Guest post by {A}*\n\n{BODY}", ["A"], None),
    ("quoted person in the last paragraph", "txt", "{T}\n\n{BODY}\n\n{Q}", [], None),
    ("press release with a contact", "txt",
     "NEWS RELEASE\n\n{T}\n\n{BODY}\n\nContact: {P}, press officer, +994 12 555 0101", [], None),
    ("academic note, two names under the title", "txt",
     "{T}\n\n{A} and {B}\n\n{BODY}", ["A", "B"], None),
    ("newsletter signed with a dash", "txt",
     "Corridor Notes, issue 12\n\n{T}\n\n{BODY}\n\n— {A}, editor", ["A"], None),
    ("Polish label", "txt", "{T}\n\nAutor: {A}\n\n{BODY}", ["A"], None),
    ("Danish byline", "txt", "{T}\n\nAf {A}\n\n{BODY}", ["A"], None),
    ("Azerbaijani label", "txt", "{T}\n\nMüəllif: {A}\n\n{BODY}", ["A"], None),
    ("German author line at the end", "txt",
     "{T}\n\n{BODY}\n\nDer Autor {A} ist Historiker in Berlin.", ["A"], None),
    ("byline with an affiliation in brackets", "txt",
     "{T}\n\nBy {A} (Caspian Policy Centre)\n\n{BODY}", ["A"], "Caspian Policy Centre"),
    ("policy brief, author line with rank", "txt",
     "POLICY BRIEF\n\n{T}\n\nDr {A}, Research Fellow\n\n{BODY}", ["A"], "Research Fellow"),
    ("speech, the speaker is the subject of a report", "txt",
     "{T}\n\nThe minister {P} opened the terminal on Monday.\n\n{BODY}\n\n{Q}", [], None),
    ("contributed piece", "txt", "{T}\n\nContributed by {A}\n\n{BODY}", ["A"], None),
    ("letter to the editor, name and town", "txt",
     "Letters\n\nThe ferry schedule\n\n{BODY}\n\n{A}, Ganja", ["A"], "Ganja"),
    ("forum post", "txt", "Re: {T}\n\n{A} wrote:\n\n{BODY}", ["A"], None),
    ("wire trailer, reporters named", "txt",
     "{T}\n\n{BODY}\n\n{Q}\n\nReporting by {A} in Baku and {B} in Tbilisi; editing by {P}", ["A", "B"], None),
    ("reporter's line after the body", "txt",
     "{T}\n\n{BODY}\n\n{A} is a journalist based in Baku.", ["A"], None),
    ("map note, cartographer credited", "txt",
     "{T}\n\n{BODY}\n\nMap: {P}. Sources: port authority.", [], None),
    ("Portuguese byline", "txt", "{T}\n\nPor {A}, correspondente\n\n{BODY}", ["A"], "correspondente"),
    ("Russian byline at the end", "txt", "{T}\n\n{BODY}\n\nТекст: {RA}", ["RA"], None),
    ("organisation's page about itself", "txt",
     "About us\n\nThe Caspian Ports Association brings together the operators of eleven ports. Its chair "
     "is {P}.\n\n{BODY}", [], None),
    ("essay, name on its own line under the title", "md", "# {T}\n\n{A}\n\n{BODY}", ["A"], None),
]
# templates written while tuning (development ones): traps the rules could take, and credits in more forms
ADDED = [
    ("book review, the book's line under the title", "txt",
     "Across the Caspian\nby {P}\nHurst, 2023. 312 pp.\n\n{BODY}\n\nReviewed by {A}", ["A"], None),
    ("book notice, the book's line only", "txt",
     "Across the Caspian\nby {P}\nOxford University Press, 2022, 280 pages, ISBN 978-0-19-000000-0\n\n{BODY}",
     [], None),
    ("news, the last paragraph about a person quoted", "txt",
     "{T}\n\n{BODY}\n\n{Q}\n\n{P} is the director of a haulage firm and has run it since 2019.", [], None),
    ("byline with the photographer on the same line", "txt",
     "{T}\n\nBy {A}. Photos by {P}.\n\n{BODY}", ["A"], None),
    ("letter, German closing words", "txt",
     "Sehr geehrte Damen und Herren,\n\n{BODY}\n\nMit freundlichen Grüßen\n\n{A}", ["A"], None),
    ("newsletter, a dash's signature with the outlet", "txt",
     "{T}\n\n{BODY}\n\n– {A}, Kura Daily", ["A"], "Kura Daily"),
    ("Spanish author line at the end", "txt",
     "{T}\n\n{BODY}\n\nEl autor, {A}, es investigador en la Universidad de Bakú.", ["A"], None),
    ("French label", "txt", "{T}\n\nTexte : {A}\n\n{BODY}", ["A"], None),
    ("standfirst quoting a person", "txt",
     "{T}\n\n“We will finish by spring,” says {P}, the port's engineer.\n\n{BODY}", [], None),
    ("interview, questions credited", "txt",
     "Interview: {P}\n\n{T}\n\nQuestions by {A}\n\n{BODY}", ["A"], None),
    ("blog, the author in a footer", "md",
     "# {T}\n\n{BODY}\n\n---\n\nAuthor: {A}", ["A"], None),
    ("letter, signed with a town", "txt",
     "Dear Editor,\n\n{BODY}\n\nYours faithfully,\n\n{A}\nLankaran", ["A"], "Lankaran"),
    ("organisation's page with a contact", "txt",
     "Caspian Ports Association\n\nWho we are\n\n{BODY}\n\nContact\nDirector: {P}\ninfo@example.org", [], None),
    ("byline with a rank and an institute", "txt",
     "{T}\n\nBy Col. (ret.) {A}, Caspian Security Institute\n\n{BODY}", ["A"], "Caspian Security Institute"),
    ("Dutch author line at the end", "txt",
     "{T}\n\n{BODY}\n\nDe auteur, {A}, is journalist in Tbilisi.", ["A"], None),
    ("profile, the subject on a line under the title", "txt",
     "Portrait of a harbour master\n\n{P} has run the port of Alat since it opened.\n\n{BODY}\n\nWords: {A}",
     ["A"], None),
    # a second batch, written after the first was read
    ("byline, name then the role on the next line", "txt",
     "{T}\n\n{A}\nStaff Writer\n\n{BODY}", ["A"], "Staff Writer"),
    ("byline, two names special to an outlet", "txt",
     "{T}\n\nBy {A} and {B}, Special to the Courier\n\n{BODY}", ["A", "B"], None),
    ("labelled byline", "txt", "{T}\n\nWritten by: {A}\n\n{BODY}", ["A"], None),
    ("record, prepared by with a unit", "txt",
     "Briefing note\nSubject: {T}\nPrepared by: {A} (Policy Unit)\n\n{BODY}", ["A"], "Policy Unit"),
    ("digest compiled from reports", "txt", "{T}\n\nCompiled by {A} from agency reports\n\n{BODY}", ["A"], None),
    ("bio at the end with a handle", "txt",
     "{T}\n\n{BODY}\n\n{A} is a PhD candidate at the University of Tartu. Follow her at @caspianwriter.",
     ["A"], None),
    ("bio labelled on one line", "txt",
     "{T}\n\n{BODY}\n\nAbout the author: {A} is an economist in Baku.", ["A"], None),
    ("first appeared elsewhere, no author", "md",
     "# {T}\n\n{BODY}\n\n*This article first appeared in the Kura Daily.*", [], None),
    ("letter addressed to a person, signed by another", "txt",
     "Dear {P},\n\n{BODY}\n\nBest regards,\n{A}", ["A"], None),
    ("interview with questions and answers, no interviewer", "txt",
     "Interview with {P}\n\nQ: What changed at the port this year?\n\nA: {BODY}", [], None),
    ("photo caption under the title", "txt",
     "{T}\n\nPhoto caption: {P} at the port in May.\n\n{BODY}", [], None),
    ("pull quote's attribution at the end", "txt",
     "{T}\n\n{BODY}\n\n“We are ready for the next ship.”\n— {P}, port director", [], None),
    ("organisation's team page", "txt",
     "Our team\n\n{BODY}\n\n{P}, Director\n{S}, Researcher", [], None),
    ("reporter's label", "txt", "{T}\n\nReporter: {A}\n\n{BODY}", ["A"], None),
    ("Russian text and photos label", "txt", "{T}\n\nТекст и фото: {RA}\n\n{BODY}", ["RA"], None),
    ("German contribution line", "txt", "{T}\n\nEin Beitrag von {A}\n\n{BODY}", ["A"], None),
    ("Italian editor's line", "txt", "{T}\n\nA cura di {A}\n\n{BODY}", ["A"], None),
    ("French interview credit", "txt",
     "{T}\n\n{BODY}\n\nPropos recueillis par {A}", ["A"], None),
    ("event report with speakers", "txt",
     "{T}\n\nSpeakers: {P}, {S}\n\n{BODY}", [], None),
    ("essay signed with a year", "txt", "{T}\n\n{BODY}\n\n{A}, 2021", ["A"], None),
    # a third batch, written after the second was read
    ("ministry's statement", "txt", "Statement by the Ministry of Transport\n\n{BODY}\n\n{Q}", [], None),
    ("opinion rubric beside the name", "txt", "{T}\n\nOpinion | {A}\n\n{BODY}", ["A"], None),
    ("name and the outlet's correspondent under it", "txt",
     "{T}\n\n{A}\nBaku Observer correspondent\n\n{BODY}", ["A"], "Baku Observer correspondent"),
    ("blog's line of date, name and reading time", "md",
     "# {T}\n\nMarch 3, 2024 · {A} · 5 min read\n\n{BODY}", ["A"], None),
    ("review, the reviewer at the top", "txt",
     "Book review\n\n{T}\n\nReviewed by {A}\n\n{P}'s book follows the old caravan routes.\n\n{BODY}", ["A"], None),
    ("analyst note, authors label with a semicolon", "txt",
     "{T}\n\nAuthor(s): {A}; {B}\n\n{BODY}", ["A", "B"], None),
    ("newsletter, editor's signature with the post under it", "txt",
     "From the editor's desk\n\n{BODY}\n\n{A}\nEditor-in-chief", ["A"], "Editor-in-chief"),
    ("section heading 'By the numbers'", "txt", "{T}\n\nBy the numbers\n\n{BODY}", [], None),
    ("dedication", "txt", "{T}\n\nDedicated to the memory of {P}\n\n{BODY}", [], None),
    ("Spanish written-by line", "txt", "{T}\n\nEscrito por {A}\n\n{BODY}", ["A"], None),
    ("Portuguese text label", "txt", "{T}\n\nTexto: {A}\n\n{BODY}", ["A"], None),
    ("Norwegian written-by line", "txt", "{T}\n\nSkrevet av {A}\n\n{BODY}", ["A"], None),
    ("interview conducted by, at the end", "txt",
     "{T}\n\n{BODY}\n\nInterview conducted by {A}.", ["A"], None),
    ("letter, respectfully, with a post", "txt",
     "To the members of the council,\n\n{BODY}\n\nRespectfully,\n\n{A}\nChair, Shippers' Council", ["A"],
     "Chair, Shippers' Council"),
    ("news, a person in the first sentence", "txt",
     "{T}\n\n{P} said on Monday that the terminal would open in May.\n\n{BODY}", [], None),
    ("photo credit at the end", "txt", "{T}\n\n{BODY}\n\nPhoto: {P}/Kura Daily", [], None),
    ("posted in a category by", "md", "# {T}\n\nPosted in Transport by {A}\n\n{BODY}", ["A"], None),
    ("column rubric before the name", "txt", "{T}\n\nColumn | {A}\n\n{BODY}", ["A"], None),
    ("press office's release", "txt",
     "{T}\n\nIssued by the Press Office of the Caspian Ports Association\n\n{BODY}\n\n{Q}", [], None),
    ("author label with a degree", "txt", "{T}\n\nAuthor: {A}, PhD\n\n{BODY}", ["A"], None),
    # a fourth batch, written after the third was read
    ("byline with the role glued on", "txt", "{T}\n\nBy {A} Senior Correspondent\n\n{BODY}", ["A"],
     "Senior Correspondent"),
    ("name with the outlet glued on", "txt", "{T}\n\n{A} Kura Daily\n\n{BODY}", ["A"], "Kura Daily"),
    ("obituary with a byline", "txt",
     "{P} dies at 83\n\nBy {A}\n\n{P}, who ran the port of Baku for forty years, died on Sunday.\n\n{BODY}",
     ["A"], None),
    ("in memoriam, no author", "txt",
     "In memoriam: {P}\n\n{P} ran the port of Baku for forty years.\n\n{BODY}", [], None),
    ("two bios under 'About the authors'", "md",
     "# {T}\n\n{BODY}\n\n## About the authors\n\n{A} is a fellow at the Caspian Policy Centre.\n\n"
     "{B} is a lecturer at Baku State University.", ["A", "B"], None),
    ("signature with a title and a post", "txt",
     "{T}\n\n{BODY}\n\nDr. {A}\nSenior Lecturer, Baku State University", ["A"],
     "Senior Lecturer, Baku State University"),
    ("German byline with two names", "txt", "{T}\n\nVon {A} und {B}\n\n{BODY}", ["A", "B"], None),
    ("Russian label with a role", "txt", "{T}\n\nАвтор: {RA}, корреспондент\n\n{BODY}", ["RA"], "корреспондент"),
    ("photo credit in brackets at the top", "txt", "{T}\n\n(Photo: {P})\n\n{BODY}", [], None),
    ("headline quoting a person, byline under it", "txt",
     "“We are ready,” says {P}\n\nBy {A}\n\n{BODY}", ["A"], None),
    ("written by a freelance, at the end", "txt",
     "{T}\n\n{BODY}\n\nThis article was written by {A}, a freelance journalist.", ["A"], None),
    ("written and edited by, on one line at the end", "txt",
     "{T}\n\n{BODY}\n\nWritten by {A} | Edited by {P}", ["A"], None),
    ("words and photos labelled apart", "txt", "{T}\n\nWords: {A} / Photos: {P}\n\n{BODY}", ["A"], None),
    ("film review, the director named", "txt",
     "Across the Caspian (2023)\n\nDirected by {P}\n\n{BODY}", [], None),
    # a fifth batch, written after the fourth was read
    ("podcast transcript, host and guest", "txt",
     "Caspian Hour, episode 12\n\nHost: {P}\nGuest: {S}\n\n{P}: Welcome to the show.\n\n{S}: {BODY}", [], None),
    ("report cover with a lead author", "txt",
     "{T}\n\nA report by the Caspian Ports Association\n\nLead author: {A}\n\n{BODY}", ["A"], None),
    ("thesis submitted by", "txt",
     "{T}\n\nA thesis submitted by {A}\nto the University of Tartu\n\n{BODY}", ["A"], None),
    ("blog comments after the post", "md",
     "# {T}\n\n{BODY}\n\n3 comments\n\n{P} says:\nThanks, very useful.", [], None),
    ("obituary signed by a relative", "txt",
     "{P}, 1941–2024\n\n{P} ran the port of Baku for forty years.\n\n{BODY}\n\n– {A}, his daughter", ["A"],
     "his daughter"),
    ("authors' block, a name on each line", "txt",
     "{T}\n\nAuthors\n{A}\n{B}\n\n{BODY}", ["A", "B"], None),
    ("Georgian label and script", "txt", "{T}\n\nავტორი: {KA}\n\n{BODY}", ["KA"], None),
    ("Persian label and script", "txt", "{T}\n\nنویسنده: {FA}\n\n{BODY}", ["FA"], None),
    ("Armenian label and script", "txt", "{T}\n\nՀեղինակ՝ {HY}\n\n{BODY}", ["HY"], None),
    ("handle at the end, no name", "md", "# {T}\n\n{BODY}\n\n— @caspianwriter", [], None),
    # a sixth batch: names of the forms metadata's own pattern leaves out ({H}: particles, hyphens, initials,
    # apostrophes, a script of its own), an outlet beside a name with no cue, and the look-alikes under a title
    ("name of any form alone under the title", "txt", "{T}\n\n{H}\n\n{BODY}", ["H"], None),
    ("two names under the title, one of any form", "txt", "{T}\n\n{H} and {A}\n\n{BODY}", ["H", "A"], None),
    ("name and its outlet after a comma, no cue", "txt", "{T}\n\n{A}, Caspian Courier\n\n{BODY}", ["A"],
     "Caspian Courier"),
    ("name of any form and its outlet after a comma", "txt", "{T}\n\n{H}, Baku Observer\n\n{BODY}", ["H"],
     "Baku Observer"),
    ("name of any form with the outlet glued on", "txt", "{T}\n\n{H} Kura Daily\n\n{BODY}", ["H"], "Kura Daily"),
    ("organisation's name under the title", "txt", "{T}\n\nCaspian Shipping Company\n\n{BODY}", [], None),
    ("place under the title", "txt", "{T}\n\nSouth Caucasus\n\n{BODY}", [], None),
    ("book's title under the title", "txt", "{T}\n\nBorder Crossings Revisited\n\n{BODY}", [], None),
    ("rubric under the title", "txt", "{T}\n\nRegional Affairs\n\n{BODY}", [], None),
    ("two outlets under the title", "txt", "{T}\n\nBaku Observer, Caspian Courier\n\n{BODY}", [], None),
    ("name of any form under the title, a date under it", "md", "# {T}\n\n{H}\n\n12 March 2024\n\n{BODY}",
     ["H"], None),
]
# names of the forms a plain pattern leaves out: the development half's, and the new test batch's (other names)
HARD = ["Anna van der Berg", "Ahmad al-Rashid", "Jean-Luc Marchand", "J. R. Mammadov", "Sophie O'Neill",
        "Priya D'Souza", "Արմեն Գրիգորյան", "Olivier de la Croix", "Mariam Ter-Ghazaryan", "K. Aliyeva"]
HARD_TEST = ["Lena van den Bosch", "Khalid bin Saeed", "Marie-Claire Dubois", "T. S. Huseynov", "Liam O'Brien",
             "Lucia D'Amico", "Անի Պետրոսյան", "Pedro da Silva", "Ivan Ter-Petrosyan", "M. K. Rzayeva"]
# a small batch of new forms, written after the development batch above was tuned on, measured once
LATER_TEST = [
    ("name of any form alone under the title, markdown", "md", "# {T}\n\n{H}\n\n{BODY}", ["H"], None),
    ("name and its outlet after a comma, a date under it", "txt",
     "{T}\n\n{H}, Tbilisi Chronicle\n5 April 2023\n\n{BODY}", ["H"], "Tbilisi Chronicle"),
    ("two names under the title, the second of any form", "txt", "{T}\n\n{A} & {H}\n\n{BODY}", ["A", "H"], None),
    ("name with a weekly glued on", "txt", "{T}\n\n{H} Caspian Monitor\n\n{BODY}", ["H"], "Caspian Monitor"),
    ("peninsula under the title", "txt", "{T}\n\nAbsheron Peninsula\n\n{BODY}", [], None),
    ("factory under the title", "txt", "{T}\n\nGanja Textile Works\n\n{BODY}", [], None),
    ("a series' name under the title", "txt", "{T}\n\nEastern Neighbourhood Papers\n\n{BODY}", [], None),
    ("outlet and a city under the title", "txt", "{T}\n\nShirvan Gazette, Lankaran\n\n{BODY}", [], None),
    ("name of any form under the title, the body a letter", "txt",
     "{T}\n\n{H}\n\nDear readers,\n\n{BODY}", ["H"], None),
    ("name with a region's outlet after a comma", "txt", "{T}\n\n{A}, Ganja Regional Gazette\n\n{BODY}", ["A"],
     "Ganja Regional Gazette"),
]


def split(forms: list) -> tuple[list, list]:
    return forms[0::2], forms[1::2]


def _name(origin: str, k: int, cyrillic: bool = False) -> str:
    given, family = (CYRILLIC if cyrillic else NAMES[origin])[k % 6]
    return f"{given} {family}"


def _fill(template: str, i: int, v: int, hard: list = HARD) -> tuple[str, dict]:
    origin_a = ORIGINS[(i + 3 * v) % len(ORIGINS)]
    origin_b = ORIGINS[(i + 3 * v + 2) % len(ORIGINS)]
    origin_p = ORIGINS[(i + 3 * v + 5) % len(ORIGINS)]
    people = {"A": _name(origin_a, i + v), "B": _name(origin_b, i + v + 1), "P": _name(origin_p, i + v + 2),
              "S": _name(origin_b, i + v + 3), "RA": _name("", i + v, cyrillic=True),
              "H": hard[(i + 3 * v) % len(hard)],
              **{script: names[(i + v) % len(names)] for script, names in NATIVE.items()}}
    body = BODIES[(i + v) % len(BODIES)]
    text = template.replace("{Q}", QUOTE).replace("{BODY}", body).replace("{T}", TITLES[(i + v) % len(TITLES)])
    for key, value in people.items():
        text = text.replace("{%s}" % key, value)
    return text + "\n", people


@lru_cache(maxsize=1)
def cells() -> list[Cell]:
    dev, test = split(TEMPLATES)
    out = []
    for part, templates in (("dev", dev + ADDED), ("test", test), ("later", LATER_TEST)):
        for i, (genre, fmt, template, names, affiliation) in enumerate(templates):
            for v in range(2):
                text, people = _fill(template, i, v, HARD_TEST if part == "later" else HARD)
                out.append(Cell(f"{part}-{i:02d}-{v}", part, genre, fmt, text, tuple(people[n] for n in names),
                                affiliation))
    return out


@lru_cache(maxsize=1)
def results() -> list[tuple[Cell, dict]]:
    """Each cell with the reader's authors (read from a file, as a user's document is)."""
    from azmap.corpus.reading import read

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, cell in enumerate(cells()):
            path = Path(tmp) / f"doc{k}.{cell.fmt}"
            path.write_text(cell.text, encoding="utf-8")
            authors = read(path).meta.authors
            people = tuple(a["name"] for a in authors if not a.get("organisation"))
            first = next((a for a in authors if not a.get("organisation")), {})
            out.append((cell, {"authors": people == cell.authors,
                               "affiliation": cell.affiliation is None or first.get("affiliation") == cell.affiliation,
                               "got": [(a["name"], a.get("affiliation"), bool(a.get("organisation")))
                                       for a in authors]}))
    return out


def figures(part: str) -> dict:
    rows = [(c, r) for c, r in results() if c.part == part]
    return {"cells": len(rows), "authors": sum(r["authors"] for _, r in rows),
            "affiliation": sum(r["affiliation"] for c, r in rows if c.affiliation),
            "with affiliation": sum(1 for c, _ in rows if c.affiliation),
            "no author, none given": sum(r["authors"] for c, r in rows if not c.authors),
            "no author": sum(1 for c, _ in rows if not c.authors)}


def misses(part: str) -> list[tuple[Cell, dict]]:
    return [(c, r) for c, r in results() if c.part == part and not (r["authors"] and r["affiliation"])]


if __name__ == "__main__":
    part = next((a for a in sys.argv[1:] if a in ("dev", "test", "later")), "dev")
    print(part, figures(part))
    if "-v" in sys.argv:
        for cell, r in misses(part):
            print(f"--- {cell.name} {cell.genre}: got {r['got']!r} want {list(cell.authors)!r} / {cell.affiliation!r}")
