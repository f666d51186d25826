"""Personal identity numbers written with no word naming them, replaced as `[personnummer]`
(the ones after a naming word are `identity_numbers.after_cue`'s). A number alone is taken
only where it cannot be read as something else a note holds:

- **Not a phone, a date, an ISBN**: a number run together reaches `alone` only when the
  phone and date rules left it whole (`patterns._clusters` asks after them), and a run
  after a "+" or opening "00" (an international call) is left alone.
- **Not an amount or a reference**: no currency sign or code is glued to it ("12 500 000
  kr", "$4500012345"), and no word of an order, invoice, case, account, tracking, batch or
  serial number stands just before it ("order 8501080621", "ärende 9605183725").
- **Its own checks must hold, strongly enough**, by python-stdnum (which implements each
  authority's published rule), in one of three ways:
  - *run together* (`_RUNS`): a kind whose number holds a birth date and a check digit, or
    two check digits, so that at most about one random run of its length in fifty passes:
    the Czech and Slovak rodné číslo, the Bulgarian EGN, the Icelandic kennitala, the
    Danish CPR-nummer of someone born before 2007 (its modulus-11 check held then) (ten
    digits); the Greek AMKA, the Latvian personal code, the Brazilian CPF, the German
    Steuer-ID, the Belgian BIS number, the Lithuanian asmens kodas (eleven); the Russian INN
    (twelve); the Swiss AHV number from its 756, the Korean resident number (thirteen); the
    French NIR (fifteen); the Indonesian NIK (sixteen). A birth date in it must be of
    someone alive (1900 or later, not in the future). Left alone are kinds with one check
    digit and no date (the Dutch BSN, the NHS number, the Croatian OIB, the Israeli and
    Canadian numbers, the US SSN written together, Aadhaar, a Danish CPR of 2007 on): with
    them, 93 % of random nine-digit runs and a third of ten-digit ones would pass, and
    order and account numbers of that length are common. One exception: nine or ten digits
    right after the word of a letter's reference ("Reference number 386499688", "Uw
    kenmerk:", "ref. no.", "Ref 9434765919"), where an authority prints the addressee's
    number (the Dutch BSN, nine digits; the NHS number, ten, as a British hospital's letter
    quotes it run together), are taken when its modulus-11 check holds (about one random
    run in eleven passes: a case reference, itself the person's, is then redacted too; an
    order, invoice, case or account word, before the digits or before the reference word,
    "Case reference 9434765919", makes them that thing's number and still stops them). The
    same checks take nine or ten digits after a bare number word that opens its line or
    follows a label's colon, with no word saying whose or what number it is
    ("Participant: number 877310087", "Number: 9434765919"; not "Order number: …",
    `bare_number_label`): a form's field for the person's own number (failing the check,
    such a number stays: no `[id]` there). The same holds for the NHS number in the
    grouping the NHS prints it in, "Reference: 943 476
    5919" (`letter_reference`), which is also a North American phone's: there the reference
    word stopped the phone rules too, so that it was published whole. Ten digits after a
    letter's reference, either way, are never published whole: failing the NHS check they are
    `[id]`, the letter's own reference (a valid NHS number that is really a phone is
    `[personnummer]` instead of `[phone]`: a tag, nothing published).
  - *in the grouping its country prints* (`PRINTED`: a US SSN "123-45-6789", a CPF
    "123.456.789-09", a Belgian "85.07.30-033.28", a South African "800101 5009 08 7", a
    Dutch BSN "1112.22.333", a Czech "870928/7785"...): no phone, date or amount is written
    so, so the kind's check alone decides, before the phone rules are asked. A grouping a
    phone shares (a Canadian SIN "046 454 286", an NHS number "943 476 5919", `_SHAPES`) is
    asked only of what the phone rules left. A reference word before a printed grouping
    does not stop it ("Reference number 8492.44.389": the letter quotes the BSN), a
    currency does.
  - *digits and letters in one word* (`lettered`): a Spanish DNI "12345678Z" or NIE
    "X1234567L" and an Irish PPS number "1234567T" with their check letter, a Portuguese
    citizen card "123456789ZZ1" / "12345678 9 ZZ1", a Mauritian ID "A0101901234567" and a
    Mexican CURP with their checks, and a British National Insurance number "QQ123456C" /
    "QQ 12 34 56 C", which has no check but a shape nothing else has (HMRC's prefix rules).
"""

from __future__ import annotations

import datetime as dt
import re
from types import ModuleType

