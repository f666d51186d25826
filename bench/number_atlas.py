"""Identity and phone numbers of every country python-stdnum and libphonenumber know, put in
short notes: how many the redactor finds, by country, kind and way of writing (development-time
only; written from the two libraries' own data, not from any corpus of the repository).

    PYTHONPATH=$PWD/app:$PWD .venv/bin/python -m bench.number_atlas [--per 6] [--seed 7] [--show 30]

- **Identity numbers.** For every module of python-stdnum that holds a person's number (a
  national identity number, a person's tax or social security number: `IDENTITY`), valid
  numbers are drawn from a template of the number's parts (a real birth date where the number
  holds one, random digits, and the check characters tried until the module's `validate()`
  accepts the whole), and written as the module's `format()` gives them, compact, and retyped
  by hand with spaces, dashes or dots between groups.
- **Phone numbers.** For every region of libphonenumber, its example number of every type
  (mobile, fixed line, toll free, ...), in NATIONAL, INTERNATIONAL and E164 form and retyped
  by hand (pairs, dots, slashes, the area code in parentheses, no separators).

Each is written after a word that names it (a naming word of its country, or a phone word, of
several languages) or after none, in a sentence of an English, Swedish, Norwegian, Danish,
Finnish or German note. A number is found when every letter and digit of it lies inside some
redacted span. Numbers after no naming word that are only a run of digits with a single check
digit cannot be told from an order number, and are reported apart (`bare`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import random
import re
import string
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import phonenumbers
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

# module: (template, naming words). Template characters: D day, M month, Y two-digit year,
# X four-digit year, d a random digit, L a random capital, ? a check character (every digit
# and capital is tried), anything else as written.
IDENTITY: dict[str, tuple[str, tuple[str, ...]]] = {
    "at.vnr": ("ddd?DMY", ("SV-Nummer", "Sozialversicherungsnummer", "VNR")),
    "be.nn": ("YMDddd??", ("rijksregisternummer", "numéro national", "national number")),
    "bg.egn": ("YMDddd?", ("EGN", "ЕГН")),
    "br.cpf": ("ddddddddd??", ("CPF",)),
    "ch.ssn": ("756ddddddddd?", ("AHV-Nummer", "AVS", "AHV")),
    "cl.rut": ("dddddddd?", ("RUT", "RUN")),
    "cn.ric": ("110101XMDddd?", ("身份证", "ID number", "resident ID")),
    "cz.rc": ("YMDddd?", ("rodné číslo", "RČ")),
    "de.idnr": ("dddddddddd?", ("Steuer-ID", "Steueridentifikationsnummer", "IdNr")),
    "dk.cpr": ("DMYdddd", ("CPR", "CPR-nummer", "personnummer")),
    "ee.ik": ("cYMDddd?", ("isikukood", "personal code")),
    "es.dni": ("dddddddd?", ("DNI", "NIF")),
    "es.nie": ("Zddddddd?", ("NIE",)),
    "fi.hetu": ("DMY-ddd?", ("henkilötunnus", "hetu", "HETU", "sotu")),
    "fr.nir": ("1YM75dddddd??", ("NIR", "numéro de sécurité sociale", "INSEE")),
    "gb.nhs": ("ddddddddd?", ("NHS number", "NHS no.", "NHS")),
    "gr.amka": ("DMYdddd?", ("AMKA", "ΑΜΚΑ")),
    "hr.oib": ("dddddddddd?", ("OIB",)),
    "ie.pps": ("ddddddd?", ("PPS number", "PPSN")),
    "il.idnr": ("dddddddd?", ("Teudat Zehut", "ID number", "מספר זהות")),
    "in_.aadhaar": ("7dddddddddd?", ("Aadhaar", "Aadhaar number")),
    "is_.kennitala": ("DMYdd?9", ("kennitala", "kt.")),
    "it.codicefiscale": ("LLLLLLYHDF205?", ("codice fiscale", "CF")),
    "kr.rrn": ("YMD1ddddd?", ("주민등록번호", "RRN", "resident registration number")),
    "lt.asmens": ("cYMDddd?", ("asmens kodas", "personal code")),
    "mx.curp": ("LALLYMDSNELLL0?", ("CURP",)),
    "my.nric": ("YMD14dddd", ("NRIC", "MyKad", "IC")),
    "nl.bsn": ("dddddddd?", ("BSN", "burgerservicenummer")),
    "no.fodselsnummer": ("DMYddd??", ("fødselsnummer", "fnr", "personnummer")),
    "pl.pesel": ("YMDdddd?", ("PESEL", "numer PESEL")),
    "pt.cc": ("dddddddd?ZZ?", ("Cartão de Cidadão", "CC")),
    "ro.cnp": ("1YMD40ddd?", ("CNP", "cod numeric personal")),
    "se.personnummer": ("YMD-ddd?", ("personnummer", "pnr", "pers.nr")),
    "si.emso": ("DM9y50ddd?", ("EMŠO", "EMSO")),
    "sk.rc": ("YMDddd?", ("rodné číslo", "RČ")),
    "tr.tckimlik": ("ndddddddd??", ("T.C. kimlik no", "TC kimlik", "kimlik numarası")),
    "ua.rntrc": ("ddddddddd?", ("РНОКПП", "ІПН", "tax number")),
    "us.ssn": ("ddddddddd", ("SSN", "social security number", "Social Security no.")),
    "za.idnr": ("YMDdddd08?", ("ID number", "SA ID")),
    # (added: the rest of stdnum's personal numbers, Finland's new century signs, the UK's
    # National Insurance number, which stdnum lacks; `NINO` below)
    "fi.hetu/2023": ("DMYkddd?", ("henkilötunnus", "hetu", "HETU:")),
    "lv.pvn": ("DMY1ddd?", ("personas kods", "p.k.")),
    "ca.sin": ("ndddddd d?".replace(" ", ""), ("SIN", "social insurance number")),
    "ca.bc_phn": ("9dddddddd?", ("PHN", "personal health number")),
    "us.itin": ("9dd7ddddd", ("ITIN",)),
    "be.bis": ("YbDddd??", ("BIS-nummer", "numéro BIS")),
    "bg.pnf": ("ddddddddd?", ("ЛНЧ", "LNCh")),
    "cu.ni": ("YMD0dddd", ("carné de identidad", "NI")),
    "do.cedula": ("dddddddddd?", ("cédula",)),
    "ec.ci": ("17ddddddd?", ("cédula", "CI")),
    "id.nik": ("317401DMYdddd", ("NIK", "KTP")),
    "jp.in_": ("ddddddddddd?", ("マイナンバー", "My Number")),
    "mu.nid": ("LDMYdddddd?", ("NID",)),
    "pe.cui": ("dddddddd?", ("DNI", "CUI")),
    "pk.cnic": ("4ddddddddddd2", ("CNIC",)),
    "th.pin": ("1ddddddddddd?", ("เลขประจำตัวประชาชน", "Thai ID")),
    "au.tfn": ("dddddddd?", ("TFN", "tax file number")),
    "nz.ird": ("dddddddd?", ("IRD number", "IRD")),
    "in_.pan": ("LLLPLdddd?", ("PAN", "PAN card")),
    "ru.inn": ("77dddddddd??", ("ИНН", "INN")),
    "gb.nino": ("", ("NI number", "NINO", "National Insurance number", "NI no.")),
}
# The task-list spellings of the Nordic words, after every number of their country.
for _module, _more in (
    ("dk.cpr", ("CPR-nr.", "cpr", "cpr.nr.")),
    ("no.fodselsnummer", ("f.nr.", "fnr.", "fødselsnr")),
    ("se.personnummer", ("pnr:", "personnr")),
    ("gb.nhs", ("NHS no", "NHS No:")),
    ("tr.tckimlik", ("TC kimlik no", "TCKN")),
    ("us.ssn", ("SSN#", "soc. sec. no.")),
):
    IDENTITY[_module] = (IDENTITY[_module][0], IDENTITY[_module][1] + _more)
# Naming words every country's number is also written after.
GENERIC_ID_WORDS = (
    "ID",
    "personal number",
    "identity number",
    "id-nummer",
    "henkilötunnus",
    "ID no",
    "ID no.",
    "passport",
)
# Between a naming word and its number: a space, or punctuation glued on either side.
CUE_JOINS = (" ", " ", ": ", ":", " - ", " #", "\n")

PHONE_WORDS = (
    "tel.",
    "tel:",
    "Tel",
    "phone",
    "mobile",
    "mob.",
    "ring",
    "ringde från",
    "mobil",
    "tlf.",
    "tlf",
    "telefon",
    "puh.",
    "puhelin",
    "Handy",
    "Telefon:",
    "nås på",
    "call her on",
    "her number is",
    "hans nummer:",
)

# Frames of six languages; "{}" is the naming word and number (or the number alone).
FRAMES = (
    "Met the son today, {} and he said he would come back.",
    "She gave us her details: {}.",
    "Hon uppgav {} vid besöket.",
    "Pappan lämnade {} till receptionen i går",
    "Hun oppga {} da hun kom.",
    "Han gav os {}, og gik så.",
    "Hän antoi tiedot: {}. Sitten hän lähti.",
    "Er nannte {} und ging dann nach Hause.",
    "Uppgifter:{};kontakt via mor.",
    "Ny kontakt ({}), se nedan.",
    "Pt. identified ({}).",
    "({})",
    "{}",
)


def _fill(template: str, rng: random.Random) -> list[str]:
    """Candidates for one template: its random parts drawn once, its check characters tried."""
    born = dt.date(rng.randint(1930, 2005), rng.randint(1, 12), rng.randint(1, 28))
    pieces: list[list[str]] = []
    for char in template:
        if char == "D":
            pieces.append([f"{born.day:02d}"])
        elif char == "M":
            pieces.append([f"{born.month:02d}"])
        elif char == "b":  # the month of a Belgian BIS number, 40 on
            pieces.append([f"{born.month + 40:02d}"])
        elif char == "k":  # Finland's century sign, 2023's added ones included
            pieces.append([rng.choice("-+ABCDEF" if born.year >= 2000 else "-YXWVU")])
        elif char == "Y":
            pieces.append([f"{born.year % 100:02d}"])
        elif char == "X":
            pieces.append([str(born.year)])
        elif char == "y":
            pieces.append([f"{born.year % 1000:03d}"[1:]])  # (EMŠO: "9" written before)
        elif char == "c":  # the century and sex digit of the Baltic codes
            pieces.append([str(3 + rng.randint(0, 1) + (2 if born.year >= 2000 else 0))])
        elif char == "H":  # the month letter of a codice fiscale / a CURP's sex
            pieces.append([rng.choice("ABCDEHLMPRST")])
        elif char == "S":
            pieces.append([rng.choice("HM")])
        elif char == "A":
            pieces.append([rng.choice("AEIOU")])
        elif char == "d":
            pieces.append([rng.choice(string.digits)])
        elif char == "n":
            pieces.append([rng.choice("123456789")])
        elif char == "L":
            pieces.append([rng.choice("BCDFGHJKLMNPRSTVZ")])
        elif char == "?":
            pieces.append(list(string.digits + string.ascii_uppercase))
        else:
            pieces.append([char])
    out = [""]
    for options in pieces:
        out = [o + p for o in out for p in options]
    return out


def _nino(rng: random.Random) -> str:
    """A National Insurance number of the UK's published shape (HMRC's NIM39110): two
    prefix letters (not D, F, I, Q, U or V; the second not O; not BG, GB, KN, NK, NT, TN,
    ZZ), six digits, a suffix A-D. No check character."""
    while True:
        first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if first + second not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return first + second + "".join(rng.choices(string.digits, k=6)) + rng.choice("ABCD")


def _module(module: str) -> Any:
    return importlib.import_module(f"stdnum.{module.split('/')[0]}")


def identity_numbers(module: str, per: int, rng: random.Random) -> list[str]:
    """`per` valid numbers of one stdnum module, compact."""
    if module == "gb.nino":
        return [_nino(rng) for _ in range(per)]
    kind = _module(module)
    template = IDENTITY[module][0]
    found: list[str] = []
    for _ in range(per * 400):
        if len(found) >= per:
            break
        for candidate in _fill(template, rng):
            try:
                kind.validate(candidate)
            except Exception:  # noqa: BLE001 - stdnum's ValidationError and kin
                continue
            found.append(kind.compact(candidate))
            break
    return found


def _regroup(compact: str, size: int, sep: str) -> str:
    return sep.join(compact[i : i + size] for i in range(0, len(compact), size))


def identity_forms(module: str, number: str) -> dict[str, str]:
    """The ways one number is written: the module's format, compact, by hand."""
    if module == "gb.nino":  # HMRC writes "QQ 12 34 56 C"
        spaced = " ".join([number[:2], number[2:4], number[4:6], number[6:8], number[8]])
        return {"compact": number, "format": spaced}
    kind = _module(module)
    forms = {"compact": number}
    formatter: Callable[[str], str] | None = getattr(kind, "format", None)
    if formatter is not None:
        forms["format"] = formatter(number)
    if number.isdigit():  # (a number with letters is not regrouped by hand)
        for size, sep, name in ((3, " ", "spaces3"), (4, "-", "dashes4"), (3, ".", "dots3")):
            forms[name] = _regroup(number, size, sep)
    return forms


