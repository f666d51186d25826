"""Address recall with the secondary parts of a street line: the flat, floor or building after
the house number and the postcode and town after a comma ("Storgata 12 B, 3 etg", "ul. Lipowa
12a, m. 4", "Hauptstraße 12, 10115 Berlin", "41 Kerr Road, Flat 3, SW1A 1AA"), laid out as
case notes open their lines (a clock time, a bullet, a label), so that a street that was caught
does not leave its tail in a release.

Streets, house numbers, postcodes and towns come from Python Faker (`street_address`,
`secondary_address` where the locale has one, `building_number`, `postcode`, `city`) and from
mimesis (`street_name`, `street_number`, `postal_code`, `city`) for de, en_GB, en_US, fi, fr,
hr, nb_NO, nl and pl; the unit words of each country are written here from its postal rules
(Deutsche Post "Whg.", "3. OG"; Posten Norge "3. etg", "H0203"; Posti "as."; La Poste "Apt",
"Bât."; Hrvatska pošta "kat", "stan"; Poczta Polska "m.", "lok."; PostNL "-2", "III"; Royal
Mail and USPS "Flat", "Apt.", "Suite", "Unit"). A line counts as found when every character of
the address but spaces lies inside a redaction (full cover).

Every fourth line (index % 4 == 3) is the held-out share: rules are checked on it, never tuned
on it; `--share dev` prints the misses of the other three quarters.

`keep` lines put text that is no address after a street ("Storgata 12, 3 personer kom",
"12 Kerr Road, 12 minutes later"): the text after the comma must stay.

    .venv/bin/python -m bench.address_secondary --per 120 --show 40

Never loads held-out J.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from collections.abc import Iterator

LOCALES = {
    "de": ("de_DE", "DE"),
    "en_GB": ("en_GB", "EN_GB"),
    "en_US": ("en_US", "EN"),
    "fi": ("fi_FI", "FI"),
    "fr": ("fr_FR", "FR"),
    "hr": ("hr_HR", "HR"),
    "nb_NO": ("no_NO", "NO"),
    "nl": ("nl_NL", "NL"),
    "pl": ("pl_PL", "PL"),
}


def _units(loc: str, rng: random.Random, secondary: str) -> list[str]:
    """The flat, floor or building words of a country, with a drawn number."""
    k, big = rng.randint(1, 9), rng.randint(1, 120)
    letter = rng.choice("ABCD")
    return {
        "de": [
            f"Whg. {big}",
            f"{k}. OG",
            f"{k}. Etage",
            "Hinterhaus",
            f"App. {big}",
            f"{k}. Stock",
        ],
        "en_GB": [secondary, f"Flat {big}", f"Apartment {big}", f"Unit {k}", f"Flat {k}{letter}"],
        "en_US": [secondary, f"Apt. {big}", f"Apt {k}{letter}", f"Suite {big}", f"Unit {big}"],
        "fi": [f"{letter} {big}", f"as. {big}", f"{letter.lower()} {k}", f"as {big}"],
        "fr": [f"Apt {big}", f"Bât. {letter}", f"Bâtiment {letter}", f"{k}e étage", f"Appt {big}"],
        "hr": [f"kat {k}", f"{k}. kat", f"stan {big}", f"{k}. kat, stan {big}"],
        "nb_NO": [f"{k} etg", f"{k}. etg", f"H0{k}0{rng.randint(1, 9)}", f"leil. {big}"],
        "nl": [f"-{k}", f" {'I' * min(k, 3)}", " bis", f" {k}-hoog", f"{letter}"],
        "pl": [f"m. {big}", f"lok. {big}", f"/{big}", f"m {big}"],
    }[loc]


# Whether a unit is written right after the number (no separator): Dutch "12-2", Polish "12/4".
_GLUED = re.compile(r"[-/ ]|[A-D]\Z")


def _street(loc: str, fake, mim, rng: random.Random) -> str:
    if rng.random() < 0.6:
        street = fake.street_address()
        while not re.search(r"\d", street) or "\n" in street:  # a house number, one line
            street = fake.street_address()
        if loc == "fr" and not street[0].isdigit():
            street = f"{rng.randint(1, 90)}, {street}"
        return re.sub(r"(?<!\d)0+(\d)", r"\1", street)
    name, number = mim.street_name(), mim.street_number()
    number = str(int(number) % 150 or 1)
    if loc in ("en_GB", "en_US", "fr"):
        return f"{number} {name} {mim.street_suffix()}" if loc != "fr" else f"{number}, rue {name}"
    if loc == "pl":
        return f"ul. {name} {number}"
    return f"{name} {number}"


def _address(loc: str, fake, mim, rng: random.Random) -> str:
    street = _street(loc, fake, mim, rng)
    secondary = fake.secondary_address() if hasattr(fake, "secondary_address") else ""
    unit = rng.choice(_units(loc, rng, secondary))
    postcode = fake.postcode() if rng.random() < 0.7 else mim.postal_code()
    town = fake.city() if rng.random() < 0.7 else mim.city()
    if loc == "en_GB":
        code = rng.choice((f"{town} {postcode}", postcode, f"{postcode} {town}"))
    elif loc == "en_US":
        code = f"{town}, {fake.state_abbr()} {postcode}"
    else:
        code = rng.choice((f"{postcode} {town}", f"{postcode} {town}", postcode))
    if unit.startswith((" ", "-", "/")) or (loc == "nl" and len(unit) == 1):
        with_unit = street + unit
    else:
        with_unit = street + rng.choice((", ", " ")) + unit
    # (on a line of its own, as a letter writes it, the postcode goes with its town)
    line = code if loc in ("en_GB", "en_US") else f"{postcode} {town}"
    forms = [with_unit, f"{street}, {code}", f"{with_unit}, {code}", f"{with_unit}\n{line}"]
    if loc in ("en_GB", "en_US"):
        forms.append(f"{unit}, {street}")
        forms.append(f"{unit}, {street}, {code}")
    return rng.choice(forms)


# Line openings of case notes and note frames ({a} the address), per language and English.
OPENINGS = ("", "", "10:42 ", "- ", "* ", "• ", "14.05 ", "Adresse\n", "## Address\n")
FRAMES = {
    "de": ("Neue Adresse: {a}", "Wohnt jetzt in der {a}.", "Anschrift {a}, seit Mai."),
    "en_GB": ("New address: {a}", "Moved to {a} in May.", "Lives at {a} with her son."),
    "en_US": ("Address: {a}", "Moved to {a} last week.", "Home visit at {a} today."),
    "fi": ("Uusi osoite: {a}", "Osoite {a}, muutti toukokuussa.", "Asuu nyt {a}."),
    "fr": ("Nouvelle adresse : {a}", "Adresse: {a}", "Habite au {a} depuis mai."),
    "hr": ("Nova adresa: {a}", "Adresa: {a}", "Živi na adresi {a} od svibnja."),
    "nb_NO": ("Ny adresse: {a}", "Har flyttet til {a} i fjor.", "Adresse {a}, fra 1. mai."),
    "nl": ("Nieuw adres: {a}", "Woont nu op {a} bij haar zus.", "Adres {a}, sinds mei."),
    "pl": ("Nowy adres: {a}", "Mieszka teraz przy {a} z córką.", "Adres: {a}."),
}
# Text after a street that is no address: it must stay.
KEEP_TAILS = (
    ", 3 people came",
    ", 12 minutes later",
    ", 3 personer kom",
    ", 2 timer senere",
    ", 5 Minuten zu spät",
    ", 10 minuuttia myöhässä",
    ", 4 osoby przyszły",
    ", 3 mensen kwamen",
    ", 2019",
    ", 20 min",
    ", then home",
    ", 2 kids",
)


def lines(per: int, seed: int) -> Iterator[tuple[str, str, str]]:
    """(locale, text, address) for every locale."""
    from faker import Faker
    from mimesis import Address, Locale

    rng = random.Random(seed)
    for loc, (faker_locale, mimesis_locale) in LOCALES.items():
        fake = Faker(faker_locale)
        fake.seed_instance(seed)
        mim = Address(getattr(Locale, mimesis_locale), seed=seed)
        for _ in range(per):
            address = _address(loc, fake, mim, rng)
            frame = rng.choice(FRAMES[loc])
            yield loc, rng.choice(OPENINGS) + frame.format(a=address), address


def keep_lines(per: int, seed: int) -> Iterator[tuple[str, str, str]]:
    """(locale, text, tail): a street and a tail that is no address after it."""
    from faker import Faker
    from mimesis import Address, Locale

    rng = random.Random(seed + 1)
    for loc, (faker_locale, mimesis_locale) in LOCALES.items():
        fake = Faker(faker_locale)
        fake.seed_instance(seed + 1)
        mim = Address(getattr(Locale, mimesis_locale), seed=seed + 1)
        for _ in range(max(1, per // 4)):
            street = _street(loc, fake, mim, rng)
            tail = rng.choice(KEEP_TAILS)
            frame = rng.choice(FRAMES[loc])
            yield loc, rng.choice(OPENINGS) + frame.format(a=street + tail), tail


def covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether every character but spaces of text[start:end] lies inside a redaction."""
    return all(
        any(s <= i < e for s, e in spans) for i in range(start, end) if not text[i].isspace()
    )