from stdnum.be import bis, nn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.cl import rut
from stdnum.cz import rc
from stdnum.de import idnr as steuer_id
from stdnum.dk import cpr
from stdnum.do import cedula
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.il import idnr as israeli
from stdnum.in_ import aadhaar
from stdnum.is_ import kennitala
from stdnum.jp import in_ as my_number
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.mu import nid
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.pk import cnic
from stdnum.pt import cc
from stdnum.ru import inn
from stdnum.th import pin
from stdnum.us import itin
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_id

Found = tuple[int, int, str]


class _DanishBefore2007:
    """A Danish CPR-nummer of the series before 2007, when every one was issued with its
    weighted sum divisible by 11 (CPR-kontoret); later ones carry no check and stay."""

    _WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)

    @staticmethod
    def is_valid(number: str) -> bool:
        weighted = sum(int(d) * w for d, w in zip(number, _DanishBefore2007._WEIGHTS, strict=True))
        return weighted % 11 == 0 and bool(cpr.is_valid(number))

    @staticmethod
    def get_birth_date(number: str) -> dt.date:
        born = cpr.get_birth_date(number)
        if born.year >= 2007:
            raise ValueError("issued after the check was given up")
        return born


_RUNS: dict[int, tuple[ModuleType | type[_DanishBefore2007], ...]] = {
    10: (rc, egn, kennitala, _DanishBefore2007),
    11: (amka, pvn, cpf, steuer_id, bis, asmens),
    12: (inn,),
    13: (ahv, rrn),
    15: (nir,),
    16: (nik,),
}
_DATED = frozenset({_DanishBefore2007, rc, egn, amka, pvn, bis, asmens, rrn, nik})
# The cluster as written, digits as "d": the kinds printed in that grouping. No phone or date
# is written so (`PRINTED`, asked before the phone rules)...
PRINTED: dict[str, tuple[ModuleType, ...]] = {
    "ddd-dd-dddd": (us_ssn, itin),
    "ddd.ddd.ddd-dd": (cpf,),
    "dd.dd.dd-ddd.dd": (nn, bis),
    "ddd.dddd.dddd.dd": (ahv,),
    "dd.ddd.ddd-d": (rut,),
    "d.ddd.ddd-d": (rut,),
    "dddddd-ddddddd": (rrn,),
    "dddddd-dd-dddd": (nric,),
    "ddd-ddddddd-d": (cedula,),
    "ddddd-ddddddd-d": (cnic,),
    "d-dddd-ddddd-dd-d": (pin,),
    "dddddd dddd dd d": (za_id,),
    "d dd dd dd ddd ddd dd": (nir,),
    "dddd.dd.ddd": (bsn,),
    "dddddddd-d": (israeli,),
    "dddddd/dddd": (rc,),
    "dddddd/ddd": (rc,),
    "dddddd-ddddd": (pvn,),
}
# ... while these groupings are a phone's too, and are asked only of what the phone rules left.
_SHAPES: dict[str, tuple[ModuleType, ...]] = {
    "ddd-ddd-ddd": (sin, ird),
    "ddd ddd ddd": (sin,),
    "dddd dddd dddd": (aadhaar, my_number),
    "ddd ddd dddd": (nhs,),
    "dd ddd ddd ddd": (steuer_id,),
}
_DIGIT = re.compile(r"\d")
_LETTERED = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<dni>\d{8}-?[A-Z])"
    r"|(?P<nie>[XYZ]-?\d{7}-?[A-Z])"
    r"|(?P<pps>\d{7}[A-W][ABWTXZ]?)"
    r"|(?P<cc>\d{8}[ ]?\d[ ]?[A-Z]{2}\d)"
    r"|(?P<nid>[A-Z]\d{12}[A-Z\d])"
    r"|(?P<curp>[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d)"
    r"|(?P<nino>(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"(?:\d{6}|[ ]\d\d[ ]\d\d[ ]\d\d[ ])[A-D])"
    r")(?![\w-])"
)
_LETTERED_KINDS: dict[str, ModuleType | None] = {
    "dni": dni,
    "nie": nie,
    "pps": pps,
    "cc": cc,
    "nid": nid,
    "curp": curp,
    "nino": None,  # (no check character: the shape is the check)
}
# The word of an order, invoice, case, account or tracking number, or a code, also in its
# definite form ("fakturan", "ärendet", "kontot").
_THINGS = (
    r"order|ordernr|ordernummer|beställning|invoice|"
    r"faktura|fakturanr|fakturanummer|ocr|ärende|ärendenr|ärendenummer|dnr|diarienummer|"
    r"case|sak|saksnr|saksnummer|konto|kontonr|account|acct|iban|bankgiro|plusgiro|bg|pg|"
    r"tracking|kolli|kollinr|sändning|batch|lot|serial|serienummer|serienr|artikel|"
    r"artikelnr|art\.?nr|item|isbn|issn|ean|doi|pmid|receipt|kvitto|transaction|"
    r"transaktion|booking|bokning|bokningsnr|ticket|biljett|kundnr|kundnummer|customer"
)
_REFERENCE = re.compile(
    rf"(?<![\w])(?:{_THINGS}|ref|reference|referens)"
    r"(?:en|et|n|t)?\b[^\n\w]{0,6}(?:(?:no|nr|number|nummer|#|id)\b[^\n\w]{0,4})?\Z",
)
# The reference of a letter, as an authority prints the addressee's: English "reference
# number", "ref. no.", "your reference", Swedish "referens", Dutch "referentie", "kenmerk"
# ("Uw kenmerk"), then at most a "no."/"nr"/"number" and a colon: a run of nine digits there
# is the Dutch BSN, of ten the NHS number, when its modulus-11 check holds (`alone`).
_LETTER_REFERENCE = re.compile(
    r"(?<![\w])(?:reference|ref\.?|referens|referentie|kenmerk)"
    r"[ \u00a0]*(?:(?:no\.?|nr\.?|number|nummer|#)[ \u00a0]*)?:?[ \u00a0]*\Z"
)
# The reference of an order, a case, an invoice or an account ("Case reference", "Order ref.
# no."): that thing's number, not the letter's.
_THING_REFERENCE = re.compile(
    rf"(?<![\w])(?:{_THINGS})(?:en|et|n|t|s|'s)?[ \u00a0]+"
    r"(?:reference|ref\.?|referens|referentie|kenmerk)[^\n\w]{0,4}(?:[\w]+[^\n\w]{0,4})?\Z"
)
# A number word alone on a form's field: at the start of its line or after a label's colon.
_NUMBER_LABEL = re.compile(r"[ \t\u00a0]*(?:number|nummer|nr\.?|no\.?)")
# The numbers an authority prints as the reference of its letter to the person, by length:
# the Dutch BSN (nine digits), the British NHS number (ten), each with its modulus-11 check.
_AS_REFERENCE: dict[int, tuple[ModuleType, ...]] = {9: (bsn,), 10: (nhs,)}
# Ten digits after a letter's reference are never published whole: the NHS number's length,
# and a North American phone's in its 3-3-4 grouping; failing the NHS check, they are `[id]`.
_NEVER_WHOLE = 10
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:kr|sek|nok|dkk|eur|usd|gbp|chf))[ \u00a0]?\Z")
_CURRENCY_AFTER = re.compile(
    r"[ \u00a0]?(?:[$€£¥]|:-|(?:kr|kronor|sek|nok|dkk|eur|euro|usd|gbp|chf)(?!\w))"
)


