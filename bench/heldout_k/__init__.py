"""Held-out K: notes for the redactor written on published text no other set uses (Swedish
subtitles and Finnish web and subtitle text of the Turku paraphrase corpus, Swedish web news of
Språkbanken's Webbnyheter 2012, Norwegian learners'
essays of NoCoLA, Danish sentences of the GrammatikTAK datasets, English child-adult speech of
UD English-CHILDES and the test sentences of UD English-Pronouns), with names from national
offices' name statistics (as the npm package full-name-generator ships them), phone numbers
drawn from libphonenumber's own number patterns for 21 countries, and identity numbers, dates,
addresses, e-mails and links written here. Figure 1 reads issue 9's targets on it.

Written on 2026-12-04 by someone who has read neither the redactor's rules nor any other set.
Nobody who writes or tunes the redactor reads this package, its data or its test (README.md).
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

from casebook.deid.registry import PERSON, PLACE, NameEntry

from tests.deid_corpus import Corpus, Ordinary, Planted

from . import lines
from .identity import IDENTITY
from .lines import Unit

SEED = 8461
REALISTIC = 0.7  # identifiers per KB, as in the other sets
LANGS = ("sv", "en", "no", "da", "fi")
LANG_WEIGHTS = (29, 22, 21, 8, 20)
HOME = {"sv": "se", "en": "gb", "no": "no", "da": "dk", "fi": "fi"}
KINDS = ("name", "phone", "date", "address", "personnummer", "email", "url", "place")
KIND_WEIGHTS = (52, 12, 11, 6, 6, 5, 3, 5)
DATA = Path(__file__).resolve().parent / "data"
INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
# Given names that are also words of a study language: registered in every corpus, so each of
# their uses as a word in the published sentences is an ordinary word to leave alone.
WORD_GIVEN = {
    "sv": ("Bo", "Hans", "Inga", "Alla", "Saga", "Vilja", "Sten"),
    "no": ("Liv", "Per", "Tor", "Stein"),
    "da": ("Bo", "Per", "Ulla"),
    "fi": ("Anna", "Aina", "Kai", "Onni", "Toivo", "Usko", "Satu", "Tuuli", "Aino"),
    "en": ("May", "Will", "Rose", "Mark", "Grace", "Hope"),
    "tr": ("Can",),
}


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    with open(DATA / name, encoding="utf-8") as f:
        return tuple(tuple(line.rstrip("\n").split("\t")) for line in f if line.strip())


@cache
def _sentences() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per language: (sentences with a pronoun slot, sentences without)."""
    out: dict[str, tuple[list[str], list[str]]] = {lang: ([], []) for lang in LANGS}
    for _source, lang, text in table("sentences.tsv"):
        out[lang][0 if "{" in text else 1].append(text)
    return {k: (tuple(a), tuple(b)) for k, (a, b) in out.items()}


@cache
def _pool() -> dict[tuple[str, str], tuple[str, ...]]:
    pool: dict[tuple[str, str], list[str]] = {}
    for country, part, _gender, name, _rank in table("names.tsv"):
        if " " not in name:
            pool.setdefault((country, part), []).append(name)
    return {k: tuple(v) for k, v in pool.items()}


