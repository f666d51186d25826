"""Held-out I (bench/heldout_i) is made the same way every time, its gold spans are exactly
its text, its real sentences are the published ones, and it holds what issue 9's held-out set
must hold. No test here runs the redactor on it (its figures are read only in figure 1)."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import heldout_i
from bench.heldout_i import build_real
from bench.scoring import score
from tests.deid_corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
SIZE = 400_000
DIGEST = (
    "from bench import heldout_i; import hashlib; "
    "c = heldout_i.generate_heldout_i(heldout_i.SEED, 60_000); "
    "print(hashlib.sha256(repr((c.texts, c.planted, c.ordinary)).encode()).hexdigest())"
)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return heldout_i.generate_heldout_i(heldout_i.SEED, SIZE)


def _digest(c: Corpus) -> str:
    return hashlib.sha256(repr((c.texts, c.planted, c.ordinary)).encode()).hexdigest()


def test_the_same_seed_gives_the_same_notes_whatever_the_hash_seed() -> None:
    here = _digest(heldout_i.generate_heldout_i(heldout_i.SEED, 60_000))
    assert here == _digest(heldout_i.generate_heldout_i(heldout_i.SEED, 60_000))
    assert here != _digest(heldout_i.generate_heldout_i(heldout_i.SEED + 1, 60_000))
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
        heldout_i.check(Corpus(corpus.texts, corpus.registry_people, [moved], []))
    inside = corpus.planted[0]
    overlapping = dataclasses.replace(corpus.ordinary[0], text=inside.text, start=inside.start,
                                      end=inside.end, word=inside.value)  # fmt: skip
    with pytest.raises(ValueError, match="overlaps an identifier"):
        heldout_i.check(Corpus(corpus.texts, corpus.registry_people, [inside], [overlapping]))


def test_it_has_the_size_and_density_figure_1_asks_for(corpus: Corpus) -> None:
    assert SIZE <= corpus.size_bytes < SIZE + 6_000
    per_kb = len(corpus.planted) / (corpus.size_bytes / 1024)
    assert abs(per_kb - heldout_i.REALISTIC) < 0.05
    small = heldout_i.for_figure(heldout_i.SEED, 50_000, 2.0)
    assert abs(len(small.planted) / (small.size_bytes / 1024) - 2.0) < 0.2


def test_it_holds_every_kind_name_category_and_ordinary_word_the_issue_names(
    corpus: Corpus,
) -> None:
    totals = score(corpus, [[] for _ in corpus.texts])["recall"]
    for kind in ("name", "phone", "date", "address", "email", "personnummer", "place", "url"):
        assert totals[kind][1] >= 6, kind
    for category in ("exact", "lower", "upper", "inflected", "misspelt", "unregistered",
                     "invisible"):  # fmt: skip
        assert totals[f"name:{category}"][1] > 0, category
    assert totals["any:hidden"][1] > totals["name:invisible"][1]  # numbers too
    phones = [p.form.split("/") for p in corpus.planted if p.kind == "phone"]
    assert len({f[1] for f in phones}) >= 10  # countries and Faker locales
    assert {"national", "international", "e164", "cue", "no-cue"} <= {x for f in phones for x in f}
    words = {o.word.lower() for o in corpus.ordinary}
    assert {"love", "may", "mark", "per", "rose", "bill", "will", "my", "hope", "grace"} <= words
    assert {o.form.split("/")[1] for o in corpus.ordinary} == {"initial", "inner"}
    registered = {e.key for e in corpus.registry_people}
    assert all(p.key in registered for p in corpus.planted if p.key)
    languages = {p.form.split("/")[0] for p in corpus.planted if p.kind == "date"}
    assert {"sv", "en"} <= languages and len(languages & {"no", "da", "fi", "de"}) >= 2


def test_its_real_sentences_are_published_text_kept_as_published(corpus: Corpus) -> None:
    rows = [r for lang in ("sv", "en") for r in heldout_i.real_sentences()[lang]]
    assert {r[0] for r in rows} == {"talbanken", "swell", "ewt"} and len(rows) > 3000
    for _source, _lang, text, marks in rows:
        for start, end, role in marks:
            assert text[start:end].strip() == text[start:end] and end > start, (text, role)
        assert not build_real._UNSAFE.search(text)  # nothing unlabelled that looks like an id
    real = [o for o in corpus.ordinary if o.form.split("/")[2] in ("talbanken", "swell", "ewt")]
    assert len(real) > len(corpus.ordinary) / 2  # most ordinary words are in published text
    joined = "\n".join(corpus.texts)
    assert sum(r[2] in joined for r in rows[:400]) > 20  # its sentences are in the notes as written
    block = [
        "1\tFolket\tfolk\tNOUN\t_\t_\t0\troot\t_\t_",
        "2\tPer\tPer\tPROPN\t_\t_\t1\tflat\t_\t_",
        "3\tår\tår\tNOUN\t_\t_\t1\tobl\t_\t_",
    ]
    assert build_real.sentence(block, "talbanken", "sv") is None  # a proper noun: dropped
    block[1] = "2\tper\tper\tADP\t_\t_\t1\tcase\t_\t_"
    assert build_real.sentence(block, "talbanken", "sv") == ("Folket per år", ["7:10:word:ADP"])
