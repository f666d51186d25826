"""A registered name typed in lower case that is an English or Swedish word, in a sentence of
a neighbour language where it is no word.

`names.py` keeps a lower-case registered name that is an ordinary word of English or Swedish
("may", "bill", "milan", "hanne") as the word unless its setting says person. That is right in
an English or Swedish note, where the word is a word. In a sentence written in Norwegian,
Danish, Finnish or German (`note_language.sentence_language`, the word itself not counted)
the word is a word only if that language has it: "da may promenerte i Horten", "odotin bill
kaksi tuntia", "als milan kam" name a person, since neither Norwegian, Finnish nor German
writes such a word; "ho såg ein mark", "han har ei sol", "er will nicht" keep their words
("mark", "sol", "will" are words there, listed or regularly inflected:
`note_language.word_of`). A note whose start is clearly English is not looked at (a lone
Norwegian line in it is rare, and "may" and "will" are frequent there), unless the word stands
right after a preposition only Norwegian and Danish write ("fra", "frå", "til": "Vi fik en
kaffemaskine fra wheat i dag" in an English note); every other note is,
because Norwegian and Danish share enough frequent words with Swedish ("det", "er") that a
whole-note guess may call them Swedish; a note with no frequent word of a neighbour language
(`_MARKERS`) and no letters only Finnish writes (`_FINNISH`) is not looked at either, unless
it is short (a line or two: `_SHORT` characters), where the count costs little.

Not a word right after a number ("2-3 min": a unit), a word before a word only English or
only Swedish has ("it may sound like ... Du kan prata": a sentence that lost its stop runs on
into the next), a word that goes on after an apostrophe (Finnish "raa'an"), nor a word whose
written form with its "s" is itself a word ("mange odds").
"""

from __future__ import annotations

import re
from functools import lru_cache

from casebook.deid import context, namecontext, note_language, note_tokens, vocab
from casebook.deid.context import guess_languages

_GLUED = frozenset("'’")
_GENITIVE = re.compile(r"['’]s(?![^\W\d_])")
_NUMBER_BEFORE = re.compile(r"\d[ \t]?\Z")
_neighbour = note_language.neighbour_words


# Frequent words of Norwegian or Danish, Finnish and German that English and Swedish do not
# write: a note with none of them holds no sentence of a neighbour language worth asking about.
_MARKERS = frozenset(
    """og ikke ikkje jeg hun ble meget mye noe noget hvor kva dei også være vere hadde havde frå til
    ei että hän hänen hänet hänelle sitä tämä nyt vielä jo oli mutta kun myös ovat olla tai vain ole
    niin kuin ollut und ist nicht mit sich auch ich wir sie zu auf aber wurde bei nach das
    der""".split()
)


# Letters Finnish writes and Swedish and English hardly do: a word ending in "ä", a long
# vowel ("ää", "yy", "öö", "aa", "ii", "uu").
_SHORT = 400  # a note this short is asked about whatever its words (a cheap count)
_FINNISH = ("ä ", "ä.", "ä,", "ää", "yy", "öö", "aa", "ii", "uu")


@lru_cache(maxsize=256)
def _neighbour_marked(low: str) -> bool:
    """Whether the lower-cased note holds a frequent word of a neighbour language between
    spaces, or Finnish letters (a split, set and substring look-ups in C, once per note)."""
    return not _MARKERS.isdisjoint(note_tokens.tokens(low)) or any(pair in low for pair in _FINNISH)


def neighbour_marked(low: str) -> bool:
    """Whether the lower-cased note may hold a sentence of a neighbour language: it is short
    (`_SHORT`), or holds one of their frequent words or Finnish letters (cached per note)."""
    return len(low) <= _SHORT or _neighbour_marked(low)


@lru_cache(maxsize=4096)
def _everywhere(word: str) -> bool:
    """Whether `word` is an ordinary word of every neighbour language."""
    return word in _neighbour() and all(
        note_language.word_of(word, lang) for lang in note_language.NEIGHBOURS
    )


def _glued(low: str, start: int, end: int) -> bool:
    """Whether an apostrophe joins the word to letters ("raa'an": "raa" or "an"),
    not a genitive "'s"."""
    before = start > 1 and low[start - 1] in _GLUED and low[start - 2].isalpha()
    after = low[end : end + 1] in _GLUED and low[end + 1 : end + 2].isalpha()
    return before or (after and not _GENITIVE.match(low, end))


def _after_number(low: str, start: int) -> bool:
    return _NUMBER_BEFORE.search(low, max(0, start - 2), start) is not None


# Prepositions that only Norwegian and Danish write, of the kind that takes a person ("fra",
# "frå", from; "til", to): right before the word, they open a lone Norwegian or Danish line in an
# English note, which is asked about as any other note's sentence is.
_NEIGHBOUR_PREPOSITIONS = frozenset({"fra", "frå", "til"})


def _after_neighbour_preposition(low: str, start: int) -> bool:
    """Whether a preposition only Norwegian and Danish write stands right before `start`."""
    prev, gap = context.previous_word(low, start)
    return not gap and prev in _NEIGHBOUR_PREPOSITIONS


def person(
    text: str, low: str, token: tuple, language: list[tuple[str, ...]], study: tuple[str, ...]
) -> bool:
    """Whether the lower-case registered word low[start:end] (`token`'s first two items), an
    ordinary word of English or Swedish, names a person because its sentence is in a
    neighbour language that has no such word (`language`: the whole note's guess, filled in
    here when empty, shared with the caller; `study`: the study's languages)."""
    start, end = token[0], token[1]
    if not text[start].islower():
        return False
    if not language:
        language.append(guess_languages(low, study))
    if (language[0] == ("en",) and not _after_neighbour_preposition(low, start)) or (
        len(low) > _SHORT and not _neighbour_marked(low)
    ):
        return False  # an English note, or a longer one with no neighbour's sentence
    if _glued(low, start, end) or _after_number(low, start):
        return False  # "raa'an", "2-3 min": a word with its own apostrophe, a unit
    word, written = low[start:end], low[start : token[3]]
    if written != word and (written in vocab.known_words() or written in _neighbour()):
        return False  # "mange odds": the word with its "s" is a word, no genitive
    if _everywhere(word) or namecontext.local_language(low, start, end, next_only=True):
        return False  # a word of every neighbour language ("vi"); "may sound": English
    languages = note_language.sentence_language(text, start, end, count_word=False)
    return bool(languages) and not any(note_language.word_of(word, lang) for lang in languages)