def _registry(rng: random.Random) -> tuple[list[NameEntry], list[NameEntry]]:
    """About 150 people (the study's five countries, neighbours and largest groups from abroad)
    and twelve places of the study."""
    pool = _pool()
    people: list[NameEntry] = []
    used: set[str] = set()
    countries = [
        ("se", 30),
        ("no", 24),
        ("dk", 16),
        ("fi", 24),
        ("gb", 16),
        ("pl", 8),
        ("tr", 6),
        ("is", 4),
        ("ie", 4),
        ("lv", 4),
    ]
    plan = [c for c, n in countries for _ in range(n)]
    for lang, words in WORD_GIVEN.items():
        plan.extend(f"word:{lang}:{w}" for w in words)
    for i, country in enumerate(plan):
        if country.startswith("word:"):
            _w, lang, given = country.split(":")
            family = rng.choice(pool[(HOME.get(lang, lang), "family")][:60])
        else:
            given = rng.choice(pool[(country, "given")][:120])
            family = rng.choice(pool[(country, "family")][:80])
        canonical = f"{given} {family}"
        if canonical in used:
            continue
        used.add(canonical)
        code = "".join(rng.choice("23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))
        people.append(NameEntry(f"k:p{i}", canonical, f"[P-{code}]", (), PERSON))
    places = []
    for i, name in enumerate(lines.PLACES):
        code = "".join(rng.choice("23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))
        places.append(NameEntry(f"k:l{i}", name, f"[L-{code}]", (), PLACE))
    return people, places


def _forms(entries: list[NameEntry]) -> frozenset[str]:
    """Every registered way of writing a person, lower case (a word, a full name)."""
    out: set[str] = set()
    for e in entries:
        if e.kind != PERSON:
            continue
        out.add(e.canonical.lower())
        out.update(w.lower() for w in e.canonical.replace("-", " ").split())
    return frozenset(out)


def _unregistered(rng: random.Random, lang: str, forms: frozenset[str]) -> tuple[str, str]:
    pool = _pool()
    country = (
        HOME[lang]
        if rng.random() < 0.55
        else rng.choice(["se", "no", "dk", "fi", "gb", "pl", "tr", "is", "ie", "lv"])
    )
    for _ in range(50):
        given = rng.choice(pool[(country, "given")])
        family = rng.choice(pool[(country, "family")])
        if given.lower() not in forms and family.lower() not in forms:
            if not any(given.lower() in ws for ws in WORD_GIVEN.values()):
                return given, family
    return "Ximena", "Ojukwu"


def _note(
    rng: random.Random,
    index: int,
    per_kb: float,
    people: list[NameEntry],
    places: list[NameEntry],
    forms: frozenset[str],
) -> tuple[str, list[Planted]]:
    lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
    target = rng.randint(1000, 3900)
    wanted = per_kb * target / 1024
    count = int(wanted) + (rng.random() < wanted - int(wanted))
    slotted, plain = _sentences()[lang]
    units: list[Unit] = []
    for kind in rng.choices(KINDS, KIND_WEIGHTS, k=count):
        units.append(_identifier(rng, lang, kind, people, places, forms, slotted))
    size = sum(len(u.text.encode()) + 1 for u in units) + 40
    fillers: list[Unit] = []
    while size < target:
        text = lines.restore(rng.choice(plain if rng.random() < 0.7 else slotted))
        fillers.append(Unit(text, []))
        size += len(text.encode()) + 1
    for unit in units:
        fillers.insert(rng.randint(0, len(fillers)), unit)
    heading = rng.choice(lines.HEADINGS[lang])
    text = heading + "\n\n"
    planted: list[Planted] = []
    for i, unit in enumerate(fillers):
        if i and i % rng.randint(3, 6) == 0:
            text = text.rstrip(" ") + "\n\n"
        base = len(text)
        text += unit.text + " "
        for start, end, kind, form, exact, key in unit.spans:
            value = text[base + start : base + end]
            planted.append(Planted(index, base + start, base + end, kind, form, value, exact, key))
    return text.rstrip() + "\n", planted


def _identifier(
    rng: random.Random,
    lang: str,
    kind: str,
    people: list[NameEntry],
    places: list[NameEntry],
    forms: frozenset[str],
    slotted: tuple[str, ...],
) -> Unit:
    if kind == "name":
        return lines.name_unit(
            rng, lang, people, forms, slotted, lambda: _unregistered(rng, lang, forms)
        )
    if kind == "place":
        place = rng.choice(places)
        return lines.in_line(rng, lang, "place", place.canonical, "place/exact", True, place.key)
    if kind == "phone":
        value, form = lines.phone(rng, lang, table("phones.tsv"))
    elif kind == "date":
        value, form = lines.date(rng, lang)
    elif kind == "address":
        value, tail, form = lines.address(rng, lang)
        return lines.in_line(rng, lang, kind, value, form, False, None, tail=tail)
    elif kind == "personnummer":
        country = HOME[lang] if rng.random() < 0.75 else rng.choice(("is", "pl", "ee"))
        value, label = IDENTITY[country](rng)
        value, hidden = lines.hide_digits(rng, value)
        form = f"id/{country}" + hidden
        return lines.in_line(rng, lang, "personnummer", value, form, False, None, label=label)
    elif kind == "email":
        value, form = lines.email(rng, lang, _pool())
    else:
        value, form = lines.url(rng, lang, _pool())
    return lines.in_line(rng, lang, kind, value, form, False, None)


def _ordinary(
    corpus_texts: list[str], planted: list[Planted], entries: list[NameEntry]
) -> list[Ordinary]:
    """Every use, outside an identifier, of a word written like a registered person's name."""
    words = {w.lower() for e in entries if e.kind == PERSON for w in e.canonical.split()}
    spans: dict[int, list[Planted]] = {}
    for p in planted:
        spans.setdefault(p.text, []).append(p)
    out = []
    for index, text in enumerate(corpus_texts):
        mine = spans.get(index, [])
        for m in re.finditer(
            r"(?<![\w\u00ad\u200b-\u200d\u2060\ufeff-])[^\W\d_]+(?![\w\u00ad\u200b-\u200d\u2060\ufeff-])",
            text,
        ):
            if m.group(0).lower() not in words:
                continue
            if any(p.start < m.end() and m.start() < p.end for p in mine):
                continue
            before = text[: m.start()].rstrip(" ")
            initial = not before or before.endswith((".", "!", "?", "\n", ":"))
            where = "initial" if initial else "inner"
            out.append(Ordinary(index, m.start(), m.end(), m.group(0), f"homograph/{where}"))
    return out


def generate_heldout_k(seed: int, size_bytes: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of one to four kilobytes up to `size_bytes`, with their gold spans and ordinary
    words; the same seed, size and density always give the same corpus."""
    rng = random.Random(seed)
    people, places = _registry(rng)
    forms = _forms(people)
    texts: list[str] = []
    planted: list[Planted] = []
    size = 0
    while size < size_bytes:
        text, found = _note(rng, len(texts), per_kb, people, places, forms)
        texts.append(text)
        planted.extend(found)
        size += len(text.encode("utf-8"))
    corpus = Corpus(texts, [*people, *places], planted, _ordinary(texts, planted, people))
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Refuse a set whose gold spans or ordinary words are not the text at their offsets, or
    whose ordinary words overlap an identifier, or whose identifiers overlap each other."""
    spans: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if corpus.texts[p.text][p.start : p.end] != p.value or not p.value.strip():
            raise ValueError(f"gold span {p} does not match its note's text")
        spans.setdefault(p.text, []).append(p)
    for found in spans.values():
        found.sort(key=lambda p: p.start)
        for a, b in zip(found, found[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"gold spans {a} and {b} overlap")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"ordinary word {o} does not match its note's text")
        if any(p.start < o.end and o.start < p.end for p in spans.get(o.text, [])):
            raise ValueError(f"ordinary word {o} overlaps an identifier")


def for_figure(seed: int | None, size_bytes: int, per_kb: float) -> Corpus:
    """Figure 1's entry point, as for the other sets."""
    return generate_heldout_k(SEED if seed is None else seed, size_bytes, per_kb)
