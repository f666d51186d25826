"""A common word of a Norwegian, Danish or Finnish sentence written capitalised inside it: a
word, not a name, unless the context says person ("klikk deretter Blokker, Tillat for økt",
"Tyhjennä Lisää ... -ruutu", "Velg Trådløst"; help texts and notes that quote a screen
capitalise the labels of buttons and menus mid-sentence).

A Swedish or English common word is ordinary wherever it stands (`vocab.common_words`), and
is a registered name's near miss only where the context says it is a name
(`unregistered._NEAR_IF_NAMED`: "Kristna came"). A common word of a neighbour language was
ordinary only where a sentence opens (`note_language.ordinary_here`), so that inside a
sentence it was an unknown word: a near miss of any registered name one letter away ("Tillat"
beside a registered Tilla, "Lisää" beside Liisa), and a stranger after "med" or before
"fra". Here the same fact holds for the neighbour languages as for Swedish and English: a word
of the sentence's own language's common-word list (`note_language.common_words`, the
languages `note_language.sentence_language` reads from the lower-case words around it) that
no name list holds is the word, and the caller keeps it for a name only where the context
says person (a title, a relation word or person verb before it, a verb of saying after it,
a name beside it). A sentence whose language is unsure (Swedish, English, or too few words)
is left as it was: there a neighbour language's word may well be a slip of a name.
"""

from __future__ import annotations

from casebook.deid import note_language

_CAPITALISING = frozenset({"de"})  # German capitalises every noun: `note_language` reads it


def common_inside(text: str, start: int, end: int, word: str) -> bool:
    """Whether the lower-case `word` at text[start:end] is a common word of the neighbour
    language its sentence is written in (module docstring); the caller has made sure that no
    name list holds it."""
    languages = note_language.sentence_language(text, start, end, count_word=False)
    return bool(languages) and any(
        word in note_language.common_words(lang) for lang in languages if lang not in _CAPITALISING
    )
