"""Phone numbers broken over a line: a note wrapped at a fixed width, a number pasted from a
signature or typed across two lines of a form ("+46 8 123 456\\n78", "Tel. 0046 70\\n123 45 67").
The digit clusters of `patterns.py` end at a line break, so each half is read alone, and the
half that is not a number by itself ("78", "+46 70") would be published beside `[phone]`.

Where a line ends in digits and the next begins with them, the two halves are joined with a
space and offered to `phonenumbers` for the study's regions (and, through a `+` or `00`, any
country's). A valid number the library finds there that crosses the break is redacted on both
lines. Where the first half is a valid number by itself, the next line's digits join it only
if they stand alone on their line: "+468173468\\n14:17 Kiitos" and "08-92 24 95\\n62 min" are
a number and then a time or a figure, even though the library would also read them as one
longer number. Two numbers one per line ("070-123 45 67\\n08-123 45 67") are two numbers to
the library, neither crossing the break.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import phonenumbers

Found = tuple[int, int, str]

# A line break before a digit (a literal first, so that the search is fast); the digit or
# bracket before it is checked by hand.
_BREAK = re.compile(r"\n[ \t]*[(+]?\d")
_LEFT = re.compile(r"(?:\+|\()?\d[\d ()./-]*\Z")
_RIGHT = re.compile(r"[(]?\d[\d ()./-]*\d|\d")
# The rest of a line that holds nothing but the digits: a stop or a comma, then the line end.
_LINE_ALONE = re.compile(r"[ \t]*[.,;)]?[ \t]*(?:\n|\Z)")
_REACH = 24  # the longest half looked at (a number of 15 digits with its separators)


def find(text: str, regions: Iterable[str]) -> Iterator[Found]:
    """The two halves of each phone number in `text` that a line break cuts in two."""
    regions = tuple(regions)
    for hit in _BREAK.finditer(text):
        line_end = hit.start()
        while line_end and text[line_end - 1] in " \t":
            line_end -= 1
        if not line_end or not (text[line_end - 1].isdigit() or text[line_end - 1] == ")"):
            continue
        left = _LEFT.search(text, max(0, line_end - _REACH), line_end)
        if left is None:
            continue
        left_start = left.start()
        while left_start < line_end and text[left_start] == " ":
            left_start += 1
        right_start = hit.end() - 1 - (text[hit.end() - 2] in "(+")
        right = _RIGHT.match(text, right_start, min(len(text), right_start + _REACH))
        if right is None:
            continue
        first, second = text[left_start:line_end], right.group().rstrip(" .-/(")
        if _whole(first, regions) and not _LINE_ALONE.match(text, right_start + len(second)):
            continue  # "+468173468\n14:17 ...", "08-92 24 95\n62 min": a number, then a line
        joined = f"{first} {second}"
        cut = len(first)
        for region in regions:
            for match in phonenumbers.PhoneNumberMatcher(joined, region):
                if match.start < cut < match.end:
                    yield left_start + match.start, line_end, "phone"
                    yield right_start, right_start + match.end - cut - 1, "phone"
                    break
            else:
                continue
            break


def _whole(value: str, regions: tuple[str, ...]) -> bool:
    """Whether the library reads `value` whole as a valid number by itself."""
    for region in regions:
        for match in phonenumbers.PhoneNumberMatcher(value, region):
            if match.start == 0 and match.end >= len(value.rstrip(" )")):
                return True
    return False
