"""Dates as CLDR writes them, in every language of `calendar_words.py`, put in notes: how many
the redactor finds, and what it takes from text that holds no date (development-time only).

    .venv/bin/python -m bench.cldr_dates [--show] [--seed 11] [--per 40]

For each locale of `bench/build_calendar.LOCALES` and random dates, Babel formats the date in
the locale's short, medium, long and full patterns and in shapes CLDR's patterns are built
from (day and month without a year, month and year, an English or Swedish ordinal), and each
is placed in a sentence of an English or Swedish note ("Seen on {}.", "Återbesök {}, kl 10").
A date is found when every letter and digit of it lies inside a `[date]`. The other half of
the run is sentences that hold no date at all, with scores, fractions, versions, amounts,
times, ID numbers and month words used as names or words ("May said", "Mars", "Juni"):
every date found there is a false positive (names found there are the name rules' business).

This set is written from CLDR, not from any corpus of the repository, and is not tuned
against: it is the examples the rules are checked with, beside the validation sets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections import defaultdict

from babel import Locale, dates
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from bench.build_calendar import LOCALES

FRAMES = (
    "Seen on {}.",
    "Next appointment {}, at the clinic.",
    "Återbesök {}, kl 10.",
    "{}: hembesök, pat var trött.",
    "She said the letter was dated {} and she had not opened it.",
    "Hon flyttade {} till en ny lägenhet.",
    "Mötet hölls {}. Alla var där.",
    "Her brother arrived {} from abroad",
)
SKELETONS = ("dMMMM", "dMMM", "yMMMM", "yMMM", "yMd")


def samples(rng: random.Random, per: int) -> list[tuple[str, str, str]]:
    """(locale, shape, date text) for `per` random dates per locale."""
    out = []
    for name in LOCALES:
        locale = Locale.parse(name)
        for _ in range(per):
            day = dt.date(rng.randint(1990, 2029), rng.randint(1, 12), rng.randint(1, 28))
            for width in ("short", "medium", "long", "full"):
                out.append((name, width, dates.format_date(day, width, locale=locale)))
            skeleton = rng.choice(SKELETONS)
            out.append((name, skeleton, dates.format_skeleton(skeleton, day, locale=locale)))
    return out


NEGATIVE = (
    "She rated her mood 8/10 today and 6/10 yesterday.",
    "Took 1/2 tablet in the morning, 3/4 of the dose.",
    "Version 3.5.24 of the app crashed; v1.2.10 did not.",
    "The rent is 12.500 kr and she owes 1.250,50 kr.",
    "Meeting from 10.15 to 11.30, then lunch at 12:45.",
    "Case number 2024-0345-12, ref 12-34-56.",
    "May said she was tired. Mars is far away.",
    "We met Maja and Juni at the shop; Julie came later.",
    "Hon mår bättre i mars och april, sa hon.",
    "In May she felt better, but March was hard.",
    "3 out of 10 said yes, 2 set of keys were lost.",
    "Familjen kom från Chiang Mai 2004, sa hon.",
    "He scored 7 of 10 and came 3rd in the race.",
    "The 2nd floor, room 3.12, is closed.",
    "Dosen är 2,5 mg x 2, sedan 1 tabl.",
    "Pain 4/10, sleep 5/10, VAS 3/10.",
    "Hon bor på plan 3 och har 4 barn.",
    "The group had 12 members in 2019 and 14 in 2020.",
    "Kim April and Sam Set arrived at 10.",
    "Ring 112 om det brinner, eller 1177.",
)


def run(seed: int, per: int, show: bool) -> None:
    rng = random.Random(seed)
    redactor = Redactor(Registry([]))
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, shape, written in samples(rng, per):
        text = rng.choice(FRAMES).format(written)
        start = text.index(written)
        spans = [s for s in redactor.spans(text) if s.kind == "date"]
        hit = all(
            any(s.start <= i < s.end for s in spans)
            for i in range(start, start + len(written))
            if text[i].isalnum()
        )
        for key in (name, shape, "all"):
            found[key][0] += hit
            found[key][1] += 1
        if show and not hit:
            print(f"  MISS {name} {shape}: {text!r} -> {redactor(text)!r}")
    false = 0
    for text in NEGATIVE:
        spans = [s for s in redactor.spans(text) if s.kind == "date"]
        false += len(spans)
        if show and spans:
            print(f"  FALSE POSITIVE: {text!r} -> {redactor(text)!r}")
    for key, (hits, total) in sorted(found.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        print(f"{key:8} {hits:5}/{total:<5} {hits / total:.3f}")
    print(f"dates found in {len(NEGATIVE)} sentences without a date: {false}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--per", type=int, default=20, help="dates per locale")
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    run(args.seed, args.per, args.show)


if __name__ == "__main__":
    main()
