"""Address recall on the forms the postal authorities tell people to write, which the street
lines of `address_atlas.py` seldom hold: flats, staircases and floors, care-of lines, post-office
boxes and the postcode-and-town line, each country's way, and the same addresses in running
text as interviewers and care staff write them ("she lives at ..., 2 tr up").

The shapes follow the postal authorities' published addressing rules: PostNord Sverige's
"Så adresserar du" (lägenhetsnummer "lgh 1102", "2 tr", "c/o", "Box 123", "123 45 Ort"); Posti's
"Osoitemerkinnät" (staircase and flat "5 A 12", "as. 12", "PL 45", "00100 HELSINKI"); PostNord
Danmark and DAR's floor and door ("2. tv", "st. th.", "kl.", "1. mf.", "1165 København K");
Posten Norge's bolignummer ("H0203", "Postboks 45 Sentrum"); Deutsche Post ("Wohnung 7",
"3. OG", "Postfach 10 20 30"); PostNL ("12-3", "12 III", "3-hoog", "Postbus 123"); Royal
Mail's PAF ("Flat 3, 12 High Street", "PO Box 123"); Poczta Polska ("ul. Długa 12 m. 5",
"skr. poczt. 45") and PTT ("No: 12 D: 5", "Kat: 3", "PK 45"). The street names, numbers and towns
come from Python Faker's address provider of each locale (sv_SE, fi_FI, da_DK, no_NO, de_DE,
nl_NL, pl_PL, tr_TR, en_GB), so no rule of Casebook's was written from them. A line counts as
found when every letter and digit of it is covered by a redaction of any kind.

    .venv/bin/python -m bench.address_postal --per 30 --show 40

`keep:` sentences hold the same unit words where they are no address (a time after Danish
"kl.", "2 tr" as a quantity, "PL" and "Box" as other things); every redaction in them counts
against the rules. Never loads held-out J.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterator

Maker = Callable[[random.Random, dict[str, str]], str]


def _num(rng: random.Random) -> str:
    return str(rng.choice((rng.randint(1, 40), rng.randint(1, 140))))


def _five(rng: random.Random, sep: str = " ") -> str:
    d = f"{rng.randint(10000, 99999)}"
    return d[:3] + sep + d[3:]


# Each country: the postal forms of the street line and of the whole address.
# {s} street name, {n} house number, {p} postcode, {t} town; the rest is drawn by the maker.
def _se(rng: random.Random, f: dict[str, str]) -> str:
    s, n, t, p = f["s"], f["n"], f["t"], _five(rng)
    flat = f"lgh {rng.randint(10, 16)}{rng.randint(1, 9):02d}"
    forms = (
        f"{s} {n} {rng.choice('ABC')} {flat}, {p} {t}",
        f"{s} {n}, {flat}, {p} {t}",
        f"{s} {n}, {rng.randint(1, 6)} tr, {p} {t}",
        f"{s} {n} {rng.randint(1, 6)} tr",
        f"c/o {f['last']}, {s} {n}, {p} {t}",
        f"Box {rng.randint(1, 9999)}, {p} {t}",
        f"{s} {n} {flat}",
        f"{s} {n} nb, {p} {t}",
        f"{s} {n} {rng.randint(1, 6)} tr ö.g.",
    )
    return rng.choice(forms)


def _fi(rng: random.Random, f: dict[str, str]) -> str:
    s, n, t, p = f["s"], f["n"], f["t"], f"{rng.randint(0, 99):02d}{rng.randint(1, 9)}00"
    flat = rng.randint(1, 60)
    forms = (
        f"{s} {n} {rng.choice('ABCD')} {flat}, {p} {t}",
        f"{s} {n} {rng.choice('ABCD')} {flat}, {p} {t.upper()}",
        f"{s} {n} as. {flat}, {p} {t}",
        f"{s} {n} as {flat}",
        f"{s} {n} {rng.choice('ABCD')} {flat}",
        f"{s} {n} {rng.choice('ab')} {flat}",
        f"PL {rng.randint(1, 999)}, {p} {t}",
        f"c/o {f['last']}, {s} {n} {rng.choice('ABC')} {flat}",
    )
    return rng.choice(forms)


def _dk(rng: random.Random, f: dict[str, str]) -> str:
    s, n, t, p = f["s"], f["n"], f["t"], f"{rng.randint(1000, 9990)}"
    side = rng.choice(("tv", "th", "mf", "tv.", "th.", "mf."))
    floor = rng.choice(("st.", "kl.", f"{rng.randint(1, 6)}.", f"{rng.randint(1, 6)}. sal"))
    district = rng.choice(("K", "V", "Ø", "N", "S", "C", "SV", "NV"))
    forms = (
        f"{s} {n}, {floor} {side}, {p} {t}",
        f"{s} {n}, {floor}, {p} {t}",
        f"{s} {n}, {rng.randint(1, 6)}.{side}",
        f"{s} {n}, st. th.",
        f"{s} {n}, kl., {p} {t}",
        f"{s} {n}{rng.choice('ABC')}, {floor} {side}",
        f"{s} {n}, {p} {rng.choice(('København', 'Aarhus', 'Odense', 'Aalborg'))} {district}",
        f"Postboks {rng.randint(1, 9999)}, {p} {t}",
        f"c/o {f['last']}, {s} {n}, {floor} {side}",
    )
    return rng.choice(forms)


def _no(rng: random.Random, f: dict[str, str]) -> str:
    s, n, t, p = f["s"], f["n"], f["t"], f"{rng.randint(1, 9990):04d}"
    unit = f"{rng.choice('HHHUKL')}{rng.randint(1, 9):02d}{rng.randint(1, 9):02d}"
    forms = (
        f"{s} {n} {unit}, {p} {t}",
        f"{s} {n}, {unit}",
        f"{s} {n}{rng.choice('ABC')} {unit}, {p} {t.upper()}",
        f"{s} {n} {unit}",
        f"Postboks {rng.randint(1, 9999)} Sentrum, {p} {t}",
        f"Postboks {rng.randint(1, 9999)}, {p} {t}",
        f"c/o {f['last']}, {s} {n}, {p} {t}",
    )
    return rng.choice(forms)


def _de(rng: random.Random, f: dict[str, str]) -> str:
    s, n, t, p = f["s"], f["n"], f["t"], f"{rng.randint(1000, 99999):05d}"
    pf = f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    forms = (
        f"{s} {n}, Wohnung {rng.randint(1, 40)}, {p} {t}",
        f"{s} {n}, Whg. {rng.randint(1, 40)}",
        f"{s} {n}, {rng.randint(1, 6)}. OG, {p} {t}",
        f"{s} {n}, {rng.randint(1, 6)}. Stock",
        f"{s} {n}, Hinterhaus, {p} {t}",
        f"{s} {n} / {rng.randint(1, 6)}. OG links",
        f"Postfach {pf}, {p} {t}",
        f"c/o {f['last']}, {s} {n}, {p} {t}",
        f"{s} {n}{rng.choice('abc')}, {p} {t}",
    )
    return rng.choice(forms)


def _nl(rng: random.Random, f: dict[str, str]) -> str:
    s, n, t = f["s"], f["n"], f["t"]
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    p = f"{rng.randint(1000, 9999)} {rng.choice(letters)}{rng.choice(letters)}"
    h = rng.randint(1, 4)
    forms = (
        f"{s} {n}-{h}, {p} {t}",
        f"{s} {n} {'I' * h if h < 4 else 'IV'}, {p} {t}",
        f"{s} {n}-{h}-hoog",
        f"{s} {n} {h}-hoog, {p} {t}",
        f"{s} {n}-hoog",
        f"{s} {n} bis",
        f"{s} {n}{rng.choice('ABC')}, {p} {t.upper()}",
        f"{s} {n} huis",
        f"Postbus {rng.randint(1, 99999)}, {p} {t}",
    )
    return rng.choice(forms)


def _gb(rng: random.Random, f: dict[str, str]) -> str:
    s, n, t, p = f["s"], f["n"], f["t"], f["p"]
    forms = (
        f"Flat {rng.randint(1, 40)}, {n} {s}, {t} {p}",
        f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, {n} {s}",
        f"Flat {rng.randint(1, 40)}, {f['last']} Court, {n} {s}",
        f"Apartment {rng.randint(1, 200)}, {f['last']} House, {s}, {t}",
        f"{n}{rng.choice('ab')} {s}, {t}",
        f"Ground Floor Flat, {n} {s}",
        f"PO Box {rng.randint(1, 9999)}, {t} {p}",
        f"c/o {f['last']}, {n} {s}, {t} {p}",
    )
    return rng.choice(forms)


def _pl(rng: random.Random, f: dict[str, str]) -> str:
    s, n, t = f["s"], f["n"], f["t"]
    p = f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d}"
    m = rng.randint(1, 80)
    forms = (
        f"ul. {s} {n} m. {m}, {p} {t}",
        f"ul. {s} {n}/{m}, {p} {t}",
        f"ul. {s} {n} lok. {m}",
        f"{s} {n}/{m}",
        f"skr. poczt. {rng.randint(1, 999)}, {p} {t}",
    )
    return rng.choice(forms)


def _tr(rng: random.Random, f: dict[str, str]) -> str:
    s, t = f["s"], f["t"]
    p = f"{rng.randint(1, 81):02d}{rng.randint(0, 999):03d}"
    n, d, k = rng.randint(1, 140), rng.randint(1, 40), rng.randint(1, 12)
    forms = (
        f"{s} Cad. No: {n} D: {d}, {p} {t}",
        f"{s} Sok. No:{n} Kat:{k} Daire:{d}",
        f"{s} Sokak No: {n}/{d}, {t}",
        f"{s} Mah. {s} Cad. No: {n} D: {d}",
        f"PK {rng.randint(1, 999)}, {p} {t}",
    )
    return rng.choice(forms)


COUNTRIES: dict[str, tuple[str, Maker]] = {
    "se": ("sv_SE", _se),
    "fi": ("fi_FI", _fi),
    "dk": ("da_DK", _dk),
    "no": ("no_NO", _no),
    "de": ("de_DE", _de),
    "nl": ("nl_NL", _nl),
    "gb": ("en_GB", _gb),
    "pl": ("pl_PL", _pl),
    "tr": ("tr_TR", _tr),
}

# Note sentences written for this check, in the country's language and in English.
FRAMES = {
    "se": ("Hon bor på {a} sedan i våras.", "Adress: {a}", "Ny adress {a} från 1/3."),
    "fi": ("Hän muutti osoitteeseen {a} viime vuonna.", "Osoite: {a}", "Asuu nyt {a}."),
    "dk": ("Hun bor på {a} sammen med datteren.", "Adresse: {a}", "Ny adresse: {a}."),
    "no": ("Han har flyttet til {a} i fjor.", "Adresse: {a}", "Bor nå i {a}."),
    "de": ("Sie wohnt jetzt {a} bei ihrer Tante.", "Anschrift: {a}", "Neue Adresse {a}."),
    "nl": ("Ze woont nu op {a} bij haar zus.", "Adres: {a}", "Nieuw adres: {a}."),
    "gb": ("She lives at {a} with her son.", "Address: {a}", "Moved to {a} in May."),
    "pl": ("Mieszka teraz przy {a} z córką.", "Adres: {a}", "Nowy adres: {a}."),
    "tr": ("Şu an {a} adresinde oturuyor.", "Adres: {a}", "Yeni adres: {a}."),
}
ENGLISH = ("She lives at {a}, with her sister.", "Interviewer visited her at {a} on Monday.")

# Running text: (before, address, after), a unit or floor after the street line, a house
# number and letter alone, as interviewers write them.
RUNNING = (
    ("she lives at ", "{s} {n}, {k} tr", " up, with her cat"),
    ("she moved to ", "{n} {L}", " on the {s} estate last spring"),
    ("he now lives in ", "flat {k} at {n} {s}", " since May"),
    ("they live at number ", "{n} {s}, flat {k}", " near the school"),
    ("she lives on ", "{s}, number {n} {L}", " near the school"),
)

# Sentences with the units' words and numbers where no address is: nothing may go.
KEEP = (
    "Vi ses kl. 14.30 på torsdag.",
    "Mødet er kl. 9 i morgen.",
    "Hun kom kl. 10, st. op ved døren.",
    "Det tog 2 tr och 3 timmar.",
    "Han tog trappan, 2 tr upp till mottagningen.",
    "Vi har 3 B 7 och 12 A 5 i schemat.",
    "PL 45 ei ole enää käytössä, hän sanoi.",
    "Box 3 of the form was left blank.",
    "She ticked box 12 and box 14.",
    "Put it in the box 5 minutes later.",
    "Flat 3 of the 12 tyres needed changing.",
    "Room 12, 3rd floor for the clinic.",
    "He scored 2-3 and 4-1 in the two games.",
    "Maksoin 45 euroa ja 12 senttiä.",
    "Hun fik 2. plads og 3. plads.",
    "Kapitel 12, 3. OG ist ein Baustein.",
    "Doses: 5 A 12 times a day is too many.",
    "It is 3-hoog in the song title.",
    "They met at 14:30 on Monday and paid 45 kr.",
    "No: 12 of 40 questions were answered.",
    "She scored 4 on item H0203 of the scale.",
    "She moved to 5 B in August and likes her new teacher.",
    "Patient moved to 3 B, the ward on the third floor.",
    "The song was at number 3 The whole summer.",
    "They live on Mondays, number 4 is the worst day.",
    "We work in Team Alpha, number 3 B is next.",
)


def _fields(fake, rng: random.Random) -> dict[str, str]:
    number = re.sub(r"\D.*", "", fake.building_number()) or str(rng.randint(1, 99))
    number = str(int(number) % 200 or 1)
    return {
        "s": fake.street_name(),
        "n": number,
        "t": fake.city(),
        "p": fake.postcode(),
        "last": fake.last_name(),
    }


def lines(per: int, seed: int) -> Iterator[tuple[str, str, str]]:
    """(group, text, address) of every country: postal forms in note sentences, then running
    text."""
    from faker import Faker

    rng = random.Random(seed)
    for country, (locale, maker) in COUNTRIES.items():
        fake = Faker(locale)
        fake.seed_instance(seed)
        for i in range(per):
            fields = _fields(fake, rng)
            address = maker(rng, fields)
            frames = FRAMES[country] + (ENGLISH if i % 3 == 0 else ())
            yield f"postal:{country}", rng.choice(frames).format(a=address), address
        for _ in range(max(1, per // 3)):
            fields = _fields(fake, rng)
            before, middle, after = rng.choice(RUNNING)
            values = {"s": fields["s"], "n": fields["n"], "k": rng.randint(1, 6)}
            address = middle.format(L=rng.choice("ABC"), **values)
            text = before + address + after.format(**values)
            yield f"running:{country}", text, address


def covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether every letter and digit of text[start:end] lies inside a redaction."""
    return all(any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum())


