"""A run of eight to eleven digits standing alone in running text, with no phone word near:
"Skrev upp 93970829 på en lapp", "Landlord: 28101351", "left a message on 9366945424",
"the sister, 15948894365". National numbers are typed so: eight digits in Norway and
Denmark, ten in North America and India, eleven for a Chinese mobile, a trunk 0 and nine or
ten digits in most of Europe. `phones.py` took such a run only after a phone word, and a
note that names no phone ("Skrev upp", a bullet, a contact list) published it. (Twelve
digits and more, a German mobile with its trunk 0 among them, still need a phone word or
the region named in `study.yaml`.) Seven digits are taken too where the run fills its line
right under the writer's name under a sign-off ("Venlig hilsen\nNorlin\n8020510"): a
signature's number, as Iceland dials it, or a local number.

In a note, a run of that length that is no phone number is an identity number (left to
`lone_ids.alone` when its checks hold: "8709287785", a Czech rodné číslo), a date run
together (the date rules), an amount or a count (a currency or a unit beside it:
`phones.py` asks), or a reference: an order, invoice, case, account or tracking number or a
code, and such a number has its word right before it ("order 8501080621", "ärende
9605183725", "Fakturan 45012378": `lone_ids.an_amount_or_reference`; "Koden 48742612":
`phone_lookalikes.code_before`), or a compound that names it ("Medlemsnummer 12345679",
"kortnummer:", "avtalsnumret", "asiakasnumero"; not "kontaktnummer", "mobilnr"), or a weak
phone word
that also names codes ("nr", "no", "number") before it, or after it with a noun before that
word ("as order number"; `phones._weak_before`: after the run with an article, "he wrote
1911716337 where the number goes", it names what the figure was written for, no reference).
What remains is taken as a phone number
unless:

- it is a round figure (ends in "000": "25000000"), repeats one or two digits ("11111111",
  "12121212") or counts up or down ("12345678", "98765432"), as placeholders and amounts
  are written;
- a year of 1900-2099 and a month and day open it (a date run together with a time,
  "202403141530");
- it is glued to a letter, a "/", "." or "," on either side (a code, a decimal, a path);
- it stands in a row of a table typed with "|" or tabs: a cell is judged by its column's
  header (`phone_tables.py`), "Antal | 46271935" is a count.
"""

from __future__ import annotations

import re

from casebook.deid import greetings, lone_ids, namecontext, phone_lookalikes

_SHORTEST, _LONGEST = 8, 11
_DATED = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_GLUE = frozenset("/.,-_#@&%")
# A compound that names the number before it ("medlemsnummer", "kortnummer", "avtalsnumret",
# "asiakasnumero", "membership number" written as one word), read with what it names first.
_COMPOUND_NUMBER = re.compile(
    r"(?<!\w)([^\W\d_]{2,}?)(?:nummer|nummeret|numret|nr|numero|numeron)"
    r"[.:]?[ ]{0,2}\Z"
)
# What a compound names when it names a phone: "telefonnummer", "mobilnr", "hemnummer",
# "puhelinnumero", "Rufnummer", "kontaktnummer".
_PHONE_HEADS = frozenset(
    """telefon telefons tel tele mobil mobiili puhelin hem jobb direkt arbets kontor växel sms
    fax ruf handy kontakt privat whatsapp""".split()
)
_BULLETS = " \t•·*–-"  # (a tab after a bullet makes no table: "•\tContacts on the list: …")


def to_call(text: str, low: str, start: int, end: int) -> bool:
    """Whether the run of digits text[start:end], alone in its sentence with no phone word
    near, is taken for a phone number (see the module docstring)."""
    value = text[start:end]
    signed = _under_signature(low, start, end)
    shortest = _SHORTEST - 1 if signed else _SHORTEST
    longest = _LONGEST + 1 if signed and value.startswith("0") else _LONGEST
    if not shortest <= len(value) <= longest or value.endswith("000"):
        return False
    if len(set(value)) <= 2 or _DATED.match(value) or _a_sequence(value):
        return False
    before, after = text[start - 1 : start], text[end : end + 1]
    if before.isalnum() or before in _GLUE:
        return False
    if after.isalnum() or (after in _GLUE and text[end + 1 : end + 2].isalnum()):
        return False
    if lone_ids.an_amount_or_reference(text, low, start, end) or _in_a_table(text, start, end):
        return False
    if phone_lookalikes.code_before(low, start) or _named_otherwise(low, start):
        return False  # "Koden 48742612", "Medlemsnummer 12345679"
    return not lone_ids.alone(text, low, start, end)  # (an identity number's own checks hold)


def _under_signature(low: str, start: int, end: int) -> bool:
    """Whether the digits low[start:end] fill their line, right under the writer's name
    under a sign-off ("Venlig hilsen\nNorlin\n8020510"): the signature's number, of seven
    digits where a country dials seven (Iceland) or a local number is written."""
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", end)
    line = low[line_start : len(low) if line_end < 0 else line_end]
    if line.strip() != low[start:end] or line_start < 2:
        return False
    name_start = low.rfind("\n", 0, line_start - 1) + 1
    words = low[name_start : line_start - 1].split()
    if not words or len(words) > 3 or not all(w.isalpha() for w in words):
        return False
    name_start += len(low[name_start:]) - len(low[name_start:].lstrip())
    if namecontext.signature_name(low, name_start, name_start + len(words[0])):
        return True
    above = low.rfind("\n", 0, max(0, name_start - 1)) + 1
    return name_start >= 2 and low[above : name_start - 1].strip() in greetings.ABBREVIATED_CLOSINGS


def _a_sequence(value: str) -> bool:
    """Whether each digit of `value` is one more, or each one less, than the digit before."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(value, value[1:], strict=False)}
    return steps in ({1}, {9})


def _in_a_table(text: str, start: int, end: int) -> bool:
    """Whether the line of text[start:end] is a table's row, its cells split by "|" or tabs."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].lstrip(_BULLETS)
    return "|" in line or "\t" in line


def _named_otherwise(low: str, start: int) -> bool:
    """Whether a compound naming a number stands right before `start` and names no phone:
    "medlemsnummer", "kortnummer:", "avtalsnumret" (not "mobilnummer", "telefonnr")."""
    match = _COMPOUND_NUMBER.search(low, max(0, start - 32), start)
    if match is None:
        return False
    return match[1] not in _PHONE_HEADS
