"""Who a subordinate clause is about: an unknown capitalised word right after a conjunction that
opens a clause, before that clause's finite verb, is its subject, and in interview notes the
subject of "att ... är", "at ... ikkje kom", "that ... has" written with a capital is a person.

Swedish, Norwegian, Danish and English put the subject of a subordinate clause right after the
conjunction and the finite verb (or a negation and the verb) right after the subject: "Vi vet
inte om Quang är hemma", "Då Kasprzyk ikkje kom", "sidan Tanbey har", "and I wonder whether
Nayman will". A capitalised word in that slot that no word list knows ("unknown", U in
`unregistered.py`) and that is shaped like a name (three letters or more, two vowels) is the
person. A common noun of Swedish or Norwegian would stand in lower case there, so only an
organisation or a brand is left to be mistaken ("att Konsum har", "that Enron has"); a word
after an article or a place word is never read so, and German, whose subordinate clauses put
the verb last, is not read here.
"""

from __future__ import annotations

import re

# Conjunctions that open a subordinate clause whose subject follows them.
SUBORDINATORS = frozenset(
    """att om när då eftersom medan innan tills fast fastän ifall därför sedan
    at når fordi sidan sia medan før viss dersom enda skjønt
    hvis mens fordi
    if whether when because since while although though unless once until""".split()
)
# The finite verbs and negations that follow a subordinate clause's subject.
FINITE = frozenset(
    """är var har hade kan kunde ska skulle vill ville måste blir blev får fick brukar kommer
    inte aldrig också alltid redan bara
    er var har hadde kan kunne skal skulle vil ville må vart blir ble fekk fikk får ikkje
    ikke aldri òg også alltid berre bare kom
    is was has had will would can could should might must does did doesn't didn't isn't
    wasn't hasn't hadn't won't can't couldn't wouldn't never always also still""".split()
)
_NEXT = re.compile(r" ([^\W\d_]+(?:'t)?)(?![^\W\d_])")


def clause_subject(low: str, end: int, prev: str, gap: str) -> bool:
    """Whether the word ending at `end` (in the lower-cased text `low`) follows the
    conjunction `prev` with nothing between (`gap` empty) and comes right before a finite
    verb or a negation of the clause."""
    if gap or prev not in SUBORDINATORS:
        return False
    match = _NEXT.match(low, end)
    return match is not None and match.group(1) in FINITE
