"""A note on how a transcript was made: by machine or automatically, perhaps edited, perhaps wrong, the
recording the authority ("This transcript was generated automatically and may contain errors", "Розшифровка
зроблена автоматично та відредагована", "Dieses Transkript wurde automatisch erstellt"). It is about the text,
not of it: no body. A short note only (two sentences or three at most), naming the transcript and how it was
made; a story's paragraph that speaks of a transcript and of an automatic system goes on as one sentence of
a report and stays.

Where the note is set apart by its form (a blockquote, or italics over the whole block) before the text's
first paragraph, the machine's word in its first sentence is enough, whatever noun it gives the text ("Bu
döküm otomatik olarak oluşturulmuş", "Deze tekst is automatisch gegenereerd"): a plain paragraph over the
turns that speaks of automatic checks is the programme's summary and stays.
"""
from __future__ import annotations

import re

# the transcript, by language
_TRANSCRIPT = {
    "en": "transcripts? transcription",
    "de": "transkript transkription abschrift mitschrift",
    "fr": "transcription",
    "es": "transcripción",
    "it": "trascrizione",
    "pt": "transcrição",
    "pl": "transkrypcja transkrypt",
    "ru": "расшифровка стенограмма транскрипт",
    "uk": "розшифровка стенограма транскрипт",
    "tr": "transkript deşifre döküm dökümü",
    "az": "transkript deşifrə",
    "nl": "transcript transcriptie",
    "sv": "transkript transkription transkriberingen",
}
# made by machine, automatically (the note says so of itself)
_MACHINE = {
    "en": r"automatic(?:ally)? machine[- ]generated generated\s+(?:automatically|by\s+(?:a\s+)?machine)",
    "de": r"automatisch maschinell",
    "fr": r"automatique(?:ment)?",
    "es": r"automática(?:mente)?",
    "it": r"automatica(?:mente)?",
    "pt": r"automática(?:mente)?",
    "pl": r"automatycznie automatyczna",
    "ru": r"автоматически автоматическая",
    "uk": r"автоматично автоматична",
    "tr": r"otomatik",
    "az": r"avtomatik",
    "nl": r"automatisch",
    "sv": r"automatiskt automatisk",
}
_TRANSCRIPT_WORD = re.compile(r"(?<!\w)(?:" + "|".join(w for v in _TRANSCRIPT.values() for w in v.split()) + r")(?!\w)",
                              re.I)
_MACHINE_WORD = re.compile(r"(?<!\w)(?:" + "|".join(w for v in _MACHINE.values() for w in v.split()) + r")(?!\w)", re.I)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_MAX_CHARS = 300


def is_note(text: str, set_apart: bool = False) -> bool:
    """Whether a block is a note on its transcript's being made automatically (``set_apart``: the block is a
    blockquote or wholly in italics and stands before the text's first paragraph)."""
    t = text.strip().strip("*_> ").strip()
    if not t or len(t) > _MAX_CHARS or len(_SENTENCE_END.findall(t)) > 3:
        return False
    machine = bool(_MACHINE_WORD.search(t[:_SENTENCE_END.search(t + ".").end()]))
    if set_apart:
        return machine
    words = _TRANSCRIPT_WORD.search(t)
    # the transcript named first, in the note's first sentence, with the machine's word
    return bool(words) and words.start() < 60 and machine


def capitals_note(text: str, next_text: str) -> bool:
    """Whether a block set in capitals, before the text's first paragraph and over one in mixed case (``next_text``: the
    next block of eight words or more), is a note on
    its transcript: short (three sentences at most), naming the transcript among its first words ("THIS TRANSCRIPT
    WAS TYPED FROM A RECORDING …", "DIESE ABSCHRIFT …", "ДАННАЯ СТЕНОГРАММА …"); capitals set it apart as a
    blockquote does, whether or not a machine made it. In a text in capitals throughout they set nothing apart."""
    t = text.strip().strip("*_> ").strip()
    letters = [c for c in t if c.isalpha()]
    after = [c for c in next_text if c.isalpha()]
    if not letters or len(t) > _MAX_CHARS or len(_SENTENCE_END.findall(t)) > 3 or len(t.split()) < 6 \
            or sum(c.isupper() for c in letters) < 0.9 * len(letters) \
            or not after or sum(c.isupper() for c in after) > 0.5 * len(after):
        return False
    words = _TRANSCRIPT_WORD.search(t)
    return bool(words) and words.start() < 40


def set_apart(raw: str) -> bool:
    """Whether a block's markdown sets it apart: a blockquote, or italics over the whole block."""
    t = raw.strip()
    return t[:1] == ">" or len(t) > 2 and t[0] in "*_" and t[-1] == t[0] and t[:2] != "**"


# the text as an interview or a conversation (the transcript's own words above name it too), by language
_TALK = {
    "en": "interview conversation", "de": "interview gespräch gesprächs", "fr": "entretien interview",
    "es": "entrevista conversación", "it": "intervista conversazione", "pt": "entrevista conversa",
    "pl": "wywiad rozmowa rozmowę", "ru": "интервью беседа беседу разговор", "uk": "інтерв'ю інтерв’ю розмова розмову",
    "tr": "röportaj söyleşi görüşme", "az": "müsahibə söhbət", "nl": "interview gesprek", "sv": "intervju samtal",
}
# edited, condensed or shortened (for length or clarity), as the note says of the text
_EDITED = {
    "en": "edited condensed shortened abridged", "de": "gekürzt redigiert bearbeitet",
    "fr": "édité éditée condensé condensée raccourci raccourcie remanié remaniée",
    "es": "editada editado condensada condensado abreviada abreviado", "it": "editata editato ridotta ridotto "
    "condensata condensato", "pt": "editada editado condensada condensado", "pl": "zredagowany zredagowana "
    "skrócony skrócona skrócono", "ru": "сокращена сокращено сокращённом сокращенном отредактирована отредактировано",
    "uk": "скорочено скорочена відредаговано відредагована", "tr": "kısaltılarak kısaltılmış düzenlenmiştir düzenlendi",
    "az": "ixtisarla ixtisarlarla redaktə", "nl": "ingekort bewerkt geredigeerd", "sv": "redigerad redigerats förkortad",
}
_NAMED_TEXT = re.compile(r"(?<!\w)(?:" + "|".join(w for v in [*_TRANSCRIPT.values(), *_TALK.values()] for w in v.split())
                         + r")(?!\w)", re.I)
_EDITED_WORD = re.compile(r"(?<!\w)(?:" + "|".join(w for v in _EDITED.values() for w in v.split()) + r")(?!\w)", re.I)
_MAX_NOTE_WORDS = 16


def is_edited_note(text: str) -> bool:
    """Whether a short block (three sentences at most) says of its transcript or interview that it was edited,
    condensed or shortened, in a short sentence that names the text among its first words ("The transcript below
    has been edited for length and clarity.", "Das Gespräch wurde gekürzt und redigiert."): a note on the text,
    no body, whatever the sentences before it say of the broadcast."""
    t = text.strip().strip("*_> ").strip()
    if not t or len(t) > _MAX_CHARS or len(_SENTENCE_END.findall(t)) > 3 or not _EDITED_WORD.search(t):
        return False
    for sentence in re.split(r"(?<=[.;!?])\s+", t):
        words = sentence.split()
        named = _NAMED_TEXT.search(" ".join(words[:5]))
        if named and len(words) <= _MAX_NOTE_WORDS and _EDITED_WORD.search(sentence):
            return True
    return False
