"""Pattern detectors: e-mail, phone, personnummer, address, URL and date.

Speed comes from never running most patterns over most of the text. The name automaton (see
`names.py`) also carries *trigger words*, found in the same single pass, and only where a trigger
word is found are the targeted patterns tried:

- month names followed by a space or punctuation ("may ", "dec."): is there a number next to it?
- Swedish street suffixes followed by a space ("gatan ", "vägen "): is a house number next?
- English street types (" street", " road", " st."): a house number and a capitalised name before?
- "lgh", "@", "://", "www." and top-level domains (".se", ".com"); platform words before a
  profile handle ("kik:", "snap ", `handles.py`).
- digits: three in a row, or one next to a separator that joins groups in dates and phone
  numbers ("3/", "4.", "8-", "+4", "(0", "08 "). Around each, the cluster of digits and
  separators (`070-123 45 67`, `850101-1234`, `2026-03-14`, `123 45`, `14/3`) is taken once and
  tried against the personnummer, phone and numeric-date patterns. Numbers of one or two digits,
  and three or four digits standing alone ("in 2019"), cost nothing further.

Decisions worth knowing:

- Personnummer and samordningsnummer (day + 60): in the exact shape `YYMMDD-NNNN` (or with `+`,
  a space, or a century `YYYYMMDD-NNNN`) the number is redacted whenever month and day are
  plausible, even with a wrong check digit: that shape is what people write for a personnummer,
  and a typo in one digit still identifies the person. Ten or twelve digits run together are
  redacted only if the date is a real calendar date AND the Luhn check digit is right, so
  ordinary reference numbers survive (about one random 10-digit number in 300 passes both).
- Phone numbers (`phones.py`): Swedish numbers by a fast pattern, then `phonenumbers` for the
  study's regions and international forms, then a generic shape (7-15 digits in groups) unless
  the number is clearly a date, an identity number, a time or year range, an amount or a
  measurement. A string that reads both as a date and as a phone number is reported as a date;
  one that is a valid personnummer, as that.
- Dates: numeric in every order and separator of CLDR's patterns (2026-03-14, 14/3/2026,
  14.3.26, 3/14/2026, "13. 3. 2004.", 20260314, a month and year "05/2024": `numeric_dates.py`),
  written with the month names of 47 CLDR locales (14 March 2026, 14 mars 2026, 3 de mayo de
  2024, 3. Mai, March 14th, den 14:e mars, March 2026, 17-Jul-2024: `written_dates.py`,
  `calendar_words.py`), the weekday beside a date with it, and a bare day/month ("14/3",
  "14.3.") only where its context dates it and no scale makes it a score (`dates.py`,
  docs/releases.md "Dates in free text"), and "8/25", which only month/day makes a date,
  also with no such context where the study writes the month first (`month_day.py`). A
  year alone is kept, and so is a month alone ("in May").
- Addresses: a Swedish street word and a number ("Storgatan 12", "Kungsgatan 3B",
  "Vasavägen 14, lgh 1102", "Drottning Kristinas väg 3", "Östra Långgatan 5", with a postal code
  and town after it if present), a postal code and town ("123 45 Stockholm"), an apartment
  number ("lgh 1102"), and English "12 Baker Street". Street suffixes that are also ordinary
  words ("plan", "park", "led") count only in a capitalised street name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator

from casebook.deid import (
    address_lines,
    address_units,
    addresses,
    addresses_abroad,
    block_lot,
    closed_days,
    colombian_streets,
    croatian_streets,
    date_edges,
    date_ranges,
    dates,
    day_forms,
    document_numbers,
    eircodes,
    finnish_streets,
    glued_ends,
    handles,
    iberian_streets,
    identity_numbers,
    lone_ids,
    malaysian_streets,
    nordic_ids,
    numeric_dates,
    ordinal_words,
    paired_dates,
    phone_breaks,
    script_streets,
    short_phones,
    south_asian_streets,
    street_types,
    timed_numbers,
    us_short_dates,
    vietnamese_streets,
    vocab,
    weekday_days,
    written_dates,
)
from casebook.deid.phones import PhoneFinder
from casebook.deid.vocab import ABBREVIATED_TITLES, NAMING_PHRASES
from casebook.deid.vocab import FORMAL_TITLES as TITLE_WORDS

Found = tuple[int, int, str]

# --- trigger words (added to the name automaton) ----------------------------------------

# Every month word of the languages of CLDR (`calendar_words.py`), without its full stop.
MONTH_WORDS = written_dates.MONTH_WORDS
# Street suffixes: any case in a compound ("storgatan 12"); the capitalised-only ones are also
# ordinary words ("plan 2", "called 3").
_STREET_ANYCASE = (
    "gatan gata vägen väg gränden gränd allén allé torget torg backen backe stigen gången "
    "platsen kajen esplanaden stranden promenaden"
).split()
_STREET_CAPITALISED = (
    "plan stig leden led liden höjden slingan ringen strand parken park bron kroken plats "
    "brinken brink svängen stråket udden gärdet vången sluttningen"  # "Solskensbrinken 66"
).split()
# Street nouns that make any capitalised words before them a street's name: "Drottning
# Kristinas väg 3".
_NAMING_STREET_NOUNS = frozenset(
    "gatan gata vägen väg gränd gränden allé allén torg torget".split()
)
# Standalone street nouns after capitalised words: those, and every suffix a street takes in
# any case written as a word of its own after an adjective, as Swedish street names are
# ("Gröna gången 57", "Norra stranden 4", "Lilla backen 2"). These others are also nouns of a
# sentence ("Vid stranden 3 barn", "Sedan backen 2 gånger"), so only a word before them that
# is no frequent word of a note (`vocab.function_words`) or a street name's own adjective
# (`_STREET_PREFIXES`: "Stora", "Nya") names the street.
_STREET_NOUNS = _NAMING_STREET_NOUNS | frozenset(_STREET_ANYCASE)
_STREET_PREFIXES = tuple(
    f"{w} " for w in "östra västra norra södra stora lilla gamla nya övre nedre s:t sankt".split()
)
_ENGLISH_STREET_TYPES = (
    "street road avenue lane drive close court place way crescent gardens terrace square "
    "grove row mews hill park walk boulevard"
).split()
# Abbreviations, only with a full stop or space after them (" st" starts "still", "start").
# (with the line break after one that ends a line or the note: "- 4 Oak Rd")
# Royal Mail's and USPS's other common ones too ("12 Kirlin Dr", "4 Elm Gr", "7 Moor Cres"),
# which need a name that is no ordinary word or the phrase's end after them (`_street_en`).
_MORE_ABBREVIATIONS = frozenset(
    "dr ct pl sq ter terr cres gdns cl gr gro pk blvd pkwy hwy cir".split()
)
_ENGLISH_STREET_ABBREVIATIONS = [
    f"{a}{end}" for a in ("st", "rd", "ave", "ln", *sorted(_MORE_ABBREVIATIONS)) for end in ". ,\n"
]
_PHRASE_END = re.compile(r"\.?[ ]*(?:[,.;:)\n]|\Z)")
_TLDS = "se com org net nu io eu uk fi no dk de info me app ly".split()
# Top-level domains that are words too: after an ordinary word with no path, "word.no" is a
# sentence typed without the space after its full stop ("liquid.no stool"), not a host.
_WORD_TLDS = frozenset({"no", "me", "nu"})

# Street suffixes that are a month word of CLDR too (Czech "led", January): read as a month
# where no street is found.
_STREET_MONTHS = frozenset(_STREET_ANYCASE + _STREET_CAPITALISED) & MONTH_WORDS
TRIGGERS: dict[str, str] = {}
# Month words with what may follow them ("may " but not "maybe", "dec." but not "decided");
# the scanner appends a newline to every text, so a month at the very end is found too.
TRIGGERS.update(
    {f"{m}{c}": "month" for m in written_dates.OWN_WORDS for c in ' \u00a0.,;:)!?/-–—\n\t»”"'}
)
# CLDR's words of other languages with fewer characters after them: every key costs scanning.
# (a colon and a bracket too: a dated heading "- 3. marts: samtale", "(3. maaliskuuta)")
TRIGGERS.update({f"{m}{c}": "month" for m in written_dates.CLDR_WORDS for c in " .,;:)\n»”"})
TRIGGERS.update({f"{m}-": "month" for m in written_dates.CLDR_WORDS if len(m) <= 5})  # "3-ene-24"
TRIGGERS.update(date_ranges.TRIGGERS)
TRIGGERS.update(ordinal_words.triggers())  # "the fifth", "den tjugonde"
TRIGGERS.update({f"{s} ": "street" for s in _STREET_ANYCASE + _STREET_CAPITALISED})
TRIGGERS.update({f" {t}": "street_en" for t in _ENGLISH_STREET_TYPES})
TRIGGERS.update({f" {t}": "street_en" for t in _ENGLISH_STREET_ABBREVIATIONS})
TRIGGERS.update({f"{s} ": "street_foreign" for s in addresses.FOREIGN_STREET_WORDS})
TRIGGERS.update({f"{c}{p}": "street_prefix" for p in addresses.STREET_PREFIXES for c in " \n("})
TRIGGERS.update({f" {w} ": "street_foreign" for w in addresses.SEPARATE_STREET_WORDS})
TRIGGERS.update({c: "address_cue" for c in addresses.ADDRESS_CUES})
TRIGGERS.update({f" {t}": "street_en" for t in addresses.ENGLISH_TYPES_MORE})
TRIGGERS.update({f" {w}": "street_tr" for w in addresses_abroad.TURKISH_STREET_WORDS})
TRIGGERS.update(finnish_streets.TRIGGERS)  # "asuu Hämeentiellä 12 B", "Koivukujalle 4"
TRIGGERS.update(vietnamese_streets.TRIGGERS)  # "Số 3/92 Hẻm 42 Điện Biên Phủ", "46 phố Lê Lai"
TRIGGERS.update(block_lot.TRIGGERS)  # "Block 15 Lot 75 Kanlaon Drive", "B13 L84 Jones Village"
# Every street type of libpostal's dictionaries that no rule above reads ("rue ", "ul. ").
TRIGGERS.update({w: k for w, k in street_types.triggers().items() if w not in TRIGGERS})
TRIGGERS.update(
    {w: k for w, k in glued_ends.triggers().items() if w not in TRIGGERS}
)  # "35 Pasdijk."
TRIGGERS.update({"flat ": "flat", "apartment ": "flat", "apt ": "flat", "apt. ": "flat"})
TRIGGERS.update({"studio ": "flat", "suite ": "flat"})
TRIGGERS.update({"lgh": "apartment", "lägenhet": "apartment"})
TRIGGERS.update({w: "po_box" for w in address_units.BOX_WORDS})  # "Postfach 91 42 57"
TRIGGERS.update(address_units.TRIGGERS)  # "at number 64 Villavägen", ", number 7 A"
TRIGGERS.update(address_lines.TRIGGERS)  # "W1A 1AA", "N5B 7BH": no digit before the space
TRIGGERS.update({"@": "email", "://": "url", "www.": "www"})
TRIGGERS.update(handles.TRIGGERS)
TRIGGERS.update({w: k for w, k in document_numbers.TRIGGERS.items() if w not in TRIGGERS})
TRIGGERS.update({w: k for w, k in identity_numbers.TRIGGERS.items() if w not in TRIGGERS})
TRIGGERS.update({"(at)": "email_at", "[at]": "email_at", "(a)": "email_at"})
TRIGGERS.update({f".{t}": "tld" for t in _TLDS})
TRIGGERS.update({w: "pager" for w in ("pager", "beeper", "bleep", "pg ", "pg#", "pg:", "pg.")})
# Where a digit cluster worth a look may be: three digits in a row, or a digit next to a
# separator that joins groups in dates and phone numbers ("3/4", "14.3.26", "08-12 34 56",
# "+1", "(0", "08 12"). Two-digit numbers on their own ("30 minutes") trigger nothing.
TRIGGERS.update({f"{i:03d}": "digits" for i in range(1000)})
TRIGGERS.update({f"{i}{sep}": "digits" for i in range(10) for sep in "/.-"})
TRIGGERS.update({f"+{i}": "digits" for i in range(10)})
TRIGGERS.update({f"0{i} ": "digits" for i in range(10)})
TRIGGERS["(0"] = "digits"
# Titles with the space after them ("dr ", "dr. ", "fru "): where a lower-case name may
# follow ("dr may changed the dose"); the name matcher notes them, no pattern runs.
TRIGGERS.update({f"{t} ": "title" for t in TITLE_WORDS})
# A full stop after a title is its abbreviation's only where the title is abbreviated ("dr. ",
# "mrs. "); after one written in full it ends the sentence ("I went to the doctor. There is",
# "Jag har en ung fru. Sex blev inbjudna"), and the next word is no name for it.
TRIGGERS.update({f"{t}. ": "title" for t in ABBREVIATED_TITLES if not t.endswith(".")})
TRIGGERS.update({f"{t} ": "title" for t in NAMING_PHRASES})  # "aka Stretch"
# Digit, space, digit: numbers grouped in pairs with no trunk 0 ("34 37 66 56").
TRIGGERS.update({f"{i} {j}": "digits" for i in range(10) for j in range(10)})

# --- compiled patterns ------------------------------------------------------------------

# Digit clusters worth a closer look: 3+ characters of digits and separators.
_CLUSTER = re.compile(r"[0-9][0-9 \u00a0()./+\u2013:-]+[0-9]")
_CLUSTER_CHARS = frozenset("0123456789 \u00a0()./+\u2013:-")

PERSONNUMMER = re.compile(
    r"(?<![\d+])((?:19|20)?)(\d{2})(\d{2})(\d{2})([-+]|[ \u00a0])?(\d{4})(?![\d])"
)
DATE_ISO = re.compile(
    r"(?<![\d.])(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d])"
)
DATE_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})")
_POSTAL = re.compile(r"(?<!\d)(?:SE-?)?[1-9]\d{2}[ \u00a0]?\d{2}(?!\d)")
_TOWN = re.compile(r"[ \u00a0]+[A-ZÅÄÖ][^\W\d_]+(?:[ \u00a0][A-ZÅÄÖ][^\W\d_]+)?")
# Two or three capitals after five digits are a currency or unit, not a town: "12500 SEK".
_ABBREVIATION = re.compile(r"[A-Z]{2,3}")

_STREET_NUMBER = re.compile(r"\d{1,4}(?!\d)")
_CAPITAL_WORDS_BEFORE = re.compile(r"(?:[A-ZÅÄÖÉ][\w:.'’-]*[ \u00a0]+){1,2}\Z")
# After a Swedish street and number: a letter ("12 B", "32 a"), a flat, a floor ("2 tr",
# "1 tr ned"), "lgh 1102", a postcode and its town (in any case after the postcode: a note
# typed all in lower case writes "157 33 södertälje").
_ADDRESS_TAIL = re.compile(
    r"(?:[ \u00a0]?[A-H]|[ \u00a0]?[a-h])?(?![^\W\d_])"
    r"(?:/\d{1,4})?(?:[ ,]+\d{1,2}[ ]?(?:tr|trappor|trappa|vån|våning)\b\.?"
    r"(?:[ ](?:ned|ner|upp)(?![^\W\d_]))?)?"
    r"(?:[ \u00a0]*,?[ \u00a0]*(?:lgh|lägenhet|lägenhetsnummer)\.?[ \u00a0]*\d{4}(?!\d))?"
    r"(?:[ \u00a0]*,?[ \u00a0]*(?:SE-?)?\d{3}[ \u00a0]?\d{2}[ \u00a0]+"
    r"(?!(?:och|men|sen|samt|eller|and|or|but|then|till|to|på|at|i|in)(?![^\W\d_]))"
    r"[^\W\d_]{2,}(?:[ \u00a0][A-ZÅÄÖ][^\W\d_]+)?)?"
)
_APARTMENT = re.compile(r"(?:lgh|lägenhet(?:snummer)?)\.?(?:[ \u00a0]*nr\.?)?[ \u00a0]*\d{4}(?!\d)")
# (a house number, a range "99-40" too, a direction and the name's capitalised words or
# ordinals, as American streets are numbered: "866 E 178th St", "30 West 26th Street")
_ENGLISH_BEFORE = re.compile(
    r"(?<![\w.,])\d{1,5}(?:[A-H]|[a-h])?(?:-\d{1,4})?[ \u00a0]+(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ ]+)?"
    r"(?:(?:[A-Z][a-z'’]+|\d{1,3}(?:st|nd|rd|th))[ \u00a0]+){1,3}\Z"
)
_DOMAIN = re.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.[^\W\d_]{2,}")
_URL_REST = re.compile(r"[^\s<>\"'\[\]{}|\\^`]+")
_TRAILING = ".,;:!?)]}'\"’”"
_DROP_DIGITS = str.maketrans("", "", "0123456789")
_SEPARATOR_SEEDS = frozenset("/.-")
_SEPARATORS = frozenset(" \u00a0()./+\u2013:-")
_GROUP_STARTS = frozenset("0123456789(")
_GROUP_ENDS = frozenset("0123456789)")
_SPACED_SEPARATORS = frozenset({"- ", "/ ", "– "})
# A pager's or beeper's number is short: "Pager #12345", "beeper 4-4571", "pg: 23456".
_PAGER_NUMBER = re.compile(
    r"[ \t#:.]*(?:(?:no|nr|number|num)\.?[ \t#:.]*)?(\d[\d-]{2,8}\d)(?![\d/.,]\d)"
)


def luhn_ok(digits: str) -> bool:
    """True if the last digit is the Luhn check digit of the others (Swedish personnummer)."""
    total = 0
    for i, ch in enumerate(digits[:-1]):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10 == int(digits[-1])


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def personnummer_ok(match: re.Match[str]) -> bool:
    """Whether a PERSONNUMMER match is one (see the module docstring for the rule)."""
    century, yy, mm, dd, sep, serial = match.groups()
    month, day = int(mm), int(dd)
    if day > 60:  # samordningsnummer
        day -= 60
    if sep:
        return 1 <= month <= 12 and 1 <= day <= 31
    years = [int(century + yy)] if century else [1900 + int(yy), 2000 + int(yy)]
    if not any(_real_date(y, month, day) for y in years):
        return False
    return luhn_ok(yy + mm + dd + serial)


def _accepted(
    pattern: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    ok: Callable[[re.Match[str]], bool],
    kind: str,
) -> list[Found]:
    """Matches of `pattern` in text[start:end] that `ok` accepts, as found spans."""
    return [(m.start(), m.end(), kind) for m in pattern.finditer(text, start, end) if ok(m)]


def _covers(found: list[Found], start: int, end: int) -> bool:
    return any(s <= start and e >= end for s, e, _kind in found)


_DEFAULT_PHONES = PhoneFinder()
_STREET_DIGIT = re.compile(r"\d")

# --- the detectors ----------------------------------------------------------------------


def find_patterns(
    text: str,
    low: str,
    triggers: Iterable[tuple[str, int, int]],
    digits: list[int],
    phones: PhoneFinder | None = None,
    month_first: bool = False,
) -> list[Found]:
    """Pattern matches in `text` as (start, end, kind), possibly overlapping.

    `low` is `text.lower()` (same length); `triggers` are the trigger-word hits of the name
    automaton as (trigger kind, start, end), and `digits` the starts of its "digits" hits.
    `phones` finds phone numbers (default: the Swedish one, see `phones.py`); `month_first`
    says the study writes a short date month first ("7/22", `month_day.py`).
    """
    found: list[Found] = []
    n = len(text)
    triggers = street_types.with_final_word(low, triggers)  # "Osoite: 440 Bartol Circle"
    for kind, start, end in triggers:
        if kind == "month" and (
            (start and low[start - 1].isalnum())
            or written_dates.only_a_word(low, start, end)
            or written_dates.compound_head(low, start, end)
        ):
            continue  # inside a word: "about" holds Portuguese "out", "system" Turkish "tem";
            # or a word alone with no number near ("find out more", "set the table"), or
            # a Finnish month's first part ("touko-/kesäkuussa": May or June)
        if kind == "street_dict" and (
            not _STREET_DIGIT.search(
                low,
                max(0, start - street_types.DIGIT_BEFORE),
                min(n, end + street_types.DIGIT_AFTER),
            )
            or street_types.only_a_word(text, low, start, end, n)
        ):
            continue  # `street_types.street` would find nothing: no digit near ("get ", " back "),
            # or an ordinary word with no postcode after it (" most ", " part ")
        hit = _TRIGGER_HANDLERS[kind](text, low, start, end, n)
        if not hit and kind in street_types.ALSO_AFTER:  # what the rule above did not read
            hit = street_types.again(text, low, start, end, n, kind)
        if not hit and kind == "street" and low[start : end - 1] in _STREET_MONTHS:
            hit = written_dates.month(text, low, start, end, n)  # Czech "15 led 2024", no street
        if hit:
            found.append(hit)
    if digits:
        digits.sort()
        found.extend(_clusters(text, low, digits, phones or _DEFAULT_PHONES, month_first))
        found.extend(phone_breaks.find(text, (phones or _DEFAULT_PHONES).regions))  # "+46 8\n12"
    found.extend(written_dates.glued_short(low))  # "3MAR21", DDMMMYY
    found.extend(date_edges.finnish_genitive(low))  # "maaliskuun 3. päivänä"
    found.extend(day_forms.find(text, low))  # "23. August", "fre. 22.12", "to 25.6. klo"
    found.extend(weekday_days.find(text, low))  # "Wednesday the 3rd", "måndag v. 12"
    if month_first:
        found.extend(us_short_dates.find(text, low))  # "(10/4 CATH", "today (8/12)"
    found.extend(addresses.given_as(text))  # "She gave Fergeleiet 101A as the delivery address"
    found.extend(colombian_streets.find(text))  # "Calle 35 # 65-59 Este", "Cr. 82 No. 51-86"
    found.extend(croatian_streets.find(text))  # "Vinogradska 6", "Tkalčićeva 14", "Mesnička 2c"
    found.extend(eircodes.find(text))  # "Eircode: A65 F4E2", "Galway H91 E2K3"
    found.extend(iberian_streets.find(text))  # "Av. 4 N° 71", "Rua Mota, 686", "Privada X 993 518"
    found.extend(malaysian_streets.find(text))  # "No. 7, Jalan 4/9", "3, Jln 2k, PJU10"
    found.extend(south_asian_streets.find(text))  # "H.No. 230, Bhandari Ganj", "83, Merchant Chowk"
    found.extend(script_streets.find(text))  # "ул. Ленина, д. 5", "Οδός Ερμού 12", "珞珈山街144号"
    found = [
        addresses.widen(text, f)
        if f[2] == "address"
        else date_edges.widen(text, low, date_ranges.with_weekday(text, low, f, dates.ALL_WEEKDAYS))
        if f[2] == "date"
        else f
        for f in found
    ]
    return found + paired_dates.find(text, low, found, month_first)  # "14 May and 5/2"


def _street(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """A street suffix and a space ("gatan ") were found; is a house number next?"""
    if end >= n or not low[end].isdigit():
        return None
    number = _STREET_NUMBER.match(low, end)
    if not number:
        return None
    suffix_end = end - 1
    word_start = suffix_end
    while word_start > 0 and (low[word_start - 1].isalpha() or low[word_start - 1] in ":-"):
        word_start -= 1
    word = low[word_start:suffix_end]
    suffix = low[start:suffix_end]
    if word == suffix:
        if word not in _STREET_NOUNS:
            return None
        lead = _CAPITAL_WORDS_BEFORE.search(text, max(0, word_start - 40), word_start)
        if not lead:
            return None
        word_start = lead.start()
        if word not in _NAMING_STREET_NOUNS:
            word_start = _named_lead(low, word_start, suffix_end - len(word) - 1)
            if word_start < 0:
                return None
    else:
        if suffix in _STREET_CAPITALISED and (
            not text[word_start].isupper() or word in vocab.known_words()
        ):
            return None  # "plan 2"; "Called 112" is a verb and an emergency number
        if low.endswith(_STREET_PREFIXES, 0, word_start):
            word_start -= 1
            while word_start > 0 and (low[word_start - 1].isalpha() or low[word_start - 1] == ":"):
                word_start -= 1
    tail = _ADDRESS_TAIL.match(text, number.end())
    return word_start, tail.end() if tail else number.end(), "address"


def _named_lead(low: str, start: int, end: int) -> int:
    """Where a street name's capitalised words low[start:end] begin once frequent words
    before them are left out ("Vid Gröna stranden": "Gröna"); -1 if none is left."""
    common = vocab.function_words()
    position = start
    for word in low[start:end].split():
        if word in common and f"{word} " not in _STREET_PREFIXES:
            position = low.index(word, position) + len(word)
            while position < end and low[position] in " \u00a0":
                position += 1
        else:
            break
    return position if position < end else -1


def _street_en(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """ " Street" (" Road", ...) capitalised after a house number and a capitalised name."""
    if (end < n and low[end].isalpha() and low[end - 1].isalpha()) or not text[start + 1].isupper():
        return None  # " streets"; but " st " has its space: "123 Main St yesterday"
    before = _ENGLISH_BEFORE.search(text, max(0, start - 50), start + 1)
    if not before:
        return None
    word = low[start + 1 : end].rstrip(" ,.\n")
    if word in _MORE_ABBREVIATIONS and not text[start + 2 : start + 1 + len(word)].islower():
        return None  # "12 Head CT", "2 Units PL": a test or unit in capitals
    if word in _MORE_ABBREVIATIONS and not _PHRASE_END.match(text, start + 1 + len(word)):
        known = vocab.known_words()
        names = text[before.start() : start].split()[1:]
        if all(w.lower() in known for w in names):
            return None  # "Gave 2 Units Pl…", but "12 Kirlin Dr today", "4 Park Pl."
    stop = end + 1 if end < n and text[end] == "." and end - start <= 4 else end
    stop = min(stop, n)  # " rd\n" at the note's end: the scanner's line break is no text
    stop = stop - 1 if low[stop - 1] in " \n" else stop  # " st " ends with its space
    return before.start(), stop, "address"


def _apartment(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    if start and low[start - 1].isalpha():
        return None
    match = _APARTMENT.match(low, start)
    return (start, match.end(), "address") if match else None


def _email(text: str, low: str, at: int, end: int, n: int) -> Found | None:
    """An e-mail address around the "@" at `at`, also with a space on either side of it
    ("lina.borg @ example.se", as some mail programs paste it); else a handle ("@lina_k")."""
    local_end = at - 1 if text[at - 1 : at] == " " else at
    left = local_end
    while left > 0 and (text[left - 1].isalnum() or text[left - 1] in "._%+-"):
        left -= 1
    while left < local_end and text[left] == ".":
        left += 1
    match = _DOMAIN.match(text, at + 2 if text[at + 1 : at + 2] == " " else at + 1)
    if left < local_end and match and (local_end == at or local_end - left >= 2):
        return left, match.end(), "email"
    return handles.at_handle(text, low, at) if local_end == at and left == at else None


_AT_LOCAL = re.compile(r"[\w.%+-]+[ ]?\Z")
_AT_DOMAIN = re.compile(
    r"[ ]?(?:[^\W_][\w-]*(?:[ ]?(?:\.|\(dot\)|\[dot\])[ ]?[^\W_][\w-]*)*)"
    r"[ ]?(?:\.|\(dot\)|\[dot\])[ ]?[^\W\d_]{2,}"
)


def _email_at(text: str, low: str, at: int, end: int, n: int) -> Found | None:
    """An address written so that robots miss it: "anna.berg (at) example.se",
    "anna[at]example[dot]se"."""
    local = _AT_LOCAL.search(text, max(0, at - 64), at)
    domain = _AT_DOMAIN.match(low, end)
    if local and domain and local.group().strip():
        return local.start(), domain.end(), "email"
    return None


def _url_end(text: str, pos: int) -> int:
    match = _URL_REST.match(text, pos)
    stop = match.end() if match else pos
    while stop > pos and text[stop - 1] in _TRAILING:
        stop -= 1
    return stop


def _scheme(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    left = start
    while left > 0 and low[left - 1].isalpha():
        left -= 1
    stop = _url_end(text, end)
    return (left, stop, "url") if left < start and stop > end else None


def _www(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    if start and (low[start - 1].isalnum() or low[start - 1] in "/."):
        return None  # inside a URL found through "://"
    stop = _url_end(text, start)
    return (start, stop, "url") if stop > end + 1 else None


def _tld(text: str, low: str, dot: int, end: int, n: int) -> Found | None:
    if end < n and (low[end].isalnum() or low[end] == "_"):
        return None
    left = dot
    while left > 0 and (low[left - 1].isalnum() or low[left - 1] in "-._"):
        left -= 1
    while left < dot and low[left] in "._-":
        left += 1
    label = low[left:dot]
    if len(label) < 2 or label.isdigit() or (left and low[left - 1] in "@/"):
        return None
    if ".." in low[left : dot + 1] or label.replace(".", "").isdigit():
        return None  # "npo..no stool", "ptt 78.3.no change": no host is written so
    if end < n and text[end] == "/":
        return left, _url_end(text, end), "url"
    known = vocab.known_words()
    if low[dot + 1 : end] in _WORD_TLDS and all(part in known for part in label.split(".")):
        return None  # "bile.no stool", "well.No pain": a full stop that lost its space
    return left, end, "url"


def _pager(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """The number after "pager", "beeper", "bleep" or "pg": four to ten digits, dashes
    between them allowed ("Pager #12345", "PG 23456"); a phone number of a hospital's own
    network, too short for the phone shape."""
    if start and low[start - 1].isalpha():
        return None  # "npg", not "pg"
    word_end = end
    while word_end < n and low[word_end].isalpha():
        word_end += 1  # "pagers", "bleeped"
    match = _PAGER_NUMBER.match(low, word_end if low[end - 1].isalpha() else end - 1)
    if not match:
        return None
    digits = sum(c.isdigit() for c in match[1])
    return (match.start(1), match.end(1), "phone") if 4 <= digits <= 10 else None


_TRIGGER_HANDLERS = {
    "month": written_dates.month,
    "street": _street,
    "street_en": _street_en,
    "street_foreign": addresses.foreign_street,
    "street_prefix": addresses.street_prefix,
    "street_tr": addresses_abroad.turkish_street,
    "street_fi_case": finnish_streets.street,
    "block_lot": block_lot.after_head,
    "street_vi": vietnamese_streets.street,
    "street_dict": street_types.street,
    "street_end": street_types.street_end,
    "postcode_uk": address_lines.trigger,
    "address_cue": addresses.cued,
    "flat": lambda *a: addresses.flat(*a) or address_units.flat_at(*a),  # "flat 4 at 9 Ek"
    "apartment": _apartment,
    "po_box": address_units.po_box,
    "at_number": address_units.at_number,
    "on_street_number": address_units.on_street_number,
    "bolignummer": address_units.bolignummer,
    "danish_floor": address_units.danish_floor,
    "german_unit": address_units.german_unit,
    "email": _email,
    "email_at": _email_at,
    "url": _scheme,
    "www": _www,
    "tld": _tld,
    "pager": _pager,
    "ordinal_day": date_ranges.ordinal_day,
    "ordinal_word": ordinal_words.alone,
    "handle": handles.after_platform,
    "document": document_numbers.after_word,
    "identity": identity_numbers.after_cue,
}


_COLON_GAP = re.compile(r":[ \u00a0]")


def _date_before_colon(
    text: str, low: str, start: int, end: int, month_first: bool
) -> Found | None:
    """A day and month that a colon and a space close inside the cluster text[start:end]
    ("Ny adress från 19/7: 3, rue ..."): what follows a label's colon is its value, never
    more of the same number, so the day and month is read on its own, as `dates.day_month`
    reads one (a dating word before it)."""
    gap = _COLON_GAP.search(text, start, end)
    if gap is None or gap.start() - start > 5:
        return None
    head = text[start : gap.start()]
    if "/" not in head and "." not in head:
        return None
    return dates.day_month(text, low, start, head, month_first)


def _clusters(
    text: str, low: str, seeds: list[int], phones: PhoneFinder, month_first: bool = False
) -> Iterator[Found]:
    """Digit clusters around the "digits" triggers at `seeds` (sorted), each looked at once."""
    n = len(text)
    covered = -1
    for seed in seeds:
        if seed < covered:
            continue
        if (
            text[seed + 1 : seed + 2] in _SEPARATOR_SEEDS
            and not text[seed + 2 : seed + 3].isdigit()
            and not (text[seed + 1 : seed + 3] == ". " and text[seed + 3 : seed + 4].isdigit())
        ):  # (but "3. 5. 2024", a Croatian or Serbian date, goes on after the space)
            continue  # "10." at the end of a sentence, "2-3 times": nothing joined on the right
        if text[seed : seed + 3].isdigit():  # three in a row
            run_end = seed + 3
            while run_end < n and text[run_end].isdigit():
                run_end += 1
            if run_end - seed <= 4 and not _joined(text, seed, run_end, n):
                covered = run_end  # a number of three or four digits on its own ("in 2019")
                if run_end - seed == 3 and seed > 11 and text[seed - 1].isupper():
                    found = identity_numbers.fiscal_code(text, seed - 12)
                    if found:  # "RSSMRA85M01H501Z"
                        yield found
                if run_end - seed == 4 and seed and text[seed - 1].isalpha():
                    found = written_dates.glued(text, low, seed, run_end)
                    if found:  # "03MAY2024"
                        yield found
                if run_end - seed == 4 and text[seed - 2 : seed] == ", ":
                    found = None
                    if text[run_end : run_end + 2].lstrip()[:1].isupper():
                        found = addresses.dutch_postcode(text, seed, run_end)  # "3512 JC"
                    found = found or addresses.street_and_postcode(text, seed, run_end)
                    if found:  # "Sætherbråten 9A, 5358 Kristoffersen"
                        yield found
                elif run_end - seed == 4 and (not seed or text[seed - 1] in " \n"):
                    found = address_lines.after_line(text, seed, run_end) if seed else None
                    if not found and text[run_end + 1 : run_end + 2].isupper():
                        found = addresses.dutch_postcode(text, seed, run_end)  # "1017 GC Amsterdam"
                    if found:  # "Kirkeveien 12\n0151 Oslo"
                        yield found
                continue
        left = seed
        while left > 0 and text[left - 1] in _CLUSTER_CHARS:
            left -= 1
        while not text[left].isdigit():
            left += 1
        ranged = _range_at(text, low, left)  # "16.04.–18.05.", "12/24 – 12/26"
        if ranged:
            covered = ranged[1]
            yield ranged
            continue
        cluster = _CLUSTER.match(text, left)
        if cluster is None:
            continue
        start, end = cluster.span()
        covered = end
        start = timed_numbers.number_start(text, start, end)  # "14:20 0044 7781 123456"
        chunk = text[start:end]
        size = len(chunk)
        head = _date_before_colon(text, low, start, end, month_first)
        if head:  # "från och med 19/7: 3, rue Delannoy": a colon and a space end the date
            yield head
        if size == 5 and chunk.isdigit():
            found = short_phones.after_cue(text, low, start, end, 5)
            if found:  # "Telefon: 18123"
                yield found
                continue
        if size <= 5:
            if "/" in chunk or "." in chunk:
                found = dates.day_month(text, low, start, chunk, month_first)  # "on 14/3", "18/9"
                if found:
                    yield found
            elif size == 5 and _town_follows(text, end, n) and (chunk.isdigit() or chunk[2] == "-"):
                found = addresses.street_and_postcode(text, start, end)
                found = found or address_lines.after_line(text, start, end)
                if not found and chunk.isdigit() and text[start - 3 : start - 1].isupper():
                    found = addresses_abroad.us_zip(text, start, end)
                if found:  # "Ilomäenkatu 2, 12839 Seinäjoki", "Długa 5, 00-950 Warszawa"
                    yield found
                elif chunk.isdigit():
                    yield from _postal(text, start, end)
            elif size == 5 and chunk.isdigit() and text[start - 3 : start - 1].isupper():
                found = addresses_abroad.us_zip(text, start, end)
                if found:  # "Albany, NY 12292"
                    yield found
            elif text[end : end + 2].isupper() and text[end : end + 2].isalpha():
                found = address_lines.uk_postcode(text, start)
                if found:  # "M10 9ND"
                    yield found
            continue
        if " " in chunk:
            found = address_lines.run_on(text, start, end)
            if found:  # "Kirkeveien 12 0151 Oslo": a house number, a postcode and a town
                yield found
                continue
        first_digit = start
        if start and text[start - 1] in "+(":
            start -= 1
        digits = size - len(chunk.translate(_DROP_DIGITS))
        if digits >= 6:
            found = lone_ids.printed(text, low, start, end)  # "123-45-6789", "Z4318196C"
            if found:
                yield found
                continue
        # In order of priority; once the cluster is covered whole, the rest cannot add to it.
        numbers: list[Found] = []
        if digits >= 10:
            numbers = _accepted(PERSONNUMMER, text, start, end, personnummer_ok, "personnummer")
            if numbers:
                yield from numbers
                if _covers(numbers, start, end):
                    continue
        if digits >= 9 or (digits == 6 and text[end : end + 1].isupper()):
            ids = nordic_ids.find(text, low, start, end)  # "010190 12345", "131052-308T"
            if ids:
                numbers += ids
                yield from ids
                if _covers(ids, start, end):
                    continue
        if digits >= 11:
            ids = identity_numbers.checked(text, start, end)  # "85071812349", a PESEL
            if ids:
                numbers += ids
                yield from ids
                if _covers(ids, start, end):
                    continue
        if digits >= 6 and size <= 13 and ("/" in chunk or "." in chunk or "-" in chunk):
            dated = numeric_dates.numeric(text, low, start, end)
            if _covers(dated, first_digit, end):  # "(12/24/2012)": the bracket is no digit
                yield from dated  # "01/08/2007" is a date before a libphonenumber number
                continue
        if digits >= 7 and (":" in chunk or "." in chunk):
            found = numeric_dates.timestamp(text, low, start, end)
            if found:  # "3/3/2021 10:00": the date, never a phone number with its hour
                yield found
                continue
        if 5 <= digits <= 6:
            found = short_phones.after_cue(text, low, start, end, digits)
            if found:  # "tlf 22 12 34", a number of the Faroe Islands or Greenland
                yield found
                continue
        if digits >= 7:
            matches = phones.find(text, low, start, end, numbers, digits)
            if matches:
                yield from matches
                if _covers(matches, start, end):
                    continue
        if digits >= 9 and not _covers(numbers, start, end):
            yield from lone_ids.alone(text, low, start, end)  # "8501080621", "123-45-6789"
        if digits >= 8:
            if "19" in chunk or "20" in chunk:
                for match in DATE_COMPACT.finditer(text, start, end):
                    if _real_date(int(match[1]), int(match[2]), int(match[3])):
                        yield match.start(), match.end(), "date"
        if digits == 6 and chunk.isdigit():
            found = dates.compact(text, low, start, end, month_first)  # "211026"
            if found:  # "Inskriven 220904"
                yield found
                continue
        if ("/" in chunk or "." in chunk) and size <= 12:
            found = dates.then_time(text, low, start, chunk, month_first)
            if found:  # "Nästa möte: 19/9 14:00"
                yield found
        if digits >= 4 and ("-" in chunk or "/" in chunk or "." in chunk):
            yield from dates.with_year(text, start, end)  # "26/12-21", "31/10 2020"
            for match in DATE_ISO.finditer(text, start, end):
                yield match.start(), match.end(), "date"
            yield from numeric_dates.numeric(text, low, start, end)  # CLDR's shapes
            yield from numeric_dates.month_year(text, low, start, end)  # "2024-05", "5/2024"
        if digits >= 5 and _town_follows(text, end, n):
            found = addresses.street_and_postcode(text, start, end)
            if found:
                yield found
            else:
                yield from _postal(text, start, end)


def _range_at(text: str, low: str, start: int) -> Found | None:
    """An interval of two days in digits at `start` (`date_edges.numeric_range`)."""
    if not _RANGE_DASH.search(text, start + 1, start + 16):
        return None
    return date_edges.numeric_range(
        text,
        low,
        start,
        lambda end: dates.cued(low, start, end),
        lambda second, stop: closed_days.range_closing(text, low, start, second, stop),
    )


_RANGE_DASH = re.compile("[-\u2013\u2014]")


def _joined(text: str, start: int, end: int, n: int) -> bool:
    """Whether the digit run text[start:end] is joined to another by a separator."""
    if end < n and text[end] in _SEPARATORS and text[end + 1 : end + 2] in _GROUP_STARTS:
        return True
    if text[end : end + 2] in _SPACED_SEPARATORS and text[end + 2 : end + 3] in _GROUP_STARTS:
        return True  # "212- 476- 8356": a dash and a space between groups
    if start > 2 and text[start - 2 : start] in _SPACED_SEPARATORS:
        return text[start - 3] in _GROUP_ENDS
    if start > 0:
        before = text[start - 1]
        if before.isdigit() or before in "+(":
            return True
        if before in _SEPARATORS and start > 1 and text[start - 2] in _GROUP_ENDS:
            return True
    return False


def _town_follows(text: str, end: int, n: int) -> bool:
    return end + 1 < n and text[end] in " \u00a0" and text[end + 1].isupper()


def _postal(text: str, start: int, end: int) -> Iterator[Found]:
    begin = start - 3 if text[max(0, start - 3) : start] == "SE-" else start
    for match in _POSTAL.finditer(text, begin, end):
        town = _TOWN.match(text, match.end())
        if town and not _ABBREVIATION.fullmatch(town.group().strip()):
            yield match.start(), town.end(), "address"
