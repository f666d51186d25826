"""Held-out H (bench/heldout_h) is made the same way every time, its gold spans are exactly
its text, and it holds what issue 9's held-out set must hold. No test here runs the redactor
on it (its figures are read only in figure 1)."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import heldout_h
from bench.scoring import score
from tests.deid_corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
SIZE = 400_000
DIGEST = (
    "from bench import heldout_h; import hashlib; "
    "c = heldout_h.generate_heldout_h(heldout_h.SEED, 60_000); "
    "print(hashlib.sha256(repr((c.texts, c.planted, c.ordinary)).encode()).hexdigest())"
)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return heldout_h.generate_heldout_h(heldout_h.SEED, SIZE)


def _digest(c: Corpus) -> str:
    return hashlib.sha256(repr((c.texts, c.planted, c.ordinary)).encode()).hexdigest()


def test_the_same_seed_gives_the_same_notes_whatever_the_hash_seed() -> None:
    here = _digest(heldout_h.generate_heldout_h(heldout_h.SEED, 60_000))
    assert here == _digest(heldout_h.generate_heldout_h(heldout_h.SEED, 60_000))
    assert here != _digest(heldout_h.generate_heldout_h(heldout_h.SEED + 1, 60_000))
    for hash_seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": f"{ROOT}:{ROOT / 'app'}"}
        out = subprocess.run([sys.executable, "-c", DIGEST], env=env, cwd=ROOT, check=True,
                             capture_output=True, text=True)  # fmt: skip
        assert out.stdout.strip() == here


def test_every_gold_span_is_the_text_at_its_offsets_and_a_wrong_one_is_refused(
    corpus: Corpus,
) -> None:
    for p in corpus.planted:
        assert corpus.texts[p.text][p.start : p.end] == p.value
    for o in corpus.ordinary:
        assert corpus.texts[o.text][o.start : o.end] == o.word
    moved = dataclasses.replace(corpus.planted[0], start=corpus.planted[0].start + 1)
    with pytest.raises(ValueError, match="does not match"):
        heldout_h.check(Corpus(corpus.texts, corpus.registry_people, [moved], []))


def test_it_has_the_size_and_density_figure_1_asks_for(corpus: Corpus) -> None:
    assert SIZE <= corpus.size_bytes < SIZE + 6_000
    per_kb = len(corpus.planted) / (corpus.size_bytes / 1024)
    assert abs(per_kb - heldout_h.REALISTIC) < 0.05
    small = heldout_h.for_figure(heldout_h.SEED, 50_000, 2.0)
    assert abs(len(small.planted) / (small.size_bytes / 1024) - 2.0) < 0.2


def test_it_holds_every_kind_name_category_and_ordinary_word_the_issue_names(
    corpus: Corpus,
) -> None:
    totals = score(corpus, [[] for _ in corpus.texts])["recall"]
    for kind in ("name", "phone", "date", "address", "email", "personnummer", "place", "url"):
        assert totals[kind][1] > 0, kind
    for category in ("exact", "lower", "upper", "ascii", "inflected", "misspelt",
                     "unregistered", "invisible"):  # fmt: skip
        assert totals[f"name:{category}"][1] > 0, category
    assert totals["any:hidden"][1] > totals["name:invisible"][1]  # numbers too
    phones = [p.form.split("/") for p in corpus.planted if p.kind == "phone"]
    regions = {f[1] for f in phones if f[0] == "pn"}
    assert len(regions) >= 10
    assert {"national", "international", "e164", "cue", "no-cue"} <= {x for f in phones for x in f}
    words = {o.word.lower() for o in corpus.ordinary}
    assert {"love", "may", "mark", "per", "rose", "bill", "will", "sky", "hope", "grace"} <= words
    wheres = {o.form.split("/")[1] for o in corpus.ordinary}
    assert wheres == {"initial", "inner"}
    registered = {e.key for e in corpus.registry_people}
    assert all(p.key in registered for p in corpus.planted if p.key)
    languages = {p.form.split("/")[0] for p in corpus.planted if p.kind == "date"}
    assert {"sv", "en"} <= languages and len(languages & {"no", "da", "fi", "de"}) >= 2
