"""Held-out G: the held-out set of Casebook's redaction benchmark, written apart from the rules
and from every other set.

    from bench.heldout_g import generate_heldout_g, SEED
    corpus = generate_heldout_g(SEED, 5_000_000)              # 0.7 identifiers per KB

Returns a `tests.deid_corpus.Corpus` scored by `bench/scoring.score` like the other sets.
Nobody who writes or tunes the redaction rules reads this package, its test or its texts:
only its figures are reported (bench/README.md says what it holds and how it is labelled).

Its sentences come from two sources: the templates of Microsoft's presidio-evaluator
(`presidio_templates.txt`, MIT, vendored unchanged; `presidio.py` says which are used and
why) and Swedish and English sentences of resource-group notes written for this set
(`lines_sv.py`, `lines_en.py`). Its registry (`cast.py`), names (`names.py`), ways of writing
a name (`forms.py`), invisible characters (`hidden.py`) and values (`values.py`: Faker and
libphonenumber's metadata) are its own. Deterministic for a seed, size and density (and the
pinned Faker and phonenumbers versions).
"""

from __future__ import annotations

import random

from bench.heldout_g import fillers, lines_en, lines_sv
from bench.heldout_g.cast import make_cast
from bench.heldout_g.compose import Composer
from bench.heldout_g.forms import Forms
from bench.heldout_g.note import HOMOGRAPHS, Note
from bench.heldout_g.presidio import templates
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 6607
REALISTIC = 0.7  # identifiers per KB, as in real notes
DENSE = 4.0  # for the generator's own test: every kind and form in fewer bytes
__all__ = ["DENSE", "REALISTIC", "SEED", "generate_heldout_g"]
# Where a note's sentences come from, by the note's language: (own Swedish, own English,
# presidio-evaluator's) weights.
SOURCES = {"sv": (85, 0, 15), "en": (0, 55, 45), "mix": (40, 25, 35)}


def generate_heldout_g(seed: int, size_bytes: int, per_kb: float = REALISTIC) -> Corpus:
    """About `size_bytes` of notes (UTF-8) with every identifier and ordinary word recorded."""
    rng = random.Random(seed)
    people, places = make_cast(rng)
    place_words = {w.lower() for p in places for w in (p.name, *p.aliases)}
    forms = Forms(people, place_words)
    avoid = forms.all | set(HOMOGRAPHS) | {w.split()[-1].lower() for w in place_words}
    groups = sorted({p.group for p in people})
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    budget = Budget(per_kb)
    while budget.bytes < size_bytes:
        chosen = rng.choice(groups)
        composer = Composer(rng, [p for p in people if p.group == chosen], places, forms, avoid)
        note = Note(len(texts))
        lang = rng.choices(("sv", "en", "mix"), weights=(45, 20, 35))[0]
        _write(rng, composer, note, lang, rng.randint(500, 3000), budget)
        text = note.text().rstrip()
        texts.append(text)
        planted.extend(p for p in note.planted if p.end <= len(text))
        ordinary.extend(o for o in note.ordinary if o.end <= len(text))
        budget.bytes += len(text.encode("utf-8"))
        budget.planted += len(note.planted)
    entries = [p.entry for p in people] + [pl.entry for pl in places]
    return Corpus(texts, entries, planted, ordinary)


class Budget:
    """Identifiers planted and bytes written so far, against the density asked for."""

    def __init__(self, per_kb: float) -> None:
        self.per_kb, self.bytes, self.planted = per_kb, 0, 0

    def behind(self, note: Note) -> bool:
        return self.planted + len(note.planted) < self.per_kb * (self.bytes + note.length) / 1000


def _write(rng: random.Random, composer: Composer, note: Note, lang: str, target: int,
           budget: Budget) -> None:  # fmt: skip
    """Sentences until `target` characters: one that plants while the corpus is behind its
    density, otherwise one that plants nothing; no sentence twice in one note."""
    presidio_planting, presidio_plain = templates()
    own = (lines_sv, lines_en)
    used: set[str] = set()
    if rng.random() < 0.6:
        header = rng.choice((lines_sv if lang == "sv" else rng.choice(own)).HEADERS)
        composer.fill(note, header + "\n")
    while note.length < target:
        source = rng.choices((0, 1, 2), weights=SOURCES[lang])[0]
        planting = budget.behind(note)
        if not planting and source < 2 and rng.random() < 0.6:
            composer.fill(note, (fillers.swedish, fillers.english)[source](rng))
            note.add("\n" if rng.random() < 0.2 else " ")
            continue
        if source == 2:
            pool = presidio_planting if planting else presidio_plain
        else:
            pool = own[source].PLANTING if planting else own[source].PLAIN
        template = rng.choice(pool)
        for _ in range(4):
            if template not in used:
                break
            template = rng.choice(pool)
        used.add(template)
        block = "\n" in template
        if block and not note.at_line_start:
            note.add("\n")
        composer.fill(note, template)
        roll = rng.random()
        line = block or roll < 0.25 or note.ends_in_word  # a line without a full stop
        note.add("\n" if line else "\n\n" if roll < 0.33 else " ")
