"""Contact tables typed as text: a number in a phone column is a phone number.

Notes copy contact lists as tables, with "|", tabs or runs of spaces between the cells, and a
header naming the columns ("Namn | Roll | Tel | Kommentar", "Name<TAB>Role<TAB>Phone"). A
cell holding nothing but 7 to 15 digits (grouped or not) under a header cell that names a
phone ("Tel", "Phone", "Mobil", "Nummer") is a phone number, whatever its country's format;
without such a header the number is left to the other rules (`phones.py`).
"""

from __future__ import annotations

import re

_SEPARATORS = (
    ("|", re.compile(r"[ \t]*\|[ \t]*")),
    ("\t", re.compile(r"[ ]*\t[ \t]*")),
    ("  ", re.compile(r"[ ]{2,}")),
)
_HEADER_WORDS = frozenset(
    """tel tel. tfn tlf phone telephone mobile mobil mobilnr telefon telefonnummer telnr nummer
    number no. nr nr. phone number""".split()
)
_CELL = re.compile(r"\+?[\d ()./-]{7,24}")
_MAX_ROWS = 40  # how far up the header may be


def _splitter(line: str) -> re.Pattern[str] | None:
    for mark, pattern in _SEPARATORS:
        if mark in line:
            return pattern
    return None


def phone_cell(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the whole cell of a table row under a phone header."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    split = _splitter(line)
    if split is None:
        return False
    cells = split.split(line.strip())
    before = split.split(text[line_start:start].lstrip())
    index = len(before) - 1
    if before[-1] or index >= len(cells) or not _CELL.fullmatch(cells[index]):
        return False  # the number is not a cell of its own
    if text[start:end] not in cells[index]:
        return False
    position = line_start - 1
    for _row in range(_MAX_ROWS):
        if position <= 0:
            return False
        above_start = text.rfind("\n", 0, position) + 1
        above = text[above_start:position].strip()
        position = above_start - 1
        if not above or set(above) <= set("-=|+ \t"):
            continue  # a blank line or a rule under the header
        header = split.split(above)
        if len(header) == len(cells) and header[index].lower() in _HEADER_WORDS:
            return True  # (rows above it are passed over: the header is the table's top)
    return False
