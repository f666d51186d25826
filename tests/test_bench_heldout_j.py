"""Held-out J (bench/heldout_j) is made the same way every time, its gold spans are exactly
its text, it holds what issue 9's held-out set must hold, and its shipped data carry their
sources' licences. No test here runs the redactor on it (its figures are read only in
figure 1); nobody who tunes the redactor reads this file."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from bench import heldout_j
from bench.heldout_j import identity, values
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
SIZE = 400_000
DIGEST = (
    "from bench import heldout_j; import hashlib; "
    "c = heldout_j.generate_heldout_j(heldout_j.SEED, 60_000); "
    "print(hashlib.sha256(repr((c.texts, c.planted, c.ordinary)).encode()).hexdigest())"
)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return heldout_j.generate_heldout_j(heldout_j.SEED, SIZE, per_kb=3)


def _digest(c: Corpus) -> str:
    return hashlib.sha256(repr((c.texts, c.planted, c.ordinary)).encode()).hexdigest()


def test_the_same_seed_gives_the_same_notes_whatever_the_hash_seed() -> None:
    here = _digest(heldout_j.generate_heldout_j(heldout_j.SEED, 60_000))
    for hash_seed in ("1", "977"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": f"{ROOT}:{ROOT / 'app'}"}
        out = subprocess.run([sys.executable, "-c", DIGEST], env=env, cwd=ROOT, check=True,
                             capture_output=True, text=True)  # fmt: skip
        assert out.stdout.strip() == here
    assert _digest(heldout_j.generate_heldout_j(heldout_j.SEED + 1, 60_000)) != here


def test_every_gold_span_and_ordinary_word_is_the_text_at_its_offsets(corpus: Corpus) -> None:
    heldout_j.check(corpus)
    first = corpus.planted[0]
    broken = dataclasses.replace(corpus, planted=[dataclasses.replace(first, end=first.end + 1),
                                                  *corpus.planted[1:]])  # fmt: skip
    with pytest.raises(ValueError, match="gold span"):
        heldout_j.check(broken)
    word = corpus.ordinary[0]
    clash = dataclasses.replace(word, start=first.start, end=first.end, word=first.value,
                                text=first.text)  # fmt: skip
    with pytest.raises(ValueError, match="overlaps an identifier"):
        heldout_j.check(dataclasses.replace(corpus, ordinary=[clash]))


def test_notes_are_one_to_four_kilobytes_at_the_realistic_density() -> None:
    c = heldout_j.for_figure(None, 300_000, heldout_j.REALISTIC)
    sizes = [len(t.encode("utf-8")) for t in c.texts]
    assert 900 <= min(sizes) and max(sizes) <= 5_000
    per_kb = len(c.planted) / (c.size_bytes / 1024)
    assert 0.5 <= per_kb <= 0.9


def test_each_kind_and_name_category_is_present(corpus: Corpus) -> None:
    kinds = Counter(p.kind for p in corpus.planted)
    for kind in ("name", "phone", "date", "address", "personnummer", "email", "url", "place"):
        assert kinds[kind] >= 20, kind
    forms = {e.key: entry_forms(e) for e in corpus.registry_people}
    categories = Counter(
        name_category(p.value, p.exact, p.key, corpus.texts[p.text], p.start, p.end, forms)
        for p in corpus.planted
        if p.kind == "name"
    )
    for category in ("exact", "misspelt", "lower", "upper", "invisible", "inflected",
                     "unregistered"):  # fmt: skip
        assert categories[category] >= 15, (category, categories)
    where = Counter(o.form for o in corpus.ordinary)
    assert where["homograph/initial"] >= 20 and where["homograph/inner"] >= 20
    words = {o.word.lower() for o in corpus.ordinary}
    assert {"may", "will", "per", "bo"} <= words
    slotted = [p for p in corpus.planted if p.form.startswith("slot/")]
    assert len(slotted) > len(corpus.planted) / 5  # names standing in published syntax
    hidden = [
        p for p in corpus.planted if p.kind in ("phone", "personnummer") and "hidden" in p.form
    ]
    assert hidden


def test_identity_numbers_of_ten_countries_are_valid_by_python_stdnum() -> None:
    rng = random.Random(5)
    assert len(identity.COUNTRIES) >= 8
    for country, (build, module) in identity.COUNTRIES.items():
        check = importlib.import_module(f"stdnum.{module}")
        for _ in range(200):
            number = build(rng)
            assert check.is_valid(number), (country, number)


def test_phone_pools_hold_possible_numbers_of_at_least_ten_countries() -> None:
    regions = Counter()
    for _loc, region, number in values.table("phones.tsv"):
        parsed = phonenumbers.parse(number, region)
        assert phonenumbers.is_possible_number(parsed), number
        regions[region] += 1
    assert len(regions) >= 10


def test_shipped_data_name_their_sources_and_licences() -> None:
    readme = (ROOT / "bench/heldout_j/README.md").read_text(encoding="utf-8")
    needles = (
        "CC BY-SA 4.0",
        "CC BY 4.0",
        "MIT",
        "CC0 1.0",
        "UD_Danish-DDT",
        "UD_Norwegian-Bokmaal",
        "UD_Finnish-TDT",
        "MTS-Dialog",
        "SuperLim",
        "@faker-js/faker",
        "popular-names",
    )
    for needle in needles:
        assert needle in readme, needle
    package = (ROOT / "bench/heldout_j/build/package.json").read_text(encoding="utf-8")
    assert '"@faker-js/faker": "10.6.0"' in package
    sources = Counter(row[0] for row in values.table("sentences.tsv"))
    assert set(sources) == {"ud-da-ddt", "ud-no-bokmaal", "ud-fi-tdt", "mts-dialog", "superlim-2"}
