"""Held-out F: a second held-out set, written apart from the rules and from every other set.

    from bench.validation_f import generate_validation_f, SEED
    corpus = generate_validation_f(SEED, 5_000_000)              # 0.7 identifiers per KB

Returns a `tests.deid_corpus.Corpus` scored by `bench/scoring.score` like the other sets.
Nobody who writes or tunes the redaction rules reads this package, its test or its texts:
only its figures are reported (bench/README.md says what it holds and how it is labelled).

Whole notes of a resource-group study in Swedish, English or both, in seven styles
(`styles.py`): running notes, dictation, pasted e-mail, text messages, minutes, to-do lists,
an observer's log. Its own registry (`cast.py`), sentences (`lines_sv.py`, `lines_en.py`,
`words.py`), template language (`compose.py`), name sources (`names.py`), ways of writing a
name (`forms.py`) and formats (`numbers.py`, `contacts.py`). Deterministic for a seed, size and
density (and the pinned Faker and mimesis versions).
"""

from __future__ import annotations

import random

from bench.validation_f.cast import exact_forms, make_cast
from bench.validation_f.compose import Composer
from bench.validation_f.names import NOT_FOR_STRANGERS
from bench.validation_f.note import Note
from bench.validation_f.styles import STYLES, Budget, Writer
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 8423
REALISTIC = 0.7  # identifiers per KB, as in real notes
DENSE = 3.0  # for the generator's own test: more of everything in fewer bytes
__all__ = ["DENSE", "REALISTIC", "SEED", "generate_validation_f"]


def generate_validation_f(seed: int, size_bytes: int, per_kb: float = REALISTIC) -> Corpus:
    """About `size_bytes` of notes (UTF-8) with every identifier and ordinary word recorded."""
    rng = random.Random(seed)
    people, places = make_cast(rng)
    forms = exact_forms(people, places)
    avoid = {f.lower() for fs in forms.values() for f in fs} | {
        w.lower() for p in people for w in (p.given, p.family, *p.given.split("-"))
    }
    avoid |= NOT_FOR_STRANGERS
    groups = sorted({p.group for p in people})
    budget = Budget(per_kb)
    names = list(STYLES)
    weights = [STYLES[n][1] for n in names]
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    while budget.bytes < size_bytes:
        chosen = rng.choice(groups)
        group = [p for p in people if p.group == chosen]
        lang = rng.choices(("sv", "en", "mix"), weights=(5, 3, 2))[0]
        style = rng.choices(names, weights=weights)[0]
        note = Note(len(texts), forms, lower=rng.random() < 0.07)
        writer = Writer(rng, note, Composer(rng, group, places, people, avoid, lang), budget)
        STYLES[style][0](writer, rng.randint(600, 3500))
        text = note.text()
        stripped = text.rstrip()
        texts.append(stripped)
        planted.extend(p for p in note.planted if p.end <= len(stripped))
        ordinary.extend(o for o in note.ordinary if o.end <= len(stripped))
        budget.bytes += len(stripped.encode())
    entries = [p.entry for p in people] + [pl.entry for pl in places]
    return Corpus(texts, entries, planted, ordinary)
