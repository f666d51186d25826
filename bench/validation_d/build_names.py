"""Development-time extract of validation D's name lists from `names-dataset` (`names.tsv`).

Never imported by the generator: it reads the plain `names.tsv` beside this file, so a test or
`make bench` needs neither the 55 MB package nor the gigabytes its pickles take in memory.
Regenerate with

    pip install names-dataset==3.3.1        # the bench extra pins it
    python -m bench.validation_d.build_names

`names-dataset` (MIT) counts first and last names of 105 countries in a large public leak of
social-network profiles: names as people actually write them, with their rank in each
country. It shares no source with the redactor's lexicon (Faker's person providers plus a
hand-written list) nor with the other sets' generators (Faker, mimesis, hand-written lists),
so a name it gives is not known to the redactor by construction. Each row is
`country  part  gender  rank  name` for the `TOP` most frequent Latin-script names of a part
(first names by gender, last names) in each country of `COUNTRIES`.
"""

from __future__ import annotations

import gzip
import pickle
import re
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("names.tsv")
# Sweden's neighbours and the countries of birth of large groups in Nordic services, then a
# spread of the world whose names the dataset has in Latin script (it has none for Bosnia,
# Kenya, Pakistan or Vietnam).
COUNTRIES = (
    "SE",
    "NO",
    "DK",
    "FI",
    "IS",
    "DE",
    "NL",
    "PL",
    "TR",
    "IQ",
    "SY",
    "IR",
    "AF",
    "HR",
    "RS",
    "AL",
    "GB",
    "IE",
    "US",
    "FR",
    "ES",
    "IT",
    "PT",
    "BR",
    "CL",
    "MX",
    "CO",
    "NG",
    "GH",
    "ET",
    "EG",
    "MA",
    "IN",
    "BD",
    "PH",
    "ID",
    "HU",
    "CZ",
    "GR",
    "RU",
    "LT",
)
TOP = 120
_LATIN = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ɏ]+(?:['’-][A-ZÀ-ÖØ-Þa-zß-öø-ɏ][a-zß-öø-ɏ]+)?")
# Profile nicknames and titles that the leak counts as names but no note would write as one.
NOISE = {
    "king",
    "queen",
    "princess",
    "prince",
    "angel",
    "baby",
    "lady",
    "boss",
    "mr",
    "mrs",
    "um",
    "om",
    "abu",
    "umm",
    "meme",
    "lolo",
    "tota",
    "nona",
    "kcha",
    "mama",
    "papa",
    "sweet",
    "pretty",
    "cute",
    "love",
    "dr",
    "eng",
    "haji",
    "hajji",
    "sheikh",
    "sayed",
    "doctor",
    "ustaz",
    "miss",
    "star",
    "moon",
    "sun",
    "honey",
    "sugar",
    "girl",
    "boy",
    "bebo",
    "didi",
    "lulu",
    "mimi",
    "nono",
    "soso",
    "toto",
    "zozo",
    "kiki",
    "coco",
    "homs",
    "alsham",
    "aliraqi",
    "kurdi",
    "gyan",
    "kura",
    "hama",
    "abo",
    "abd",
    "muslim",
    "alali",
    "baghdad",
    "basra",
    "mosul",
    "aleppo",
    "kabul",
    "tehran",
}
# A name that is also one of the frequent dictionary words of English or Swedish (the word
# lists Casebook ships, wordfreq's top 20,000 that a spelling dictionary lists in lower case)
# is left out: nobody tells it from the word without context; D's registered homographs test
# those apart.
_WORDS = Path(__file__).parents[2] / "app" / "casebook" / "deid" / "data"


def _table(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rb") as f:
        return pickle.load(f)


def _gender(info: dict[str, Any]) -> str:
    g = {k: v for k, v in info.get("gender", {}).items() if v is not None}
    if not g:
        return "-"
    return max(g, key=g.__getitem__)


def _skip() -> set[str]:
    words = set(NOISE)
    for file in ("common_en.txt", "common_sv.txt"):
        lines = (_WORDS / file).read_text(encoding="utf-8").splitlines()
        words.update(w.strip() for w in lines if w and not w.startswith("#"))
    return words


def rows(table: dict[str, Any], part: str) -> list[tuple[str, str, str, int, str]]:
    skip = _skip()
    best: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for name, info in table.items():
        if not _LATIN.fullmatch(name) or len(name) < 3 or name.lower() in skip:
            continue
        gender = _gender(info) if part == "first" else "-"
        for country, rank in info.get("rank", {}).items():
            if country in COUNTRIES and rank is not None:
                best.setdefault((country, gender), []).append((int(rank), name))
    out = []
    for (country, gender), ranked in sorted(best.items()):
        for rank, name in sorted(ranked)[:TOP]:
            out.append((country, part, gender, rank, name))
    return out


def main() -> None:
    import names_dataset

    base = Path(names_dataset.__file__).with_name("v3")
    lines = ["country\tpart\tgender\trank\tname"]
    for part, file in (("first", "first_names.pkl.gz"), ("last", "last_names.pkl.gz")):
        table = _table(base / file)
        lines += ["\t".join(map(str, r)) for r in rows(table, part)]
        del table
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} names written to {OUT}")


if __name__ == "__main__":
    main()
