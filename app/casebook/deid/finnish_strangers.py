"""Who opens a Finnish sentence: a stranger's name no lexicon holds, written as no Finnish word
is, before a finite verb of the third person: "Višeslav on vähän synkkämielinen", "Kayatürk
lähti matkaan", "Aatiq ei ole niin vanha", "Gniewko yritti".

`opening_strangers.py` reads no Finnish: a Finnish noun opening a sentence is inflected or
compounded and unknown to the word lists as often as a name is ("Hovietiketti ei"). But
Finnish words have a sound shape of their own, and the names of the people born abroad whom a
Finnish note is about mostly break it: a letter Finnish writes only in loans ("b", "c", "f",
"q", "w", "x", "z", "å", any accent but "ä" and "ö": "Purificación", "Ignát", "Kayatürk"), two
consonants opening the word ("Gniewko", "Khoa", "Vladimir"; Finnish opens with one) or a
final consonant Finnish nouns never end with ("Peep", "Aatiq", "Višeslav": a Finnish word ends
in a vowel or in "n", "s", "t", "l" or "r"). A loanword with such a shape is in the lists
("Bussi", "Presidentti") or a regular form of a listed one (`note_language.word_of`:
"Psykoosi", read as the lists' words are inflected; of the lexicon's 26,600 names so
shaped, 9 read so), so it is no stranger (U in `unregistered.py`).

Taken here: such a word (U, shaped like a name, three letters or more, not in capitals)
opening a sentence (`context.sentence_start`), perhaps with a family name after it of the
same kind or of the lexicon ("Grace Hunter"), before a Finnish finite verb of the third
person (`clause_verbs.finnish_finite`, or a past in "-i" whose present the Finnish word lists
hold: "lähti", "yritti"), in a sentence `note_language` reads as Finnish. A word in a case of
place is a town ("Düsseldorfissa asuu")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from casebook.deid import lexicon, note_language, vocab
from casebook.deid.clause_verbs import finnish_finite
from casebook.deid.context import sentence_start
from casebook.deid.neighbour_forms import FINNISH_VOWELS
from casebook.deid.overlaps import Overlaps

_WORDS = (
    r"([A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿā-ɏ]{2,})"
    r"(?: ([A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿā-ɏ]{2,}))? ([a-zäö]{2,})(?![^\W\d_'’-])"
)
_AT_START = re.compile(_WORDS)
_OPENING = re.compile(r"[.!?:\n\"'«»“”•*)\]0-9-][ \t]?" + _WORDS)
# Letters of Finnish and of its everyday loans ("bussi", "filmi", "golf"; "å" in Swedish
# names of places), and what may follow a consonant opening a loan ("presidentti", "klovni").
_FINNISH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöå") - frozenset("cqwxz")
_VOWELS = frozenset(FINNISH_VOWELS)
_FINAL = frozenset("aeiouyäönstlr")
_SECOND = frozenset("lrjv")
_OPENING_SECOND = _VOWELS | _SECOND
_PLACE_CASES = ("ssa", "ssä", "sta", "stä")
_LONG = ("aa", "ää", "ee")


def un_finnish(word: str) -> bool:
    """Whether a lower-case word is written as no Finnish word is: a loan letter or an
    accent, two consonants opening it, or a final consonant Finnish never ends a word with."""
    if any(c not in _FINNISH_LETTERS for c in word):
        return True  # "Purificación", "Kayatürk", "Jowita"
    if word[0] not in _VOWELS and word[0] != "s" and word[1] not in _OPENING_SECOND:
        return True  # "Gniewko", "Khoa": no loan opens so ("presidentti", "stressi" do)
    return word[-1] not in _FINAL  # "Peep", "Aatiq"


def _finite(verb: str, given: str) -> bool:
    """Whether `verb` after the word `given` is a finite verb of the third person."""
    if verb in vocab.PRONOUNS or given.lower().endswith(_PLACE_CASES):
        return False  # "Düsseldorfissa asuu": a town, where something is
    return _finite_verb(verb)


@lru_cache(maxsize=1 << 15)
def _finite_verb(verb: str) -> bool:
    """`finnish_finite` or `past`: a function of the word and the word lists only, asked of
    the word after every capitalised word that may open a sentence (cached)."""
    return finnish_finite(verb) or past(verb)


def past(verb: str) -> bool:
    """Whether a word ending in "-i" is the past of a verb whose present the Finnish lists
    hold: "lähti" (lähtee), "odotti" (odottaa), "sanoi" (sanoo), "halusi" (haluaa); a noun in
    "-i" has none ("kriisi", "presidentti")."""
    if len(verb) < 4 or not verb.endswith("i"):
        return False
    stem = verb[:-1]
    forms = [stem + stem[-1], *(stem + long for long in _LONG)]
    if verb.endswith("si"):
        forms += [verb[:-2] + long for long in ("aa", "ää", "a", "ä")]
    words = note_language.ordinary_words("fi")
    return any(form in words for form in forms if form != verb)


def find(
    text: str, taken: Sequence[Sequence[object]], word_class: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Where such a stranger opens a Finnish sentence in `text`, outside the spans `taken`
    ((start, end, ...)): from its first letter to the end of its last capitalised word."""
    out = []
    hits = Overlaps(taken)  # type: ignore[arg-type]
    first = _AT_START.match(text)
    for match in [*([first] if first else []), *_OPENING.finditer(text)]:
        given, family, verb = match.group(1), match.group(2), match.group(3)
        if not _finite(verb, given) or not _stranger(given, word_class):
            continue
        if family and not (_stranger(family, word_class) or word_class(family) == "N"):
            continue  # "Grace Hunter" yes; a word or a town after it, no
        start = match.start(1)
        end = match.end(2) if family else match.end(1)
        if not sentence_start(text, start):
            continue
        if hits.hit(start, end):
            continue
        if note_language.sentence_language(text, start, end, count_word=False) != ("fi",):
            continue
        out.append((start, end))
    return out


def _stranger(word: str, word_class: Callable[[str], str | None]) -> bool:
    low = word.lower()
    return (
        lexicon.name_shaped(low)
        and un_finnish(low)
        and not word.isupper()
        and word_class(word) == "U"
        and not note_language.word_of(low, "fi")  # "Psykoosi on ...": a loan the lists inflect
    )
