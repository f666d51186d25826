"""Validation E's generator (bench/validation_e) says the truth about what it planted."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.validation_e import DENSE, SEED, generate_validation_e
from bench.validation_e.numbers import luhn
from bench.validation_e.words import HOMOGRAPHS
from tests.deid_corpus import Corpus


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return generate_validation_e(SEED + 1, 150_000, per_kb=DENSE)


def test_every_planted_span_holds_its_value(corpus: Corpus) -> None:
    for p in corpus.planted:
        assert corpus.texts[p.text][p.start : p.end] == p.value
        assert p.value == p.value.strip() and p.value


def test_every_kind_is_planted_and_phones_come_from_ten_countries(corpus: Corpus) -> None:
    kinds = Counter(p.kind for p in corpus.planted)
    for kind in ("name", "place", "email", "phone", "personnummer", "address", "url", "date"):
        assert kinds[kind] > 0, kind
    countries = {p.form.split("/")[0] for p in corpus.planted if p.kind == "phone"}
    assert len(countries) >= 10


def test_names_are_registered_or_strangers_nobody_registered(corpus: Corpus) -> None:
    keys = {e.key for e in corpus.registry_people}
    words = {w.lower() for e in corpus.registry_people for w in (e.canonical, *e.aliases)}
    words |= {w for e in corpus.registry_people for w in e.canonical.lower().split()}
    for p in corpus.planted:
        if p.kind == "name" and p.key is None:
            assert "stranger" in p.form
            assert not set(p.value.lower().split()) & words
        elif p.kind == "name":
            assert p.key in keys
    forms = Counter(f for p in corpus.planted for f in p.form.split("/"))
    for facet in ("lower", "misspelt", "hidden", "genitive", "stranger"):
        assert forms[facet] > 0, facet


def test_personnummer_have_valid_check_digits(corpus: Corpus) -> None:
    for p in corpus.planted:
        if p.kind == "personnummer":
            digits = "".join(c for c in p.value if c.isdigit())[-10:]
            assert luhn(digits[:9]) == digits[9]


def test_ordinary_uses_are_homograph_words_outside_every_planted_span(corpus: Corpus) -> None:
    assert {o.form for o in corpus.ordinary} == {"homograph/initial", "homograph/inner"}
    planted = {}
    for p in corpus.planted:
        planted.setdefault(p.text, []).append(p)
    allowed = {h.lower() for h in HOMOGRAPHS}
    for o in corpus.ordinary:
        assert o.word.lower() in allowed
        assert not any(p.start < o.end and o.start < p.end for p in planted.get(o.text, []))


def test_it_is_deterministic_and_keeps_its_density() -> None:
    one, two = generate_validation_e(3, 40_000), generate_validation_e(3, 40_000)
    assert one.texts == two.texts and one.planted == two.planted
    assert generate_validation_e(4, 40_000).texts != one.texts
    realistic = generate_validation_e(SEED, 200_000)
    per_kb = len(realistic.planted) / (realistic.size_bytes / 1000)
    assert 0.5 < per_kb < 0.9