def _phone_forms(number: phonenumbers.PhoneNumber) -> dict[str, str]:
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = re.sub(r"\D", "", national)
    forms = {
        "national": national,
        "international": phonenumbers.format_number(
            number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
        ),
        "e164": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        "bare": digits,
    }
    groups = re.findall(r"\d+", national)
    if len(groups) >= 2:
        forms["dots"] = ".".join(groups)
        forms["slash"] = groups[0] + "/" + "".join(groups[1:])
        forms["paren"] = f"({groups[0]}) " + "-".join(groups[1:])
    head = len(groups[0]) if groups else 0
    rest = digits[head:]
    forms["pairs"] = digits[:head] + " " + _regroup(rest, 2, " ") if head else digits
    return forms


TYPES = {
    name: getattr(phonenumbers.PhoneNumberType, name)
    for name in (
        "FIXED_LINE",
        "MOBILE",
        "FIXED_LINE_OR_MOBILE",
        "TOLL_FREE",
        "PREMIUM_RATE",
        "SHARED_COST",
        "VOIP",
        "PERSONAL_NUMBER",
        "PAGER",
        "UAN",
    )
}


def phone_samples() -> list[tuple[str, str, str]]:
    """(region, type, number) for every region's example number of every type."""
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        seen: set[str] = set()
        for name, kind in TYPES.items():
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if e164 in seen:
                continue
            seen.add(e164)
            out.append((region, name, number))
    return out


