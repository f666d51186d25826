"""A stranger's name opening a sentence as the subject of a verb in the past: "Moussa ryckte
på axlarna", "Olumide shrugged".

`unregistered.py` takes an unknown capitalised word (U: no ordinary word, no name of the
lexicon, no town) before a verb of its list of saying and doing (rule 7, "Zlatko said"), and
`clause_verbs.subject` after a conjunction or a question word before a finite verb by its
shape ("medan Soufiane låg"). A sentence's start opens a clause as those words do, but there
every word is capitalised, so only U is read, and only before a weak past
(`clause_verbs.past`: a known Swedish or English word ending as a weak past does, "ryckte",
"shrugged"; the strong pasts, "såg", would double the scan's time): the word opens a
sentence, a line, a quotation or a timed item, no dictionary, word form, lexicon or
gazetteer knows it, nor the lists of Norwegian, Danish, Finnish or German, it is shaped like
a name (`lexicon.name_shaped`, or a letter of no alphabet of ours), and its sentence is in
Swedish or English (`note_language.sentence_language` finds no neighbour).

Left alone: a word in capitals ("NSAID ordinerade"), of fewer than three letters, before a
verb of `subordinate_subjects.FINITE` ("Spotify har", "Covid var": a thing has and is as
often), in a sentence of a neighbour language ("Politiet tok", "Kempeleessä oli": nouns and
towns that no list of ours holds), and a word one slip from a known word ("Kuatorn
antecknade": `wordforms.slip_of_word`). A brand no list holds before a past of a verb things
do too ("Skype krånglade") is taken: a cost measured on the validation sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from casebook.deid import clause_verbs, lexicon, note_language, vocab, wordforms
from casebook.deid.context import sentence_start
from casebook.deid.foreign_letters import foreign_letter
from casebook.deid.subordinate_subjects import FINITE

_U = "U"
# A capitalised word, one space, then a lower-case word ending as a weak past does: the
# candidates, in one C scan that starts only at capitals (a strong past, "såg", would make
# the scan an alternation of every one of them, twice as slow); `sentence_start` then says
# whether the word opens a sentence, a line, a quotation or a timed item.
_OPENING = re.compile(
    r"([A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]{2,}) ([a-zß-öø-ÿ][^\W\d_]*(?:de|te|ed))(?![^\W\d_'’-])"
)
_NEIGHBOURS = ("nb", "da", "fi", "de")


def find(
    text: str, taken: Sequence[Sequence[object]], word_class: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Where such a subject stands in `text`, outside the spans `taken` ((start, end, ...))."""
    out = []
    for match in _OPENING.finditer(text):
        start, end = match.span(1)
        word, verb = match.group(1), match.group(2)
        if verb in FINITE or not clause_verbs.past(verb) or word.isupper():
            continue
        if not sentence_start(text, start):
            continue
        low = word.lower()
        if not (lexicon.name_shaped(low) or foreign_letter(low)):
            continue
        if word_class(word) != _U or any(note_language.word_of(low, g) for g in _NEIGHBOURS):
            continue
        if any(s < end and start < e for s, e, *_ in taken):  # type: ignore[misc]
            continue
        if note_language.sentence_language(text, start, end, count_word=False) is not None:
            continue  # a sentence in Norwegian, Danish, Finnish or German: their nouns
        if wordforms.slip_of_word(low, vocab.known_words()):
            continue  # "Möötet varade", "Kuatorn antecknade": a word mistyped
        out.append((start, end))
    return out
