"""A registered full name typed with the space one letter early or late, or left out: "Abdu
sOmidsen" for Abdus Omidsen, "TishkoI vanosen" for Tishko Ivanosen, "EmiliaAitola".

A typist who presses the space bar a key too early or too late moves one letter across the
gap, and the shift key goes with the letter it was pressed for: the family name's capital
ends up as the second letter of the second word ("Abdu sOmidsen") or as the last letter of
the first ("TishkoI vanosen"). A word with a capital after a lower-case letter is rare in
running text ("iPhone", "McDonald"), so only those are looked at. Where moving the space
back over the capital spells a registered two-word name (given and family, or an alias of
two words), the two words as typed are that person: the name matcher found at most a piece
of the first word. The first word must begin with a capital, as the given name it is.

The shift key pressed with the second key of a word instead of the first leaves the same mark:
the word's first two letters swapped and its capital second ("Nicolai aLvik" for Nicolai
Lavik, "Det var oH som" for a registered Ho). Where swapping them back spells the family name
of a registered two-word name whose given name is the word before, the two words are that
person; where it spells a registered one-word form (a given name, a family name, an alias),
the word alone is (`words`). Nobody writes an ordinary word so ("iPhone" swapped back is
"Iphone", which nobody registers).

A space left out altogether leaves the family name's capital inside one word ("EmiliaAitola"
for Emilia Aitola): where the word split before that capital spells a registered two-word
name, the word is that person.

A genitive's "s" glued to the slipped family name ("LasseK jærgaards cykel", "Abdu
sOmidsens bil") is read as with the name written right: where the family name without its
last "s" spells the registered pair, the two words but the "s" are that person. So is a
Finnish case glued to it ("ThorkildM ikkelsenn kanssa", "Abdu sOmidsenille";
`name_inflection.bases`): where the family name without the case spells the pair, the two
words with the case are that person, as the name written right with its case is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from casebook.deid import context, name_inflection
from casebook.deid.registry import Registry

Pairs = Mapping[tuple[str, str], tuple[int, ...]]
Words = Mapping[str, tuple[int, ...]]

# A capital right after a lower-case letter: a slipped space's mark (or "iPhone", "McKay").
# The capital first, the letter checked behind it: the scan stops at capitals only, far
# fewer than lower-case letters in a note. Latin Extended-A mixes capitals and small letters
# ("Ş", "ş", "Ł", "ł": "Ayş eŞahin" for Ayşe Şahin), so its letters are let through here and
# their case is checked in `find`.
_INNER_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ](?<=[a-zß-öø-ÿĀ-ſ].)")


def pairs(registry: Registry) -> dict[tuple[str, str], tuple[int, ...]]:
    """Every registered form of two words (lower case) and the entries it names."""
    owners: dict[tuple[str, str], list[int]] = {}
    for form in registry.forms():
        if len(form.words) == 2:
            bucket = owners.setdefault((form.words[0], form.words[1]), [])
            if form.entry not in bucket:
                bucket.append(form.entry)
    return {words: tuple(sorted(entries)) for words, entries in owners.items()}


def find(
    text: str, registered: Pairs, words: Words | None = None
) -> Iterator[tuple[int, int, tuple[int, ...]]]:
    """(start, end, entries) of each two words of `text` that spell a registered two-word
    name once a space slipped over a capital is moved back, or once the first two letters of
    the second word, its capital second, are swapped back; and of each word alone so swapped
    that spells a registered one-word form of `words` (module docstring)."""
    if not registered and not words:
        return
    for match in _INNER_CAPITAL.finditer(text):
        capital = match.start()
        if not (text[capital].isupper() and text[capital - 1].islower()):
            continue  # a small letter of Latin Extended-A, or one after a capital there
        start = _word_start(text, capital)
        end = context.word_end(text, capital)
        if capital == start + 1:
            found = _swapped(text, start, end, registered, words or {})
            if found is not None:
                yield found
                continue
        if capital == start + 1 and start >= 2 and text[start - 1] == " ":
            first = _hyphened_start(text, start - 1)  # "Abdu sOmidsen": the capital's word
            given = text[first : start - 1] + text[start]  # after; "Leif-Åk eSjöberg"
            family = text[capital:end]
            span = (first, end)
        elif capital == end - 1 and text[end : end + 1] == " ":
            last = context.word_end(text, end + 1)  # "TishkoI vanosen": the capital ends the first
            first = start
            given = text[start:capital]
            family = text[capital] + text[end + 1 : last]
            span = (start, last)
        elif start < capital < end - 1:
            given = text[start:capital]  # "EmiliaAitola": the space left out
            family = text[capital:end]
            span = (start, end)
        else:
            continue
        if not (given[:1].isupper() and given.replace("-", "").isalpha() and len(family) > 1):
            continue
        entries = registered.get((_lower(given), _lower(family)))
        if not entries and family.endswith("s") and len(family) > 2:
            entries = registered.get((_lower(given), _lower(family[:-1])))
            span = (span[0], span[1] - 1)  # "LasseK jærgaards cykel": the genitive's "s"
        if not entries:
            entries = _with_case(_lower(given), _lower(family), registered)
        if entries:
            yield span[0], span[1], entries


def _with_case(given: str, family: str, registered: Pairs) -> tuple[int, ...]:
    """The entries of the registered pair `given` and `family` spell once a Finnish case is
    taken off the family name ("ThorkildM ikkelsenn kanssa": Mikkelsen's), or ()."""
    for base in name_inflection.bases(family):
        entries = registered.get((given, base))
        if entries:
            return entries
    return ()


def _swapped(
    text: str, start: int, end: int, registered: Pairs, words: Words
) -> tuple[int, int, tuple[int, ...]] | None:
    """(start, end, entries) of the word text[start:end], its capital second, that spells a
    registered name with its first two letters swapped back: with the capitalised word before
    it as a registered two-word name ("Nicolai aLvik"), else alone as a one-word form ("oH")."""
    written = text[start:end]
    if len(written) > 2 and not written[2:].islower():
        return None  # "aLVik", "mRNA": not one slip of the shift key
    back = _lower(written[1] + written[0] + written[2:])
    if start >= 2 and text[start - 1] == " ":
        first = _word_start(text, start - 1)
        given = text[first : start - 1]
        if given[:1].isupper() and given.isalpha():
            entries = registered.get((_lower(given), back))
            if entries:
                return first, end, entries
    entries = words.get(back)
    if entries and (start == 0 or not text[start - 1].isalnum()):
        return start, end, entries
    return None


def _lower(word: str) -> str:
    """`word` in lower case as the registry writes it: Turkish "İ" as "i" ("İsmai lKoç"), not
    "i" and a combining dot."""
    return word.replace("İ", "I").lower()


def _word_start(text: str, position: int) -> int:
    while position > 0 and text[position - 1].isalpha():
        position -= 1
    return position


def _hyphened_start(text: str, position: int) -> int:
    """The start of the word ending at `position`, with the parts a hyphen joins to it: a
    hyphenated given name is one ("Leif-Åke", "Anna-Lena")."""
    first = _word_start(text, position)
    while first >= 2 and text[first - 1] == "-" and text[first - 2].isalpha():
        first = _word_start(text, first - 1)
    return first
