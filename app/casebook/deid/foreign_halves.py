"""A capitalised word that is no word of its sentence's language, right beside a registered
name's half in the place of the other half: the rest of that name ("hämtade Ulvhild Tornbakk
barnen" beside a registered Ulvhild Sandberg; "Se oli Curitiba Mikkonen, joka" beside a
registered Aino Mikkonen).

People share given names and family names with the people a study registered, and the
registered half is found and replaced; the stranger's other half, left beside it, tells who
it was. `stranger_halves` takes that half when it is a name of the lexicon or a word no list
knows, and `capital_halves` an ordinary word capitalised inside a sentence where the phrase
ends with it; neither takes a town's name ("Ebeltoft", "Våler"), a compound no list holds
("Tornbakk"), or a word of another language than the sentence's ("Mattan" in a Finnish
sentence, "Beret" in a Swedish one). Such a word, capitalised and glued to the registered
half where the registry puts the other half (after a given name, before a family name), is
no word the sentence is written in: a name is what stands there.

Only beside a registered name found as written (no near miss, no stranger's half), one word,
the registered person's given name (the word after it is looked at) or family name (the word
before it), one space between. The word is written with one capital, three letters or more,
touched by no other span, and is no ordinary word of the sentence's language (its
neighbour-language group by `note_language.sentence_language`, else English or Swedish by
`namecontext.local_language`, else either), no Finnish case of a town ("Tampereella
Mikkonen kertoi": where), and none of the words capitalised beside a name without being
part of it (`capital_halves.not_halves`: months, titles, roles, relations, labels,
greetings, countries, nationalities, closed-class words; towns excepted). Before the name,
not after a capitalised word or a figure (a title's or a heading's run of capitals) nor in a
German sentence, which capitalises its nouns, nor one of the 300 most frequent words of a
neighbour language, Swedish or English opening the sentence ("Også Langås på NAV-kontoret
var med": also).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from casebook.deid import (
    capital_halves,
    lexicon,
    name_inflection,
    namecontext,
    note_language,
    vocab,
)
from casebook.deid.context import sentence_start

if TYPE_CHECKING:
    from casebook.deid.redactor import Span
    from casebook.deid.registry import NameEntry

_WORD = r"[^\W\d_][^\W\d_'’-]*[^\W\d_]"
_AFTER = re.compile(rf"[ \t]({_WORD})(?![^\W\d_'’-])")
_BEFORE = re.compile(rf"(?<![^\W\d_'’.-])({_WORD})[ \t]\Z")
_MIN = 3  # letters: "Bo", "Li" are words as often
# Languages whose 300 most frequent words open sentences before a family name.
_FREQUENT_IN = (*note_language.NEIGHBOURS, "sv", "en")


def find(text: str, spans: list[Span], entries: Mapping[str, NameEntry]) -> list[tuple[int, int]]:
    """Stretches (start, end) of the words beside a registered half in `spans` (sorted, not
    overlapping) that are the rest of that name (module docstring)."""
    out: list[tuple[int, int]] = []
    low = ""
    for index, span in enumerate(spans):
        if span.kind != "name" or span.key is None or span.via or span.key not in entries:
            continue
        written = text[span.start : span.end]
        if not written[:1].isupper() or not written[1:].islower():
            continue
        parts = entries[span.key].canonical.lower().split()
        if len(parts) < 2:
            continue
        half = written.lower()
        if half == parts[0]:  # the given name: the family name follows
            following = spans[index + 1].start if index + 1 < len(spans) else len(text)
            match = _AFTER.match(text, span.end)
            if match is None or match.end(1) > following:
                continue
            start, end = match.span(1)
        elif half == parts[-1]:  # the family name: the given name stands before it
            preceding = spans[index - 1].end if index else 0
            match = _BEFORE.search(text, max(preceding, span.start - 40), span.start)
            if match is None or match.start(1) < preceding:
                continue
            start, end = match.span(1)
            if _after_capital_or_figure(text, start):
                continue  # "Great Hall Lind": a run of capitals, a title or a heading
            if sentence_start(text, start) and note_language.frequent(
                text[start:end].lower(), _FREQUENT_IN
            ):
                continue  # "Også Langås på NAV-kontoret": the sentence's opening word
        else:
            continue
        if not low:
            low = text.lower()
        if _foreign(text, low, start, end):
            out.append((start, end))
    return out


def _after_capital_or_figure(text: str, start: int) -> bool:
    """Whether a capitalised word that opens no sentence, or a figure, stands right before
    text[start] on its line ("The Great Hall Lind"; not "Eilen Mattan Mikkonen", whose
    first word is capitalised because it opens the sentence)."""
    before = _PREVIOUS.search(text, max(0, start - 40), start)
    if before is None or not (before.group(1)[0].isupper() or before.group(1)[0].isdigit()):
        return False
    return before.group(1)[0].isdigit() or not sentence_start(text, before.start(1))


_PREVIOUS = re.compile(r"([^\W_][^\s]*)[ \t]+\Z")


def _foreign(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a capitalised word no word of its sentence's language."""
    written = text[start:end]
    if (
        len(written) < _MIN
        or not written[0].isupper()
        or not written[1:].replace("-", "").islower()
    ):
        return False
    word = written.lower()
    if word in _not_halves():
        return False
    if word not in lexicon.places() and any(
        base != word and base in lexicon.places() for base in name_inflection.bases(word)
    ):
        return False  # "Tampereella": a town's case, where it happened
    languages = note_language.sentence_language(text, start, end, count_word=False)
    if languages == ("de",):
        return False  # German writes its nouns with a capital
    if languages is None:
        languages = namecontext.local_language(low, start, end) or ("en", "sv")
    return not any(_word_of(word, lang) for lang in languages)


def _word_of(word: str, lang: str) -> bool:
    if lang in ("en", "sv"):
        return word in vocab.listed(lang)  # (not `is_word_form`: any language's word)
    return note_language.word_of(word, lang)


def _not_halves() -> frozenset[str]:
    return capital_halves.not_halves(towns=False)
