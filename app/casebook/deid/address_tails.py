"""The rest of an address line around a street that was found, as the world writes it
(measured on `bench/address_atlas.py`: OpenCage's address-formatting cases, Faker and mimesis
for every locale), so that a participant's town, region and postcode do not stay in the note
when the street was redacted:

- after the street, the number of a "No." or "Apt." that was cut at its full stop ("Flat 16,
  House No. 115"), then places and a postcode after commas, the postcode last or with its town
  after it: "661 Christopher Mews, East Staceyshire, ACT, 5960", "Strada Preda Nr. 20, Lipova,
  231860", "7931 Tenth Line, Halton Hills, ON L5N 8P7", "30/16, Boase Marg, Mysore 091390",
  "Calle Bahía Blanca N° 382, La Plata 1900, Buenos Aires", "József attila utca 23., H-7613
  Bácshídharaszti", "Avenida de Montenegro, 20, Olaria, 13186-091 Pires / RS";
- before the street, a flat, suite or building with its number: "Suite 601 1 Aguilar Quad",
  "Studio 59F, Rees Course", "H.No. 308, Mann Street";
- before a house number, the first of a range: "18-20 Bomb House Lane", "8-9 Mainguard Street";
  before a street type, the house number and a comma: "20, Jalan Petaling 9g";
- before a lower-case street word, the capitalised name of the street: "Capellan puistokuja 4";
- before a town and postcode that were found, a house number and a capitalised street of
  any words and a comma: "6842 Shields Harbors, Downsfurt, IN 20282".

A tail counts only when it ends in a postcode (a four-digit year with no town after it is none:
"Storgatan 5, Malmö, 2019"), and a postcode followed by a unit or currency ("1500 kr") is an
amount, and one with more digits after it ("070-825 57 73") a phone number.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import address_words, count_words, vocab

U = address_words.U  # a capital letter of any Latin script
_NAME = rf"{U}[^\W\d_]*(?:['’-][^\W\d_]+)*\.?"
_JOIN = r"(?:de|del|la|las|los|do|da|dos|das|di|nad|pod|an|am|of|upon|on|sur|sous|en|y|i)"
# A town, region or state: up to four capitalised words ("Sans Souci NSW", "ACT", "Castiglione
# D'Intelvi (CO)", "Pires / RS").
PLACE = rf"{_NAME}(?:[ ](?:{_JOIN}[ ])?{_NAME}){{0,3}}(?:[ ]\({U}{{1,3}}\))?(?:[ ]?/[ ]?{U}{{2}})?"
_BRITISH = r"[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}"
_CANADIAN = r"[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
_EIRCODE = r"[AC-FHKNPRTV-Y]\d[\dW][ ]?[0-9AC-FHKNPRTV-Y]{4}"
_DUTCH = r"[1-9]\d{3}[ ]?(?!S[ADS])[A-Z]{2}"  # "1017 GC", "9416WR" (PostNL; never SA, SD, SS)
# A postcode: a Swedish one first ("182 46": Postnord's first digit is never 0, so "070 123 45"
# opens a phone number), digits with a country prefix or a group after a hyphen ("H-7613",
# "13186-091", "1613-186"), a Dutch, British, Canadian or Irish one ("D02 X285").
POSTCODE = (
    rf"(?:{_DUTCH}(?![\w-])|[1-9]\d{{2}}[ ]\d{{2}}(?![\w-])"
    r"|(?:[A-Z]{1,2}-)?\d{3,7}(?:-\d{3,4})?|\d{3}[ ]\d{2}"
    r"|\d{2}-\d{3}"  # Polish: "80-592"
    rf"|{_BRITISH}|{_CANADIAN}|{_EIRCODE})"
    r"(?![\w-])"
)
_SEP = r"\.?[ ]*,[ ]*"
# Dublin's postal districts, written after the town before an Eircode ("Dublin 2", "Dublin 6W").
_DUBLIN = r"Dublin[ ]\d{1,2}W?(?![\w-])"
_TAIL = re.compile(
    rf"(?P<places>(?:{_SEP}(?:{_DUBLIN}|{PLACE})){{0,3}})(?:{_SEP}|[ ])(?P<code>{POSTCODE})"
    rf"(?P<town>[ ]+{PLACE})?"
)
_MORE = re.compile(rf"{_SEP}({PLACE})(?=[ ]*(?:[,.;:)!?\n]|$|[ ][^\W\d_]))")
_YEAR = re.compile(r"(?:19|20)\d\d\Z")
_DIGITS_GO_ON = re.compile(r"[ ]?[-–(]?\d")
# What makes a number after an address an amount or a count, not a postcode, a flat or a
# staircase's flat (`address_units.py` and `croatian_streets.py` read it too; the words are
# `count_words.py`'s).
AMOUNT_AFTER = count_words.after(count_words.AFTER_A_HOUSE_NUMBER, "[ ]?", flags=re.IGNORECASE)


def tail_end(text: str, end: int) -> int:
    """The end of an address that stops at `end`, over places and a postcode after it (and
    places after the postcode that are no ordinary words), or `end`."""
    if (after := _NUMBER_AFTER_WORD.match(text, end)) and _cut_word(text, end):
        end = after.end()  # "House No" read, ". 115" left: "Flat 16, House No. 115"
    match = _TAIL.match(text, end)
    if not match:
        outward = _OUTWARD.match(text, end)  # "64 Melbourne Road, E10"
        return outward.end() if outward else end
    code = match.group("code")
    if AMOUNT_AFTER.match(text, match.end("code")) or _DIGITS_GO_ON.match(text, match.end("code")):
        return end  # "1500 kr", a phone number "070-825 57 73"
    if _YEAR.match(code) and (not match.group("town") or _ordinary(match.group("town"))):
        return end  # "…, Malmö, 2019", but "…, Flora, 2040 Sorsogon"
    if len(code) == 3 and not match.group("town"):
        return end  # three digits alone ("…, 116") may be anything: a town must follow
    stop = match.end()
    if match.group("town") and _ordinary(match.group("town")):
        stop = match.end("code")
    for _ in range(2):  # "…, La Plata 1900, Buenos Aires"
        more = _MORE.match(text, stop)
        if not more or _ordinary(more.group(1)):
            break
        stop = more.end(1)
    cut = _SENTENCE_ENDS.search(text, match.end("code"), stop)
    if cut:
        stop = cut.end()  # "…, 5946VN, Grafhorst. Bo kvar": the town ends its sentence
    word = _LAST_WORD_DOT.search(text, max(end, stop - 30), stop)
    if word and len(word.group()) > 4:
        stop -= 1  # "…, LS6 2QT Leeds." ends the sentence; "St." keeps its full stop
    return stop


# A British postcode's outward half alone after a comma, where the phrase ends: London
# writes its postal district so ("64 Melbourne Road, E10", "…, SW1A.").
_OUTWARD = re.compile(r"[ ]*,[ ]*[A-Z]{1,2}\d[A-Z\d]?(?=[ ]*(?:[.,;:)\n]|\Z))")
# A word (no abbreviation) whose full stop ends a sentence, another opening after it.
_SENTENCE_ENDS = re.compile(r"[^\W\d_]{4,}(?=\.[ ]+[^\W\d_])")
_NUMBER_AFTER_WORD = re.compile(r"\.[ ]?#?\d{1,5}[A-Za-z]?(?![\w/-])")
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")
_LAST_WORD_DOT = re.compile(r"[^\W\d_]+\.\Z")


def _cut_word(text: str, end: int) -> bool:
    """Whether the address ends in a number word or a unit word whose full stop and number
    were left after it ("No", "Nr", "Apt")."""
    word = _LAST_WORD.search(text, max(0, end - 12), end)
    return bool(word) and word.group().lower() in _number_words()


@cache
def _number_words() -> frozenset[str]:
    return address_words.part_words() | address_words.forms("number") | {"no", "nr", "nº"}


def _ordinary(place: str) -> bool:
    """Whether a run of capitalised words opens with an ordinary word ("Then", "When")."""
    first = place.split()[0].strip(".").lower()
    return first in vocab.known_words() and len(first) > 1 and not first.isupper()


_RANGE_BEFORE = re.compile(r"(?<![\w/.,-])\d{1,4}[A-Za-z]?[-–]\Z")
_TYPE_WORD = re.compile(r"[^\W\d_]+\.?")
_NUMBER_COMMA_BEFORE = re.compile(
    r"(?<![\w/.,:-])(?:no\.?[ ]?)?(\d{1,5})[A-Za-z]?,[ ]+\Z", re.IGNORECASE
)


@cache
def _unit_before() -> re.Pattern[str]:
    words = address_words.alternation(
        frozenset(w for w in address_words.part_words() if len(w) >= 3 and " " not in w)
        | {"h.no", "unit", "studio", "suite", "flat", "apt", "ap", "bl", "sc", "dpto"}
    )
    return re.compile(
        rf"(?<![^\W\d_])(?:{words})\.?[ ]?(?:no\.?[ ]?)?#?\d{{1,5}}[A-Za-z]?[ ]*,?[ ]+\Z",
        re.IGNORECASE,
    )


def unit_start(text: str, start: int) -> int:
    """The start of an address at `start` with the first number of a range ("18-"), a house
    number and comma before a street type ("20, Jalan Petaling 9g"), or a flat, suite or
    building and its number before it ("Suite 601 1 Aguilar Quad"), else `start`. The unit
    word is capitalised."""
    if start < 4:
        return start
    if text[start].isdigit() and (span := _RANGE_BEFORE.search(text, max(0, start - 6), start)):
        start = span.start()  # "18-20 Bomb House Lane"
    elif (
        _TYPE_WORD.match(text, start)
        and _TYPE_WORD.match(text, start)[0].lower().rstrip(".") in address_words.street_types()
    ):
        number = _NUMBER_COMMA_BEFORE.search(text, max(0, start - 12), start)
        if number and not _YEAR.match(number[1]):
            start = number.start()  # "20, Jalan Petaling 9g", "No. 7, Jalan Ampang"
    match = _unit_before().search(text, max(0, start - 24), start)
    if not match or not text[match.start()].isupper():
        return start
    return match.start()


_STREET_BEFORE = re.compile(
    rf"(?<![\w/.,:-])(?!(?:19|20)\d\d(?!\d))\d{{1,5}}[A-Za-z]?,?[ ]+(?:{_NAME}[ ]+){{0,3}}{_NAME}"
    r",[ ]*\Z"
)


def street_start(text: str, start: int, end: int) -> int:
    """The start of an address text[start:end] that opens with a town or postcode (its first
    part, up to a comma, holds no house number, only a postcode: no street was read) with a
    house number, a street and a comma before it, else `start`."""
    if start < 4 or text[start - 1] != " ":
        return start
    first = text[start:end].split(",")[0].split()
    if not text[start].isupper() or any(
        any(c.isdigit() for c in word) and len(word) < 4 for word in first
    ):
        return start  # a street with its house number was read ("Storgatan 5, …")
    match = _STREET_BEFORE.search(text, max(0, start - 60), start)
    return match.start() if match else start


_CAPITAL_BEFORE = re.compile(rf"(?<![^\W\d_]){U}[^\W\d_]+(?:-{U}[^\W\d_]+)?[ ]\Z")


def name_start(text: str, start: int) -> int:
    """The start of an address read from a lower-case street word ("puistokuja 4, 60399
    Lahti") with the capitalised name of the street before it, a Finnish genitive or any
    name that is no ordinary word ("Capellan puistokuja 4"), else `start`."""
    if start < 3 or not text[start].islower():
        return start
    match = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if not match or match.group().strip().lower() in vocab.known_words():
        return start
    return match.start()
