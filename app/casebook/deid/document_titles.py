"""The word naming a numbered document on a note's first line: "Transkripsjon, samtale 112a"
(a transcript, conversation 112a), "Loggbok, besök 17 (rev.)" (a log book, visit 17),
"Dagbok, side 40-2".

A note's first line names the note: a common noun saying what kind of document it is, a comma,
a lower-case noun saying what part of it this is and the part's number, perhaps with a letter
or a second figure ("12b", "40-2", "7/2") and a mark of its revision ("(rev.)", "v2")
(`headings.document_part`). The kind opening that line is a noun of the same language as
the part's noun, but often one no list holds whole: a loan with a Latin suffix
("transkripsjon", "dokumentation") or a compound whose last part is short ("logg|bok",
"dag|bog"), and it read as a stranger's name. It is the document's title when it is an
ordinary word of the part's language that none of that language's people bears, a loan
noun of that language's suffix, or two ordinary words of that language as one
(`compound_nouns.title_compound`); a name of the lexicon is never asked (the caller keeps
this to words no list of names holds).
"""

from __future__ import annotations

from casebook.deid import compound_nouns, note_language

_LANGUAGES = ("sv", "nb", "da", "fi", "en")
# The suffix of nouns borrowed from Latin "-tio", as each language writes it: Norwegian
# "-sjon" ("transkripsjon"), Swedish, Danish and English "-tion"/"-sion"; Finnish "-aatio".
_LOAN_SUFFIXES = {
    "sv": ("tion", "sion"),
    "nb": ("sjon",),
    "da": ("tion", "sion"),
    "fi": ("aatio",),
    "en": ("tion", "sion"),
}
_SHORTEST_LOAN = 8  # "transkripsjon", "dokumentation": a stem of four letters or more


def title_noun(word: str, part: str) -> bool:
    """Whether the lower-case `word` opening a note's first line before ", <part> <number>" is
    a noun of the language of `part` (see the module docstring)."""
    for lang in _LANGUAGES:
        if not note_language.word_of(part.split()[0], lang):
            continue
        if note_language.word_of(word, lang) and word not in note_language.own_names(lang):
            return True
        if len(word) >= _SHORTEST_LOAN and word.endswith(_LOAN_SUFFIXES[lang]):
            return True
        if compound_nouns.title_compound(word, lang):
            return True
    return False
