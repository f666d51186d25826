"""Phone and identity numbers as Python Faker and mimesis write them, for every locale of
each, put in short notes of six languages: how many the redactor finds (development-time
only; nothing is derived from a corpus of the repository).

    PYTHONPATH=$PWD/app:$PWD .venv/bin/python -m bench.number_faker [--per 10] [--show 30]

- **Phones.** Faker's `phone_number()` (its per-locale formats: extensions "x123" and
  "ext. 45", the "(0)" trunk prefix, "00" and "+" international prefixes, dots, mixed
  separators) and `msisdn()`; mimesis' `Person.telephone()` of every locale.
- **Identity numbers.** Faker's `ssn()` of every locale (the national identity or social
  security number its locale provider writes).

Each is written after a phone or naming word of several languages, or after none, in a frame
of `number_atlas` (English, Swedish, Norwegian, Danish, Finnish, German). A number is found
when every letter and digit of it lies inside some redacted span. Run two seeds: one to write
rules from, one held out (`--seed 8`) that is only read for the report.
"""

from __future__ import annotations

import argparse
import random
import warnings
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from bench.number_atlas import GENERIC_ID_WORDS, PHONE_WORDS, _found, _plant


def faker_numbers(per: int, seed: int) -> Iterator[tuple[str, str, str]]:
    """(kind, source, number) from every locale Faker ships."""
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    for locale in sorted(AVAILABLE_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed)
        for method, kind in (("phone_number", "phone"), ("msisdn", "phone"), ("ssn", "id")):
            make = getattr(fake, method, None)
            if make is None:
                continue
            for _ in range(per):
                try:
                    value = str(make())
                except Exception:  # noqa: BLE001 - a locale without the provider
                    break
                yield kind, f"faker:{locale}:{method}", value


def mimesis_numbers(per: int, seed: int) -> Iterator[tuple[str, str, str]]:
    """(kind, source, number) from every locale mimesis ships."""
    from mimesis import Person
    from mimesis.locales import Locale

    for locale in Locale:
        person = Person(locale, seed=seed)
        for _ in range(per):
            yield "phone", f"mimesis:{locale.value}:telephone", person.telephone()


def run(per: int, seed: int, show: int, out: str | None = None) -> dict[str, float]:
    """Recall by kind, library and locale; prints the table and `show` misses."""
    rng = random.Random(seed)
    redactor = Redactor(Registry([]))
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        samples = list(faker_numbers(per, seed)) + list(mimesis_numbers(per, seed))
    for kind, source, number in samples:
        library, locale, method = source.split(":")
        words = PHONE_WORDS if kind == "phone" else GENERIC_ID_WORDS
        for cue in (rng.choice(words), ""):
            text, start, end = _plant(rng, cue, number)
            hit = _found(redactor, text, start, end)
            cued = "cue" if cue else "none"
            group = locale.split("_")[0].split("-")[0]
            for key in (
                f"{kind} all {cued}",
                f"{kind} {library}:{method} {cued}",
                f"{kind} {library}:{group}",
                f"{kind} all",
            ):
                tally[key][0] += hit
                tally[key][1] += 1
            if not hit:
                misses.append(f"{kind} {source} {cued}: {text!r} -> {redactor(text)!r}")
    for key, (hits, total) in sorted(tally.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        if hits < total or " all" in key:
            print(f"{key:42} {hits:5}/{total:<5} {hits / total:.3f}")
    if out:
        with open(out, "w", encoding="utf-8") as handle:
            handle.write("\n".join(misses) + "\n")
    rng.shuffle(misses)
    for line in misses[:show]:
        print("  MISS", line)
    return {k: v[0] / v[1] for k, v in tally.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per", type=int, default=10, help="numbers per locale and method")
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    parser.add_argument("--out", help="write every miss to this file")
    args: Any = parser.parse_args(argv)
    run(args.per, args.seed, args.show, args.out)


if __name__ == "__main__":
    main()
