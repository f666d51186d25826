"""Who opens a clause: a word that is also a name, opening a sentence before a verb, that only a
person could be the subject of.

`names.py` keeps a registered name that is also a word ("Dag", "May", "Hope") at the start of
a sentence before a weak verb ("is", "has", "vill") unless the note names the person elsewhere:
"Hope is the word she uses", "Dag för dag". Two shapes leave no doubt, since no day, month or
feeling can be their subject:

- a Swedish modal verb and an infinitive after it ("Dag vill att grannen kommer", "Stig ska
  ringa"): a Swedish noun opening a clause takes its article ("Dagen ska bli fin"), as in the
  perfect of `person_cues.swedish_perfect`; a pronoun is no name ("Inga vill");
- a possessive, within the clause, before the subject's own contact details ("May has changed
  her number", "Will gave us his new address", "Dag har bytt sitt nummer"): only a person
  has a phone number, an address or an e-mail address.
"""

from __future__ import annotations

import re

from casebook.deid import vocab

_SWEDISH_MODALS = frozenset("vill ville ska skulle kan kunde brukar brukade".split())

# Up to five words of the clause, then "her number", "his new address", "sitt nya nummer".
_OWN_DETAILS = re.compile(
    r"(?:[^\W\d_]+[ \t]+){1,5}?(?:her|his|their|hennes|hans|sin|sitt|sina)[ \t]+"
    r"(?:(?:new|old|nya|nytt|gamla)[ \t]+)?(?:"
    + "|".join(sorted((re.escape(w) for w in vocab.PERSONAL_DATA), key=len, reverse=True))
    + r")(?![^\W\d_])"
)


def person_subject(text: str, low: str, word: str, verb: str, index: int) -> bool:
    """Whether `word` (lower case), opening a sentence before the verb `verb` that starts at
    `index`, can only be a person: a Swedish modal and an infinitive, or a possessive before
    the subject's contact details later in the clause."""
    if word in vocab.PRONOUNS:
        return False
    if verb in _SWEDISH_MODALS:
        after = index + len(verb)
        if text[after : after + 1] == " " and text[after + 1 : after + 2].islower():
            return True  # "Dag vill att ...", "Stig ska ringa"
    return _OWN_DETAILS.match(low, index) is not None
