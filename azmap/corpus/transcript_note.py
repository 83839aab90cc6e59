"""A note on how a transcript was made: by machine or automatically, perhaps edited, perhaps wrong, the
recording the authority ("This transcript was generated automatically and may contain errors", "Розшифровка
зроблена автоматично та відредагована", "Dieses Transkript wurde automatisch erstellt"). It is about the text,
not of it: no body. A short note only (two sentences or three at most), naming the transcript and how it was
made; a story's paragraph that speaks of a transcript and of an automatic system goes on as one sentence of
a report and stays.
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
    "tr": "transkript deşifre",
    "az": "transkript deşifrə",
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
}
_TRANSCRIPT_WORD = re.compile(r"(?<!\w)(?:" + "|".join(w for v in _TRANSCRIPT.values() for w in v.split()) + r")(?!\w)",
                              re.I)
_MACHINE_WORD = re.compile(r"(?<!\w)(?:" + "|".join(w for v in _MACHINE.values() for w in v.split()) + r")(?!\w)", re.I)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_MAX_CHARS = 300


def is_note(text: str) -> bool:
    """Whether a block is a note on its transcript's being made automatically."""
    t = text.strip().strip("*_> ").strip()
    if not t or len(t) > _MAX_CHARS or len(_SENTENCE_END.findall(t)) > 3:
        return False
    words = _TRANSCRIPT_WORD.search(t)
    # the transcript named first, in the note's first sentence, with the machine's word
    return bool(words) and words.start() < 60 and bool(_MACHINE_WORD.search(t[:_SENTENCE_END.search(t + ".").end()]))
