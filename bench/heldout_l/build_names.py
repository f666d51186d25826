"""Rebuild `data/names.tsv` of held-out L: given and family names of 15 languages.

    python -m bench.heldout_l.build_names MIRRORS

MIRRORS holds `jgwoolley+Names-by-Culture/repo` (commit 81e3c9d2), whose `pages/<lang>/`
lists the titles of Wiktionary's categories of given names and surnames per language. Kept:
names in Latin script, one word (or two joined by a hyphen), two to fourteen letters, and
not a frequent word of the notes' languages (zipf 3.5 or more in Swedish, Norwegian, Danish,
Finnish or English: those are chosen by hand as the registry's ordinary-word names). Each row:
language, part ("given" or "family"), gender, name.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path


def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency, imported on first use: wordfreq is a `bench` extra, and the
    tests (`make test`, the `test` extra only) import this module without rebuilding the data."""
    from wordfreq import zipf_frequency as frequency

    return frequency(word, lang)


HERE = Path(__file__).parent
COMMIT = "81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b"
ALL = (
    "swe",
    "nor",
    "dan",
    "fin",
    "isl",
    "eng",
    "deu",
    "pol",
    "ukr",
    "tur",
    "ara",
    "fas",
    "kur",
    "som",
    "rus",
    "fra",
    "spa",
    "ita",
    "nld",
    "por",
    "ces",
    "hun",
    "est",
    "lav",
    "lit",
    "bos",
    "hrv",
    "srp",
    "slv",
    "slk",
    "ron",
    "gle",
    "gla",
    "cym",
    "heb",
    "jpn",
    "zho",
    "vie",
)
LANGS = (
    "swe",
    "nor",
    "dan",
    "fin",
    "isl",
    "eng",
    "deu",
    "pol",
    "ukr",
    "tur",
    "ara",
    "fas",
    "kur",
    "som",
)
SHAPE = re.compile(
    r"^[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŞÇĞİ][a-zß-öø-ÿąćęłńóśźżşğıçāēīōū']{1,13}(-[A-Z][a-zß-öø-ÿ]{1,12})?$"
)


def _frequent(name: str) -> bool:
    return any(zipf_frequency(name.lower(), lang) >= 3.5 for lang in ("sv", "nb", "da", "fi", "en"))


def build(mirror: Path, every: bool = False) -> list[tuple[str, str, str, str]]:
    """The pools; with `every`, all names in Latin script (to leave out sentences naming one)."""
    rows = []
    for lang in ALL if every else LANGS:
        for kind, part in (("given_names", "given"), ("surnames", "family")):
            out = subprocess.run(
                ["git", "-C", str(mirror), "show", f"{COMMIT}:pages/{lang}/{kind}.csv"],
                capture_output=True,
                check=False,
            )
            if out.returncode:
                continue
            seen = set()
            for rec in csv.DictReader(io.StringIO(out.stdout.decode("utf-8"))):
                name = rec["name"].strip()
                if rec["language_script"] != "Latin" or name in seen:
                    continue
                if not every and (not SHAPE.match(name) or _frequent(name)):
                    continue
                seen.add(name)
                gender = rec["gender"].removeprefix("Gender.")
                rows.append((lang, part, gender, name))
    if every:
        return rows
    kept, count = [], {}
    for row in rows:  # at most 1,500 a language and part (Polish has 13,000 family names)
        count[row[:2]] = count.get(row[:2], 0) + 1
        if count[row[:2]] <= 1500:
            kept.append(row)
    return kept


def main(argv: list[str]) -> None:
    rows = build(Path(argv[0]) / "jgwoolley+Names-by-Culture" / "repo")
    with open(HERE / "data" / "names.tsv", "w", encoding="utf-8", newline="") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    counts: dict[tuple[str, str], int] = {}
    for lang, part, _, _ in rows:
        counts[(lang, part)] = counts.get((lang, part), 0) + 1
    print(counts)


if __name__ == "__main__":
    main(sys.argv[1:])
