"""Personal identity numbers of Sweden's neighbours, replaced as `[personnummer]` like the
Swedish ones (`patterns.PERSONNUMMER`): participants move between the Nordic countries, and
their papers follow them. Each is checked as its authority publishes it, so that an order
number or a phone number of the same length is not taken:

- Norway's fødselsnummer and D-nummer: 11 digits, DDMMYY and five more, with an optional
  space after the date ("010190 12345"); the date must exist (a D-nummer adds 40 to the day,
  an H-nummer 40 to the month) and both mod-11 check digits must hold (Skatteetaten).
- Finland's henkilötunnus: DDMMYY, a century sign ("+", "-", "A"-"F", "U"-"Y"), three
  digits and a check character, the date and individual number's remainder mod 31 in
  "0123456789ABCDEFHJKLMNPRSTUVWXY" (Digi- ja väestötietovirasto): "131052-308T".
- Denmark's CPR-nummer and Iceland's kennitala: DDMMYY, a dash and four digits, with an
  existing date (no modulus-11 check: CPR numbers issued since 2007 carry none). Run
  together, only after a word that names it, inflected or not, and perhaps a verb "is"
  ("CPR 0101901234", "CPR-nummeret er 010190 1234", "fødselsnummeret 0101901234", "The CPR
  number, 0101901234, was": a comma after a named cue opens its apposition), since
  ten bare digits are as often a phone number. With a space instead of the dash ("The
  number 120192 3818 ...") it needs no word when the six and four digits are the whole
  cluster: the phone rules refuse that grouping as a personnummer's (`phones._PNR_SHAPE`),
  and a Swedish one with a date YYMMDD has had its turn (`patterns.PERSONNUMMER`), so no
  other rule takes it. Not when the six digits are also a date YYMMDD and the four a clock time
  HHMM ("241226 0830", a log's date and time run together): a CPR reads so only for
  someone born in a year 00-31 whose serial looks like a time.
"""

from __future__ import annotations

import datetime as dt
import re

Found = tuple[int, int, str]

_NORWAY = re.compile(r"(?<![\d+])(\d{2})(\d{2})(\d{2})[ \u00a0]?(\d{5})(?![\d])")
_FINLAND = re.compile(r"(?<![\w+])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?!\w)")
_DENMARK = re.compile(r"(?<![\d+])(\d{2})(\d{2})(\d{2})([- \u00a0]?)(\d{4})(?![\d])")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_FINNISH_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_NORWAY_WEIGHTS = ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
_CUES = re.compile(
    r"(?:cpr(?:[ -]?n(?:umbe|umme)?r\w*)?|kennitala|kt\.|personnummer\w*|personnr|"
    r"fødselsnummer\w*|fødselsnr|henkilötunnu\w*|hetu|id)(?:(?<!id),)?[\s.:-]*"
    r"(?:(?:er|is|är|on|var|was|:)[\s.:-]*)?\Z"
)


def _a_date(day: int, month: int, year: int) -> bool:
    for century in (1900, 2000):
        try:
            dt.date(century + year, month, day)
            return True
        except ValueError:
            continue
    return False


def _norwegian(match: re.Match[str]) -> bool:
    day, month, year = int(match[1]), int(match[2]), int(match[3])
    if day > 40:
        day -= 40  # D-nummer
    if month > 40:
        month -= 40  # H-nummer
    if not _a_date(day, month, year):
        return False
    digits = [int(c) for c in match[1] + match[2] + match[3] + match[4]]
    for weights, position in zip(_NORWAY_WEIGHTS, (9, 10), strict=True):
        check = 11 - sum(w * d for w, d in zip(weights, digits, strict=False)) % 11
        if check == 11:
            check = 0
        if check == 10 or check != digits[position]:
            return False
    return True


def _finnish(match: re.Match[str]) -> bool:
    if not _a_date(int(match[1]), int(match[2]), int(match[3])):
        return False
    number = int(match[1] + match[2] + match[3] + match[5])
    return _FINNISH_CHECK[number % 31] == match[6]


def find(text: str, low: str, start: int, end: int) -> list[Found]:
    """Neighbours' identity numbers in the digit cluster text[start:end] (and the check
    character of a Finnish one right after it)."""
    found: list[Found] = []
    for match in _NORWAY.finditer(text, start, end):
        if _norwegian(match):
            found.append((match.start(), match.end(), "personnummer"))
    # (the cluster may open with the bracket a phone number's area code takes: "(131052-308T)")
    at = start + 1 if text[start : start + 1] == "(" else start
    finnish = _FINLAND.match(text, at, min(len(text), end + 6))
    if finnish and _finnish(finnish):
        found.append((finnish.start(), finnish.end(), "personnummer"))
    for match in _DENMARK.finditer(text, start, end):
        if not _a_date(int(match[1]), int(match[2]), int(match[3])):
            continue
        if (
            match[4] == "-"
            or _spaced_alone(match, start, end)
            or _CUES.search(low, max(0, match.start() - 24), match.start())
        ):
            found.append((match.start(), match.end(), "personnummer"))
    return found


def _spaced_alone(match: re.Match[str], start: int, end: int) -> bool:
    """Whether a Danish match is DDMMYY, a space and four digits, filling its cluster
    text[start:end], and not a date YYMMDD and a clock time HHMM (module docstring)."""
    if not match[4] or match[4] == "-" or match.start() != start or match.end() != end:
        return False
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    return not (_a_date(day, month, year) and _CLOCK.fullmatch(match[5]))
