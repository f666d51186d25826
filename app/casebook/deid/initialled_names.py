"""A person written as observers write a colleague in passing: an initial and a family name
that something around them says is a person ("Z. Miller in to check the drain", "M. KOVACS
PLACING THE LINE", "per T. Novak", "J BRANDT ORDERED FLUIDS"), and a given name before an
initial and family name found already ("Greta J. Holm", "EARL N. RAND, RRT").

`caseless.signed` takes a family name after an initial in text typed without case, when the
word is a name of the lexicon and no common word, or when a word such as "aware" or a
credential follows. In a note typed in mixed case nothing takes "Z. Miller" ("Miller" is a
word as well, and a capitalised word that may be a name is taken only where the setting says
person), and in either case a verb that reports what the person did ("ordered", "placing",
"in to") says nothing to it. Taken here, outside the spans found already:

- a capital initial with its full stop, then a capitalised word (or one in capitals) that is
  a name of the lexicon or a word no dictionary holds and shaped like a name, when the word
  after it reports an act (a past tense or "-ing" form of a known verb, "in to", a credential,
  "aware", "notified") or the word before the initial hands over to a person ("per", "by",
  "paged", "called"); the initial is taken with it;
- the same without the full stop ("J BRANDT ORDERED") only for a family name of the lexicon
  and a reported act after it, and never after "A", "I" or "O" (words of their own);
- a given name of the lexicon right before an initial and a family name taken by any rule,
  in the same case ("Greta J. Holm", "EARL N. RAND"): a title, a relation word, a month or a
  function word ("Will", "May") is left alone.

An initial before an ordinary word is left alone however it is followed ("E. coli grew",
"S. AUREUS GROWING", "A. FIB CONTROLLED": germs and abbreviations are dictionary words), and
so is a name word that nothing around marks as a person ("D. Miller" alone in a list).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casebook.deid import lexicon, vocab
from casebook.deid.caseless import CREDENTIALS

# A capital initial (a full stop after it, or a space alone), after a space, "(" or the
# start, then a word in title case or in capitals. The capital comes first and the look
# behind it second, so that the engine skips in C to a capital (a look-behind first made it
# try every position: a fifth of the time).
_INITIAL = re.compile(
    r"([A-ZÀ-ÖØ-Þ])(?<![^\s(][A-ZÀ-ÖØ-Þ])(\. ?| )"
    r"([A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*))(?![\w'’-])"
)
_ACTS = CREDENTIALS | frozenset(
    """aware notified informed updated paged called consulted said says states stated spoke
    wants feels agrees explained examined saw evaluated reviewed here""".split()
)
_HANDED = frozenset("per by paged called notified informed told".split())
_NO_BARE = frozenset("AIO")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ ]\Z")
_NEXT = re.compile(r"[ ,]*([^\W\d_]+)(?:[ ]+([^\W\d_]+))?")


def find(text: str, taken: Sequence[Sequence[object]]) -> list[tuple[int, int]]:
    """Where such names stand in `text` (see the module's docstring), outside `taken` (spans
    (start, end, kind, ...) found already)."""
    if "." not in text and " " not in text:
        return []
    names, known = lexicon.all_names(), vocab.known_words()
    busy = [(int(s[0]), int(s[1])) for s in taken]  # type: ignore[call-overload]
    found: list[tuple[int, int]] = []
    for match in _INITIAL.finditer(text):
        start, end = match.start(), match.end()
        if any(b < end and start < e for b, e in busy):
            continue
        word = match.group(3).lower()
        if word in vocab.function_words() or word in CREDENTIALS or word in vocab.MONTHS:
            continue
        if match.group(2) == " ":  # "J BRANDT ORDERED": a family name and an act only
            if match.group(1) in _NO_BARE or word not in lexicon.family_names():
                continue
            if _act_after(text, end, known):
                found.append((start, end))
            continue
        name = word in names or (
            word not in known and word not in lexicon.places() and lexicon.name_shaped(word)
        )
        if name and (_act_after(text, end, known) or _handed_before(text, start)):
            found.append((start, end))
    people = [(int(s[0]), int(s[1])) for s in taken if s[2] == "name"]  # type: ignore[call-overload]
    busy += found
    for start, end in sorted(people + found):
        given = _given_before(text, start, end)
        if given is not None and not any(b < given[1] and given[0] < e for b, e in busy):
            found.append(given)
    return sorted(found)


def _act_after(text: str, end: int, known: frozenset[str]) -> bool:
    """Whether the words after `end` report what a person did ("ordered", "placing", "in to",
    "aware", "RN")."""
    after = _NEXT.match(text, end)
    if after is None:
        return False
    first = after.group(1).lower()
    if first in _ACTS:
        return True
    if first == "in" and (after.group(2) or "").lower() == "to":
        return True
    return len(first) >= 5 and first.endswith(("ed", "ing")) and first in known


def _handed_before(text: str, start: int) -> bool:
    """Whether the word before the initial hands over to a person ("per", "by", "paged")."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).lower() in _HANDED


def _given_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a given name right before the name at [start, end) starts, when that name opens
    with an initial ("J. Holm", or "Holm" with "J. " before it) and the given name is in the
    same case; else None."""
    if text[start : start + 1].isupper() and text[start + 1 : start + 2] == ".":
        at = start
    elif start >= 3 and text[start - 2 : start] == ". " and text[start - 3].isupper():
        at = start - 3
    else:
        return None
    if at < 2 or text[at - 1] != " ":
        return None
    before = _WORD_BEFORE.search(text, max(0, at - 24), at)
    if before is None or len(before.group(1)) < 2:
        return None
    given = before.group(1)
    family = text[at + 2 : end].strip(". ")
    if not family or given.isupper() != family.isupper() or not given[0].isupper():
        return None
    low = given.lower()
    if (
        low not in lexicon.given_names()
        or low in vocab.function_words()
        or low in vocab.TITLES
        or low in vocab.RELATIONS
        or low in vocab.MONTHS
        or low in CREDENTIALS
    ):
        return None
    return before.span(1)
