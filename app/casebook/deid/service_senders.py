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
  words after it ("From: The front desk <…>"; `vocab.function_words`).

No such word is a name of the lexicon nor a name people of the neighbour countries bear
(`note_language.borne`): "Terveisin⏎Satu" (a Finnish word and a given name) and "From: Will
Frost <…>" are still the writer. A registered name is left to `names.py`, and the callers
ask first whether the word is a slip of one (a misspelt registered name in a sender's slot
is still found).
"""

from __future__ import annotations

import re

from casebook.deid import compound_nouns, lexicon, note_language, role_parentheses, vocab
from casebook.deid.registry import ascii_fold

_SHORTEST = 4  # letters of a Finnish word read so ("Posti", "Kassa"; not "Ali", "Eva")
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
    return len(word) >= _SHORTEST and word in vocab.listed("fi")


def rest_of_slot(text: str, end: int) -> str:
    """The line after text[:end] up to an address in angle brackets or the line's end."""
    stop = len(text)
    for mark in ("\n", "<", "["):
        found = text.find(mark, end, stop)
        if found >= 0:
            stop = found
    return text[end:stop]
