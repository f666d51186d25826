"""Street lines as Vietnam writes them: the house number first, often after "Số" (number)
and with the alleys it lies down ("Số 3/92/246", "81/504"), then the lane, alley or block with
its number ("Hẻm 42", "Ngõ 45", "Khu 19", "Khóm 63") and the street ("phố Trần Hưng Đạo",
"Đường số 69", "Điện Biên Phủ"), then the ward, commune, district, province or city
("phường An Phú", "xã Đông Hòa", "Thành phố Đà Nẵng", "TP. Hồ Chí Minh") and a postcode. The
street types are libpostal's Vietnamese ones and the lane and alley words of Vietnam's
addresses ("hẻm", "ngõ", "ngách", "kiệt", "khu", "khóm"); the unit words are the kinds of
Vietnam's administrative units ("phường", "xã", "thị trấn", "quận", "huyện", "thị xã",
"tỉnh", "thành phố").

Found only where the line opens as only Vietnamese writes it: "Số" and a number, or a number
and a lane, alley, block or street word ("363 Hẻm 42", "46 phố Hai Bà Trưng"). A number and
a Vietnamese name alone ("22/995 Trần Phú") stays: a bed or room number before a person's
name is written the same way.
"""

from __future__ import annotations

import re

Found = tuple[int, int, str]

_LANES = ("khu", "khóm", "hẻm", "ngõ", "ngách", "kiệt", "phố", "đường")
# Triggers of the name automaton: "số " with a digit after it, or a digit, a space and a lane,
# alley, block or street word.
TRIGGERS: dict[str, str] = {f"số {d}": "street_vi" for d in "0123456789"}
TRIGGERS.update({f"{d} {w} ": "street_vi" for d in "0123456789" for w in _LANES})

_UP = r"[A-ZÀ-ÝĐƠƯĂÂÊÔ\u1ea0-\u1ef9]"
_UNIT_WORDS = r"phường|xã|thị[ ]trấn|quận|huyện|thị[ ]xã|tỉnh|thành[ ]phố|tp"
# A syllable of a name, not a unit word written with a capital ("Xã", "Thành phố", "TP.").
_SYLLABLE = rf"(?!(?i:{_UNIT_WORDS})(?![^\W\d_]))(?-i:{_UP})[^\W\d_]*"
_NAME = rf"{_SYLLABLE}(?:[ ]{_SYLLABLE}){{0,4}}"
_NUMBER = r"\d{1,4}(?:/\d{1,4}){0,3}[A-Za-z]?"
_LANE = rf"(?:{'|'.join(_LANES)})(?:[ ]số)?[ ](?:{_NUMBER}(?![^\W\d_])|{_NAME})"
_UNIT = (
    rf"(?:{_UNIT_WORDS})\.?[ ]"
    rf"(?:{_NAME}|\d{{1,2}}(?!\d))"
)
_LINE = re.compile(
    rf"(?i:số[ ])?{_NUMBER}(?:[ ]{_LANE}){{0,3}}(?:[ ](?:{_LANE}|{_NAME}))?"
    rf"(?:,?[ ](?i:{_UNIT})){{0,3}}(?:,?[ ]\d{{5,6}}(?!\d))?",
    re.IGNORECASE,
)
_OPENS = re.compile(rf"(?i:số)[ ]\d|{_NUMBER}[ ](?i:{'|'.join(_LANES)})[ ]")


def street(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """A trigger of `TRIGGERS` at low[start:end]: the Vietnamese street line it opens."""
    at = start
    if low.startswith("số", start):
        if start and low[start - 1].isalnum():
            return None
    else:
        while at > 0 and (low[at - 1].isdigit() or low[at - 1] == "/"):
            at -= 1
        if at and low[at - 1].isalnum():
            return None
    if not _OPENS.match(text, at):
        return None
    line = _LINE.match(text, at)
    if line is None or line.end() <= end - 1:
        return None
    return at, line.end(), "address"