def printed(text: str, low: str, start: int, end: int) -> Found | None:
    """The identity number the digit cluster text[start:end] is, if it is grouped as its
    country prints it and no phone is (`PRINTED`), or is one of digits and letters in one
    word (`lettered`)."""
    if has_letters(text, start, end):
        found = lettered(text, start, end)
        if found:
            return found
    shape = _DIGIT.sub("d", text[start + (text[start] == "(") : end])
    if shape in PRINTED:
        return next(iter(alone(text, low, start, end, PRINTED, referenced=True)), None)
    return None


def alone(
    text: str,
    low: str,
    start: int,
    end: int,
    shapes: dict[str, tuple[ModuleType, ...]] | None = None,
    referenced: bool = False,
) -> list[Found]:
    """The identity number that the digit cluster text[start:end] is, written alone (see the
    module docstring), as one span; nothing if it is none. `shapes`: the groupings to know
    (by default those a phone shares, and numbers run together); `referenced`: a reference
    word before it does not stop it (a grouping only an identity number is printed in)."""
    if text[start : start + 1] == "(":
        start += 1  # (the bracket a phone's area code takes, or the note's own)
    chunk = text[start:end]
    if chunk[:1] == "+" or text[start - 1 : start] == "+" or chunk.startswith("00"):
        return []  # an international call
    kinds = (_SHAPES if shapes is None else shapes).get(_DIGIT.sub("d", chunk))
    lettered = False  # (after the reference of a letter: `letter_reference`)
    if kinds is None:
        if not chunk.isdigit():
            return []
        if len(chunk) in _AS_REFERENCE and letter_reference(low, start):
            # "Reference number 386499688", "Ref 9434765919"; not "Case reference 9054620312"
            lettered, kinds = True, _AS_REFERENCE[len(chunk)]
        elif len(chunk) in _AS_REFERENCE and bare_number_label(low, start):
            kinds = _AS_REFERENCE[len(chunk)]  # "Participant: number 877310087"
        else:
            kinds = _RUNS.get(len(chunk), ())
        kinds = tuple(k for k in kinds if k is not ahv or chunk.startswith("756"))
    elif shapes is None and (size := sum(c.isdigit() for c in chunk)) in _AS_REFERENCE:
        if letter_reference(low, start):  # "Reference: 943 476 5919", as the NHS prints it
            lettered, kinds = True, tuple(k for k in kinds if k in _AS_REFERENCE[size])
    if (not kinds and not lettered) or _an_amount(low, start, end):
        return []
    if not (referenced or lettered) and an_amount_or_reference(text, low, start, end):
        return []
    if any(_valid(kind, chunk) for kind in kinds):
        return [(start, end, "personnummer")]
    if lettered and sum(c.isdigit() for c in chunk) == _NEVER_WHOLE:
        return [(start, end, "id")]  # the letter's reference all the same (module docstring)
    return []


