"""A sender or a signature that is a common noun of its language: a service writing, not a
person.

A message's display name ("From: X <x@…>") and the line after a sign-off ("Ystävällisin
terveisin,⏎X") hold the writer, and the rules read any word there as a name
(`unregistered._display_names`, `namecontext.signed_off`). When a service writes, the slot
holds a common noun or a phrase of one:

- a Swedish, Norwegian or Danish noun with its definite article, alone
  ("Från: Mottagningen <…>", the reception; `compound_nouns.definite_noun`);
- a role noun of the five languages (`role_parentheses.role_noun`: "Från: Kontaktperson
  <…>", "Lähettäjä: Yhteyshenkilö <…>", a contact person writing);
- a word of the Finnish word lists (`vocab.listed("fi")`, voikko's words), alone
  ("Lähettäjä: Vastaanotto <…>", "Ystävällisin terveisin,⏎Vastaanotto");
- a phrase opening with one of the most frequent words of English or Swedish, lower-case
  words after it ("From: The front desk <…>"; `vocab.function_words`);
- a closed compound of two frequent words of one of English, Danish, Norwegian or Swedish
  (`compound`: "From: Helpdesk", help + desk; "Servicedesk", "Kundeservice"), each part
  four letters or more, the first no given name, the last no name of the lexicon nor an
  ending typical of family names (`vocab.NAME_ELEMENTS`, `vocatives.family_tails`: "-berg",
  "-wood", "-gaard"), so that "Lindberg", "Blackwood", "Holmgaard" are still the writer.
  The same word labelling a chat's or a transcript's turn is a service speaking
  (`layout_slots`: "[07:55] Helpdesk: …").

No such word is a name of the lexicon nor a name people of the neighbour countries bear
(`note_language.borne`): "Terveisin⏎Satu" (a Finnish word and a given name) and "From: Will
Frost <…>" are still the writer. A registered name is left to `names.py`, and the callers
ask first whether the word is a slip of one (a misspelt registered name in a sender's slot
is still found).
"""

from __future__ import annotations

import re
from functools import lru_cache

from casebook.deid import (
    compound_nouns,
    lexicon,
    note_language,
    role_parentheses,
    vocab,
    vocatives,
)
from casebook.deid.registry import ascii_fold

_SHORTEST = 4  # letters of a Finnish word read so ("Posti", "Kassa"; not "Ali", "Eva")
# The languages whose frequent words a service's compound is made of ("help|desk",
# "kunde|service"); Finnish words alone are services already (`service`).
_COMPOUND_LANGUAGES = ("en", "da", "nb", "sv")
_PART = 4  # letters of each part of such a compound: "help|desk"; not "it|support"
# The rest of a display name or a signature's line after its first word: more words.
_LOWER_PHRASE = re.compile(r"[ \t]+[^\W\d_]")


def service(written: str, rest: str) -> bool:
    """Whether the capitalised word `written`, first in a sender's or signer's slot, with
    `rest` the line after it up to an address's "<", is a service's common noun (module
    docstring)."""
    word = written.lower()
    if word in lexicon.all_names() or ascii_fold(word) in lexicon.all_names():
        return False
    if note_language.borne(word):
        return False
    tail = rest.strip(" \t,.")
    if tail:  # a phrase: "The front desk", not "The Kallio"
        return (
            word in vocab.function_words()
            and _LOWER_PHRASE.match(rest) is not None
            and not any(c.isupper() for c in tail)
        )
    if compound_nouns.definite_noun(word) or role_parentheses.role_noun(word):
        return True  # "Mottagningen"; a role signs: "Från: Kontaktperson <…>"
    return (len(word) >= _SHORTEST and word in vocab.listed("fi")) or compound(word)


@lru_cache(maxsize=4096)
def compound(word: str) -> bool:
    """Whether the lower-case `word` is two frequent words of one of English, Danish,
    Norwegian or Swedish written together, as a service's name is ("helpdesk",
    "switchboard", "kundeservice"), and no name (module docstring): the lexicon's names,
    the names people bear (`note_language.borne`: "Whitehead", "Townsend"), and the
    compounds whose last part is typical of family names ("Lind|berg", "Black|wood") are
    none."""
    names = lexicon.all_names()
    if word in names or ascii_fold(word) in names or note_language.borne(word):
        return False
    given = lexicon.given_names()
    for lang in _COMPOUND_LANGUAGES:
        words = vocab.frequent_words(lang)
        for cut in range(_PART, len(word) - _PART + 1):
            head, tail = word[:cut], word[cut:]
            if (
                head in words
                and tail in words
                and head not in given
                and tail not in names
                and tail not in vocab.NAME_ELEMENTS
                and tail not in vocatives.family_tails()
            ):
                return True
    return False


def rest_of_slot(text: str, end: int) -> str:
    """The line after text[:end] up to an address in angle brackets or the line's end."""
    stop = len(text)
    for mark in ("\n", "<", "["):
        found = text.find(mark, end, stop)
        if found >= 0:
            stop = found
    return text[end:stop]
