"""Fast scans for a pattern that opens with a word of letters and goes on with a mark ("Naboen,
Knut Vold", "Betes bike"): opened at the mark instead, the rest read ahead.

The regular expression engine tries a pattern that opens with a word (`[^\\W\\d_]+`) at every
letter of the text; one that opens with a mark (a comma, a space, an "s") it skips to that
mark at once, many times faster on the redactor's notes. `matches` finds the word before
each match of the mark's pattern and keeps exactly the matches that `re.finditer` of the
whole pattern (the word, then the mark's pattern without its lookahead) finds, in the same
order, so a rule's behaviour does not change when it scans this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_LETTER = re.compile(r"[^\W\d_]")


def matches(
    tail: re.Pattern[str], text: str, least: int = 1
) -> Iterator[tuple[int, str, re.Match[str]]]:
    """(start of the word, the word, the tail's match) for each match of `tail` right after a
    word of letters (`[^\\W\\d_]`) at least `least` long: the matches `re.finditer` finds of
    the word and the tail as one pattern, left to right, none overlapping one kept before.

    `tail` must match one character (the mark: itself a letter, or not) and read the rest in
    a lookahead whose last group ends where the whole pattern's match would end; the word is
    the run of letters that ends right before the mark, and it must start at or after the
    end of the match kept before."""
    kept_end = 0
    for match in tail.finditer(text):
        end = match.start()
        if end <= kept_end:
            continue  # inside (or right after the last word of) the match kept before
        start = end
        while start and _letter(text[start - 1]):
            start -= 1
        if end - start < least or start < kept_end:
            continue
        kept_end = match.end(tail.groups)
        yield start, text[start:end], match


def _letter(char: str) -> bool:
    r"""Whether `char` is in `[^\W\d_]`: every alphabetic character is, no other ASCII one
    is, and the regular expression answers for the rest (numerals such as "²" are in it)."""
    return char.isalpha() or (not char.isascii() and _LETTER.match(char) is not None)
