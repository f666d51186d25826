"""A clock time that opens a timed observation, right before a phone number: "14:20 0044 7781
123456 called back", "10.42 00351 600 110 000", "12:05 08-123 456 78". The colon, dot and
space of a time join digits as a phone number's separators do, so the digit cluster of
`patterns.py` holds both; read as one, the time's minutes are taken for an area code
("14:[phone]") or the whole is no number at all and is published.

The cluster then starts after the time, when the time is a real one (hours 0-23, minutes
00-59, a colon or a dot between), one or two spaces follow it, and what follows starts as a
phone number is written (a "+", the international "00", a trunk "0", a bracket) or with a
group of six digits or more (a number run together, the birth date of an identity number:
"10.42 290360Y718S", "14:20 110499-334M"), with at least six digits in all. A day and month
before a year ("12.05 2024") starts no such number and stays whole for the date rules.
"""

from __future__ import annotations

import re

_TIME_THEN_NUMBER = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d[ ]{1,2}(?=[+(]|0|\d{6})")
_DIGIT = re.compile(r"\d")
_SHORTEST = 6


def number_start(text: str, start: int, end: int) -> int:
    """Where the number in the digit cluster text[start:end] starts: after a clock time
    that opens it, otherwise at `start`."""
    match = _TIME_THEN_NUMBER.match(text, start, end)
    if match is None or len(_DIGIT.findall(text, match.end(), end)) < _SHORTEST:
        return start
    return match.end()
