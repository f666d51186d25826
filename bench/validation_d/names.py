"""Real first and last names by country, from `names.tsv` (see `build_names.py`).

Names are drawn by frequency: the rank-r name of a country with weight 1/(r+4)**0.7, so the
common names come most often and the long tail still shows up, as in a real caseload.
"""

from __future__ import annotations

import hashlib
import random
from functools import cache, lru_cache
from pathlib import Path

FILE = Path(__file__).with_name("names.tsv")
# Where registered people come from in a Nordic mental-health service (patients, families,
# staff), and where the third parties notes mention come from: anywhere.
REGISTERED = {
    "SE": 30,
    "FI": 5,
    "NO": 4,
    "DK": 3,
    "IS": 1,
    "IQ": 5,
    "SY": 5,
    "IR": 4,
    "AF": 3,
    "ET": 2,
    "RS": 2,
    "HR": 1,
    "PL": 3,
    "TR": 3,
    "DE": 2,
    "GB": 2,
    "US": 1,
    "CL": 1,
    "HU": 1,
    "LT": 1,
    "EG": 1,
    "MA": 1,
    "IN": 1,
    "PH": 1,
    "VN": 1,
}
THIRD = {
    "SE": 14,
    "FI": 3,
    "NO": 3,
    "DK": 3,
    "IS": 1,
    "DE": 3,
    "NL": 2,
    "PL": 3,
    "TR": 3,
    "IQ": 3,
    "SY": 3,
    "IR": 3,
    "AF": 2,
    "HR": 2,
    "RS": 2,
    "AL": 2,
    "GB": 4,
    "IE": 2,
    "US": 4,
    "FR": 3,
    "ES": 2,
    "IT": 3,
    "PT": 2,
    "BR": 2,
    "CL": 2,
    "MX": 2,
    "CO": 2,
    "NG": 2,
    "GH": 2,
    "ET": 2,
    "EG": 2,
    "MA": 2,
    "IN": 3,
    "BD": 2,
    "PH": 2,
    "ID": 2,
    "HU": 2,
    "CZ": 2,
    "GR": 2,
    "RU": 2,
    "LT": 2,
}


def stable_seed(seed: int, what: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}:{what}".encode()).digest()[:8], "big")


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, str, str], list[str]]:
    """(country, part, gender) -> names by rank; part "first" (gender F/M) or "last" ("-")."""
    out: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
    for line in FILE.read_text(encoding="utf-8").splitlines()[1:]:
        country, part, gender, rank, name = line.split("\t")
        out.setdefault((country, part, gender), []).append((int(rank), name))
    return {k: [n for _r, n in sorted(v)] for k, v in out.items()}


@cache
def _weights(n: int) -> list[float]:
    return [1 / (r + 4) ** 0.7 for r in range(n)]


# names-dataset has no Vietnamese names in Latin script; a case from Vietnam (drawn only in
# the larger samples of `make bench`) takes its names from the nearest country it has.
NEAREST = {"VN": "PH"}


def draw(rng: random.Random, country: str, part: str, female: bool) -> str:
    country = (
        country
        if (country, part, "-" if part == "last" else "F") in table()
        else (NEAREST[country])
    )
    names = table()[(country, part, ("F" if female else "M") if part == "first" else "-")]
    return rng.choices(names, _weights(len(names)))[0]


def country(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]
