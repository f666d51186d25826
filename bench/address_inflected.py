"""Address recall on Finnish streets in running text, where Finnish inflects the street name
("asuu Hämeentiellä 12 B", "muutti Koivukujalle 4", "muutti pois Kalliopolulta 3 A 7") and not
the house number, which `address_atlas.py` and `address_postal.py` never do (they plant the
nominative street line).

The street names and house numbers are Python Faker's fi_FI ones (`street_name()`,
`building_number()`), so no rule of Casebook's was written from them; the staircase and flat
after the number follow Posti's addressing rules ("12 B 7", "12 as. 7"). The street word is
put in the case a Finnish note uses for living on, moving to and moving from a street
(adessive -lla/-llä, allative -lle, ablative -lta/-ltä) by Finnish grammar written out here
for Faker's five street words (katu -> kadu-, polku -> polu-; vowel harmony): the same grammar
the rule reads (`casebook.deid.finnish_streets`), so this measures the rule's reach over
real names, numbers and note sentences, not an independent discovery of the class. A line
counts as found when every letter and digit of the street and number is redacted.

`keep:` sentences hold inflected ordinary compounds of the same street words and numbers that
are counts or years ("Moottoritiellä 3 autoa", "Pyörätieltä 5 minuuttia"); every redaction in
them counts against the rules.

    .venv/bin/python -m bench.address_inflected --per 200 --seed 5

Never loads held-out J.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

# Faker fi_FI's street words -> the stem the locative cases are built on.
_STEMS = {"katu": "kadu", "tie": "tie", "polku": "polu", "kuja": "kuja", "bulevardi": "bulevardi"}
# Note sentences written for this check; {a} is the inflected street and its number.
FRAMES = {
    "adessive": (
        "Hän asuu {a} yksin.",
        "Asiakas asuu nykyään {a} puolisonsa kanssa.",
        "Kotikäynti {a} sujui hyvin.",
        "Asunto {a}, kolmas kerros.",
    ),
    "allative": ("Hän muutti {a} viime kuussa.", "Perhe muuttaa {a} toukokuussa."),
    "ablative": ("Hän muutti pois {a} keväällä.", "Muutto {a} Espooseen tapahtui maaliskuussa."),
}
_ENDINGS = {"adessive": ("lla", "llä"), "allative": ("lle", "lle"), "ablative": ("lta", "ltä")}
KEEP = (
    "Moottoritiellä 3 autoa kolaroi aamulla.",
    "Maantiellä 2 kilometriä ennen kylää oli tietyö.",
    "Kävelykadulla 20 ihmistä odotti bussia.",
    "Pyörätieltä 5 minuuttia kotiin.",
    "Torilla 3 kertaa viikossa.",
    "Hän asui Helsingissä 3 vuotta.",
    "Rautatiellä 2019 sattui onnettomuus.",
    "Sivukadulle 4 autoa mahtuu pysäköimään.",
    "Metsäpolulla 2 tuntia joka päivä.",
    "Pihalla 6 lasta leikki.",
)


def inflect(street: str, case: str) -> str | None:
    """Faker's street name in the given case ("Koivukatu" -> "Koivukadulla"), or None."""
    for word, stem in _STEMS.items():
        if street.lower().endswith(word):
            back = any(c in "aou" for c in stem)
            return street[: -len(word)] + stem + _ENDINGS[case][0 if back else 1]
    return None


def lines(per: int, seed: int) -> list[tuple[str, str, str]]:
    """(case, sentence, planted street and number) for `per` Faker fi_FI streets."""
    from faker import Faker

    fake = Faker("fi_FI")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out: list[tuple[str, str, str]] = []
    while len(out) < per:
        case = rng.choice(sorted(FRAMES))
        street = inflect(fake.street_name(), case)
        if street is None:
            continue
        number = fake.building_number()
        flat = rng.choice(
            ("", f" {rng.choice('ABCD')}", f" {rng.choice('ABCD')} {rng.randint(1, 60)}")
            + (f" {rng.choice('ab')} {rng.randint(1, 60)}", f" as. {rng.randint(1, 60)}")
        )
        planted = f"{street} {number}{flat}"
        out.append((case, rng.choice(FRAMES[case]).format(a=planted), planted))
    return out


def run(per: int, seed: int) -> dict:
    from casebook.deid import Redactor, Registry

    redactor = Redactor(Registry([]))
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for case, text, planted in lines(per, seed):
        start = text.index(planted)
        spans = [(s.start, s.end) for s in redactor.spans(text)]
        hit = all(
            any(s <= i < e for s, e in spans)
            for i in range(start, start + len(planted))
            if text[i].isalnum()
        )
        for key in (case, "all"):
            found[key][0] += hit
            found[key][1] += 1
        if not hit:
            misses.append(f"  MISS {case}: {redactor(text)!r}   <- {planted!r}")
    wrong = [f"  KEEP {redactor(t)!r}" for t in KEEP if redactor.spans(t)]
    return {"found": dict(found), "misses": misses, "wrong": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per", type=int, default=200, help="streets to plant")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    result = run(args.per, args.seed)
    for line in result["misses"][: args.show] + result["wrong"]:
        print(line)
    for key, (hits, total) in sorted(result["found"].items()):
        print(f"{key:10} {hits:5}/{total:<5} {hits / total:.3f}")
    kept = len(KEEP) - len(result["wrong"])
    print(f"{'keep':10} {kept:5}/{len(KEEP):<5} {kept / len(KEEP):.3f}")


if __name__ == "__main__":
    main()
