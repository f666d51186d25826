"""Held-out U's pools: published sentences, names and towns (`data/`), and the registered
people who bear a name that is also a word of their language (`WORD_NAMES`)."""

from __future__ import annotations

import functools
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("sv", "en", "fi", "no", "da")

# Registered people whose given name is also a word of their note's language, chosen from
# name2nat's given names where this set's own texts use the word in lower case at least
# eight times (Finnish and Norwegian ones with fewer get sentences written here, below).
WORD_NAMES_BY_LANG = {
    "sv": ("Dag", "Liv", "Inga", "Vilja", "Klara", "Sten"),
    "en": ("Will", "Hope", "Hunter", "Dawn", "Crystal", "Faith"),
    "fi": ("Anna", "Usko", "Rauha", "Valo", "Toivo", "Voitto"),
    "no": ("Dag", "Fred", "Vår", "Liv", "Stein"),
    "da": ("Liv", "Fred", "Sten", "Vilde", "Dag"),
}
WORD_NAMES = tuple(sorted({w for ws in WORD_NAMES_BY_LANG.values() for w in ws}))

# Sentences written for held-out U where the published texts use a word-name fewer than
# eight times: the word as the word it is, at the start, inside, after a comma, in a list.
OWN_ORDINARY = {
    "fi": (
        "Valo sammui käytävästä juuri kun lähdin.",
        "Huoneessa oli hämärä, valo tuli vain ikkunasta.",
        "Aamulla valo oli kirkas ja kylmä.",
        "Lamppu, valo ja lämpö puuttuivat koko viikon.",
        "Toivo paremmasta piti hänet liikkeellä.",
        "Hän sanoi, että toivo ei ole vielä mennyt.",
        "Meillä oli vain toivo ja vähän rahaa.",
        "Usko, toivo ja rakkaus olivat hänen äitinsä sanat.",
        "Voitto tuli lopulta vasta jatkoajalla.",
        "Joukkueelle voitto oli koko kauden paras hetki.",
        "Se oli pieni voitto, mutta hän oli siitä ylpeä.",
        "Rauha palasi taloon vasta illalla.",
        "Rauha ja hiljaisuus olivat kylälle tärkeitä.",
    ),
    "no": (
        "Liv og helse kommer først, sa hun.",
        "Det var mye liv i gata den kvelden.",
        "Han tok vare på alt som hadde liv i hagen.",
        "Etter ulykken fikk hun et nytt liv.",
        "Stein for stein bygde de muren opp igjen.",
        "Veien var full av grus og stein etter raset.",
        "Hun satt på en stein og ventet, helt stille.",
        "Han kastet en stein i vannet.",
        "Muren var bygd av stein, torv og leire.",
        "Hun hadde ikke mye liv igjen i seg etter turen.",
        "Liv, arbeid og fritid skulle henge sammen, mente han.",
        "Fred og ro var alt han ønsket seg.",
        "Vår kom sent det året.",
    ),
    "da": (),
    "sv": (),
    "en": (),
}


@functools.cache
def _rows() -> list[tuple[str, str, str]]:
    lines = (DATA / "sentences.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines]  # type: ignore[misc]


@functools.cache
def sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for lang, _source, sentence in _rows():
        out[lang].append(sentence)
    return dict(out)


@functools.cache
def sources() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for lang, source, _ in _rows():
        out[lang][source] = out[lang].get(source, 0) + 1
    return dict(out)


@functools.cache
def names() -> dict[str, list[str]]:
    """{"<group>/<part>": [names]}, groups the five languages and "moved"."""
    out: dict[str, list[str]] = defaultdict(list)
    for line in (DATA / "names.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        group, part, name, _source = line.split("\t")
        out[f"{group}/{part}"].append(name)
    return dict(out)


def given(lang: str) -> list[str]:
    return names()[f"{lang}/given"]


def family(lang: str) -> list[str]:
    return names()[f"{lang}/family"]


def towns(lang: str) -> list[str]:
    return names()[f"{lang}/town"]
