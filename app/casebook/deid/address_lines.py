"""Addresses written as a postal block, not as one line with commas (`addresses.py` reads
"Kirkeveien 12, 0151 Oslo"):

- the postcode and town on a line of their own under the street, as the postal services of
  Norway, Denmark, the Netherlands, Spain, France and Britain ask for it (UPU S42):
  "Kirkeveien 12\\n0151 Oslo", "Flat 2\\nKnight Spring, M1 1AE Manchester";
- the same block typed on one line with spaces for its line breaks: "Kirkeveien 12 0151 Oslo",
  "Damrak 40 1012 LM Amsterdam", "27 Cooper Lane W1A 1AA London". A space says less than a
  line break, so a street and a town that are ordinary words ("Kapitel 5 2024 Stockholm",
  "Rum 214 1346 Kronor") are no address there unless the postcode is one only Britain or the
  Netherlands write (letters in it);
- a British postcode whose district ends in a letter ("W1A 1AA", "EC1A 1BB", "SW1A 2AA"): no
  digit stands before its space, so the digit triggers of `patterns.py` never saw it; it has
  its own trigger (a digit, a letter, a space, a digit: `TRIGGERS`).

Each is tried only where a postcode already stands: a run of four or five digits with a line
break or space before it and a capital after it, or a British postcode.
"""

from __future__ import annotations

import re

from casebook.deid import address_parts, addresses, lexicon, vocab

Found = tuple[int, int, str]

# "5b 7" in "N5B 7BH", "1a 1" in "W1A 1AA": where a British postcode's district ends in a letter.
TRIGGERS: dict[str, str] = {
    f"{d}{letter} {e}": "postcode_uk"
    for d in "0123456789"
    for letter in "abcdefghijklmnopqrstuvwxyz"
    for e in "0123456789"
}
_STREET_END = re.compile(rf"(?:{addresses.STREET_LINE})\Z")
_SEPARATOR = re.compile(r"[ ]*,?[ ]*\n[ ]*\Z|[ ]+\Z")
_WORD = re.compile(r"[^\W\d_]{3,}")
_HOUSE_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?(?:[-/]\d{1,4})?")
_LAST_GROUP = re.compile(r"[ ]+(\d{4,5})\Z")
_YEAR = re.compile(r"(?:19|20)\d\d")
_UK_TOWN = re.compile(rf"[ ]+{addresses.U}[^\W\d_]+(?:[ -]{addresses.U}[^\W\d_]+)?")


def block(text: str, start: int, stop: int | None = None) -> Found | None:
    """The postcode at `start` (its town ending at `stop`, or read after it by
    `address_parts.postal_end`) with the street line before it, over a line break or spaces;
    or None."""
    line_end = start
    while line_end > 0 and text[line_end - 1] in " ,\n" and start - line_end < 6:
        line_end -= 1
    separator = _SEPARATOR.search(text, line_end, start)
    if separator is None or separator.start() != line_end:
        return None  # a comma alone is `addresses.street_and_postcode`'s
    street = _STREET_END.search(text, max(0, line_end - 70), line_end)
    if street is None:
        return None
    if stop is None:
        stop = address_parts.postal_end(text, line_end, parts=False)
        if stop is None or stop <= start:
            return None
    if not _reads_as_address(text, street, start, stop, "\n" in separator.group()):
        return None
    return street.start(), stop, "address"


def _reads_as_address(
    text: str, street: re.Match[str], start: int, stop: int, line_break: bool
) -> bool:
    """Whether a street line and a postcode and town read as an address: always with a
    postcode with letters in it; else the house number no year and, over a line break, a
    street name or a town that is no ordinary word ("Mötet 3\n2024 Plan" is neither),
    typed on one line, both."""
    postcode = text[start:stop].split()
    if any(c.isalpha() for c in postcode[0]) or (
        len(postcode) > 1 and postcode[1].isupper() and len(postcode[1]) == 2
    ):
        return True  # "W1A 1AA", "1012 LM", "3405JI"
    known = vocab.known_words()
    line = street.group()
    number = _HOUSE_NUMBER.search(line)
    if number and _YEAR.fullmatch(number.group()):
        return False
    named = any(
        w[0].isupper() and w.lower() not in known for w in _WORD.findall(line)
    )  # "Johannessenmarka", "Rebecca Island"; not "Kapitel", "Rum"
    placed = any(
        w.lower() not in known or w in lexicon.places() for w in _WORD.findall(text, start, stop)
    )
    return (named or placed) if line_break else (named and placed)


def run_on(text: str, start: int, end: int) -> Found | None:
    """text[start:end] is a digit cluster "5 8492", "340 1123", "4-4 38111": a house number
    and a postcode with a space between, as an address typed on one line writes them."""
    if not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()) and not (
        text[end : end + 2].isupper()
    ):
        return None  # no town or Dutch letters after it
    last = _LAST_GROUP.search(text, start, end)
    if last is None or text[start] == "0" or not _HOUSE_NUMBER.fullmatch(text, start, last.start()):
        return None
    return block(text, last.start(1))


def after_line(text: str, start: int, end: int) -> Found | None:
    """text[start:end] is four or five digits alone after a line break or a space, with a
    capital after it: a postcode under (or after) its street line."""
    if not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()) and not (
        text[end : end + 2].isupper() or text[end : end + 3].lstrip(" ").isupper()
    ):
        return None
    return block(text, start)


def uk_postcode(text: str, index: int) -> Found | None:
    """A British postcode around `index` (`addresses.uk_postcode`), with the street line
    before it over a line break or spaces too ("27 Cooper Lane W1A 1AA London")."""
    found = addresses.uk_postcode(text, index)
    if found is None or found[0] < index - 4:
        return found  # its street was found already
    town = _UK_TOWN.match(text, found[1])
    postcode_start = index
    while postcode_start > 0 and text[postcode_start - 1].isalnum():
        postcode_start -= 1
    wider = block(text, postcode_start, town.end() if town else found[1])
    return wider or found


def trigger(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """The `TRIGGERS` handler: a digit, a letter, a space, a digit at low[start:end]."""
    if not text[start + 1].isupper() or (start and not text[start - 1].isupper()):
        return None
    return uk_postcode(text, start)