def run(per: int, seed: int, share: str) -> dict:
    from casebook.deid import Redactor, Registry

    redactor = Redactor(Registry([]))
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for index, (loc, text, address) in enumerate(lines(per, seed)):
        held = index % 4 == 3
        key = "held" if held else "dev"
        start = text.index(address)
        spans = [(s.start, s.end) for s in redactor.spans(text)]
        hit = covered(text, start, start + len(address), spans)
        for group in (f"{key}:{loc}", key):
            found[group][0] += hit
            found[group][1] += 1
        if not hit and key == share:
            misses.append(f"  MISS {loc}: {redactor(text)!r}   <- {address!r}")
    lost = []
    kept = 0
    total = 0
    for loc, text, tail in keep_lines(per, seed):
        start = text.index(tail) + 1
        spans = [(s.start, s.end) for s in redactor.spans(text)]
        hit = any(s < start + len(tail) - 1 and e > start for s, e in spans)
        total += 1
        kept += not hit
        if hit:
            lost.append(f"  KEEP lost {loc}: {redactor(text)!r}   <- {text!r}")
    return {"found": dict(found), "misses": misses, "keep": (kept, total), "lost": lost}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per", type=int, default=120, help="lines per locale")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--share", choices=("dev", "held"), default="dev")
    args = parser.parse_args()
    result = run(args.per, args.seed, args.share)
    for line in result["misses"][: args.show] + result["lost"]:
        print(line)
    for key, (hits, total) in sorted(result["found"].items()):
        print(f"{key:14} {hits:5}/{total:<5} {hits / total:.3f}")
    kept, total = result["keep"]
    print(f"{'keep':14} {kept:5}/{total:<5} {kept / total:.3f}")


if __name__ == "__main__":
    main()
