"""A stranger's name typed in lower case with a letter of another alphabet, where a person is
meant: "På väg ut träffade vi barın, som jobbar i kiosken", "träffade vi firuze hayrioğlu",
"pratat med doktor həsənov", "met Dr wołk-lewanowicz".

`foreign_letters.py` takes a capitalised word written with a letter none of the study's
languages uses ("Işıl", "Białecki"); `lowercase_names.py` takes a lower-case word only when it
is a name of the lexicon, and the names of the largest groups born abroad are mostly not
("barın", "hayrioğlu"). A lower-case word with such a letter ("ı", "ğ", "ş", "ə", "ł", "ć";
Turkish, Azerbaijani, Polish, Czech, Croatian, Baltic and Hungarian letters of
`foreign_letters.foreign_letter`, not Vietnamese tone marks, whose lower-case words are
as often of that language) that no word list knows and that
is no town is a name here when a person is meant by the words before it: a preposition that
takes a person ("med", "with", "hos", "enligt"), a verb whose object is a person ("träffade",
"met"), also after its inverted subject ("träffade vi"), a title or a relation word
("doktor", "dr", "brodern"). A lower-case word before it that no list knows, shaped like a
name, is its given name ("firuze hayrioğlu"), and one after it with such a letter its family
name.

Left alone: a word of that alphabet in a sentence that has more of them (a quoted
Polish sentence: "była miła, dziękuję"), a word with no person's cue before it (a dish, a
greeting: "vi drack ayran, sa teşekkürler"), a town ("till Łódź"), a month or weekday word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from casebook.deid import lexicon, person_cues, vocab
from casebook.deid.context import previous_word
from casebook.deid.foreign_letters import foreign_letter

_LETTERS = frozenset("ıığşəǝłśźżńćęąřůěťďľĺŕňāēīūģķļņėįųőűơư")
_ANY = re.compile(f"[{''.join(sorted(_LETTERS))}]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CUES = vocab.PERSON_PREPOSITIONS | vocab.PERSON_VERBS | vocab.TITLES | vocab.RELATIONS
_NAME, _UNKNOWN = "N", "U"
_AROUND = 80


def find(
    text: str,
    low: str,
    taken: Sequence[Sequence[object]],
    word_class: Callable[[str], str | None],
) -> list[tuple[int, int]]:
    """Where such a name stands in `text` (`low` its lower case, aligned), outside `taken`."""
    if _ANY.search(low) is None:
        return []  # (one C-level scan: most notes hold no such letter)
    words = [m for m in _WORD.finditer(text) if _ANY.search(m.group()) is not None]
    out: list[tuple[int, int]] = []
    for match in words:
        start, end = match.span()
        word = match.group()
        if not word.islower() or not _stranger(word, word_class):
            continue
        if out and start <= out[-1][1] + 1:
            continue  # the family name of the name just taken
        first = start
        prev, gap = previous_word(low, start)
        before = _word_before(text, start)
        if prev not in _CUES and before is not None and _given(before.group(), word_class):
            first = before.start()  # "träffade vi firuze hayrioğlu"
            prev, gap = previous_word(low, first)
        if gap or not (prev in _CUES or person_cues.after_inverted_subject(low, first)):
            continue
        last = end
        after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if after is not None and after.group().islower() and _stranger(after.group(), word_class):
            last = after.end()  # "rövşanə şərifova"
        if _quoted_language(text, words, first, last):
            continue
        if any(
            s < last and first < e and not (first <= s and e <= last)  # type: ignore[operator]
            for s, e, *_ in taken
        ):
            continue  # a span reaching out of the name; one inside it is joined to it
        out.append((first, last))
    return out


def _stranger(word: str, word_class: Callable[[str], str | None]) -> bool:
    """A word with a foreign letter that no list knows and no town is (`foreign_letter`)."""
    if not foreign_letter(word) or word in vocab.known_words():
        return False
    parts = word.split("-")
    return all(word_class(p[:1].upper() + p[1:]) in (_NAME, _UNKNOWN) for p in parts if p)


def _given(word: str, word_class: Callable[[str], str | None]) -> bool:
    """A lower-case word before the foreign one that may be its given name."""
    if not word.islower() or word in _CUES or word in vocab.known_words():
        return False
    return word_class(word.capitalize()) in (_NAME, _UNKNOWN) and lexicon.name_shaped(word)


def _word_before(text: str, start: int) -> re.Match[str] | None:
    """The word right before `start`, one space between."""
    if start < 2 or text[start - 1] != " ":
        return None
    space = text.rfind(" ", 0, start - 1)
    match = _WORD.fullmatch(text, space + 1, start - 1)
    return match


def _quoted_language(text: str, words: list[re.Match[str]], first: int, last: int) -> bool:
    """Whether another lower-case word with such a letter stands near the name: the sentence
    is then written in that language, not about a person of it."""
    for match in words:
        s = match.start()
        if first <= s < last or abs(s - first) > _AROUND:
            continue
        if match.group().islower() and foreign_letter(match.group()):
            return True
    return False
