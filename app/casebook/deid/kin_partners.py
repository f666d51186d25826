"""A word joined by "and" to a possessive and a relation: "miller and her sister run the
café", "pine och hans fru kom", "bo og hendes datter".

Writers pair a person with that person's own kin or colleague this way; a thing has no sister,
so a registered name typed in lower case there is the person. The relation is a word of
`vocab.RELATIONS` (kin, relations and roles, English and Swedish) or of `kin_names`' kin
words (English, Norwegian, Danish) after a possessive determiner of a person in English,
Swedish, Norwegian or Danish.
"""

from __future__ import annotations

import re

from casebook.deid import kin_names, vocab

_WITH_KIN = re.compile(
    r"[ \t]+(?:and|och|og|&)[ \t]+(?:her|his|their|hennes|hans|deras|hendes|hennar|"
    r"sin|sina|sine)[ \t]+([^\W\d_]+)"
)


_RELATIONS = vocab.RELATIONS | kin_names.KIN | kin_names.NEIGHBOUR_KIN


def with_kin(low: str, end: int) -> bool:
    """Whether "and", a possessive of a person and a relation follow low[:end] ("... and her
    sister")."""
    match = _WITH_KIN.match(low, end)
    return match is not None and match.group(1) in _RELATIONS
