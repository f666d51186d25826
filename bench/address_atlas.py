"""Address recall per country from sources written for no rule of Casebook's: the street lines
of OpenCage's address-formatting test cases (real addresses' components and the rendering
each country expects), Faker's `street_address()`/`address()` for every locale it ships and
mimesis' `Address.address()` for every locale. Each street line is planted in a short note
sentence of English, Swedish, Norwegian, Danish, Finnish or German written for this check,
and counts as found when every letter and digit of it is covered by a redaction of any kind.

    .venv/bin/python -m bench.address_atlas --per 20 --show 40
    .venv/bin/python -m bench.address_atlas --opencage /path/to/address-formatting

address-formatting (MIT licence, OpenCage GmbH) is read from a local copy of its repository
when one is given (`--opencage` or `$ADDRESS_FORMATTING`); nothing derived from it is shipped.
Never loads held-out J.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

# Note sentences written for this check; {a} is the street line.
FRAMES = (
    "She moved to {a} in May.",
    "Address: {a}",
    "He lives at {a} with his sister.",
    "New address {a}, from March.",
    "Hon har flyttat till {a} sedan i våras.",
    "Adress: {a}",
    "Bor nu på {a} med sin mor.",
    "Han har flyttet til {a} i fjor.",
    "Adresse: {a}",
    "Hun bor på {a} sammen med datteren.",
    "Hän muutti osoitteeseen {a} viime vuonna.",
    "Osoite: {a}",
    "Sie wohnt jetzt in der {a} bei ihrer Tante.",
    "Anschrift: {a}",
)
DEFAULT_OPENCAGE = "/work/.mirror/OpenCageData+address-formatting/repo"
# Components of the street line (OpenCage's names and their aliases).
STREET_KEYS = (
    "road",
    "street",
    "pedestrian",
    "footway",
    "path",
    "street_name",
    "residential",
    "house_number",
    "street_number",
    "house",
    "building",
    "unit",
    "postcode",
)
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_LATIN = re.compile(r"^[\s\W\dA-Za-z\u00c0-\u024f\u1e00-\u1eff]*$")


def _git_yaml(repo: str) -> Iterator[tuple[str, str]]:
    """(file name, text) of each country's test cases, from a work tree or a bare mirror."""
    root = Path(repo)
    folder = root / "testcases" / "countries"
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            yield path.stem, path.read_text(encoding="utf-8")
        return
    names = subprocess.run(
        ["git", "-C", repo, "ls-tree", "--name-only", "HEAD", "testcases/countries/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in names:
        if name.endswith(".yaml"):
            text = subprocess.run(
                ["git", "-C", repo, "show", f"HEAD:{name}"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            yield Path(name).stem, text


def opencage_lines(repo: str) -> Iterator[tuple[str, str]]:
    """(country, street line) for each test case with a house number: the expected
    rendering's lines that hold a street component, joined with ", " as a note would."""
    from ruamel.yaml import YAML  # Casebook's own YAML reader (instruments)

    reader = YAML(typ="safe", pure=True)
    for country, text in _git_yaml(repo):
        for case in reader.load_all(text):
            if not isinstance(case, dict):
                continue
            parts = {k: str(v) for k, v in (case.get("components") or {}).items()}
            if "house_number" not in parts and "street_number" not in parts:
                continue
            values = [parts[k] for k in STREET_KEYS if k in parts]
            lines = [
                line.strip()
                for line in str(case.get("expected", "")).splitlines()
                if line.strip() and any(v and v in line for v in values)
            ]
            if lines:  # "\\u0161" is left escaped in a few expected renderings
                yield country, _ESCAPE.sub(lambda m: chr(int(m[1], 16)), ", ".join(lines))


def faker_lines(per: int, seed: int) -> Iterator[tuple[str, str]]:
    """(faker:locale, line) from every locale Faker ships: street addresses and full ones."""
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    for locale in sorted(AVAILABLE_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed)
        for i in range(per):
            try:
                line = fake.street_address() if i % 2 == 0 else fake.address()
            except AttributeError:
                break
            yield f"faker:{locale}", ", ".join(p.strip() for p in line.splitlines() if p.strip())


def mimesis_lines(per: int, seed: int) -> Iterator[tuple[str, str]]:
    """(mimesis:locale, line) from every locale mimesis ships."""
    from mimesis import Address
    from mimesis.locales import Locale

    for locale in Locale:
        address = Address(locale, seed=seed)
        for _ in range(per):
            yield f"mimesis:{locale.value}", address.address()


def covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether every letter and digit of text[start:end] lies inside a redaction."""
    return all(any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum())


def run(sources: list[tuple[str, str]], seed: int, latin_only: bool) -> dict:
    from casebook.deid import Redactor, Registry

    rng = random.Random(seed)
    redactor = Redactor(Registry([]))
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for group, line in sources:
        if latin_only and not _LATIN.match(line):
            continue
        text = rng.choice(FRAMES).format(a=line)
        start = text.index(line)
        spans = [(s.start, s.end) for s in redactor.spans(text)]
        hit = covered(text, start, start + len(line), spans)
        family = group.split(":")[0] if ":" in group else "opencage"
        script = "latin-script" if _LATIN.match(line) else "other-scripts"
        for key in (group, family, script, "all"):
            found[key][0] += hit
            found[key][1] += 1
        if not hit:
            misses.append(f"  MISS {group}: {redactor(text)!r}   <- {line!r}")
    return {"found": dict(found), "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per", type=int, default=20, help="addresses per Faker/mimesis locale")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument(
        "--opencage", default=os.environ.get("ADDRESS_FORMATTING", DEFAULT_OPENCAGE)
    )
    parser.add_argument("--all-scripts", action="store_true", help="also non-Latin lines")
    parser.add_argument("--out", help="write every miss to this file")
    parser.add_argument("--countries", action="store_true", help="print every group")
    args = parser.parse_args()
    sources: list[tuple[str, str]] = []
    if args.opencage and Path(args.opencage).exists():
        sources += list(opencage_lines(args.opencage))
    sources += list(faker_lines(args.per, args.seed))
    sources += list(mimesis_lines(args.per, args.seed))
    result = run(sources, args.seed, not args.all_scripts)
    misses = result["misses"]
    for line in random.Random(args.seed).sample(misses, min(args.show, len(misses))):
        print(line)
    if args.out:
        Path(args.out).write_text("\n".join(misses) + "\n", encoding="utf-8")
    rows = sorted(result["found"].items(), key=lambda kv: kv[1][0] / kv[1][1])
    for key, (hits, total) in rows:
        if args.countries or ":" not in key:
            print(f"{key:20} {hits:5}/{total:<5} {hits / total:.3f}")


if __name__ == "__main__":
    main()
