"""Held-out T's pools: the published sentences and the names and towns of `data/` (see
README "Sources"), and the names of people whose families came from elsewhere, written here."""

from __future__ import annotations

import csv
from collections import defaultdict
from functools import cache
from pathlib import Path

from bench.heldout_t.build_data import WORD_NAMES as WORD_NAMES_BY_LANG

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("sv", "en", "fi", "no", "da")
# Every given name that is also a word of its language (all are registered in every corpus).
WORD_NAMES = tuple(n for lang in LANGS for n in WORD_NAMES_BY_LANG[lang])

# The largest groups of people who moved to the Nordic countries (Syria and Iraq, Somalia,
# Poland, Ukraine, Turkey, Iran and Afghanistan, Eritrea): written for this set.
MOVED = {
    "arabic": (
        "Ahmad Khaled Samer Rami Bashar Mahmoud Hussein Yasser Karim Tarek Rania Lina Hiba Nour "
        "Faten Dalia Amal Zainab Yasmin Rasha",
        "Haddad Khalil Nasser Saleh Hamdan Darwish Aziz Barakat Mansour Jaber Sabbagh Kassem",
    ),
    "somali": (
        "Abdirahman Mahad Hamse Abdullahi Bashir Liban Abdiaziz Hodan Faadumo Ayaan Sahra Ifrah "
        "Khadra Nimco",
        "Warsame Farah Jama Hirsi Egal Dahir Abdille Mohamud Guled Ismail",
    ),
    "polish": (
        "Piotr Tomasz Krzysztof Łukasz Paweł Grzegorz Michał Agnieszka Katarzyna Małgorzata "
        "Joanna Magdalena Ewa Dorota",
        "Kowalczyk Wiśniewska Zieliński Wójcik Kamińska Lewandowski Dąbrowski Szymańska Woźniak "
        "Kaczmarek Mazur Krawczyk",
    ),
    "ukrainian": (
        "Taras Bohdan Mykola Andrii Serhii Dmytro Oksana Olena Iryna Nataliia Yuliia Viktoriia "
        "Halyna Larysa",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchuk Melnyk Oliinyk Lysenko Marchenko "
        "Rudenko Savchenko Moroz",
    ),
    "turkish": (
        "Emre Mehmet Burak Hakan Cem Murat Zeynep Elif Ayşe Merve Derya Gülsüm",
        "Yılmaz Kaya Demir Çelik Şahin Aydın Öztürk Arslan Doğan Kılıç",
    ),
    "persian": (
        "Farhad Reza Navid Hamid Omid Jawad Maryam Shirin Parisa Nasrin Leila Fereshteh",
        "Hosseini Rahimi Karimi Ahmadi Mohammadi Sultani Noori Jafari Rezaei Azizi",
    ),
    "eritrean": (
        "Yonas Filmon Dawit Semere Tesfalem Senait Helen Saba Luwam Rahwa",
        "Tesfay Gebremedhin Haile Berhane Kidane Tekle Ghebreyesus Woldu",
    ),
}


@cache
def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def sentences() -> dict[str, list[str]]:
    """Kept published sentences per language, in the file's (seeded) order."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for row in _rows("sentences.tsv"):
        out[row["lang"]].append(row["sentence"])
    return out


@cache
def sources() -> dict[str, dict[str, int]]:
    """Kept sentences per language and source."""
    out: dict[str, dict[str, int]] = {lang: defaultdict(int) for lang in LANGS}
    for row in _rows("sentences.tsv"):
        out[row["lang"]][row["source"]] += 1
    return {lang: dict(v) for lang, v in out.items()}


@cache
def names() -> dict[str, list[str]]:
    """ "lang/part" -> names, part one of given-fem, given-mal, given-word, family, town."""
    out: dict[str, list[str]] = defaultdict(list)
    for row in _rows("names.tsv"):
        out[f"{row['lang']}/{row['part']}"].append(row["name"])
    return dict(out)


def given(lang: str) -> list[str]:
    pool = names()
    return pool.get(f"{lang}/given-fem", []) + pool.get(f"{lang}/given-mal", [])


def family(lang: str) -> list[str]:
    return names().get(f"{lang}/family", [])


def towns(lang: str) -> list[str]:
    return names().get(f"{lang}/town", [])


def moved(group: str) -> tuple[list[str], list[str]]:
    given_names, family_names = MOVED[group]
    return given_names.split(), family_names.split()
