"""Phone numbers and Nordic identity numbers as people write them, in short notes of five
languages: how many the redactor finds (development-time only; written from libphonenumber's
and python-stdnum's own data and rules, not from any corpus of the repository).

    PYTHONPATH=$PWD/app:$PWD .venv/bin/python -m bench.phone_forms [--seed 9] [--show 20]

- **Phones.** For every region libphonenumber knows, its example number of every type, in
  E164, INTERNATIONAL and NATIONAL form and as people retype them: "00" with and without a
  space before the country code, "(+cc)", dashes or dots throughout, "+cc (0) …" where the
  region has a trunk prefix, the national form with dots, dashes, spaces, a slash or
  parentheses after its first group, run together, with "ext. 12" or "anknytning 214"
  after it, and broken over a line at its last space. Numbers of fewer than seven digits
  written nationally are left out (`short_phones.py` reads those after a phone word only).
- **Identity numbers.** Swedish personnummer and samordningsnummer (with and without the
  century, "-", "+", a space, run together), Danish CPR (dash, space, run together), Norwegian
  fødselsnummer and D-nummer (run together, a space after the date), Finnish henkilötunnus
  with every century sign of 2023 ("-", "+", "A"-"F", "U"-"Y"), each valid by python-stdnum
  or its authority's rule.

Each is written in a sentence of a Swedish, English, Norwegian, Danish or Finnish note, after
a phone or naming word (`cue`) or after none (`bare`: a bullet, a timed observation's clock
time, "wrote … on a note"). A number is found when every letter and digit of it lies inside
some redacted span. Use another `--seed` to check a change on sentences it was not read on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from collections import Counter
from collections.abc import Iterator

import phonenumbers
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry
from phonenumbers import PhoneNumberFormat as Format
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.no import fodselsnummer
from stdnum.se import personnummer

CUED = {
    "sv": ("Ring henne på {} efter sex.", "Mobil: {}", "Hennes nya nummer är {}, säger hon."),
    "en": ("You can call him on {} after six.", "Her daughter's number is {}, he says."),
    "no": ("Du kan ringe ham på {} etter klokka seks.", "Søsteren kan nås på {}."),
    "da": ("Han kan ringes op på {} om aftenen.", "Tlf. {}", "Pårørende: datteren, {}."),
    "fi": ("Hänelle voi soittaa numeroon {} kuuden jälkeen.", "Puh. {}", "Yhteyshenkilö: {}."),
}
BARE = {
    "sv": ("Skrev upp {} på en lapp åt honom.", "14:20 {} hörde av sig igen."),
    "en": ("She wrote {} on the back of the leaflet.", "- {} (the neighbour)"),
    "no": ("Skrev {} på en lapp til ham.", "• {} – naboen"),
    "da": ("Skrev {} på en seddel til ham.", "10.42 {} svarede ikke."),
    "fi": ("Kirjoitti {} lapulle hänelle.", "- {} (veli)"),
}
ID_CUED = {
    "sv": ("Personnummer: {}", "Hans personnummer är {} enligt journalen."),
    "en": ("Her ID number is {}, she says.", "Personal identity number {} was on the form."),
    "no": ("Fødselsnummer: {}", "Hun oppga fødselsnummeret {} i skjemaet."),
    "da": ("CPR-nr. {}", "Hans CPR-nummer er {}."),
    "fi": ("Henkilötunnus: {}", "Hänen henkilötunnuksensa on {}."),
}
ID_BARE = {
    "sv": ("Skrev upp {} på en lapp.", "14:20 {} fanns i mejlet."),
    "en": ("{} was written on the envelope.", "- {} (the mother)"),
    "no": ("Han skrev {} på skjemaet.", "• {} – moren"),
    "da": ("Han skrev {} på sedlen.", "10.42 {} stod i brevet."),
    "fi": ("Hän kirjoitti {} lomakkeeseen.", "- {} (äiti)"),
}
_SHORTEST_NATIONAL = 7


def phone_forms(region: str, number: phonenumbers.PhoneNumber) -> dict[str, str]:
    """The ways of writing one number (see the module docstring)."""
    intl = phonenumbers.format_number(number, Format.INTERNATIONAL)
    nat = phonenumbers.format_number(number, Format.NATIONAL)
    code = str(number.country_code)
    forms = {"e164": phonenumbers.format_number(number, Format.E164), "intl": intl}
    rest = intl[len(code) + 2 :] if intl.startswith(f"+{code} ") else ""
    if rest:
        forms |= {
            "00-space": f"00 {code} {rest}",
            "00": f"00{code} {rest}",
            "(+cc)": f"(+{code}) {rest}",
            "intl-dashes": f"+{code}-" + rest.replace(" ", "-"),
            "intl-dots": f"+{code}." + re.sub(r"[ -]", ".", rest),
        }
        trunk = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
        if trunk and nat.startswith(trunk):
            forms["intl-(0)"] = f"+{code} ({trunk}) {rest}"
        if " " in rest:
            head, tail = intl.rsplit(" ", 1)
            forms["line-break"] = f"{head}\n{tail}"
    forms["intl-ext"] = intl + " ext. 12"
    if len(re.sub(r"\D", "", nat)) >= _SHORTEST_NATIONAL:
        plain = nat.replace("(", "").replace(")", "")
        forms |= {
            "nat": nat,
            "nat-run": re.sub(r"\D", "", nat),
            "nat-ankn": nat + " anknytning 214",
        }
        if re.search(r"[ -]", plain):
            first, others = re.split(r"[ -]", plain, maxsplit=1)
            forms |= {
                "nat-dots": re.sub(r"[ -]+", ".", plain),
                "nat-dashes": re.sub(r"[ ]+", "-", plain),
                "nat-slash": f"{first}/{others}",
                "nat-paren": f"({first}) {others}",
            }
    return forms


def phones() -> Iterator[tuple[str, str, str]]:
    """(region, form, written) for every region's example numbers."""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        seen: set[str] = set()
        for kind in vars(phonenumbers.PhoneNumberType).values():
            if not isinstance(kind, int):
                continue
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None or phonenumbers.format_number(number, Format.E164) in seen:
                continue
            seen.add(phonenumbers.format_number(number, Format.E164))
            for form, written in phone_forms(region, number).items():
                yield region, form, written


