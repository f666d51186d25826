"""The town, state and ZIP code after an American street line, as the United States write
them with or without commas: "123 Main St Apt 456 Oakland CA 94789", "5 Elm Ave, Brooklyn,
N.Y. 11211", "1600 Pennsylvania Ave NW, Washington DC 20500". `addresses.widen` asks this
where an address it found ends; a state is one of USPS's two-letter codes (or "N.Y."-style
with full stops), so "Oakland CA" is read and "Oakland is" or "Bergen NO" is not.
"""

from __future__ import annotations

import re

# USPS state and district codes (Publication 28, appendix B).
STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split()
)
_WORD = r"[A-Z][A-Za-z'’-]+"
# A direction after the street type ("Ave NW"), the town (one to three capitalised words),
# the state and an optional ZIP code.
_TAIL = re.compile(
    rf"(?:[ ](?:NW|NE|SW|SE|N|S|E|W)(?![\w]))?,?[ ]+((?:{_WORD}[ ]){{0,2}}{_WORD})\.?,?[ ]+"
    r"(?:([A-Z]{2})|([A-Z])\.([A-Z])\.?)(?:,?[ ]+\d{5}(?:-\d{4})?)?(?![\w])"
)


def state_end(text: str, end: int) -> int:
    """The end of an address that stops at `end`, over an American town, state and ZIP code
    after it, or `end`."""
    match = _TAIL.match(text, end)
    if not match:
        return end
    state = match[2] or f"{match[3]}{match[4]}"
    return match.end() if state in STATES else end
