"""Addresses in a subdivision, as the Philippines write them: the block and lot of the plot
instead of a house number, then the street or the subdivision, then the other
("Block 15 Lot 75 Kanlaon Drive, Hale Grove 2", "Blk 5 Lot 12 Sampaguita St., Villa Rosa
Subdivision", "B13 L84 Jones Village Phase 2, Sunstone Avenue"). The street lines of
`addresses.py` and `street_types.py` start at a house number or a street type, so the block and
lot, and a subdivision after a comma, stayed.

Found only where a block and a lot stand together ("Block 15 Lot 75", "Blk 5, Lot 12", or
"B13 L84" in capitals glued to their numbers) with a capitalised name after them; after a comma,
one more part of the line goes with it when it ends in a number ("Hale Grove 2", "Phase 3") or
a published street type (`address_words.py`: "Sunstone Avenue", "Hernandez Estates"). The
town, postcode and province after it are `address_tails.py`'s.
"""

from __future__ import annotations

import re

from casebook.deid import address_words

Found = tuple[int, int, str]

# Triggers of the name automaton: the end of the block's number and the lot's word
# ("5 lot", "15, lot", "3 lt"), or "3 l8" inside "B13 L84".
TRIGGERS: dict[str, str] = {}
for _d in "0123456789":
    TRIGGERS.update({f"{_d} lot": "block_lot", f"{_d}, lot": "block_lot", f"{_d} lt": "block_lot"})
    TRIGGERS.update({f"{_d} l{_e}": "block_lot" for _e in "0123456789"})

_HEAD = re.compile(
    r"(?<![\w.])(?:(?i:block|blk\.?)[ ]?\d{1,3}[A-Z]?,?[ ]+(?i:lot|lt\.?)[ ]?\d{1,3}[A-Z]?"
    r"|B\d{1,3}[ ]L\d{1,3})(?![^\W_])"
)
_WORD = r"(?:[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?|\d{1,4}(?:st|nd|rd|th)?)(?![^\W\d_])"
_NAME = re.compile(r"[ ]+[A-Z][^\W\d_]*|[ ]+\d{1,4}(?:st|nd|rd|th)[ ]+[A-Z]")
_RUN = re.compile(rf"(?:[ ]+{_WORD}){{1,6}}")
_NEXT = re.compile(rf",[ ]*{_WORD}(?:[ ]+{_WORD}){{0,5}}")


def after_head(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """A trigger of `TRIGGERS` at low[start:end]: the block and lot around it, with the
    street or subdivision after them."""
    head = None
    for match in _HEAD.finditer(text, max(0, start - 14), min(n, end + 6)):
        if match.start() <= start < match.end():
            head = match
            break
    if head is None or not _NAME.match(text, head.end()):
        return None
    run = _RUN.match(text, head.end())
    if run is None:
        return None
    stop = run.end()
    more = _NEXT.match(text, stop)
    if more is not None:
        last = more.group().split()[-1].rstrip(".").lower()
        if last[:1].isdigit() or last in address_words.street_types():
            stop = more.end()
    return head.start(), stop, "address"
