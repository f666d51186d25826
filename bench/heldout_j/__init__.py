"""Held-out J: notes for the redactor written on published text nobody at Casebook wrote
(Universal Dependencies treebanks in Danish, Norwegian and Finnish, MTS-Dialog's English
doctor-patient dialogues, Swedish from Språkbanken's SuperLim), with identifiers from
generators nobody here used (@faker-js/faker's pools, identity numbers of ten countries from
their published rules, dates written here). Figure 1 reads issue 9's targets on it.

Nobody who writes or tunes the redactor reads this package, its data or its test (README.md).
"""

from __future__ import annotations

import random

from bench.heldout_j import lines, values
from bench.heldout_j.names import name_unit
from bench.heldout_j.notes import Note, Piece, Unit, lay_out, ordinary_words
from bench.heldout_j.people import build_registry
from bench.heldout_j.sentences import pools
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 6829
REALISTIC = 0.7  # identifiers per KB, as in the other sets
LANGS = ("sv", "en", "mix", "no", "da", "fi")
LANG_WEIGHTS = (30, 28, 14, 11, 8, 9)
HOME = {"sv": ("sv", "SE"), "en": ("en_GB", "SE"), "no": ("nb_NO", "NO"), "da": ("da", "DK"),
        "fi": ("fi", "FI")}  # fmt: skip
KINDS = ("name", "phone", "date", "address", "personnummer", "email", "url", "place")
KIND_WEIGHTS = (52, 12, 11, 6, 6, 5, 3, 5)


def _line(rng: random.Random, lang: str, kind: str, piece: Piece) -> Unit:
    template = rng.choice(lines.LINES[lang][kind])
    head, tail = template.split("{x}")
    return [Piece(head), piece, Piece(tail)]


def _identifier(rng: random.Random, lang: str, kind: str, people: list, places: list) -> Unit:
    phone_loc, id_home = HOME[lang]
    if kind == "phone":
        value, form = values.phone(rng, phone_loc)
        if rng.random() < 0.12:
            value, hidden = values.hide_in_number(rng, value)
            form += "/" + hidden
        return _line(rng, lang, kind, Piece(value, "phone", form))
    if kind == "date":
        value, form = values.date(rng, "de" if lang == "en" and rng.random() < 0.1 else lang)
        return _line(rng, lang, kind, Piece(value, "date", form))
    if kind == "personnummer":
        value, form = values.identity_number(rng, id_home)
        if rng.random() < 0.08:
            value, hidden = values.hide_in_number(rng, value)
            form += "/" + hidden
        return _line(rng, lang, kind, Piece(value, "personnummer", form))
    if kind == "address":
        value, town, form = values.address(rng)
        unit = _line(rng, lang, kind, Piece(value, "address", form))
        if town:
            unit.insert(2, Piece(" " + town))
        return unit
    if kind == "email":
        person = rng.choice(people)
        value, form = values.email(rng, person.given, person.family)
        return _line(rng, lang, kind, Piece(value, "email", form))
    if kind == "url":
        value, form = values.url(rng)
        return _line(rng, lang, kind, Piece(value, "url", form))
    entry = rng.choice(places)
    written = rng.choice((entry.canonical, *entry.aliases))
    return _line(rng, lang, "place", Piece(written, "place", "registered", True, entry.key))


def _note(rng: random.Random, index: int, per_kb: float, people: list, places: list,
          forms: frozenset[str]) -> tuple[Note, list[Ordinary]]:  # fmt: skip
    lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
    langs = ("sv", "en") if lang == "mix" else (lang,)
    target = rng.randint(1000, 4000)
    expected = target / 1024 * per_kb
    n = int(expected) + (rng.random() < expected - int(expected))
    ids: list[Unit] = []
    for _ in range(n):
        here = rng.choice(langs)
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        if kind == "name":
            ids.append(name_unit(rng, here, people, forms))
        else:
            ids.append(_identifier(rng, here, kind, people, places))
    units: list[Unit] = []
    used: set[str] = set()
    size = sum(len(p.text) for u in ids for p in u)
    while size < target - 80:
        here = rng.choice(langs)
        if rng.random() < 0.05:
            text = rng.choice(lines.ORDINARY[here])
        else:
            text = rng.choice(pools()[here][1])
        if text in used:  # a note says a thing once
            continue
        used.add(text)
        units.append([Piece(text)])
        size += len(text) + 1
    for unit in ids:
        units.insert(rng.randint(0, len(units)), unit)
    heading = rng.choice(lines.HEADINGS[langs[0]])
    note = lay_out(rng, index, heading, units)
    return note, ordinary_words(note, forms)


def _forms(entries: list) -> frozenset[str]:
    out: set[str] = set()
    for e in entries:
        if e.kind == "person":
            for word in (e.canonical, *e.aliases):
                out.update(w.lower() for w in word.replace("-", " ").split())
    return frozenset(out)


def generate_heldout_j(seed: int, size_bytes: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size_bytes` UTF-8 bytes with `per_kb` identifiers per KB, their gold
    spans (checked) and the ordinary uses of words written like registered names."""
    rng = random.Random(seed)
    people, entries = build_registry(rng)
    places = [e for e in entries if e.kind == "place"]
    forms = _forms(entries)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    while total < size_bytes:
        note, words = _note(rng, len(texts), per_kb, people, places, forms)
        texts.append(note.text)
        planted += note.planted
        ordinary += words
        total += len(note.text.encode("utf-8"))
    corpus = Corpus(texts=texts, registry_people=entries, planted=planted, ordinary=ordinary)
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Refuse a set whose gold spans or ordinary words are not the text at their offsets, or
    whose ordinary words overlap an identifier."""
    spans: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if corpus.texts[p.text][p.start : p.end] != p.value or not p.value.strip():
            raise ValueError(f"gold span {p} does not match its note's text")
        spans.setdefault(p.text, []).append(p)
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"ordinary word {o} does not match its note's text")
        if any(p.start < o.end and o.start < p.end for p in spans.get(o.text, [])):
            raise ValueError(f"ordinary word {o} overlaps an identifier")


def for_figure(seed: int | None, size_bytes: int, per_kb: float) -> Corpus:
    """Figure 1's entry point, as for the other sets."""
    return generate_heldout_j(SEED if seed is None else seed, size_bytes, per_kb)
