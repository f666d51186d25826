"""National identity numbers of other countries, replaced as `[personnummer]` like the Swedish
ones (`patterns.PERSONNUMMER`) and the neighbours' (`nordic_ids.py`). A Nordic study's
participants and their relatives come from the neighbours, from the largest immigrant groups
(Poland, the former Yugoslavia, Romania, Turkey, the Baltic states...) and from English-speaking
countries, and their papers come with them. Two ways in:

- **After a word that names one** (`CUES`: "PESEL", "CNP", "OIB", "BSN", "isikukood",
  "personnr." (abbreviations with their full stop as well; the Nordic words inflected,
  "Fødselsnummeret", "CPR-nummeret", "henkilötunnukseni"),
  "henkilötunnus", "fødselsnummer", "codice fiscale", "NINO", "SSN", "kimlik", "DNI", "NIE",
  "pnr", "ID", "Steuer-ID", "AHV", "SV-Nummer", "CPF", "AMKA", "NRIC", "ЕГН", "national
  number", ...: the words of python-stdnum's countries for their numbers; triggers of the
  name automaton, `patterns.TRIGGERS`), then at most a "no.", "nr",
  "number", a colon or "is": a value of an identity number's shape is redacted whatever its
  check digit says, since a typing slip in one digit still names the person. The shape: six to
  eighteen digits (a Chinese resident ID has eighteen) in groups joined by single spaces,
  dashes, dots or slashes, with up to three capitals before them and up to two after (one
  only after a space: "X1234567 OK" keeps its OK; "ZZ 12 34 56 A", "X1234567L",
  "131052-308T", "77040134723"), an Italian codice fiscale ("RSSMRA85M01H501Z"), or capitals
  and digits in one word with six digits or more (a Mexican CURP "HUVR890420HNEFLT02", a
  Portuguese citizen card "865272840ZZ0"). After "ID" alone only a colon or "#" may come
  between, or a dash between spaces ("ID 451217732", "ID - 89588361941"; "ID number" is a
  document's, `document_numbers.py`). A date there ("pnr 2024-01-02") is left to the date
  rules. The word must be a word of its own ("said 1234567" holds no "id"); it may be glued
  to the number or its colon ("CPR-nr.:0709563541"), and a line break may stand between.
  Words that a sentence also uses ("sin", "inn", "run", "pan") name a number only in
  capitals; "Tfn" is a Swedish phone word, never Australia's tax file number.
  After a name of two words ("identity number", "personal number", "national id") a comma
  may open an apposition ("Her identity number, 480189146, was on the lease"); there the
  value must be nine to thirteen digits run together, closing its phrase, that one kind's
  published check holds for (python-stdnum: a Dutch BSN's 11-test, a Danish CPR-nummer's or
  Icelandic kennitala's date, a Swedish, Norwegian, Polish, Estonian, Turkish, Belgian or
  Romanian number's date and check digits), since a comma there as often goes on with
  something else ("the identity number, 12 digits long").
- **Without a word**, only a number that cannot be something else: eleven, thirteen or
  eighteen digits run together whose embedded birth date and check digits hold for a Polish
  PESEL, an Estonian or Lithuanian personal code, a Turkish T.C. kimlik number, a Belgian
  national number, a Romanian CNP, a Yugoslav JMBG / Slovenian EMŠO, a South African ID
  number or a Chinese resident ID (`checked`), and an Italian codice fiscale with its check
  letter (`fiscal_code`), born in 1900 or later. Checks by python-stdnum, which implements
  each authority's published rule; a random run of eleven digits passes one of them about
  once in seventy (the Belgian number adds one in 700), of thirteen once in five hundred.
  (Not Korea's resident number: one random run of thirteen in 280 passes it.)

The cue word itself is no one's name there: a person's family name written in capitals
("PESEL", borne by people in Poland) right before the number it labels, with at most the
link words above between ("PESEL: 86032814916", "PESEL nr 71022142759"), is the label of the
number, as the number's papers write it (`cue_labels` drops such a name span).

Croatia's OIB, the Dutch BSN, Germany's Steuer-ID, the British NHS number and the like carry one
check digit and no date: without a word before them they stay (too many ordinary numbers pass).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from types import ModuleType
from typing import TypeVar

from stdnum.be import nn
from stdnum.cn import ric
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.tr import tckimlik
from stdnum.za import idnr

from casebook.deid import short_ids

Found = tuple[int, int, str]
SpanT = TypeVar("SpanT", bound=tuple)  # a redactor span: start, end, kind, ...

# Words that name a personal identity number (lower case, as the automaton reads the text).
CUES = frozenset(
    """personnummer personnumret personnr personnr. persnr persnr. pers.nr pers.nr. p-nr pnr
    samordningsnummer
    henkilötunnus hetu fødselsnummer fødselsnr fodselsnummer fnr d-nummer cpr cpr-nr
    cpr-nummer kennitala isikukood asmens pesel cnp oib jmbg emšo emso egn bsn
    burgerservicenummer sofinummer kimlik tckn dni nie nif nino nir insee steuer-id
    steueridentifikationsnummer identifikationsnummer steuernummer codice aadhaar cnic ppsn
    pps id idnr sv-nummer svnr sozialversicherungsnummer versicherungsnummer ahv ahv-nummer
    ahv-nr avs cpf rut rč amka rrn nric mykad egn егн рнокпп іпн инн sotu
    rijksregisternummer insz zehut 身份证 身份证号 vnr nhs αμκα 주민등록번호 curp
    run cédula cedula nik ktp lnch лнч cui ird itin bis-nummer mynumber マイナンバー
    v-tal p-tal cpr-nr. fnr. f.nr. pnr. เลขประจำตัวประชาชน pan inn sin phn nid""".split()
) | frozenset(
    # The Nordic cue nouns as a sentence inflects them: the definite and plural forms of
    # Swedish, Norwegian and Danish ("Fødselsnummeret 587354483 står feil", "CPR-nummeret
    # ..."), Finnish "henkilötunnus" in its genitive, partitive and possessive forms
    # ("henkilötunnukseni"); from the nouns' inflection (Svenska Akademiens ordlista,
    # Bokmålsordboka, Den Danske Ordbog, Kielitoimiston sanakirja).
    """personnumren personnumrena samordningsnumret fødselsnummeret fødselsnumre
    fødselsnumrene fødselsnummera fodselsnummeret d-nummeret cpr-nummeret cpr-numre
    cpr-numrene henkilötunnuksen henkilötunnusta henkilötunnukseni henkilötunnuksesi
    henkilötunnuksensa henkilötunnuksemme""".split()
)
# Of these, words of Swedish, Norwegian, English or Spanish too ("sin", "inn", "pan", "phn",
# "run"): a cue only in capitals, as the numbers' own papers write them ("SIN", "INN").
_CAPITALS_ONLY = frozenset("pan inn sin phn nid run cui".split())
# Names of two words: only as they stand. ("SSN", "social security", "NI number" and "ID
# number" are `document_numbers` words, replaced as `[id]`.)
_TWO_WORDS = (
    "personal number",
    "personal id",
    "personal identity",
    "personal code",
    "national id",
    "national identity",
    "identity number",
    "nhs number",
    "nhs no",
    "codice fiscale",
    "rodné číslo",
    "asmens kodas",
    "personas kods",
    "kimlik no",
    "sécurité sociale",
    "national number",
    "numéro national",
    "cod numeric",
    "מספר זהות",
    "resident registration",
    "cartão de cidadão",
    "tax number",
    "tax id",
    "social insurance",
    "personal health",
    "tax file",
    "thai id",
    "carné de identidad",
    "numéro bis",
    "soc. sec.",
    "ird number",
)
TRIGGERS = {f"{w}{c}": "identity" for w in CUES for c in " :\u00a0\n"} | {
    w: "identity" for w in _TWO_WORDS
}
_LINK = re.compile(
    r"(?:[ \t\u00a0]*(?:number|nummer|numret|numer|numero|número|numéro|no\.?|nr\.?|nro\.?|"
    r"kodas|kods|fiscale|code|card|kort|#|:|is|är|er|ist|=|\((?=[^)]{0,12}\))|"
    r"(?<=[ \t\u00a0])[-\u2013](?=[ \t\u00a0]))[)]?)*"  # (and a dash between spaces)
    r"[ \t\u00a0]*\n?[ \t\u00a0]*",  # (or the number on the next line)
    re.IGNORECASE,
)
_VALUE = re.compile(
    r"\d{8}[ ]?\d[ ]?[A-Z]{2}\d(?!\w)"  # a Portuguese citizen card "12345678 9 ZZ1"
    r"|[A-Z]{3}P[A-Z]\d{4}[A-Z](?!\w)"  # an Indian PAN of a person "ABCPE1234F"
    r"|(?:[A-Z]{1,3}[ -]?)?\d(?:\d|[ ./-](?=\d)){5,22}(?:-?[A-Z]{1,2}\d?|[ ][A-Z]\d?)?"
    r"(?![\w-]|[.,/]\d)"
    r"|[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z](?!\w)"  # codice fiscale
    # capitals and digits in one word: a CURP "HUVR890420HNEFLT02", a Portuguese citizen
    # card "865272840ZZ0" (six digits at least, counted below)
    r"|(?=[A-Z]*\d)[A-Z\d]{8,20}(?![\w-])"
)
_ID_LINK = re.compile(r"[ \t\u00a0:#]*(?:(?<=[ \t\u00a0])[-\u2013][ \t\u00a0]+)?\n?")
_DATE = re.compile(
    r"(?:\d{4}[-/.]\d\d?[-/.]\d\d?|\d\d?[-/.]\d\d?[-/.](?:\d{4}|\d\d)|\d\d?[ ./-]\d{4})"
)
_PAN = re.compile(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]")
_FISCAL = re.compile(r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z](?!\w)")
_RUN = re.compile(r"(?<!\d)(?:\d{11}|\d{13}|\d{18})(?!\d)")
# After a comma (an apposition, "Her identity number, 480189146, was ..."): nine to thirteen
# digits run together, closed by a comma, a full stop, a bracket or the line's end, that hold
# for one of these kinds (python-stdnum: the Dutch BSN's 11-test, the Danish CPR's and
# Icelandic kennitala's date, the Swedish, Norwegian and others' dates and check digits).
_APPOSED = re.compile(r",[ \t\u00a0]*(\d{9,13})(?=[,.;)]|[ \t\u00a0]*$)", re.MULTILINE)
_APPOSED_KINDS = (bsn, cpr, kennitala, personnummer, fodselsnummer, pesel, ik, tckimlik, nn, cnp)
_CHECKED = {11: (pesel, ik, tckimlik, nn), 13: (cnp, emso, idnr), 18: (ric,)}


def after_cue(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """The identity number after a cue at low[start:end] (the trigger, with its space or
    colon): see the module docstring."""
    if (start and low[start - 1].isalnum()) or end > n:
        return None  # inside a word: "hetu" in "nahetu", "nie" in "unie"; or past the note
    word = low[start:end].rstrip(": \u00a0\n")
    if word in _CAPITALS_ONLY and not text[start : start + len(word)].isupper():
        return None  # "ni", "sin", "inn": a word of a sentence
    if word == "id":
        link = _ID_LINK.match(text, end - 1)  # "ID 451217732"; "ID number" is a document's
    else:
        link = _LINK.match(text, end - 1 if low[end - 1] in ": \u00a0\n" else end)
    at = link.end() if link else end
    if at == end and word in _TWO_WORDS:
        apposed = _APPOSED.match(text, at)
        if apposed:  # "Her identity number, 480189146, was": checked, as a comma may end
            number = apposed[1]  # the noun phrase ("the identity number, 12 digits long")
            if any(_valid(kind, number) for kind in _APPOSED_KINDS):
                return apposed.start(1), apposed.end(1), "personnummer"
            return None
    value = _VALUE.match(text, at)
    if value is None:
        return short_ids.after_cue(text, at)  # "ID 2SGWM30", Azerbaijan's FİN
    found = value.group()
    digits = sum(c.isdigit() for c in found)
    if not (6 <= digits <= 18 or _PAN.fullmatch(found)) or _DATE.fullmatch(found):
        return None
    return value.start(), value.end(), "personnummer"


# The kinds of span an identity number is replaced as ("[personnummer]", a document's "[id]").
_NUMBER_KINDS = frozenset({"personnummer", "id"})


def cue_labels(text: str, spans: Sequence[SpanT]) -> list[SpanT]:
    """`spans` (sorted, not overlapping) less the name spans that are one cue word written in
    capitals right before the identity number it labels ("PESEL: 86032814916", "PESEL nr
    71022142759"): the number's label, not a person of that family name."""
    out: list[SpanT] = []
    for i, span in enumerate(spans):
        if span[2] == "name" and i + 1 < len(spans) and spans[i + 1][2] in _NUMBER_KINDS:
            word = text[span[0] : span[1]]
            link = _LINK.match(text, span[1])
            if (
                len(word) > 1
                and word.isalpha()
                and word.isupper()
                and word.lower() in CUES
                and link is not None
                and link.end() == spans[i + 1][0]
            ):
                continue  # "PESEL: 86032814916": the number's label
        out.append(span)
    return out


def checked(text: str, start: int, end: int) -> list[Found]:
    """The runs of eleven, thirteen or eighteen digits in the cluster text[start:end] that are valid
    identity numbers of a kind whose date and check digits make a chance hit rare (see the
    module docstring)."""
    found: list[Found] = []
    for run in _RUN.finditer(text, start, end):
        number = run.group()
        if len(number) == 13 and number.startswith(("978", "979")):
            continue  # an ISBN-13 (a book's number), which a CNP's date can look like
        if any(_valid(kind, number) and _born(kind, number) for kind in _CHECKED[len(number)]):
            found.append((run.start(), run.end(), "personnummer"))
    return found


def _valid(kind: ModuleType, number: str) -> bool:
    """Whether stdnum finds `number` valid (its Chinese module raises on some region codes)."""
    try:
        return bool(kind.is_valid(number))
    except (KeyError, ValueError):
        return False


def _born(kind: ModuleType, number: str) -> bool:
    """Whether the birth date in a valid number is one of a person alive: 1900 or later, and
    not in the future (a British mobile, "07880114142", passes PESEL's check with a month of
    the 1800s)."""
    if kind is tckimlik:
        return True  # (no date in it)
    try:
        born = kind.get_birth_date(number)
    except ValueError:
        return False  # (a Belgian number whose date is unknown)
    return born is not None and 1900 <= born.year <= dt.date.today().year


def fiscal_code(text: str, at: int) -> Found | None:
    """An Italian codice fiscale starting at `at` (its three digits before the last letter
    are a run the automaton sees), if its check letter holds."""
    if at < 0 or (at and text[at - 1].isalnum()):
        return None
    match = _FISCAL.match(text, at)
    if match and codicefiscale.is_valid(match.group()):
        return at, match.end(), "personnummer"
    return None
