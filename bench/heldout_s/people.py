"""Held-out S's shipped pools: published sentences and names by language (`data/`, rebuilt by
`build_data.py`), read once and kept."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Given names that are also ordinary words (see build_data.WORD_NAMES; kept here so the
# generator never imports the build script).
WORD_NAMES = (
    "Love", "May", "Mark", "Per", "Rose", "Bill", "Will", "Hope", "Bo", "Inga", "Alla",
    "Liv", "Tor", "Aina", "Usko", "Onni", "Satu", "Tuuli", "Sol", "Dag", "Vilja", "Frank",
)  # fmt: skip
WORD_NAME_LANG = {
    "Love": "sv", "May": "en", "Mark": "en", "Per": "sv", "Rose": "en", "Bill": "en",
    "Will": "en", "Hope": "en", "Bo": "sv", "Inga": "sv", "Alla": "sv", "Liv": "no",
    "Tor": "no", "Aina": "fi", "Usko": "fi", "Onni": "fi", "Satu": "fi", "Tuuli": "fi",
    "Sol": "sv", "Dag": "no", "Vilja": "sv", "Frank": "en",
}  # fmt: skip


@lru_cache(maxsize=1)
def _sentences() -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    by_lang: dict[str, list[str]] = defaultdict(list)
    sources: dict[str, set[str]] = defaultdict(set)
    with open(DATA / "sentences.tsv", encoding="utf-8") as f:
        for line in f:
            lang, source, text = line.rstrip("\n").split("\t")
            by_lang[lang].append(text)
            sources[lang].add(source)
    return dict(by_lang), dict(sources)


def sentences() -> dict[str, list[str]]:
    """Published sentences kept, by language."""
    return _sentences()[0]


def sources() -> dict[str, set[str]]:
    """The sources each language's sentences come from."""
    return _sentences()[1]


@lru_cache(maxsize=1)
def names() -> dict[str, list[str]]:
    """ "lang/given" and "lang/family" -> names, in file order."""
    out: dict[str, list[str]] = defaultdict(list)
    with open(DATA / "names.tsv", encoding="utf-8") as f:
        for line in f:
            lang, kind, name, _source = line.rstrip("\n").split("\t")
            out[f"{lang}/{kind}"].append(name)
    return dict(out)


def given(lang: str) -> list[str]:
    return names().get(f"{lang}/given", [])


def family(lang: str) -> list[str]:
    return names().get(f"{lang}/family", [])