def letter_reference(low: str, start: int) -> bool:
    """Whether the word of a letter's reference stands right before `start` ("Reference:",
    "Ref.", "Uw kenmerk"), and no order, invoice, case or account word before it ("Case
    reference", `_THING_REFERENCE`)."""
    return bool(
        _LETTER_REFERENCE.search(low, max(0, start - 30), start)
        and not _THING_REFERENCE.search(low, max(0, start - 50), start)
    )


def bare_number_label(low: str, start: int) -> bool:
    """Whether a number word with nothing naming whose or what number it is stands right
    before `start`, opening its line or after a label's colon ("Participant: number ",
    "Number: "; not "Order number: ", "the number of")."""
    line_start = low.rfind("\n", 0, start) + 1
    head = low[line_start:start]
    if len(head) > 60:
        return False
    field = head.rstrip(" \t\u00a0:#").rsplit(":", 1)[-1]
    return _NUMBER_LABEL.fullmatch(field) is not None


def has_letters(text: str, start: int, end: int) -> bool:
    """Whether a capital stands next to the digit cluster text[start:end], or one space
    away ("Z4318196C", "QQ 12 34 56 C"): where `lettered` may find something."""
    return any(c.isupper() for c in text[start - 2 : start] + text[end : end + 2])


def lettered(text: str, start: int, end: int) -> Found | None:
    """The identity number of digits and letters in one word (see the module docstring)
    that the digit cluster text[start:end] lies in, if its checks hold."""
    for match in _LETTERED.finditer(text, max(0, start - 5), min(len(text), end + 9)):
        if match.end() <= start or match.start() >= end:
            continue
        name = match.lastgroup or ""
        kind = _LETTERED_KINDS[name]
        if kind is None or _valid(kind, match.group()):
            return match.start(), match.end(), "personnummer"
    return None


def an_amount_or_reference(text: str, low: str, start: int, end: int) -> bool:
    """Whether a currency stands glued before or after text[start:end], or the word of an
    order, invoice, case, account or tracking number before it."""
    return _an_amount(low, start, end) or bool(_REFERENCE.search(low, max(0, start - 40), start))


def _an_amount(low: str, start: int, end: int) -> bool:
    """Whether a currency stands glued before or after low[start:end]."""
    return bool(
        _CURRENCY_BEFORE.search(low, max(0, start - 5), start) or _CURRENCY_AFTER.match(low, end)
    )


def _valid(kind: ModuleType | type[_DanishBefore2007], number: str) -> bool:
    """Whether stdnum finds `number` valid as `kind`, and the birth date in it, if any, is
    of someone alive (a run of the 1800s or the future is an order number)."""
    try:
        if not kind.is_valid(number):
            return False
        if kind is pvn and (number[0] > "3" or number.startswith("32")):
            return False  # (a Latvian company's number, or a code with no date)
        if kind in _DATED:
            born = kind.get_birth_date(number)
            return 1900 <= born.year <= dt.date.today().year
    except (KeyError, ValueError, TypeError):
        return False
    return True