def _found(redactor: Redactor, text: str, start: int, end: int) -> bool:
    spans = redactor.spans(text)
    return all(
        any(s.start <= i < s.end for s in spans) for i in range(start, end) if text[i].isalnum()
    )


def _as_identity(redactor: Redactor, text: str, start: int, end: int) -> bool:
    """Whether some span over text[start:end] calls it an identity number."""
    return any(
        s.kind == "personnummer" and s.start < end and start < s.end for s in redactor.spans(text)
    )


# Numbers that are no one's (precision): what a note holds besides identity numbers.
DECOY_FRAMES = {
    "run": "Hon uppgav {} vid besöket.",
    "order": "Order {} skickades i går.",
    "reference": "Ärende {} är avslutat.",
    "invoice": "Invoice no. {} was paid.",
    "amount": "Summan {} kr betalades.",
    "account": "Account {} was closed.",
}


def _decoys(redactor: Redactor, rng: random.Random, per: int) -> dict[str, list[int]]:
    """Random runs of nine to sixteen digits (the lengths of the numbers `lone_ids` takes
    alone), alone and after an order, case, invoice, account word or before a currency:
    how many are taken for identity numbers (`decoy LENGTH FRAME`, lower is better)."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for length in range(9, 17):
        for _ in range(per):
            number = str(rng.randint(1, 9)) + "".join(rng.choices(string.digits, k=length - 1))
            for name, frame in DECOY_FRAMES.items():
                text = frame.format(number)
                at = text.index(number)
                taken = _as_identity(redactor, text, at, at + length)
                for key in (f"decoy {length} {name}", f"decoy all {name}", "decoy all"):
                    tally[key][0] += taken
                    tally[key][1] += 1
    return tally


def _plant(rng: random.Random, cue: str, written: str, join: str = " ") -> tuple[str, int, int]:
    frame = rng.choice(FRAMES)
    head = f"{cue}{join}" if cue else ""
    at = frame.index("{}")
    text = frame.format(head + written)
    start = at + len(head)
    return text, start, start + len(written)


def run(seed: int, per: int, show: int) -> dict[str, Any]:
    """Recall by kind of number and way of writing; prints the table and `show` misses."""
    rng = random.Random(seed)
    redactor = Redactor(Registry([]))
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []

    def count(keys: list[str], hit: bool, text: str) -> None:
        for key in keys:
            tally[key][0] += hit
            tally[key][1] += 1
        if not hit:
            misses.append(f"{keys[0]}: {text!r} -> {redactor(text)!r}")

    for module, (_template, words) in IDENTITY.items():
        for number in identity_numbers(module, per, rng):
            for form, written in identity_forms(module, number).items():
                for cue in (rng.choice(words), rng.choice(GENERIC_ID_WORDS), ""):
                    join = rng.choice(CUE_JOINS)
                    if cue.endswith((":", "#")):
                        join = " "
                    text, start, end = _plant(rng, cue, written, join)
                    hit = _found(redactor, text, start, end)
                    cued = "cue" if cue else "none"
                    count(
                        [
                            f"id {module} {form} {cued}",
                            f"id {module}",
                            f"id {form} {cued}",
                            f"id all {cued}",
                            "id all",
                        ],
                        hit,
                        text,
                    )
    for region, kind, number in phone_samples():
        for form, written in _phone_forms(number).items():
            for cue in (rng.choice(PHONE_WORDS), ""):
                text, start, end = _plant(rng, cue, written)
                hit = _found(redactor, text, start, end)
                cued = "cue" if cue else "none"
                retagged = _as_identity(redactor, text, start, end)
                for key in ("phone as-identity all", f"phone as-identity {region}"):
                    tally[key][0] += retagged
                    tally[key][1] += 1
                count(
                    [
                        f"phone {region} {kind} {form} {cued}",
                        f"phone {region}",
                        f"phone {form} {cued}",
                        f"phone {kind}",
                        f"phone all {cued}",
                        "phone all",
                    ],
                    hit,
                    text,
                )
    tally.update(_decoys(redactor, rng, per * 25))
    rows = {k: v for k, v in tally.items() if len(k.split()) <= 3 or "all" in k}
    for key, (hits, total) in sorted(rows.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        lower_better = key.startswith(("decoy", "phone as-identity"))
        if (hits and lower_better) or (hits < total and not lower_better) or " all" in key:
            print(f"{key:42} {hits:5}/{total:<5} {hits / total:.3f}")
    rng.shuffle(misses)
    for line in misses[:show]:
        print("  MISS", line)
    return {k: v[0] / v[1] for k, v in tally.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per", type=int, default=6, help="numbers per identity module")
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    args = parser.parse_args(argv)
    run(args.seed, args.per, args.show)


if __name__ == "__main__":
    main()
