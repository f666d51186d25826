"""Phone numbers of five or six digits right after a word that names a phone, replaced as
`[phone]`: the Faroe Islands and Greenland (six digits, "tlf 22 12 34", "tlf. 201234"),
many small states of the Pacific and the Atlantic (five, "Telefon: 18123"), and short
numbers of a switchboard, written as people write them after "tel", "tlf", "puh.", "Handy",
"mobil", "ring ... på", "call her on", "hans nummer:", "her number as", and after a verb of
calling with nothing but a pronoun or a word of asking between ("Ring gärna 152172", "call me
513759"), a phone with its article ("Mobilen 195779 är avstängd") and "the number" ("Lämnade
numret 513 821", "The number 513759 goes to voicemail", "Uusi numero: 51234"). A note of a Nordic
study meets the Danish realm's numbers as often as a Norwegian's, and libphonenumber's own
data shows that about one region in six uses numbers this short.

The phone rules of `phones.py` read seven digits or more; shorter digit groups are years,
doses, amounts and house numbers too often. So only the word right before decides here
(`_CUE`, read back from the number across at most a colon, "nr", "no." or a preposition),
and the number must end there: not a date ("ringde 12.03.24", a bare "230517" after a verb,
which Swedish notes write for a day), not a time, and not an amount or measure
(`phones.ordinary`: "ring 12 500 kr", "tel 40 000 people"). After "the number" alone, which
also names a case, an order or a post code, the digits must be one plain group or two, no
round figure ("the number 100000"), and no word of a reference in the clause before it
("Ärendet fick numret 123456", `_REFERENCE`).
"""

from __future__ import annotations

import datetime as dt
import re

from casebook.deid import phones

Found = tuple[int, int, str]

# Nouns naming a phone (a number after them is one) and verbs of calling with the preposition
# that introduces where ("ring henne på", "call her on", "erreichen Sie unter"). Not "ph",
# which a clinical note writes for pH ("pH 7.27-7.31").
_NOUNS = (
    r"tel|tlf|tlfn|tfn|telefon|telefonnummer|telefonnr|telefonnumero|phone|mobile|mob|"
    r"mobil|mobilnummer|mobilnr|cell|cellphone|handy|puh|puhelin|puhelinnumero|fax|"
    r"rufnummer|landline|direktnummer|hemnummer|sms|"
    # the phone with its article: "Mobilen 195779 är avstängd", "telefonnumret 51234"
    r"mobilen|telefonen|telefonnumret|mobilnumret|telefonnummeret|mobilnummeret"
)
_VERBS = (
    r"call|ring|ringe|ringa|ringde|ringer|reach|reached|nås|kontakt|soita|soitti|anrufen|"
    r"erreichen|erreichbar|text|sms:a"
)
# Verbs of calling that take the number as their object ("Ring 152172", "call 513759"),
# with at most an object pronoun and a word of asking between ("Ring gärna 152172", "Ring oss
# 51234", "call me 513759", "Ring meg gjerne 51234"): not "reach" or "kontakt", which a count
# or an amount follows as well ("reached 150000").
_DIALS = r"call|ring|ringa|ringe|dial|soita|soittakaa"
_BETWEEN = (
    r"gärna|gjerne|gerne|oss|mig|mej|henne|honom|dem|meg|deg|dig|ham|os|me|us|him|her|them|"
    r"back|now|nu|direkt|bara|minulle|meille"
)
_CUE = re.compile(
    rf"(?<![\w-])(?:(?P<noun>{_NOUNS})\.?"
    rf"|(?P<verb>{_VERBS})(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+(?:on|at|på|til|från|fra|from|"
    r"unter|an|numeroon|numerosta)"
    r"|(?:her|his|my|their|your|hans|hennes|hendes|sit|sin|ihre|seine|meine)[ \u00a0]+"
    r"(?:new[ \u00a0]+|nya[ \u00a0]+|nye[ \u00a0]+|neue[ \u00a0]+)?"
    # ... or given as it: "She gave her number as 21 18 81", "gav sit nummer som 412563"
    r"(?:number|nummer|numret|nummeret|numero|nummer)(?:[ \u00a0]+(?:is|är|er|ist|as|som))?"
    rf"|(?P<dial>{_DIALS})(?:[ \u00a0]+(?:{_BETWEEN})){{0,2}})"
    r"(?:[ \u00a0]*(?::|nr\.?|no\.?|#))?[ \u00a0]*\Z"
)
# "the number" ("numret", "nummeret", "the/new number", Finnish "numero"): weaker, see
# the module docstring.
_THE_NUMBER = re.compile(
    r"(?<![\w-])(?:numret|nummeret|numero|(?:the|new|this|that)[ \u00a0]+number)"
    r"(?:[ \u00a0]+(?:is|was|är|var|er|on|oli))?(?:[ \u00a0]*:)?[ \u00a0]*\Z"
)
_PLAIN = re.compile(r"\d{5,6}|\d{2,4}[ -]\d{2,4}")
# The word of a reference, a case, an order, an account, a post code or a dwelling earlier in
# the clause, which "the number" names then ("Ärendet fick numret 123456", "the order got
# the number 51234"); also in its compounds and definite forms.
_REFERENCE = re.compile(
    r"(?<![\w])(?:(?:ärende|diarie|order|beställning|faktura|invoice|konto|account|referens|"
    r"reference|customer|medlem|member|artikel|article|ticket|biljett|bokning|booking|"
    r"tilaus|lasku|post|postal|zip)\w*|kund|kunden|kundnr|kundnummer|dnr|ref|case|cases|item|"
    r"lägenhet|lägenheten|apartment|leilighet|leiligheten|lejlighed|lejligheden|rum|rummet|"
    r"room|huone|asunto|asia|sak|saken|saks)(?![\w])[^.!?;\n]*\Z"
)
_SHAPE = re.compile(r"\(?\d{1,6}\)?(?:(?:[ ]|[ ]?[-./][ ]?|(?<=\)))\(?\d{1,6}\)?){0,3}")
_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{1,2}[.:]\d\d")


def after_cue(text: str, low: str, start: int, end: int, digits: int) -> Found | None:
    """A phone number of five or six digits in the cluster text[start:end] (see the module
    docstring), or None."""
    if not 5 <= digits <= 6:
        return None
    value = _SHAPE.fullmatch(text, start, end)
    if value is None or _DATE.fullmatch(text, start, end):
        return None
    cue = _CUE.search(low, max(0, start - 40), start)
    if cue is None:
        cue = _THE_NUMBER.search(low, max(0, start - 24), start)
        if cue is None or not _the_number(text, low, start, end):
            return None
    elif cue["noun"] is None and _a_day(text[start:end]):
        return None  # "ringde 230517": the day of the call
    if phones.ordinary(text, low, start, end):
        return None
    return start, end, "phone"


def _the_number(text: str, low: str, start: int, end: int) -> bool:
    """Whether the digits text[start:end] after "the number" alone are a phone's: one plain
    group or two, no round figure, no reference word earlier in its clause."""
    value = text[start:end]
    if not _PLAIN.fullmatch(value) or value.endswith("000") or _a_day(value):
        return False
    return _REFERENCE.search(low, max(0, start - 60), start) is None


def _a_day(value: str) -> bool:
    """Whether six digits run together read as a date, YYMMDD or DDMMYY."""
    if len(value) != 6 or not value.isdigit():
        return False
    first, middle, last = int(value[:2]), int(value[2:4]), int(value[4:])
    for year, month, day in ((first, middle, last), (last, middle, first)):
        try:
            dt.date(2000 + year, month, day)
            return True
        except ValueError:
            continue
    return False
