"""Held-out H: interview and meeting-observation notes nobody tuned Casebook's rules on.

    corpus = generate_heldout_h(SEED, 1_000_000, per_kb=REALISTIC)   # deterministic
    corpus = for_figure(SEED, size_bytes, per_kb)                     # figure 1's entry point

Written on 2026-12-02 by someone who had read neither the redactor's rules
(`app/casebook/deid`) nor any other set's generator, templates or tests, only
`bench/scoring.py` and the shapes of `Corpus`, `Planted`, `Ordinary` and `NameEntry`. Its
sentence templates are its own (`lines_sv.py`, `lines_en.py`, `lines_more.py`), and so are its
typing-error model (`slips.py`) and note styles (`notes.py`); names, addresses and some phone
numbers come from Faker locales, the other phone numbers from `phonenumbers` (`people.py`,
`numbers.py`, `when_where.py`). **Nobody who writes or tunes the rules may read this package,
its tests or its misses**: only its aggregate figures are reported.

Every gold span is checked against the text at its offsets when the set is made (`check`).
The same seed, size and density give the same notes whatever PYTHONHASHSEED is (nothing
iterates a set or a dict of unordered origin; Faker is seeded per locale), and on whatever day:
Norwegian and Finnish identity numbers are Faker's with its "today" pinned (`bench/pinned_ssn.py`).
"""

from __future__ import annotations

import random

from bench.heldout_h import lines_en, lines_more, lines_sv
from bench.heldout_h.notes import Tally, write_note
from bench.heldout_h.people import WORD_NAMES, build_study, faker
from bench.heldout_h.slips import fold
from bench.heldout_h.writer import SLOT, Writer
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 3187
REALISTIC = 0.7  # identifiers per KB, as in the other sets
__all__ = ["REALISTIC", "SEED", "check", "for_figure", "generate_heldout_h"]


def _templates() -> list[str]:
    out = []
    for module in (lines_sv, lines_en):
        for name in ("ID", "FILLER", "ORDINARY", "CAPS", "EMAIL_HEAD"):
            out += getattr(module, name)
    out += lines_sv.TELE
    for lang in sorted(lines_more.ID):
        out += lines_more.ID[lang] + lines_more.FILLER[lang]
    return out


def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(ordinary words the notes record, every word of the templates), folded."""
    ordinary, words = set(WORD_NAMES), set()
    for template in _templates():
        ordinary.update(m[3] for m in SLOT.finditer(template) if m[3])
        plain = SLOT.sub(" ", template)
        words.update("".join(c if c.isalpha() else " " for c in plain).split())
    return frozenset(fold(w) for w in ordinary), frozenset(fold(w) for w in words)


def generate_heldout_h(seed: int, size_bytes: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size_bytes` UTF-8 bytes with `per_kb` identifiers per KB, their gold
    spans (checked) and the ordinary uses of name-like words, for one registry."""
    faker.cache_clear()  # each locale's Faker starts from its seed again
    rng = random.Random(seed)
    study = build_study(rng, seed)
    ordinary_words, vocabulary = _vocabulary()
    taken = frozenset(study.taken | vocabulary | ordinary_words)
    tally = Tally()
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    cases = 1 + max(p.case for p in study.people)
    while tally.size < size_bytes:
        writer = Writer(rng, seed, study, rng.randrange(cases), avoid=ordinary_words, taken=taken)
        text, draft = write_note(writer, tally, per_kb)
        index = len(texts)
        texts.append(text)
        for start, end, kind, form, value, exact, key in draft.planted:
            planted.append(Planted(index, start, end, kind, form, value, exact, key))
        for start, end, word, form in draft.ordinary:
            ordinary.append(Ordinary(index, start, end, word, form))
    corpus = Corpus(texts, study.entries, planted, ordinary)
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Refuse a set whose gold spans or ordinary words are not the text at their offsets, or
    whose ordinary words overlap an identifier."""
    for p in corpus.planted:
        if corpus.texts[p.text][p.start : p.end] != p.value or not p.value.strip():
            raise ValueError(f"gold span {p} does not match its note's text")
    spans: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        spans.setdefault(p.text, []).append(p)
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"ordinary word {o} does not match its note's text")
        if any(p.start < o.end and o.start < p.end for p in spans.get(o.text, [])):
            raise ValueError(f"ordinary word {o} overlaps an identifier")


def for_figure(seed: int | None, size_bytes: int, per_kb: float) -> Corpus:
    """Figure 1's entry point, as for the other sets."""
    return generate_heldout_h(SEED if seed is None else seed, size_bytes, per_kb)
