"""The held-out set: interview and observation notes the redactor's rules are never tuned on.

    from bench.heldout import generate_heldout, SEED
    corpus = generate_heldout(SEED, 1_000_000)              # realistic: ~0.7 identifiers per KB
    dense = generate_heldout(SEED, 1_000_000, per_kb=DENSE)  # for speed: ~6 per KB

It returns a `tests.deid_corpus.Corpus` (texts, registry entries, `Planted`, `Ordinary`), the
same shape as the development set, so the same scoring (`bench/scoring.py`) applies to both.
Everything differs from the development set: the sentence templates and styles (written for
this set: clinician shorthand, observer logs, quotes, bullet lists, Swedish, mixed, run-ons,
pasted e-mail), the names (Norwegian, Finnish, English, Polish, Turkish, Kenyan from Faker;
Arabic, Persian, Somali, Kurdish, Tigrinya, Bosnian, Greek, Chilean written here; no Swedish
names), phone numbers of twenty countries from Faker plus Swedish numbers in odd spacings,
registered names in lower and upper case, misspelt, inflected and with invisible characters,
third parties named once, and registered people called Love, May, Mark, Per, Rose, Bill, Will,
Hope and Inga beside sentences that use those words as words. See bench/README.md.

Deterministic: the same seed, size and density give the same corpus (with the pinned Faker).
Never tune the redactor on this set; `SEED` is the one the benchmark reports.
"""

from __future__ import annotations

import random

from bench.heldout.people import make_people, registry_entries
from bench.heldout.writer import Writer, ordinary_words
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 4099
REALISTIC = 0.7  # identifiers per 1,000 bytes: one per one to two KB, as in real notes
DENSE = 6.0  # for speed figures comparable with the development corpus


def generate_heldout(seed: int, size_bytes: int, per_kb: float = REALISTIC) -> Corpus:
    rng = random.Random(seed)
    n_cases = max(6, min(80, size_bytes // 50_000))
    people = make_people(rng, n_cases)
    entries = registry_entries(rng, people)
    writer = Writer(rng, seed, people, per_kb)
    words = ordinary_words(people)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    while total < size_bytes:
        index = len(texts)
        target = int(min(5000, max(200, rng.lognormvariate(7.1, 0.6))))
        pieces = writer.cell(index % n_cases, target)
        text, marks = _assemble(index, pieces)
        planted += marks
        ordinary += _ordinary(index, text, marks, words)
        texts.append(text)
        total += len(text.encode("utf-8"))
    return Corpus(texts, entries, planted, ordinary)


def _assemble(index: int, pieces: list) -> tuple[str, list[Planted]]:
    out: list[str] = []
    marks: list[Planted] = []
    pos = 0
    for text, mark in pieces:
        if mark is not None:
            marks.append(
                Planted(
                    index, pos, pos + len(text), mark.kind, mark.form, text, mark.exact, mark.key
                )
            )
        out.append(text)
        pos += len(text)
    return "".join(out), marks


def _ordinary(index: int, text: str, marks: list[Planted], words) -> list[Ordinary]:
    found = []
    for match in words.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in marks):
            continue
        before = text[:start].rstrip(" \"'“‘-•*–·>")
        where = "initial" if not before or before[-1] in ".!?:;\n" else "inner"
        word = match.group()
        found.append(Ordinary(index, start, end, word, f"homograph/{where}/{word.lower()}"))
    return found
