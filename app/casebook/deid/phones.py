"""Phone numbers, in every format a note may hold them.

`patterns.py` finds the clusters of digits and separators worth a look (see its docstring);
each cluster with at least seven digits comes here, after personnummer have had their turn.
Three layers, cheapest first, each run only on what the one before left uncovered:

1. Swedish numbers by a fast regular expression: a trunk 0 and 8-10 digits ("070-123 45 67",
   "08-12 34 56", "070.123.45.67"), or `+`/`00` and 8-15 digits. Two numbers run together
   ("070-123 45 67 08-123 456 78") are split.
2. `phonenumbers` (Google's libphonenumber) for the regions the study names (`phone_regions`
   in study.yaml, default the study's country) and for any number in international form. It is
   slow on digit-dense text, so it only ever sees one cluster at a time, and only a cluster that
   is grouped, starts like a phone number (+, 00, a parenthesis, the region's trunk prefix) or
   follows a phone word: a bare run of digits such as an order number is not offered to it,
   nor is a cluster its own rules could not accept ("128/30/7.52", see `phone_reach.py`).
3. A generic shape (tried before the library: a cluster it takes whole is not offered to
   `phonenumbers`), so that a number in another country's national format cannot slip through
   because no configured region claims it: 7 to 15 digits in at least two groups separated by
   spaces, dashes, dots, slashes or parentheses ("34 37 66 56", "020 7882 4170",
   "04.37.91.81.64", "337.223.2077", "(212) 555-0123") is a phone number unless it is clearly
   something else: a date or a date range, a personnummer shape, a time range ("13.00-14.30"),
   a year range or list, an amount (a currency word or sign before or after, "%", decimals
   after a comma, a round figure in groups of thousands: "9 500 000", or one after "about"),
   or a measurement or count (a unit or a noun such as "people" after it:
   "1 234 567 people"). After a phone word ("ring", "call", "mobile", "tel", "ringa", "mobil", ...)
   a bare run of 7 to 15 digits is a phone number too, and so is one with the trunk 0 before the
   label of a contact card's line ("07982330669 office", "0701234567 hem"), one of a trunk 0
   and ten digits anywhere ("07912345678", a mobile of Britain, Iraq, Iran or Turkey), and a number
   alone in brackets right after a word, as a contact is written ("Samtal med Ann
   (2103331664)"), unless a unit or currency follows the bracket.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

from casebook.deid import (
    bare_runs,
    lone_ids,
    phone_lookalikes,
    phone_tables,
    quantities,
    value_series,
    vocab,
)
from casebook.deid.phone_reach import LibraryReach

Found = tuple[int, int, str]
DEFAULT_REGIONS: tuple[str, ...] = ("SE",)

SWEDISH = re.compile(
    r"""
    (?<![\w+])
    (?:
        (?:\+|00[ ]?)[1-9]\d{0,2}                 # country code ("00 229 ...")
        (?:[ .-]?\(0\))?                          # +46 (0)70...
        (?:[ .-]?\(?\d{1,4}\)?){2,6}
    |
        0[1-9]\d{1,3}(?:\.\d{2,4}){2,4}(?![.\d])   # dotted: 070.123.45.67
    |
        (?:\(0[1-9]\d{0,3}\)|0[1-9]\d{0,3})        # trunk 0 and area code: 08, (08), 070
        (?:[ /-]?\d{1,4}){1,5}
    )
    (?![\w])
    """,
    re.VERBOSE,
)
_SWEDISH_GROUP = re.compile(r"[ ./-]?\(?\d+\)?")
# Digits in groups: an optional + or 00, then 2 to 8 groups of 1-10 digits (a group may stand
# in parentheses), separated by one or two spaces, or a dash, dot or slash with optional spaces.
# A dot followed by a space ends a sentence ("in 2019. 10.42 the nurse came"): no separator.
GROUPED = re.compile(
    r"(?<![\w+.,])(?:\+|00)?\(?\d{1,10}\)?"
    r"(?:(?:[ ]{1,2}|[ ]?[-/][ ]?|[ ]?\.(?! )|(?<=\)))\(?\d{1,10}\)?){1,7}"
    r"(?!\w|[.,]\d)"
)
# An extension after a number: "x531", " ext. 12", " ankn. 2397", " anknytning 12".
EXTENSION = re.compile(
    r"[ ]?(?:,[ ]?)?(?:x|ext\.?|extn\.?|extension|ankn\.?|anknytning|ank\.?|lokal|#)[ ]?"
    r"\d{1,6}(?![\d\w])",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_GROUP = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?;\n]")
# A full stop before a figure ends no clause: "ringde kl. 8 på 0701234567".
_CLAUSE_END = re.compile(r"[.!?](?:\s+(?!\d)|$)|\n\n")
# Before a weak phone word, these make it one: "her number", "ett nummer", "the new number"
# (not "case number", "order number"); the neighbours' and German words too: "har fået nyt
# nummer", "hat eine neue Nummer", "hennes nye nummer".
_POSSESSIVES = frozenset(
    """my his her their our your hennes hans deras mitt min vårt er the a an ett en new old
    other own ny nya nytt gamla andra annat sitt sin egna bytt bytte byter
    nyt nye hendes sit mit dit jeres eine einer neue neuen meine seine ihre unsere""".split()
)
# A person who has a number: "Dottern har nummer 228652603", "she has number …", "Hun har
# nummer …" (a case or an order "har nummer" too: only a person, a relation or a personal
# pronoun, makes the number a phone's).
_HAVING = frozenset("har hade fick has had got have hat hatte".split())
_HOLDERS = (vocab.RELATIONS - frozenset("called named nicknamed heter kallad kallas".split())) | (
    frozenset("han hon he she jag vi we they hun hen jeg er sie".split())
)
# The number with the definite article, "the number" in one word: "läste upp numret".
_DEFINITE_NUMBER = frozenset(("numret", "nummeret"))
# A national number written without groups: a trunk 0, then 8 to 11 digits.
_TRUNK_RUN = re.compile(r"0[1-9]\d{7,10}")
# ... of eleven digits is a phone number with no phone word near: a mobile of Britain, Iraq,
# Iran, Turkey, Egypt, Nigeria, India typed without spaces ("07912345678", "05321234567"),
# as a Swedish one of ten is (`SWEDISH`); libphonenumber takes three in four such runs for a
# valid mobile of some region with a trunk 0.
_MOBILE_RUN = 11
_BARE_RUN = re.compile(r"(?<![\w+])\d{7,15}(?!\w)")
# "pH" written so, the acidity of a blood gas or a sample, not "ph" for a phone.
_ACIDITY = re.compile(r"(?<![\w])pH(?!\w)")
_EMAIL_AT = re.compile(r"[\w.]@\w")  # an e-mail address's @, not "@" for "at" ("PTT @ 0400")
_CUE_ABBREVIATION = re.compile(r"\b(mob|tel|tfn|tlf|ph|puh|nr|no|mobil|telnr|ankn|ank|ext)\.(?=\s)")
# "… is her number", "… är hennes nummer": the number is named a phone number after it; and
# "used … as her number", "gave … as his work number" (with "as"/"som" a possessive must
# stand: a person's number, phone or identity, either way no figure to publish).
_NAMED_AFTER = re.compile(
    r"[ ,]*(?:(?:is|was|är|var)[ ]+(?:(?:the|her|his|their|my|our|hennes|hans|deras|mitt|min)[ ]+)?"
    r"|(?:as|som)[ ]+(?:her|his|their|my|our|your|hennes|hans|deras|mitt|min|sitt|sin)[ ]+"
    r"(?:[^\W\d_]+[ ]+)?)"
    r"(?:number|nummer|numret|mobile|mobil|mobilnummer|phone)\b"
)
# "no" before a word is the determiner ("If no answer, try …", "no one picked up"), not the
# abbreviation of "number" ("no. 4", "No 12345"), which stands before the figure.
_NO_BEFORE_A_WORD = re.compile(r"\bno[ ]+(?=[^\W\d_])")

# Phone words. Weak ones also stand before order and case numbers, so they make a grouped
# number a phone number but not a bare run of digits.
STRONG_CUES = frozenset(
    """call called calling calls ring rang rings ringing phone phoned phones telephone tel
    tele mobile mob cell cellphone text texted sms whatsapp fax landline helpline hotline
    ext extension reach reached dial dialled dialed ph tlf tlfn puh puhelin msg message
    messages voicemail meddelande röstbrevlåda mvh regards hälsningar
    ringa ringde ringer ringt telefon telefonnummer telefonnr tfn mobil mobilen mobilnummer
    mobilnr sms:a smsa nås växel anknytning hemnummer jobbnummer ringas direktnummer direktnr
    kontaktlista kontaktlistan soitti soita soittaa soitin puhelinnumero ringede ringte
    erreichen erreichbar rufnummer handy durchwahl anrufen
    ringe ringes ringas nåes træffes treffes mobiltelefon mobiltlf telefonnumret
    soittakaa soitetaan soitettiin soittanut puhelimeen puhelinnumeroon puhelinnumerosta
    matkapuhelin kännykkä kännykkään tavoittaa tavoitettavissa gsm
    kontaktperson kontaktpersonen kontaktpersoner pårørende närstående anhörig anhöriga
    yhteyshenkilö yhteyshenkilön omainen lähiomainen
    tekstaa tekstata tekstatkaa tekstaan tekstasi tekstiviesti tekstiviestillä""".split()
)
# A contact person named in English: "Contact person: the son, 91234567", "next of kin".
_CONTACT_PAIRS = frozenset((("contact", "person"), ("contact", "persons"), ("of", "kin")))
# Finnish says whose number with the genitive in -n: "Tyttären numero on 040 123 4567".
_FINNISH_NUMBER = frozenset(("numero", "numeroon", "numerosta", "numeronsa"))
WEAK_CUES = frozenset(
    "number numbers no nr nummer numret numbers contact kontakt numero numeron numeroon".split()
)
# A line's "Contact:" label, whose value is a number alone: "Contact: 34412439" on a ticket.
_CONTACT_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:contact|kontakt)[ \t]*:[ \t]*\Z")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def _contact_value(low: str, start: int, end: int) -> bool:
    """Whether the run of digits low[start:end], of eight to twelve, is the whole value of a
    line labelled "Contact:" ("Kontakt:"): a way to reach someone, given as digits only, is a
    phone number (a Danish or Norwegian one has eight digits and no trunk 0), where the same
    digits after the weak word "contact" in a sentence need more."""
    return (
        8 <= end - start <= 12
        and len(set(low[start:end])) > 2
        and _CONTACT_LABEL.search(low, max(0, start - 24), start) is not None
        and _LINE_END.match(low, end) is not None
    )


# The label after a number on a contact card's line: "07982330669 office", "0701234567 hem".
_LABEL_AFTER = re.compile(r"[ \t]+(?:office|desk|work|home|kontor|kontoret|jobb|hem|arbete)\b")
_CURRENCY_BEFORE = frozenset("$ € £ ¥ kr kr. sek usd eur gbp nok dkk chf".split())
_AFTER_WORDS = frozenset(
    """kr kronor kroner sek usd eur euro euros gbp nok dkk chf dollar dollars pound pounds
    öre tkr mkr miljoner miljarder million millions billion thousand tusen procent percent
    mg g kg ml cl dl l km m cm mm mmol kcal st steg steps minutes minuter h hours timmar
    sekunder seconds days dagar people persons personer inhabitants invånare residents
    patients patienter children barn members medlemmar households hushåll""".split()
)
# A number in groups of thousands ("9 500 000", "10.555.000"): no national phone format
# opens with a digit other than 0 and then only groups of three, ending in "000" or after
# a word of estimating.
_THOUSANDS = re.compile(r"[1-9]\d{0,2}([ \u00a0\u202f.,])\d{3}(?:\1\d{3})+")
_ABOUT = frozenset(
    """about approximately approx around some nearly almost over under roughly population
    cirka ca ca. ungefär drygt nästan över omkring""".split()
)
# A national number opening with its trunk zero, which no amount or count does; and the label
# of the next line ("\nH: ...", "\nTel: ..."), which is no unit of the number before it.
_TRUNK_OPENING = re.compile(r"\(?0[1-9]")
_TURN_LABEL = re.compile(r"[ \t]*\n[ \t]*[^\W\d_]{1,12}:")
# A range whose upper end is a round figure of thousands, its first figure no trunk
# prefix's "0": "mellan 50-100 000", "c:a 20-25.000" (a count of people, of money).
_ROUND_RANGE = re.compile(r"[1-9]\d{0,2}[ \u00a0]?[-–][ \u00a0]?[1-9]\d{0,2}[ \u00a0\u202f.]000")
_AFTER_SIGNS = ("%", "‰", "€", "$", "£", ":-")
_PNR_SHAPE = re.compile(r"(?:19|20)?\d{6}[-+ ]\d{4}")
_DATE_SHAPES = (
    re.compile(r"(?:19|20)\d\d[-/. ]\d{1,2}[-/. ]\d{1,2}"),
    re.compile(r"\d{1,2}[-/. ]\d{1,2}[-/. ](?:19|20)?\d\d"),
    re.compile(r"\d{1,2}[./]\d{1,2}[ ]+(?:19|20)\d\d"),
    re.compile(
        r"(?:\d{1,2}[./]\d{1,2}(?:[./](?:19|20)?\d\d)?[ ]?[-/][ ]?){1,2}"
        r"\d{1,2}[./]\d{1,2}(?:[./](?:19|20)?\d\d)?"
    ),
    re.compile(
        r"(?:19|20)\d\d[-/. ]\d{1,2}[-/. ]\d{1,2}[ ]?-[ ]?(?:19|20)\d\d[-/. ]\d{1,2}"
        r"[-/. ]\d{1,2}"
    ),
)
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_TIME_RANGE = re.compile(r"\d{1,2}[.:]\d{2}[ ]?[-/][ ]?\d{1,2}[.:]\d{2}")
_YEAR = re.compile(r"(?:19|20)\d\d")


class PhoneFinder:
    """Phone numbers in digit clusters, for the regions a study names."""

    def __init__(self, regions: Iterable[str] = DEFAULT_REGIONS) -> None:
        self.regions = tuple(dict.fromkeys(r.upper() for r in regions)) or DEFAULT_REGIONS
        unknown = [r for r in self.regions if r not in phonenumbers.SUPPORTED_REGIONS]
        if unknown:
            raise ValueError(f"unknown phone region(s): {', '.join(unknown)}")
        self._trunks = tuple(
            prefix
            for prefix in {
                phonenumbers.PhoneMetadata.metadata_for_region(r).national_prefix
                for r in self.regions
            }
            if prefix
        )
        self._reach = LibraryReach(self.regions)

    def find(
        self, text: str, low: str, start: int, end: int, taken: list[Found], digits: int
    ) -> list[Found]:
        """Phone numbers in the cluster text[start:end] of `digits` digits; `taken` are spans
        already found there (personnummer), which nothing here may overlap."""
        found: list[Found] = []
        if quantities.clock_range(low, start, end):
            return found  # "kl 0800-1000": opening hours, not a number to call
        if digits >= 8:
            found = [f for f in swedish(text, start, end) if not _measured(text, low, *f)]
            if any(_inside_a_run(text, start, s) for s, _e, _k in found):
                found = []  # "025 0045 9534": no 00 prefix in mid-number; the shape decides
            for s, e, _kind in found:
                if s <= start and e >= end:
                    return with_extensions(text, found)
        if not taken and not found:
            gaps = [(start, end)]
        else:
            gaps = _gaps(start, end, [*taken, *found])
            digits = 0  # count again per gap
        cue = ""
        found = with_extensions(text, found)
        for gap_start, gap_end in gaps:
            if (digits or _count_digits(text, gap_start, gap_end)) < 7:
                continue
            if _not_a_phone(text[gap_start:gap_end]):
                continue
            cue = cue or _cue_before(low, start, end, reach=8, text=text) or "none"
            if cue != "strong" and phone_lookalikes.year_reference(
                text[gap_start:gap_end], self.regions
            ):
                continue  # "Emne: Ny avtale (2026-27309)": a case's reference
            if cue != "strong" and phone_lookalikes.coded_year_reference(text, gap_start, gap_end):
                continue  # "Interview transcript – ref. AD-2026-5376": a file's code
            # The generic shape first: a cluster it takes whole needs no library call.
            extra = _generic(text, low, gap_start, gap_end, cue)
            if not extra and _after_a_name(text, gap_start, gap_end):
                extra = _generic(text, low, gap_start, gap_end, "strong", bracketed=True)
            if not _all_digits_covered(text, gap_start, gap_end, extra):
                extra += self._library(text, low, gap_start, gap_end, cue)
            found += with_extensions(text, extra)
        return _whole_cluster(text, start, end, _with_lead(text, start, end, found, taken))

    def _library(self, text: str, low: str, start: int, end: int, cue: str) -> list[Found]:
        window = text[start:end]
        grouped = not window.lstrip("+(").isdigit()
        if not (grouped or cue == "strong" or window.startswith(("+", "00", "(", *self._trunks))):
            return []
        if not self._reach.could_match(window):
            return []  # "128/30/7.52": no number the library's rules accept (phone_reach.py)
        spans: dict[tuple[int, int], None] = {}
        for region in self.regions:
            for match in phonenumbers.PhoneNumberMatcher(window, region):
                raw = match.raw_string
                if raw.isdigit() and not (cue == "strong" or raw.startswith(self._trunks)):
                    continue
                spans[(start + match.start, start + match.end)] = None
        return [(s, e, "phone") for s, e in spans if not _ordinary(text, low, s, e, cue)]


# The opening group of a cluster that a number found after it leaves behind: a trunk "8"
# (Belarus, Russia), a carrier or area code "010" (Egypt), "(8)": one to three digits and one
# separator, or a trunk code and a slash ("010/01234567", "8/029 491-19-11"; not a day and
# month, "12/07/2000 02"); an area code of four or five digits after the trunk "0" in
# parentheses ("(0308) 059204250", as German and Austrian numbers are written) or without
# them before a space ("0170 07801023": a German mobile's code, its number opening with a
# 0 that a Swedish number's trunk prefix looked like); two short
# groups joined by dashes ("314-26-0026-0735", as Iranian numbers are); a country code with
# its plus before a space and a dash ("+90 -053-980-7-373": the number goes with its country).
_LEAD = re.compile(
    r"\(?\d{1,3}\)?(?:[ .-]|(?<=\)))[ ]?|(?:0\d{0,2}|\d)/|\d{4}[.-]|\(0\d{3,4}\)[ ]?|0\d{3,4}[ ]"
    r"|\(?(?:\d{1,4}-){2}|\+\d{1,3}[ ]?-?[ ]?"
)
# ... and the closing group one left: "020.146.201-05", a Brazilian CPF.
_TAIL = re.compile(r"[.-]\d{1,3}")
# A cluster of sixteen digits or more in groups joined by one kind of dot or dash.
_JOINED = re.compile(r"\d+(?:([.-])\d+)(?:\1\d+)+")


def _with_lead(
    text: str, start: int, end: int, found: list[Found], taken: list[Found]
) -> list[Found]:
    """The phone number that starts one short group into its cluster with that group, or
    ends one short group before its end: a number is not published with its area code and
    the rest redacted ("8 [phone]", "5011-[phone]")."""
    if not found or any(s <= start < e for s, e, _k in taken):
        return found
    first = min(found)
    if first[2] != "phone":
        return found
    begin, stop = first[0], first[1]
    if begin > start and _LEAD.fullmatch(text, start, begin):
        begin = start + (text[start] == "(" and ")" not in text[start:begin])
    if len(found) == 1 and stop < end and _TAIL.fullmatch(text, stop, end):
        stop = end
    if _count_digits(text, begin, stop) > 15:
        return found  # (two numbers, or no phone number: "110.101.197.[…]")
    return [(begin, stop, "phone") if f == first else f for f in found]


def _whole_cluster(text: str, start: int, end: int, found: list[Found]) -> list[Found]:
    """A cluster of sixteen digits or more joined by dots or dashes of which a phone number
    was found in part ("1101-0119-7405-0682-14", a card or a Chinese resident ID): the whole
    of it, since what is left would be published beside `[phone]`."""
    if not found or _count_digits(text, start, end) < 16 or not _JOINED.fullmatch(text, start, end):
        return found
    if _all_digits_covered(text, start, end, found):
        return found
    return [(start, end, "phone")]


def with_extensions(text: str, found: list[Found]) -> list[Found]:
    """Each phone number with the extension written after it ("952-992-1144x531")."""
    out = []
    for start, end, kind in found:
        extension = EXTENSION.match(text, end) if kind == "phone" else None
        out.append((start, extension.end(), kind) if extension else (start, end, kind))
    return out


def swedish(text: str, start: int, end: int) -> list[Found]:
    """Swedish and international numbers in text[start:end] by the fast pattern. A match with
    too many digits is two numbers (or a number and a year) run together: its trailing groups
    are dropped until it fits."""
    found: list[Found] = []
    pos = start
    while pos < end:
        match = SWEDISH.search(text, pos, end)
        if match is None:
            break
        whole = value = match.group()
        while value and not _swedish_ok(value):
            groups = _SWEDISH_GROUP.findall(value)
            if len(groups) <= 1:
                value = ""
                break
            value = value[: len(value) - len(groups[-1])]
        if value and len(value) < len(whole) and not _another_number(whole[len(value) :]):
            # Digits were cut off that start no number of their own ("0501 234 56 78", a
            # Turkish mobile, is not "0501 234 56" and "78"): leave it to the generic shape.
            found.append((match.start(), match.end(), "unsure"))
            pos = match.end()
        elif value:
            found.append((match.start(), match.start() + len(value), "phone"))
            pos = match.start() + len(value)
        else:
            pos = match.start() + 1
    return [f for f in found if f[2] == "phone"]


def _inside_a_run(text: str, start: int, at: int) -> bool:
    """Whether an international prefix ("00", "+") at `at` continues digit groups that began
    at `start` with only a space between ("025 0045 9534")."""
    return (
        at > start
        and text.startswith(("00", "+"), at)
        and text[at - 1] == " "
        and text[at - 2 : at - 1].isdigit()
    )


def _another_number(tail: str) -> bool:
    """Whether digits cut off a phone number start another one (a trunk 0, a +, 00) or are
    a year ("070-123 45 67 2026")."""
    tail = tail.lstrip(" ./-")
    if _YEAR.fullmatch(tail):
        return True
    # A number has six digits at least: "0520 110 31 07" is one number, not two.
    return tail.startswith(("0", "+", "(")) and _count_digits(tail, 0, len(tail)) >= 6


def _swedish_ok(value: str) -> bool:
    digits = len(_DIGIT.findall(value))
    if value.startswith(("+", "00")):
        return 8 <= digits <= 15
    return 8 <= digits <= 10


def _all_digits_covered(text: str, start: int, end: int, spans: list[Found]) -> bool:
    return bool(spans) and all(
        not text[i].isdigit() or any(s <= i < e for s, e, _k in spans) for i in range(start, end)
    )


def _count_digits(text: str, start: int, end: int) -> int:
    return len(_DIGIT.findall(text, start, end))


def _gaps(start: int, end: int, spans: list[Found]) -> list[tuple[int, int]]:
    """The stretches of [start, end) that no span covers."""
    gaps = []
    position = start
    for s, e, _kind in sorted(spans):
        if s > position:
            gaps.append((position, min(s, end)))
        position = max(position, e)
    if position < end:
        gaps.append((position, end))
    return gaps


def _cue_before(
    low: str, start: int, end: int, after: bool = True, reach: int = 3, text: str = ""
) -> str:
    """ "strong" or "weak" when a phone word stands among the `reach` words before `start` in
    the same sentence ("call Joni from the church on …") or the three after `end` ("… is her
    mobile"). The full stop of an abbreviated phone word ends no sentence ("mob. 4675…"), nor,
    given the `text` in its own case, a stop before a lower-case word on the same line
    ("Kontaktperson enl. pat.: systern, …")."""
    begin = max(0, start - 12 * reach)
    window = _CUE_ABBREVIATION.sub(r"\1 ", low[begin:start])
    before = window
    for stop in _CLAUSE_END.finditer(window):
        follows = text[begin + stop.end() : begin + stop.end() + 1]
        if not (follows.islower() and "\n" not in stop.group()):
            before = window[stop.end() :]
    if _EMAIL_AT.search(before.rsplit("\n", 1)[-1]):
        return "strong"  # a contact line: "anna@example.org · 54177722", not "PTT @ 0400"
    determiners = {m.start() for m in _NO_BEFORE_A_WORD.finditer(before)}
    words = [  # (the determiner "no" keeps its place among the words, as no cue: "")
        "" if m.start() in determiners else m.group() for m in _WORD.finditer(before)
    ][-reach:]
    if "ph" in words and _ACIDITY.search(text, start - len(before), start):
        words = [w for w in words if w != "ph"]  # "pH 7.16/43/115": a blood gas, no phone
    for index in range(len(words) - 1):
        if (
            words[index + 1] in WEAK_CUES
            and (words[index] in _POSSESSIVES or words[index].endswith("s"))
            and words[index + 2 : index + 3] not in (["of"], ["av"], ["på"])
        ):
            return "strong"  # "her number is", "his daughter's number", "ett nummer"
        if (
            words[index + 1] in WEAK_CUES
            and words[index] in _HAVING
            and index > 0
            and words[index - 1] in _HOLDERS
        ):
            return "strong"  # "Dottern har nummer 228652603": a person's number
    if not _DEFINITE_NUMBER.isdisjoint(words):
        return "strong"
    for pair in zip(words, words[1:], strict=False):
        if pair in _CONTACT_PAIRS or (pair[1] in _FINNISH_NUMBER and pair[0].endswith("n")):
            return "strong"
    if after:
        sentence = _SENTENCE_END.split(low[end : end + 32], 1)[0]
        words += _WORD.findall(sentence)[:3]
    if any(w in STRONG_CUES for w in words):
        return "strong"
    if any(w in WEAK_CUES for w in words):
        return "weak"
    return ""


def _generic(
    text: str, low: str, start: int, end: int, cue: str, bracketed: bool = False
) -> list[Found]:
    found: list[Found] = []
    for match in GROUPED.finditer(text, start, end):
        for s, e in _split(match.group(), match.start()):
            if not _ordinary(text, low, s, e, cue):
                if not bracketed:
                    found.append((s, e, "phone"))
                elif not _ordinary(text, low, s, text.index(")", e - 1) + 1, cue):
                    found.append((s + (text[s] == "(" and ")" not in text[s:e]), e, "phone"))
    if (
        cue == "strong"
        and (bracketed or _cue_before(low, start, end, after=False, reach=8, text=text) == "strong")
    ) or _NAMED_AFTER.match(low, end):
        for match in _BARE_RUN.finditer(text, start, end):
            value = match.group()
            if (
                not _COMPACT_DATE.fullmatch(value)
                and not (bracketed and _ordinary(text, low, match.start(), match.end() + 1, cue))
                and not lone_ids.an_amount_or_reference(text, low, match.start(), match.end())
                and not phone_lookalikes.code_before(low, match.start())
            ):  # (not "remiss nr 3960545": a reference's word right before)
                found.append((match.start(), match.end(), "phone"))
    else:
        for match in _BARE_RUN.finditer(text, start, end):
            at, value = match.start(), match.group()
            trunk = _TRUNK_RUN.fullmatch(value) is not None
            if not _ordinary(text, low, at, match.end(), cue) and (
                (
                    trunk
                    and (
                        cue in ("strong", "weak")
                        or text[at - 2 : at] == ": "
                        or _LABEL_AFTER.match(low, match.end())
                        or len(value) == _MOBILE_RUN
                    )
                )
                or phone_tables.phone_cell(text, at, match.end())
                or (
                    (cue != "weak" or not _weak_before(text, low, at, match.end()))
                    and bare_runs.to_call(text, low, at, match.end())
                )
                or _contact_value(low, at, match.end())
            ):  # "contact: the partner, 05727103024", "Syster: 07781616212", "| 39320169 |"
                found.append((at, match.end(), "phone"))
    return found


def _weak_before(text: str, low: str, start: int, end: int) -> bool:
    """Whether the weak phone word that makes the run of digits text[start:end] "weak" names
    a reference: before the run, as a reference's word stands ("order nr 8501080621", "number
    45012378"), or after it with another noun before it ("Use 461928735 as order number");
    not a weak word after the run with only an article or a possessive before it, which names
    what the figure was written for ("he wrote 1911716337 where the number goes": a person's
    number, not an order's)."""
    if _cue_before(low, start, end, after=False, reach=8, text=text):
        return True
    sentence = _SENTENCE_END.split(low[end : end + 32], 1)[0]
    words = [""] + _WORD.findall(sentence)[:3]  # (the window `_cue_before` reads after)
    return any(
        word in WEAK_CUES and words[index] not in _POSSESSIVES
        for index, word in enumerate(words[1:])
    )


# A number alone in brackets right after a word, as a contact is written: "Samtal med Ann
# (2103331664)", "Stig (3413/2970)"; not after a figure ("2019 (20190314)").
_WORD_THEN_BRACKET = re.compile(r"[^\W\d_][ \u00a0]?\(\Z")


def _after_a_name(text: str, start: int, end: int) -> bool:
    """Whether the cluster text[start:end] is a number alone in brackets after a word."""
    if text[start : start + 1] == "(":
        start += 1
    if text[end - 1 : end] == ")":
        end -= 1
    return (
        text[end : end + 1] == ")"
        and "(" not in text[start:end]
        and _WORD_THEN_BRACKET.search(text, max(0, start - 3), start) is not None
    )


def _split(value: str, offset: int) -> list[tuple[int, int]]:
    """The stretch as one number of 7-15 digits, or two numbers run together, or nothing."""
    groups = [(m.start(), m.end()) for m in _GROUP.finditer(value)]
    sizes = [e - s for s, e in groups]
    total = sum(sizes)
    if 7 <= total <= 15:
        return [(offset, offset + len(value))]
    if total <= 15:
        return []
    best: tuple[int, int] | None = None
    first = 0
    for k in range(1, len(groups)):
        first += sizes[k - 1]
        rest = total - first
        if 7 <= first <= 15 and 7 <= rest <= 15:
            if best is None or abs(first - rest) < best[0]:
                best = (abs(first - rest), k)
    if best is None:
        return []
    k = best[1]
    left_end = groups[k - 1][1]
    while value[left_end] == ")":
        left_end += 1
    right_start = groups[k][0]
    if value[right_start - 1] == "(":
        right_start -= 1
    return [(offset, offset + left_end), (offset + right_start, offset + len(value))]


def _not_a_phone(value: str) -> bool:
    """Whether a stretch of digits and separators has the shape of something else: a
    personnummer, a date or date range, a time range, years."""
    if value.startswith(("+", "00")):
        return False
    if _PNR_SHAPE.fullmatch(value) or _TIME_RANGE.fullmatch(value):
        return True
    if any(shape.fullmatch(value) for shape in _DATE_SHAPES) or phone_lookalikes.year_span(value):
        return True  # (a span of years: "(1866 - 1949)", "7 (2005-2006)")
    return all(len(g) == 4 and _YEAR.fullmatch(g) for g in _GROUP.findall(value))


def _measured(text: str, low: str, start: int, end: int, _kind: str = "") -> bool:
    """Measured values ("0700-1900", "0430 27.5"), unless a phone word stands near."""
    return value_series.measured(text, low, start, end) and (
        _cue_before(low, start, end, reach=8) != "strong"
    )


def _ordinary(text: str, low: str, start: int, end: int, cue: str, shapes: bool = True) -> bool:
    """Whether the grouped number text[start:end] is clearly not a phone number (with
    `shapes` False, its shape alone never says so)."""
    value = text[start:end]
    if value.startswith(("+", "00")):
        return False
    if shapes and _not_a_phone(value):
        return True  # "2019-2021", "2026-03-14", "13.00-14.30"
    if cue != "strong" and value_series.measured(text, low, start, end):
        return True  # "110-148/50", "7.38/42/95", "500-1000 cc": measured values
    if text[end : end + 1] in (".", ",") and text[end + 1 : end + 2].isdigit():
        return True  # "2 345 678,50": decimals, an amount
    before = low[max(0, start - 14) : start].split()
    if before and (before[-1] in _CURRENCY_BEFORE or before[-1][-1:] in "$€£¥"):
        return True
    if lone_ids.an_amount_or_reference(text, low, start, end):
        return True  # "dnr 657-1114-38", "Bankgiro 998-9557", "ISBN 978-91-1-168353-0"
    if cue != "strong" and _ROUND_RANGE.fullmatch(value):
        return True  # "mellan 50-100 000", "c:a 20-25.000": a range of round figures
    if cue != "strong" and _THOUSANDS.fullmatch(value):
        if value.endswith("000") or (before and before[-1] in _ABOUT):
            return True  # "9 500 000", "about 10 555 123": a round figure or an estimate
    after = low[end : end + 12]
    if after.lstrip().startswith(_AFTER_SIGNS):
        return True
    words = after.split()
    word = words[0].strip(".,;:!?)") if words else ""
    if not (word in _AFTER_WORDS or phone_lookalikes.amount_word(word)):
        return False
    if _TRUNK_OPENING.match(value) and sum(c.isdigit() for c in value) >= 7:
        return False  # "07503 010691 Mark the changes": no amount opens with a trunk zero
    return not _TURN_LABEL.match(after)  # "Puh. 689 4355\nH: Auton": the next turn's label


def ordinary(text: str, low: str, start: int, end: int) -> bool:
    """Whether the digits text[start:end], after a phone word, are still clearly no phone
    number: an amount, a count with its unit (`short_phones.py`, which reads dates itself:
    "tlf 22 12 34" is no date there)."""
    return _ordinary(text, low, start, end, "strong", shapes=False)
