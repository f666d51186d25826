"""A registered name split by a no-break space pasted inside it: "Kar\u00a0una", "J\u00a0ha".

Word processors and PDF converters put no-break spaces (U+00A0, the figure space U+2007, the
narrow no-break space U+202F) where a line was justified or a word was kept together, and a
name copied from there can carry one between two of its letters. A reader sees one name with
a gap in it; `readable.fold` would read the gap as a space and the matcher two stray pieces.
Such a space is read as nothing (so the name is found and replaced whole, the space with
it) only where the letters on both sides run together into a registered name word, with a
genitive "s" allowed: a no-break space between two words ("Elin\u00a0Berg", "Nr\u00a012")
is a space as typed, since no registered word is spelt by joining them.
"""

from __future__ import annotations

import re
from collections.abc import Container

_SPLIT = re.compile(r"([^\W\d_]+)[\u00a0\u2007\u202f]([^\W\d_]+)")


def joined(text: str, words: Container[str]) -> dict[int, str]:
    """{offset: ""} for every no-break space in `text` between two runs of letters that
    together spell one of `words` (lower case); empty in the common case."""
    if "\u00a0" not in text and "\u2007" not in text and "\u202f" not in text:
        return {}
    found: dict[int, str] = {}
    for match in _SPLIT.finditer(text):
        word = (match.group(1) + match.group(2)).lower()
        if word in words or (word[-1:] == "s" and word[:-1] in words):
            found[match.end(1)] = ""
    return found
