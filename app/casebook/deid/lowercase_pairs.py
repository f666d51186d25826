"""Names nobody registered, in lower case, read as a pair or by what follows them (for
`lowercase_names.py`, which passes its own tests of a word):

- `pair_follows`: a second name-shaped unknown word after the first, so that the two are a
  given and a family name where a relation or a word that takes a person stands before
  ("his brother nattapong boonmee", "samtal m. þóroddur brynjólfursdóttir");
- `given_before`: a given name of the lexicon right before a name found ("hiba mansour
  (ex-sambo)": the family name was found before its role);
- `misspelt_named`: the settings beyond a stranger's where a registered name misspelt in
  lower case is taken ("talked to brgitta", "att hadadd bokar");
- `with_contacts`: a name of the lexicon before its possessive and a contact detail, a home
  or a relative ("agnieszka's email", "sabris mejl", "at hassan's flat", "hiwas mamma");
  not a word that ends in "s" itself ("this room" is no genitive of the name "Thi", Danish
  "jeres hus" none of Jere).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from casebook.deid import note_language, vocab

Found = tuple[int, int]
Test = Callable[[str], bool]

_WORD = re.compile(r"(?<![^\W_])[^\W\d_]{2,}(?:-[^\W\d_]{2,})?(?![^\W_])")
_WORD_BEFORE = re.compile(r"(?<![^\W_])[^\W\d_]{2,}\Z")
# A possessive ("'s", "s", ":s") and a contact detail, a home or a relative after it:
# "agnieszka's email", "at jessica's flat", "hiwas mamma". Found from its "s " (a fast
# literal scan); the apostrophe or colon before it is added after.
_CONTACT = re.compile(
    r"s (?:e-?mail|mail|mejl|mejladress|number|nummer|nr|tel|telefon|"
    r"telefonnummer|mobil|mobilnummer|phone|adress|address|"
    r"flat|house|home|place|room|apartment|lägenhet|hus|rum|hem|"
    r"mum|mom|mother|dad|father|brother|sister|wife|husband|son|daughter|kids|children|"
    r"family|friend|cousin|aunt|uncle|mamma|pappa|mor|far|bror|syster|fru|man|make|"
    r"barn|dotter|familj|kompis|vän|kusin|moster|faster|morbror|farbror)(?![^\W_])"
)
_POSSESSIVE_MARKS = ("'", "’", ":")
_NAME_BEFORE = re.compile(r"(?<![^\W_])[^\W\d_]{3,}\Z")


def pair_follows(text: str, low: str, end: int, candidate: Test) -> bool:
    """Whether a lower-case word that may be a name (`candidate`) follows, one space on."""
    family = _WORD.match(low, end + 1) if low[end : end + 1] == " " else None
    return bool(family and text[family.start()].islower() and candidate(family.group()))


def given_before(text: str, low: str, start: int, stranger: Test) -> int | None:
    """The start of a lower-case name (`stranger`) right before `start`, one space between
    ("hiba mansour"), else None."""
    if low[start - 1 : start] != " ":
        return None
    match = _WORD_BEFORE.search(low, max(0, start - 41), start - 1)
    if match and text[match.start()].islower() and stranger(match.group()):
        return match.start()
    return None


def with_contacts(
    text: str, low: str, found: list[Found], taken: list[tuple[int, int, bool]], stranger: Test
) -> list[Found]:
    """`found`, and a name (`stranger`) in lower case before its possessive and a contact
    detail: "agnieszka's email:", "sabris mejl:"; not a word of the sentence's neighbour
    language that ends in "s" itself ("Må jeg bruge jeres telefon?": yours, no Jere's)."""
    for match in _CONTACT.finditer(low):
        at = match.start()  # "sabri|s mejl", "agnieszka|'s email"
        if at and low[at - 1] in _POSSESSIVE_MARKS:
            at -= 1
        name = _NAME_BEFORE.search(low, max(0, at - 40), at)
        if name is None:
            continue
        start, end = name.span()
        if end == match.start() and (
            name.group() + "s" in vocab.common_words()
            or note_language.ordinary_lower_here(text, start, name.group() + "s")
        ):
            continue  # a word ending in "s", no genitive: "this room", "jeres hus" (Danish)
        if stranger(name.group()) and not any(
            s < end and start < e for s, e in [*found, *((s, e) for s, e, _n in taken)]
        ):
            found.append((start, end))
    return sorted(found)


def previous_word(low: str, start: int) -> tuple[str, str]:
    """The word before `start` and what stands between (spaces stripped)."""
    i = start
    while i > 0 and low[i - 1] in " \t":
        i -= 1
    gap_end = i
    while i > 0 and low[i - 1] in ".:,;":
        i -= 1
    gap = low[i:gap_end]
    j = i
    while j > 0 and (low[j - 1].isalpha() or low[j - 1] == "."):
        j -= 1
    return low[j:i], gap


def next_word(low: str, end: int) -> str:
    rest = low[end : end + 40].split(None, 2)
    return rest[0].strip(".,;:!?") if rest else ""


_SPOKEN_TO = frozenset(
    """talked spoke speak said wrote write sent according talking speaking explained
    pratade talade sa sade skrev skickade berättade förklarade""".split()
)


def _word_before(low: str, end: int, prev: str) -> str:
    """The word before `prev`, itself the word before the word ending at `end`."""
    at = low.rfind(prev + " ", 0, end)
    return previous_word(low, at)[0] if at > 0 else ""


def spoken_to(low: str, end: int, prev: str, gap: str) -> bool:
    """After "to" spoken or written to ("talked to X", "according to X", "skrev till X"), not
    after "to" of going ("flytta till prishtina")."""
    return prev in ("to", "till") and gap == "" and _word_before(low, end, prev) in _SPOKEN_TO


def misspelt_named(low: str, end: int, prev: str, gap: str) -> bool:
    """Where a registered name misspelt in lower case is taken beyond a stranger's settings:
    after "to" when spoken or written to ("talked to brgitta about", "according to kqrin",
    "skrev till gunmar"), and where a clause opens before a verb of any kind ("att hadad
    bokar", "that anbna will book"): the word is one slip from a person the study knows."""
    if spoken_to(low, end, prev, gap):
        return True  # "talked to brgitta", "according to kqrin"; not "flytta till prishtina"
    if prev in ("att", "that") and gap == "":
        return next_word(low, end).isalpha()  # "att hadad bokar", "that anbna will book"
    opens = gap not in ("", ",") or not prev or prev in ("och", "and")
    return opens and next_word(low, end) in vocab.NAME_FOLLOWERS
