"""The verifier's own reading of text and its own patterns (see `verify.py`).

Written apart from the redactor on purpose: nothing here is shared with `readable.py`,
`patterns.py` or `phones.py`, so a bug there does not hide itself here.

Text as a reader sees it, folded the verifier's way: the whole cell through NFKC (full-width
digits, ligatures, unusual spaces), then every format character (soft hyphen, zero-width
space, joiner and non-joiner, word joiner, byte-order mark, bidi marks: `FORMAT_CHARACTERS`,
a table of its own) and every other default-ignorable code point (`UNSEEN`: combining grapheme
joiner, variation selectors, Hangul fillers, ...) deleted, any space NFKC leaves (Ogham space
mark, Braille blank) made " " and a line or paragraph separator a line break, a dot above
on "i" or "j" (a lowered Turkish "İ": "i̇nönü") dropped and "İ" read "I", a Cyrillic, Greek
or Armenian letter or a Latin small capital that looks like a Latin letter made that letter in a
word that holds a Latin letter (`LATIN_LOOKALIKES`, its own table), a hyphen, minus or dash
between two digits made "-", and a decimal digit of any other script (Arabic-Indic "٣",
Persian "۳", Devanagari "३") made the ASCII digit it is. Offsets of what is found refer to
this folded text.

Patterns: e-mail addresses (also with a space around the "@"), URLs, street addresses
(Swedish and English street and number, a Swedish postal code and town), personnummer (the
YYMMDD-NNNN shape with a plausible month and day, or 10/12 digits with a real date and a
valid check digit), other countries' identity numbers that carry a birth date and check
digits (eleven or thirteen digits run together: a Polish PESEL, an Estonian or Lithuanian
personal code, a Turkish kimlik number, a Belgian national number, a Romanian CNP, a Yugoslav
JMBG, a South African ID number; the rules written out here from each authority's
publication, not taken from the redactor's library), and phone numbers:

- a leading + or 00 and 7-15 more digits, or a leading 0 and 7-9 more, in groups joined by
  spaces, hyphens, slashes or parentheses;
- a North American number, "(212) 555-0123", "212-555-0123", "337.223.2077";
- four or five pairs of digits ("34 37 66 56", "04.37.91.81.64");
- 8-15 digits in groups after a phone word ("ring", "call", "mobile", "tel", "number",
  "nummer", ...),

unless the stretch reads as a date, a time range, years, or an amount or measurement (a
currency or unit next to it). The redactor replaces more than this; the verifier looks for
less, so that what it finds is a leak and not a difference of opinion.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

# Unicode category Cf as of Unicode 14 (Python 3.11); tests compare it with `unicodedata`.
FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
# Default-ignorable code points outside category Cf (DerivedCoreProperties.txt, Unicode 14).
UNSEEN = (
    "\u034f\u115f-\u1160\u17b4-\u17b5\u180b-\u180d\u180f\u2065\u3164"
    "\ufe00-\ufe0f\uffa0\ufff0-\ufff8\U000e0000-\U000e0fff"
)
_INVISIBLE = re.compile(f"[{FORMAT_CHARACTERS}{UNSEEN}]")
_ODD_SPACE = re.compile("[\u1680\u2800]")
_ODD_BREAK = re.compile("[\u2028\u2029]")
# Letters of Cyrillic, Greek and Armenian, and Latin small capitals, that read as one basic
# Latin letter (from Unicode's confusables, UTS #39), pairwise: look-alike, Latin letter.
LATIN_LOOKALIKES = dict(
    pair.split(":")
    for pair in """А:A В:B С:C Е:E Н:H І:I Ј:J К:K М:M О:O Р:P Ѕ:S Т:T Х:X У:Y Ү:Y Һ:H Ԛ:Q Ԝ:W
    Ӏ:I а:a с:c е:e і:i ј:j о:o р:p ѕ:s х:x у:y ү:y һ:h ԁ:d ԛ:q ԝ:w ӏ:l Α:A Β:B Ε:E Ζ:Z
    Η:H Ι:I Κ:K Μ:M Ν:N Ο:O Ρ:P Τ:T Υ:Y Χ:X Ϲ:C ϒ:Y α:a ο:o ι:i ρ:p υ:u ν:v ϲ:c ϳ:j Օ:O Ս:U
    օ:o ս:u հ:h ᴀ:A ʙ:B ᴄ:C ᴅ:D ᴇ:E ꜰ:F ɢ:G ʜ:H ɪ:I ᴊ:J ᴋ:K ʟ:L ᴍ:M ɴ:N ᴏ:O ᴘ:P ʀ:R ꜱ:S ᴛ:T
    ᴜ:U ᴠ:V ᴡ:W ʏ:Y ᴢ:Z""".split()
)
_LOOKALIKE = f"[{''.join(LATIN_LOOKALIKES)}]"
_ANY_LOOKALIKE = re.compile(_LOOKALIKE)  # one quick look first: most cells hold none
_BESIDE_LATIN = re.compile(f"[a-zA-Z]{_LOOKALIKE}|{_LOOKALIKE}[a-zA-Z]")
_SMALL_CAPITAL = re.compile("[\u1d00-\u1d2b\u0262\u029c\u026a\u029f\u0274\u0280\u028f\ua730\ua731]")
_LETTERS_RUN = re.compile(r"[^\W\d_]+")
_TO_LATIN = str.maketrans(LATIN_LOOKALIKES)
# A decimal digit that is not ASCII (`\d` is Unicode's category Nd for text patterns).
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_DASH_IN_NUMBER = re.compile(r"(?<=\d)[\u2010-\u2015\u2212\ufe58\ufe63](?=\d)")

_EMAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w.+-])[\w+-][\w.+-]*\w ?@ ?[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])"
)  # also as some mail programs paste it: "lina.borg @ example.se"
_URL = re.compile(r"(?i)(?:https?://|(?<![\w.])www\.)[^\s\]]+")
_ADDRESSES = (
    re.compile(
        r"\b[A-ZÅÄÖ][a-zåäöé]+(?:gatan|gata|vägen|väg|gränd|torget|stigen|backen|allén|"
        r"plan|leden)\s+\d{1,4}\s?[A-Za-z]?\b"
    ),
    re.compile(r"\b\d{1,4}\s+[A-Z][a-z]+\s+(?:Street|Road|Avenue|Lane|Drive|Close|Square)\b"),
    re.compile(r"(?<!\d)\d{3}\s\d{2}\s+[A-ZÅÄÖ][a-zåäö]+"),
)
# Stretches of at least seven digits and separators: the only places a phone number or a
# personnummer can be, so the patterns below run there only.
_NUMBERISH = re.compile(r"\d[\d ()./+-]{5,}\d")
_PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00)[1-9](?:[ ()/-]{0,2}\d){6,14}(?!\d)")
_PHONE_NATIONAL = re.compile(r"(?<![\w+])\(?0[1-9](?:[ ()/-]{0,2}\d){6,8}(?!\d)")
_PHONE_NANP = re.compile(r"(?<![\w.])(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w]|[.,]\d)")
_PHONE_PAIRS = re.compile(r"(?<![\w.,])\d\d(?:([ .-])\d\d)(?:\1\d\d){2,3}(?![\w]|[.,]\d)")
_PHONE_AFTER_CUE = re.compile(r"(?<![\w.,])\(?\d+\)?(?:(?: |[ ]?[-./][ ]?|(?<=\)))\(?\d+\)?)+")
_PNR_SHAPED = re.compile(r"(?<!\d)(?:19|20)?\d\d(\d\d)(\d\d)[-+ ]\d{4}(?!\d)")
_DIGIT_RUN = re.compile(r"(?<!\d)(\d{10}|\d{12})(?!\d)")
_FOREIGN_ID_RUN = re.compile(r"(?<!\d)(?:\d{11}|\d{13})(?!\d)")
_NOT_PHONES = (
    re.compile(r"(?:19|20)?\d\d?[-/. ]\d\d?[-/. ](?:19|20)?\d\d"),  # dates, either order
    re.compile(r"(?:19|20)\d\d[-/. ]\d\d?[-/. ]\d\d?"),
    re.compile(r"\d\d?[./]\d\d?[ ]+(?:19|20)\d\d"),
    re.compile(r"\d\d?[.:]\d\d[ ]?[-/][ ]?\d\d?[.:]\d\d"),  # 13.00-14.30
    re.compile(r"(?:(?:19|20)\d\d[ ]?[-/ ][ ]?)+(?:19|20)\d\d"),  # 2019-2021, 2019 2020
    re.compile(r"(?:19|20)?\d{6}[-+ ]\d{4}"),  # personnummer shape, checked on its own
    re.compile(r"\d{1,3}(?:([ .])\d{3})(?:\1\d{3})*"),  # thousands: 1 234 567
)
_CUE_WORDS = frozenset(
    """call called ring rang phone phoned telephone tel mobile cell text sms fax number nr no
    ringa ringde ringer telefon telefonnummer tfn mobil mobilnummer nummer numret""".split()
)
_AMOUNT_BEFORE = re.compile(r"(?:[$€£]|\b(?:kr|sek|usd|eur|gbp|nok|dkk))\.?[ ]?\Z", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"[ ]?(?:%|‰|[$€£]|:-|(?:kr|kronor|sek|usd|eur|euro|dollars?|pounds?|öre|tkr|mkr|"
    r"miljoner|million|thousand|tusen|procent|percent|mg|g|kg|ml|cl|dl|l|km|m|cm|mm|mmol|kcal|"
    r"st|steps|steg|min|minutes|minuter|h|hours|timmar|days|dagar|seconds|sekunder)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")


def as_read(text: str) -> str:
    """`text` as a reader sees it (see the module docstring)."""
    if text.isascii():
        return text
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    if "\u0307" in text or "İ" in text:  # Turkish "İ", lowered "i̇": "i" as the redactor reads
        text = text.replace("i\u0307", "i").replace("j\u0307", "j").replace("İ", "I")
    text = _ODD_BREAK.sub("\n", _ODD_SPACE.sub(" ", text))
    if _ANY_LOOKALIKE.search(text) and (_SMALL_CAPITAL.search(text) or _BESIDE_LATIN.search(text)):
        text = _LETTERS_RUN.sub(_as_latin, text)
    text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
    return _DASH_IN_NUMBER.sub("-", text)


def _as_latin(word: re.Match[str]) -> str:
    """A word with its look-alike letters read as Latin, if it holds a Latin letter or a
    small capital (itself Latin); else as it is ("Петров")."""
    text = word.group()
    if _SMALL_CAPITAL.search(text) or _BESIDE_LATIN.search(text):
        return text.translate(_TO_LATIN)
    return text


def scan_patterns(text: str) -> Iterable[tuple[str, int, int]]:
    """(kind, start, end) of every pattern hit in `text` (folded, tags blanked)."""
    if "@" in text:
        for match in _EMAIL.finditer(text):
            yield "email", match.start(), match.end()
    if "://" in text or "www." in text.lower():
        for match in _URL.finditer(text):
            yield "url", match.start(), match.end()
    for pattern in _ADDRESSES:
        for match in pattern.finditer(text):
            yield "address", match.start(), match.end()
    for number in _NUMBERISH.finditer(text):
        start, end = number.span()
        if start and text[start - 1] in "+(":
            start -= 1
        yield from _numbers(text, start, end)


def _numbers(text: str, start: int, end: int) -> Iterable[tuple[str, int, int]]:
    phones: list[tuple[int, int]] = []  # one finding per number, whichever pattern saw it
    for pattern in (_PHONE_INTL, _PHONE_NATIONAL):
        phones += (m.span() for m in pattern.finditer(text, start, end))
    for pattern in (_PHONE_NANP, _PHONE_PAIRS):
        for match in pattern.finditer(text, start, end):
            if not _amount(text, match.start(), match.end()):
                phones.append(match.span())
    words = _WORD.findall(text.lower(), max(0, start - 30), start)[-3:]
    if not _CUE_WORDS.isdisjoint(words):
        for match in _PHONE_AFTER_CUE.finditer(text, start, end):
            value = match.group()
            digits = sum(c.isdigit() for c in value)
            if 8 <= digits <= 15 and not any(p.fullmatch(value) for p in _NOT_PHONES):
                if not _amount(text, match.start(), match.end()):
                    phones.append(match.span())
    last = -1
    for phone_start, phone_end in sorted(phones):
        if phone_start >= last:
            yield "phone", phone_start, phone_end
        last = max(last, phone_end)
    for match in _PNR_SHAPED.finditer(text, start, end):
        month, day = int(match[1]), int(match[2])
        if day > 60:  # samordningsnummer
            day -= 60
        if 1 <= month <= 12 and 1 <= day <= 31:
            yield "personnummer", match.start(), match.end()
    for match in _DIGIT_RUN.finditer(text, start, end):
        if _valid_personnummer(match.group()):
            yield "personnummer", match.start(), match.end()
    for match in _FOREIGN_ID_RUN.finditer(text, start, end):
        if _foreign_identity_number(match.group()):
            yield "personnummer", match.start(), match.end()


def _amount(text: str, start: int, end: int) -> bool:
    return bool(
        _AMOUNT_BEFORE.search(text, max(0, start - 5), start) or _UNIT_AFTER.match(text, end)
    )


def _valid_personnummer(digits: str) -> bool:
    ten = digits[-10:]
    year, month, day = int(ten[:2]), int(ten[2:4]), int(ten[4:6])
    if day > 60:
        day -= 60
    years = [int(digits[:4])] if len(digits) == 12 else [1900 + year, 2000 + year]
    for y in years:
        try:
            dt.date(y, month, day)
            break
        except ValueError:
            continue
    else:
        return False
    total = 0
    for i, ch in enumerate(ten[:9]):
        v = int(ch) * (2 - i % 2)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10 == int(ten[9])


def _is_date(year: int, month: int, day: int) -> bool:
    """A real date, of a person alive (born 1900 or later, not in the future)."""
    if not 1900 <= year <= dt.date.today().year:
        return False
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _weighted(digits: str, weights: Iterable[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def _south_african(number: str, d: list[int]) -> bool:
    """South Africa's ID number: YYMMDD (the latest century that is not in the future), a
    serial, 0 or 1 for citizenship, a digit, and a Luhn check over all thirteen."""
    this_year = dt.date.today().year
    year = this_year // 100 * 100 + d[0] * 10 + d[1]
    if year > this_year:
        year -= 100
    if d[10] > 1 or not _is_date(year, d[2] * 10 + d[3], d[4] * 10 + d[5]):
        return False
    total = 0
    for i, c in enumerate(reversed(number)):
        v = int(c) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def _foreign_identity_number(number: str) -> bool:
    """Whether eleven or thirteen digits are a valid PESEL, Estonian/Lithuanian personal code,
    T.C. kimlik number, Belgian national number, CNP, JMBG or South African ID number of
    someone born since 1900 (see the module docstring);
    never an ISBN-13."""
    d = [int(c) for c in number]
    if len(number) == 13:
        if number.startswith(("978", "979")):
            return False
        if _south_african(number, d):
            return True
        # Romania's CNP: sex and century, YYMMDD, county, serial, a weighted check.
        century = {1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000, 7: 1900, 8: 1900, 9: 1900}
        check = _weighted(number, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)) % 11
        county = d[7] * 10 + d[8]  # 01-48 the counties, 51-52 Bucharest's old, 70, 80-83
        counties = 1 <= county <= 48 or county in (51, 52, 70, 80, 81, 82, 83)
        day = d[5] * 10 + d[6]
        if d[0] and counties and _is_date(century[d[0]] + d[1] * 10 + d[2], d[3] * 10 + d[4], day):
            if (1 if check == 10 else check) == d[12]:
                return True
        # JMBG (and Slovenia's EMŠO): DDMMYYY, region, serial, a mod-11 check.
        year = d[4] * 100 + d[5] * 10 + d[6]
        year += 2000 if year < 800 else 1000
        check = -_weighted(number, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11 % 10
        return _is_date(year, d[2] * 10 + d[3], d[0] * 10 + d[1]) and check == d[12]
    # Poland's PESEL: YYMMDD with the century in the month, serial, a weighted check.
    month = d[2] * 10 + d[3]
    year = d[0] * 10 + d[1] + {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}[month // 20]
    pesel = -_weighted(number, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)) % 10
    if _is_date(year, month % 20, d[4] * 10 + d[5]) and pesel == d[10]:
        return True
    # Belgium's national number: YYMMDD, serial, 97 less the first nine digits mod 97 (with
    # a 2 before them for those born since 2000).
    for century, head in ((1900, ""), (2000, "2")):
        if 97 - int(head + number[:9]) % 97 == d[9] * 10 + d[10]:
            if _is_date(century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]):
                return True
    # Turkey's T.C. kimlik: no leading zero, two checks.
    odd, even = sum(d[0:9:2]), sum(d[1:8:2])
    if d[0] and (odd * 7 - even) % 10 == d[9] and sum(d[:10]) % 10 == d[10]:
        return True
    # Estonia's isikukood and Lithuania's asmens kodas: sex and century, YYMMDD, two weightings.
    if not 1 <= d[0] <= 8:
        return False
    year = 1800 + 100 * ((d[0] - 1) // 2) + d[1] * 10 + d[2]
    if not _is_date(year, d[3] * 10 + d[4], d[5] * 10 + d[6]):
        return False
    check = _weighted(number, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)) % 11
    if check == 10:
        check = _weighted(number, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)) % 11 % 10
    return check == d[10]
