"""A person introduced by age, as a note's opening sentence does, typed in lower case:
"lorrie morales is a 70 yr old female", "anna is a 34 year old mother of two", "jukka
vainio, 52 y/o, lives alone".

`lowercase_names.py` takes a stranger typed in lower case only where the setting leaves no
doubt; an opening sentence that gives a person's age in years is such a setting: what "is a
70 yr old" or ", 52 y/o" follows is a person. Taken here, at the start of a line or a
sentence, before "is a(n) N" or ", N" and a unit of age ("yo", "y/o", "y.o.", "yr", "yrs",
"year", "years", with "-old" or " old" or not):

- one word or two in lower case, each a name of the lexicon or a word no dictionary holds,
  shaped like a name (`lexicon.name_shaped`), at least one of them no ordinary word.

Left alone: ordinary words ("this pleasant man is a 70 yr old", "pt is a 45 yo"), and
capitalised words, which the capitalised pass reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casebook.deid import lexicon

_AGE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.:;] ))[ \t]*([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+)(?: ([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+))?"
    r"(?: is an?|,) \d{1,3}[ -]?(?:yo|y/o|y\.o\.|yr|yrs|year|years)(?![\w])",
    re.MULTILINE,
)
# A first look: the same unit of age after a number, found from its "y" (a literal the engine
# skips to in C) with the number looked behind it, rather than tried at every digit.
_HINT = re.compile(r"y(?:(?<=\dy)|(?<=\d[ -]y))(?:o|/o|\.o\.|r|rs|ear|ears)(?![\w])")


def find(text: str, taken: Sequence[Sequence[object]]) -> list[tuple[int, int]]:
    """Where such a person stands in `text` (see the module's docstring), outside `taken`
    (spans (start, end, ...) found already)."""
    if _HINT.search(text) is None:
        return []
    busy = [(int(s[0]), int(s[1])) for s in taken]  # type: ignore[call-overload]
    found = []
    for match in _AGE.finditer(text):
        words = [w for w in match.groups() if w]
        start, end = match.start(1), match.end(len(words))
        if any(b < end and start < e for b, e in busy):
            continue
        if lexicon.names_of_a_stranger(words):
            found.append((start, end))
    return found
