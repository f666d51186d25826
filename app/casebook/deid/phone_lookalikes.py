"""Figures in a phone number's shape that running text writes for something else: a span of
years and an amount before its currency or count, in the languages of the study's notes.

- A span of years, in brackets or not, after a person's name or a document's number ("Marie
  Høeg (1866 - 1949)", "Charles Peirce (1839-1914)", "St.meld. nr. 7 (2005-2006)"): two
  years of 1000 to 2099, the second later and at most 130 years on. `phones.py` already
  reads two years of 1900 to 2099 alone; life dates of the nineteenth century, and a short
  number before the bracket, are read here. No country dials a number of eight digits that
  starts with 1 or 2 as these years do unless a trunk 0 or a "+" leads it, which these
  never have.
- An amount or a range of amounts before a currency or a count word that `phones.py`'s
  English and Swedish list lacks: Norwegian, Danish, Finnish and German currencies and
  multipliers ("12 000–360 pund", "3 000–5 000 pund", "15 001–19 999 Pfund", "2 500 000
  euroa", "1 200 000 Einwohner").

- A code, a referral's or record's number, a court case's, a licence's or a car's right after
  its word ("koden 48742612", "remiss nr 3960545", "journalnr 1234567", "mål nr 1234-21",
  "regnr 1234567"), when the number is a run of digits without groups (`bare_runs.py` and
  `phones.py` ask; grouped, it may be a personnummer typed loosely: "Pnr på remissen: 721005
  - 5724"); the words of orders, invoices, cases and accounts are `lone_ids`'.

- A case's, a letter's or a file's reference that opens with its year ("Emne: Ny avtale
  (2026-27309)", "saksnr. 2025-085186"): a year of 1900 to 2099, a dash and five or six
  digits, in brackets or not, nine or ten digits in all. No Norwegian or Danish number has
  so many digits, and a national number of a country that dials a trunk 0 (Sweden, Finland,
  Germany, Britain) opens with it; the reading stands unless `phonenumbers` finds the digits
  a valid number of a region the study names, as that region writes it (after its trunk 0
  where it has one), or a phone word stands near (`phones.py` asks). Four digits after the
  year ("2026-2730") make eight, a Danish number's length: left to the reference words,
  unless a code of capital letters is glued before the year by a dash ("ref. AD-2026-5376",
  "Sag KBH-2025-0412"): a file's code, year and serial, written as one word, which no phone
  number is; a number after its country's letters is written with a plus or a space.

A phone word before the number ("tlf", "puh.", "Telefon") still makes it a phone number:
`phones.py` asks only where no strong cue stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

_YEAR_SPAN = re.compile(r"(?:\d{1,3}[ ]?)?\(?[ ]?(1\d{3}|20\d\d)[ ]?[-–][ ]?(1\d{3}|20\d\d)[ ]?\)?")
_MAX_SPAN = 130  # a life, a reign, a period

# Currencies and count words after an amount, in Swedish, Norwegian, Danish, Finnish, German
# and English, as running text writes them (singular and plural, Finnish partitive).
AMOUNT_WORDS = frozenset(
    """pund punds pfund pfd franc francs franken franc rubel rubler rupees rupier yen yuan
    euroa euron euros dollaria dollarin dollareita kruunua kronaa kroon kronen kronur
    markkaa mark sent cent cents øre ører rappen pence penny
    mio mill mrd milj miljon miljoner millioner millionen million milliarder milliarden
    miljardia miljoonaa tuhatta tusind tusen tausend hundert prosent prozent prosenttia
    einwohner innbyggjarar innbyggere indbyggere asukasta henkeä personen menschen
    mennesker människor ihmistä stück stk kpl""".split()
)


# The words of codes and of numbers that are no phone's, in their definite forms too.
_CODE_BEFORE = re.compile(
    r"(?<!\w)(?:kod|code|pin|pinkod|lösenord|password|remiss|remissnr|journal|journalnr|"
    r"journalnummer|mål|målnr|målnummer|licens|license|regnr|registreringsnummer|kvitto)"
    r"(?:en|et|n|t)?[^\n\w]{0,6}(?:(?:no|nr|number|nummer|#|id)\b[^\n\w]{0,4})?\Z"
)


def code_before(low: str, start: int) -> bool:
    """Whether the word of a code or of a number that is no phone's stands right before
    `start` in `low` (see the module docstring)."""
    return _CODE_BEFORE.search(low, max(0, start - 40), start) is not None


_YEAR_REFERENCE = re.compile(r"\(?(?:19|20)\d\d[-–]\d{5,6}\)?")


def year_reference(value: str, regions: Iterable[str]) -> bool:
    """Whether `value` (a phone candidate's digits and separators) is a reference that opens
    with its year, "(2026-27309)", and no valid number of the `regions` (see the module
    docstring)."""
    if _YEAR_REFERENCE.fullmatch(value.strip()) is None:
        return False
    digits = "".join(c for c in value if c.isdigit())
    for region in regions:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is not None and metadata.national_prefix == "0":
            continue  # (a national number of this region opens with its trunk 0)
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return False
    return True


# A code of capital letters glued before its year by a dash: "AD-", "KBH-" (not "tlf-").
_CODE_GLUED = re.compile(r"(?<![\w-])[A-ZÆØÅÄÖ]{1,5}[-–]\Z")
_YEAR_SERIAL = re.compile(r"(?:19|20)\d\d[-–]\d{4,6}")


def coded_year_reference(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a year, a dash and four to six digits with a code of
    capital letters glued before it by a dash: "ref. AD-2026-5376" (see the module
    docstring)."""
    return (
        _YEAR_SERIAL.fullmatch(text, start, end) is not None
        and _CODE_GLUED.search(text, max(0, start - 7), start) is not None
    )


def year_span(value: str) -> bool:
    """Whether `value` (a phone candidate's digits and separators) is a span of years,
    with a short number before its bracket or not: "(1866 - 1949)", "7 (2005-2006)"."""
    match = _YEAR_SPAN.fullmatch(value.strip())
    if match is None:
        return False
    first, last = int(match[1]), int(match[2])
    return first < last <= first + _MAX_SPAN


def amount_word(word: str) -> bool:
    """Whether `word` (lower case, punctuation stripped) is a currency or a count word that
    makes the figure before it an amount."""
    return word in AMOUNT_WORDS