def run(per: int, seed: int) -> dict:
    from casebook.deid import Redactor, Registry

    redactor = Redactor(Registry([]))
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for group, text, address in lines(per, seed):
        start = text.index(address)
        spans = [(s.start, s.end) for s in redactor.spans(text)]
        hit = covered(text, start, start + len(address), spans)
        for key in (group, group.split(":")[0], "all"):
            found[key][0] += hit
            found[key][1] += 1
        if not hit:
            misses.append(f"  MISS {group}: {redactor(text)!r}   <- {address!r}")
    kept = [text for text in KEEP if not redactor.spans(text)]
    wrong = [f"  KEEP lost: {redactor(t)!r}" for t in KEEP if t not in kept]
    return {"found": dict(found), "misses": misses, "keep": (len(kept), len(KEEP)), "wrong": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per", type=int, default=30, help="postal lines per country")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    result = run(args.per, args.seed)
    misses = result["misses"]
    for line in misses[: args.show]:
        print(line)
    for line in result["wrong"]:
        print(line)
    for key, (hits, total) in sorted(result["found"].items()):
        print(f"{key:14} {hits:5}/{total:<5} {hits / total:.3f}")
    kept, total = result["keep"]
    print(f"{'keep':14} {kept:5}/{total:<5} {kept / total:.3f}")


if __name__ == "__main__":
    main()
