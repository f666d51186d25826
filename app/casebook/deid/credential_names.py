"""A person's given and family name before a post-nominal credential, capitalised or in
capitals: "Andrwe O'connell MD spoke with the daughter", "PETER HANSEN MD SPOKE WITH THE
FAMILY", "Sofie Lindahl, RN".

`caseless.signed` reads such a signature in text typed without case when its first word is
a given name of the lexicon and no common word ("peter" is a verb as well, so "PETER HANSEN
MD" was left), and the capitalised pass takes two capitalised words only when it can read
them as a name (a misspelt given name, "Andrwe", and an Irish family name typed with a lower
case after the apostrophe, "O'connell", it could not). A credential of the caring professions
right after two such words says they are its holder's name. Taken here, outside the spans
found already: two words, both capitalised or both in capitals, right before "MD", "RN",
"RRT", "LPN", "BSN", "MSW", "LCSW", "LICSW", "PhD", "CRNA", "APRN" (with a comma or not),
each a name of the lexicon or a word no dictionary holds shaped like a name (an apostrophe
left out: "O'connell" is read as "oconnell"), and at least one of them no ordinary word.

Left alone: a ward, a role or a shift before the credential ("Night Float MD", "CARDIOLOGY
FELLOW MD", "ICU RN"), and credentials that are words or abbreviations as well ("DO", "PA",
"NP": the verb, the pulmonary artery, nasopharyngeal).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casebook.deid import lexicon

_CREDENTIALS = "MD|RN|RRT|LPN|BSN|MSW|LCSW|LICSW|PhD|PHD|CRNA|APRN"
_WORD = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*[A-Za-zà-öø-ÿ]"
_HINT = re.compile(rf"[ ](?:{_CREDENTIALS})(?![\w])")  # as `_SIGNATURE` ends: not "LEARN "
_SIGNATURE = re.compile(
    rf"(?<![\w'’-])({_WORD}) ({_WORD}),? (?:{_CREDENTIALS})(?![\w])",
)


def find(text: str, taken: Sequence[Sequence[object]]) -> list[tuple[int, int]]:
    """Where such a name stands in `text` (see the module's docstring), outside `taken`
    (spans (start, end, ...) found already)."""
    if _HINT.search(text) is None:
        return []
    busy = [(int(s[0]), int(s[1])) for s in taken]  # type: ignore[call-overload]
    found = []
    for match in _SIGNATURE.finditer(text):
        first, family = match.group(1), match.group(2)
        if first.isupper() != family.isupper():
            continue
        if not all(_shaped(w) for w in (first, family)):
            continue  # "IcU": neither a name nor a word in capitals
        words = [_bare(first), _bare(family)]
        if lexicon.names_of_a_stranger(words):
            for start, end in (match.span(1), match.span(2)):  # each half not found already
                if not any(b < end and start < e for b, e in busy):
                    found.append((start, end))
    return found


def _shaped(word: str) -> bool:
    """In capitals, or capitalised with lower case after ("Hansen"; "O'connell", "O'Brien")."""
    return word.isupper() or word[1:].islower() or "'" in word or "’" in word


def _bare(word: str) -> str:
    return word.lower().replace("'", "").replace("’", "")
