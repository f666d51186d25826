"""A six-digit date without separators ("220322", "190222", yymmdd, the short date Swedish
writes and the first half of a personnummer) read as a date by its shape where no word
before it dates it: in a study that writes the day first, a run of six digits standing alone
that is a real calendar date. `dates.compact` reads the six digits as a real date and asks
`by_shape` after its dating words found nothing.

A random six-digit number is a real yymmdd date about once in thirty, and the numbers a note
writes in six digits are seldom random: an amount ends in zeros ("120000", "250000": month or
day 00), and a number of a case, an order, an account or a code says what it is before it.
What stays: a number, case, reference, order, invoice, account, code or PIN word before it
("dnr 210512", "OCR 190222", "kod 220322"), a currency, unit or percentage after it, and a
run glued to a letter, a sign or another figure ("A220322", "#220322", "220322-1234").
"""

from __future__ import annotations

import re

from casebook.deid import number_words, value_series

# A number, part or version word (`number_words.py`), or the word of an order, an invoice,
# an account, a code, a phone, a postcode, a flat, a batch or an amount right before:
# "ordernr 220322", "OCR 190222", "kod 220322", "kr 120000"; a colon or "#" may stand
# between ("Order: #220322").
_NOT_BEFORE = number_words.before(
    number_words.COMMON
    | set(
        """order ordernr ordernummer faktura fakturanr invoice ocr konto kontonr account kundnr
        kundnummer id kod code pin pinkod lösen password tel telefon tfn tlf phone mobil mob fax
        sms-kod postnr postnummer zip box lgh build serie serienr lot batch sats art artnr
        recept kr sek nok dkk eur""".split()
    ),
    gap="[ \u00a0:#]*",
)
_AFTER = re.compile(r"[ \u00a0]?(?:kr|kronor|kroner|sek|nok|dkk|eur|euro|€|\$|%|st|stk|kpl|m²)")


def by_shape(text: str, low: str, start: int, end: int) -> bool:
    """Whether the six digits text[start:end], a real yymmdd date, stand alone as a date: no
    letter, sign or figure glued to them, no number word before them, no unit after them."""
    if start and (text[start - 1].isalnum() or text[start - 1] in "#+-/.,:€$£"):
        return False
    if text[end : end + 1] in ("-", "+", "/", ".", ",", ":") and text[end + 1 : end + 2].isdigit():
        return False
    if _NOT_BEFORE.search(low, max(0, start - 16), start) or _AFTER.match(low, end):
        return False
    return not value_series.unit_follows(low, end)
