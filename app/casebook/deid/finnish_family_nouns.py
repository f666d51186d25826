"""A Finnish family name that is a common noun, alone opening a sentence before "on"/"oli": the
noun, unless the note names someone of that family.

Many Finnish family names are nouns of the landscape or of the house ("Järvi", lake; "Saari",
island; "Mäki", hill; "Linna", castle; "Saarni", ash tree). A note refers to a person by the
family name alone once it has named the person in full ("Liisa Järvi tuli ... Järvi oli
väsynyt"): the bare family name then takes up someone the reader already knows. With nobody
of that family named anywhere in the note, such a word opening a sentence as the subject of
"on"/"oli" is the noun it is ("Järvi on neljä mailia leveä", "Saari on näkyvissä", "Linna on
nyt raunioina"). In published Finnish (UD FTB, PUD, OOD) the lexicon's family names that are
Finnish words open a sentence before "on"/"oli" as common nouns ("Luostari on paikka", "Opas
on ongelmallinen"); the persons among them stand inside a sentence, after a full name
earlier in the text ("Kiistämättä Linna on nyt päivän henkilö").

Only a family name of the lexicon that is no given name ("Saarni", "Tuuli", "Onni" are given
names too: a person opens a sentence by the given name alone), and only before "on"/"oli":
before a verb of saying or doing it is the person still ("Järvi kertoi").
"""

from __future__ import annotations

import re

from casebook.deid import context, lexicon, note_language

_COPULA = frozenset({"on", "oli"})


def opening_noun(text: str, start: int, word: str) -> bool:
    """Whether `word` (as written) at text[start], a name of the lexicon nobody registered,
    is a Finnish common noun opening a sentence before "on"/"oli" (see the module)."""
    following = context.NEXT_WORD.match(text, start + len(word))
    if following is None or following.group(1) not in _COPULA:
        return False  # the common case, read no further
    low = word.lower()
    if low not in lexicon.family_names() or low in lexicon.given_names():
        return False
    if not note_language.word_of(low, "fi") or not context.sentence_start(text, start):
        return False
    if note_language.sentence_language(text, start, start + len(word), count_word=False) != ("fi",):
        return False
    return not _named_in_full(text, word)


def _named_in_full(text: str, word: str) -> bool:
    """Whether the note writes `word` after a capitalised word anywhere ("Liisa Järvi"): a
    person of that family, whom the bare family name may take up."""
    pattern = re.compile(rf"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_]*[ ]+{re.escape(word)}(?![^\W\d_])")
    return pattern.search(text) is not None
