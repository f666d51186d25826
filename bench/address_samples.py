"""Address recall on real published address samples of 16 countries, written by people who
never saw Casebook's rules nor Faker's: the test cases of three open address parsers.

- pelias/parser (MIT): `test/address.<iso3>.test.js`, each `assert('<address>', [components])`;
- openvenues/libpostal (MIT): `test/test_parser.c`, each input with its labelled components;
- iLib-js/ilib-mono (Apache-2.0): `packages/ilib-address/test/testaddress_<CC>.js`, each
  `new Address("<address>")` with the street address, postcode and locality it should parse to.

Only addresses with a house number count (a bare street or town is no one's address). Each is
planted in a short note sentence written for this check (English, Swedish, Norwegian, Danish,
Finnish, German; one frame puts the address on lines of its own) and scored three ways:
`street` counts it found when every letter and digit of its street line (street, house number,
unit) is redacted, `full` when the postcode and town are too, and `visible` is the share of the
street line's and postal line's letters and digits left in the published text. A name of a
person, firm or building the parsers label apart is not scored.

The development share is pelias' and libpostal's samples; iLib's samples are the held-out share
(report its totals only). Nothing fetched is shipped: the repositories are read from the bare
git mirrors (or work trees) given on the command line.

    .venv/bin/python -m bench.address_samples --pelias P --libpostal L --ilib I --show 40
    .venv/bin/python -m bench.address_samples ... --share heldout

Never loads held-out J.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

COUNTRIES = (
    "GB", "US", "IE", "FR", "HR", "TR", "NL", "BE", "NO", "DK", "FI", "SE", "DE", "AT", "CH", "PL",
)  # fmt: skip
ISO3 = {
    "gbr": "GB", "usa": "US", "irl": "IE", "fra": "FR", "hrv": "HR", "tur": "TR", "nld": "NL",
    "bel": "BE", "nor": "NO", "dnk": "DK", "fin": "FI", "swe": "SE", "deu": "DE", "aut": "AT",
    "che": "CH", "pol": "PL",
}  # fmt: skip
# Note sentences written for this check; {a} is the address as the source writes it.
FRAMES = (
    "Moved to {a} last month.",
    "She lives at {a} with her son.",
    "Bor nu på {a} med sin mor.",
    "Ny adresse: {a}.",
    "Hun har flyttet til {a} i fjor.",
    "Hän asuu nyt osoitteessa {a}.",
    "Er wohnt jetzt in {a} bei seiner Tochter.",
    "New address:\n{a}\nfrom March.",
)
STREET_KEYS = {"street", "housenumber", "unit", "road", "house_number", "level", "po_box"}
POSTAL_KEYS = {"postcode", "locality", "city", "suburb", "city_district"}


@dataclass(frozen=True)
class Sample:
    source: str
    country: str
    address: str
    street: tuple[str, ...]  # parts of the street line, as written in `address`
    postal: tuple[str, ...]  # postcode and town, as written in `address`


def _files(repo: str, folder: str) -> list[tuple[str, str]]:
    """(path, text) of the files under folder, from a work tree or a bare git mirror."""
    root = Path(repo)
    if (root / folder).is_dir():
        return [
            (str(p.relative_to(root)), p.read_text(encoding="utf-8"))
            for p in sorted((root / folder).rglob("*"))
            if p.is_file()
        ]
    git = ["git", "--git-dir", repo] if not (root / ".git").exists() else ["git", "-C", repo]
    names = subprocess.run(
        [*git, "ls-tree", "-r", "--name-only", "HEAD", folder],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    show = [*git, "show"]
    return [
        (n, subprocess.run([*show, f"HEAD:{n}"], capture_output=True, check=True).stdout.decode())
        for n in names
        if n
    ]


def _locate(address: str, value: str) -> str | None:
    """value as written in address (the parsers' components may be lower-cased)."""
    at = address.lower().find(value.lower())
    return address[at : at + len(value)] if at >= 0 and value.strip() else None


def _sample(source: str, country: str, address: str, parts: list[tuple[str, str]]) -> Sample | None:
    keys = {k for k, _ in parts}
    if not keys & {"housenumber", "house_number"}:
        return None
    street, postal = [], []
    for key, value in parts:
        found = _locate(address, value)
        if found and key in STREET_KEYS:
            street.append(found)
        elif found and key in POSTAL_KEYS:
            postal.append(found)
    return Sample(source, country, address, tuple(street), tuple(postal)) if street else None


_JS_STRING = r"'((?:[^'\\]|\\.)*)'"
_PELIAS = re.compile(r"assert\(\s*" + _JS_STRING + r"\s*,\s*\[(.*?)\]\s*(?:,\s*\w+\s*)?\)", re.S)
_PELIAS_PART = re.compile(r"\{\s*(\w+)\s*:\s*" + _JS_STRING + r"\s*\}")


def pelias_samples(files: list[tuple[str, str]]) -> list[Sample]:
    out = []
    for path, text in files:
        m = re.search(r"address\.(\w{3})\.test\.js$", path)
        if not m or m[1] not in ISO3:
            continue
        for case in _PELIAS.finditer(text):
            if case[2].lstrip().startswith("["):
                continue  # alternatives: no single reading
            parts = [(k, v.replace("\\'", "'")) for k, v in _PELIAS_PART.findall(case[2])]
            sample = _sample("pelias", ISO3[m[1]], case[1].replace("\\'", "'"), parts)
            if sample:
                out.append(sample)
    return out


_LIBPOSTAL_TEST = re.compile(r"^TEST test_(\w\w)_parses", re.M)
_LIBPOSTAL_CASE = re.compile(
    r'test_parse_result_equals\(\s*(?://[^\n]*\s*)?"((?:[^"\\]|\\.)*)"(.*?)\)\);', re.S
)
_LIBPOSTAL_PART = re.compile(r'\{\s*"(\w+)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\}')


def _c_unescape(s: str) -> str:
    return s.replace("\\n", "\n").replace('\\"', '"').replace("\\t", "\t")


def libpostal_samples(text: str) -> list[Sample]:
    out = []
    heads = list(_LIBPOSTAL_TEST.finditer(text))
    for i, head in enumerate(heads):
        country = head[1].upper()
        if country not in COUNTRIES:
            continue
        body = text[head.end() : heads[i + 1].start() if i + 1 < len(heads) else len(text)]
        for case in _LIBPOSTAL_CASE.finditer(body):
            parts = [(k, _c_unescape(v)) for k, v in _LIBPOSTAL_PART.findall(case[2])]
            sample = _sample("libpostal", country, _c_unescape(case[1]), parts)
            if sample:
                out.append(sample)
    return out


_ILIB_CASE = re.compile(r'new Address\("((?:[^"\\]|\\.)*)"')
_ILIB_FIELD = re.compile(r'parsedAddress\.(streetAddress|postalCode|locality), "((?:[^"\\]|\\.)*)"')


def ilib_samples(files: list[tuple[str, str]]) -> list[Sample]:
    """The street address's parts from its first one with a digit (a recipient's or firm's
    name before it is not scored), and the postcode and locality."""
    out, seen = [], set()
    for path, text in files:
        m = re.search(r"testaddress_([A-Z]{2})\.js$", path)
        if not m or m[1] not in COUNTRIES:
            continue
        cases = list(_ILIB_CASE.finditer(text))
        for i, case in enumerate(cases):
            address = _c_unescape(case[1])
            if (m[1], address) in seen:
                continue
            seen.add((m[1], address))
            block = text[case.end() : cases[i + 1].start() if i + 1 < len(cases) else len(text)]
            fields = dict(_ILIB_FIELD.findall(block))
            parts = [p.strip() for p in _c_unescape(fields.get("streetAddress", "")).split(",")]
            first = next((j for j, p in enumerate(parts) if re.search(r"\d", p)), None)
            if first is None:
                continue
            street = [_locate(address, p) for p in parts[first:]]
            postal = [
                _locate(address, fields[k]) for k in ("postalCode", "locality") if k in fields
            ]
            if all(street):
                kept = tuple(p for p in postal if p)
                out.append(Sample("ilib", m[1], address, tuple(street), kept))  # type: ignore[arg-type]
    return out


def _positions(text: str, start: int, address: str, parts: tuple[str, ...]) -> set[int]:
    at = set()
    for part in parts:
        i = address.find(part)
        at |= {start + i + j for j, ch in enumerate(part) if ch.isalnum()}
    return at


def score(samples: list[Sample], seed: int) -> tuple[dict[str, list[float]], list[str]]:
    """Per group: [street found, full found, letters visible, letters, samples]; and misses."""
    from casebook.deid import Redactor, Registry

    rng = random.Random(seed)
    redactor = Redactor(Registry([]))
    rows: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    misses = []
    for sample in samples:
        address = sample.address.strip()
        frame = rng.choice(FRAMES)
        if "\n" not in frame:
            address = ", ".join(p.strip() for p in address.splitlines() if p.strip())
        text = frame.format(a=address)
        start = text.index(address)
        covered = {i for s in redactor.spans(text) for i in range(s.start, s.end)}
        street = _positions(text, start, address, sample.street)
        postal = _positions(text, start, address, sample.postal)
        street_ok = street <= covered
        full_ok = street_ok and postal <= covered
        visible = len((street | postal) - covered)
        for key in (f"{sample.source}:{sample.country}", sample.country, sample.source, "all"):
            row = rows[key]
            row[0] += street_ok
            row[1] += full_ok
            row[2] += visible
            row[3] += len(street | postal)
            row[4] += 1
        if not full_ok:
            flag = "MISS" if not street_ok else "TOWN"
            misses.append(f"{flag} {sample.source}:{sample.country}: {redactor(text)!r}")
    return dict(rows), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pelias", help="pelias/parser repository (work tree or bare mirror)")
    parser.add_argument("--libpostal", help="openvenues/libpostal repository")
    parser.add_argument("--ilib", help="iLib-js/ilib-mono repository")
    parser.add_argument("--share", choices=("development", "heldout"), default="development")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    samples: list[Sample] = []
    if args.share == "development":
        if args.pelias:
            samples += pelias_samples(_files(args.pelias, "test"))
        if args.libpostal:
            samples += libpostal_samples(dict(_files(args.libpostal, "test"))["test/test_parser.c"])
    elif args.ilib:
        samples += ilib_samples(_files(args.ilib, "packages/ilib-address/test"))
    rows, misses = score(samples, args.seed)
    if args.share == "development":
        for line in misses[: args.show]:
            print(line)
        keys = sorted(rows, key=lambda k: (":" in k, k))
    else:
        keys = [k for k in rows if ":" not in k]
    for key in keys:
        street, full, visible, letters, n = rows[key]
        print(
            f"{key:14} n={int(n):4}  street {street / n:.3f}  full {full / n:.3f}"
            f"  visible {visible / max(letters, 1):.3f}"
        )


if __name__ == "__main__":
    main()
