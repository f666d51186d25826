"""Held-out R's shipped pools: published sentences per language and given and family names
per language (see README.md for sources and filters), read once from `data/`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bench.heldout_r.build_data import WORD_LANG, WORD_NAMES

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("sv", "en", "no", "da", "fi")
__all__ = ["WORD_LANG", "WORD_NAMES", "family", "given", "names", "sentences", "sources"]


@cache
def _sentences() -> tuple[dict[str, list[str]], dict[str, dict[str, int]]]:
    kept: dict[str, list[str]] = {lang: [] for lang in LANGS}
    counts: dict[str, dict[str, int]] = {lang: {} for lang in LANGS}
    for line in (DATA / "sentences.tsv").read_text(encoding="utf-8").splitlines():
        lang, source, text = line.split("\t")
        kept[lang].append(text)
        counts[lang][source] = counts[lang].get(source, 0) + 1
    return kept, counts


def sentences() -> dict[str, list[str]]:
    """{lang: published sentences kept for the notes}, in file order."""
    return _sentences()[0]


def sources() -> dict[str, dict[str, int]]:
    """{lang: {source: number of kept sentences}}."""
    return _sentences()[1]


@cache
def _names() -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for line in (DATA / "names.tsv").read_text(encoding="utf-8").splitlines():
        lang, kind, name, _source = line.split("\t")
        out.setdefault((lang, kind), []).append(name)
    return out


def given(lang: str) -> list[str]:
    return _names().get((lang, "given"), [])


def family(lang: str) -> list[str]:
    return _names().get((lang, "family"), [])


def names() -> dict[str, list[str]]:
    """{lang: every given and family name of the lists}."""
    return {lang: given(lang) + family(lang) for lang in LANGS}
