"""Where each row of a response lives in a release: its rowid, derived from the response's
pseudonym and the row's place among that response's rows.

Rows of the response tables (responses, answers, topics, ... and the wide tables) are stored
in pseudonym order, never in the private order of collection: `select rowid, * from
responses` says nothing about which interview was done first. The rowid is a function of the
response's code alone (monotone in the code's sort order), so a republish can delete a
changed response's rows and write them again in place (`casebook.release.patch`) and the
file comes out row for row, rowid for rowid, as a full build writes it, whatever the order
the rows were written in, and without a hint of which responses changed recently."""

from __future__ import annotations

from casebook.pseudonyms import ALPHABET

ROW_BITS = 19  # up to 524,288 rows of one table per response
ROWS_PER_RESPONSE = 1 << ROW_BITS
# A response code is 8 characters, 9 after a collision with another (codes are assigned in
# id order, the later one longer): each place is a digit of base len(ALPHABET) + 1, 0 for
# "no character", so a code sorts before every longer code it begins.
PLACES = 9
_DIGIT = {char: index + 1 for index, char in enumerate(ALPHABET)}
_BASE = len(ALPHABET) + 1
assert _BASE**PLACES * ROWS_PER_RESPONSE < 2**63


def first_rowid(code: str) -> int:
    """The rowid of the first row of a response (`R-4K7QBCDF`) in every response table; its
    other rows follow it."""
    letters = code.split("-", 1)[1]
    if len(letters) > PLACES:
        raise ValueError(f"response code {code!r} is longer than a release can order")
    rank = 0
    for place in range(PLACES):
        rank = rank * _BASE + (_DIGIT[letters[place]] if place < len(letters) else 0)
    return 1 + rank * ROWS_PER_RESPONSE


def span(code: str, rows: int) -> tuple[int, int]:
    """The first and last rowid of a response's `rows` rows of one table."""
    if rows > ROWS_PER_RESPONSE:
        raise ValueError(f"response {code} has more rows than a release can hold for it")
    first = first_rowid(code)
    return first, first + rows - 1


def all_rows(code: str) -> tuple[int, int]:
    """Every rowid a response's rows can have in one table."""
    return span(code, ROWS_PER_RESPONSE)
