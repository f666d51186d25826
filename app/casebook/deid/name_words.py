"""A frequent Swedish word that the lexicon holds as a family name, opening a sentence.

`vocab.name_words` lists the frequent words of a language that are some country's family
name and that its spelling checker accepts in lower case, inflected forms the plain word
lists lack among them: Swedish "pappas" (dad's; Greek Pappas), "mammas", "hora". Opening a
sentence, where Swedish writes every word capitalised, such a word is the word ("Pappas bil
stod kvar"); it is then judged as an ordinary word that is also a name ("Will", "Hope"), so
that "Pappas ringde i går" still names a person. Inside a sentence a capitalised "Pappas"
is the person, and stays a name of the lexicon. Norwegian, Danish and Finnish ones are read
by `note_language.ordinary_here`, which judges a sentence of those languages; there a
finite verb after one makes it the subject, a person ("Klint ringte i går", "Tarhan soitti
eilen"; `neighbour_openings.reading`), as the C reading does for a Swedish verb.
"""

from __future__ import annotations

from casebook.deid import neighbour_openings, note_language, vocab
from casebook.deid.context import sentence_start

_NEIGHBOURS = ("nb", "da", "fi")


def swedish_opening(text: str, start: int, word: str) -> bool:
    """Whether the lower-case `word` at text[start], a name of the lexicon, is one of
    Swedish's frequent words that are family names elsewhere and opens a sentence that is
    written in no neighbour language ("Pappas bil stod kvar på gården")."""
    return (
        word in vocab.name_words("sv")
        and sentence_start(text, start)
        and note_language.sentence_language(text, start, start + len(word), count_word=False)
        is None
    )


def subject_here(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end], a Norwegian, Danish or Finnish word of `vocab.name_words`
    opening a sentence, stands before a finite verb of the language: the subject, a person
    ("Klint ringte i går", "Tarhan soitti eilen"), not the word ("Tarhan lapset")."""
    word = low[start:end]
    if not any(word in vocab.name_words(lang) for lang in _NEIGHBOURS):
        return False
    return neighbour_openings.reading(text, low, start, end) is True