def _luhn(digits: str) -> str:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 - index % 2)
        total += value - 9 if value > 9 else value
    return str(-total % 10)


def _born(rng: random.Random) -> dt.date:
    return dt.date(1925, 1, 1) + dt.timedelta(days=rng.randrange(36_500))


def identity_numbers(rng: random.Random, per: int) -> Iterator[tuple[str, str, str]]:
    """(country, form, written) for `per` valid numbers of each Nordic kind."""
    for _ in range(per):
        born = _born(rng)
        coordination = rng.random() < 0.25
        body = f"{born:%y%m}{born.day + 60 * coordination:02d}{rng.randrange(1000):03d}"
        full = body + _luhn(body)
        century = str(born.year // 100)
        assert coordination or personnummer.is_valid(century + full)
        sign = "+" if dt.date.today().year - born.year >= 100 else "-"
        for form, written in {
            "se-dash": f"{full[:6]}{sign}{full[6:]}",
            "se-century": f"{century}{full[:6]}-{full[6:]}",
            "se-century-run": century + full,
            "se-run": full,
            "se-space": f"{full[:6]} {full[6:]}",
        }.items():
            yield "SE", form, written
        while not cpr.is_valid(number := f"{_born(rng):%d%m%y}{rng.randrange(10_000):04d}"):
            pass
        for form, written in {
            "dk-dash": f"{number[:6]}-{number[6:]}",
            "dk-space": f"{number[:6]} {number[6:]}",
            "dk-run": number,
        }.items():
            yield "DK", form, written
        while True:
            born = _born(rng)
            day = born.day + 40 * (rng.random() < 0.3)
            number = f"{day:02d}{born:%m%y}{rng.randrange(1000):03d}{rng.randrange(100):02d}"
            if fodselsnummer.is_valid(number):
                break
        yield "NO", "no-run", number
        yield "NO", "no-space", f"{number[:6]} {number[6:]}"
        born = _born(rng)
        sign = rng.choice({19: "-YXWVU", 20: "ABCDEF"}[born.year // 100])
        digits = f"{born:%d%m%y}{rng.randrange(2, 900):03d}"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(digits) % 31]
        written = f"{digits[:6]}{sign}{digits[6:]}{check}"
        assert hetu.is_valid(written), written
        yield "FI", "fi-" + ("new" if sign not in "-+A" else "old"), written


def run(seed: int, per: int, show: int) -> dict[str, float]:
    """Recall by kind, form and frame; prints the table and `show` misses."""
    rng = random.Random(seed)
    redactor = Redactor(Registry([]))
    tally: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    misses: list[str] = []
    samples = [("phone", *p) for p in phones()]
    samples += [("id", *i) for i in identity_numbers(rng, per)]
    for kind, where, form, written in samples:
        for cued, phone_frames, id_frames in (("cue", CUED, ID_CUED), ("bare", BARE, ID_BARE)):
            table = phone_frames if kind == "phone" else id_frames
            frame = rng.choice(table[rng.choice(sorted(table))])
            text = "Anteckning.\n" + frame.format(written) + "\nMer text.\n"
            start = text.index(written)
            spans = redactor.spans(text)
            found = all(
                any(s.start <= i < s.end for s in spans)
                for i in range(start, start + len(written))
                if text[i].isalnum()
            )
            for key in (f"{kind} all", f"{kind} {cued}", f"{kind} {form} {cued}"):
                tally[key] += 1
                hits[key] += found
            if not found:
                misses.append(f"{kind} {where} {form}: {text.strip()!r} -> {redactor(text)!r}")
    for key in sorted(tally, key=lambda k: (hits[k] / tally[k], k)):
        if hits[key] < tally[key] or " all" in key:
            print(f"{key:32} {hits[key]:6}/{tally[key]:<6} {hits[key] / tally[key]:.3f}")
    rng.shuffle(misses)
    for line in misses[:show]:
        print("  MISS", line)
    return {key: hits[key] / tally[key] for key in tally}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--per", type=int, default=100, help="identity numbers per kind")
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    args = parser.parse_args(argv)
    run(args.seed, args.per, args.show)


if __name__ == "__main__":
    main()
