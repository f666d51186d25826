"""Validation D's generator (bench/validation_d) says the truth about what it planted.

Every planted span is the text it claims, of a kind the scorer knows, never overlapping
another; registered names point at registry entries and are flagged exact only when spelled
as registered; personnummer carry valid check digits; distractors (medicines, agencies)
and ordinary uses of words that are also names lie outside every planted span; the
corpus is the same for the same seed and differs for another.
"""

from __future__ import annotations

import pytest

from bench.validation_d import DENSE, SEED, generate_validation_d
from bench.validation_d.distract import AGENCIES, CITIES, DRUGS
from bench.validation_d.numbers import _luhn
from tests.deid_corpus import KINDS, Corpus

SIZE = 120_000


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return generate_validation_d(SEED, SIZE, per_kb=DENSE)


def test_every_span_is_the_text_it_claims_and_never_overlaps(corpus: Corpus) -> None:
    keys = {e.key for e in corpus.registry_people}
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        assert corpus.texts[p.text][p.start : p.end] == p.value and p.value.strip() == p.value
        assert p.kind in KINDS
        assert p.key is None or p.key in keys
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_exact_means_spelled_as_registered(corpus: Corpus) -> None:
    written = {
        e.key: {e.canonical, *e.aliases, *e.canonical.split(" ")} for e in corpus.registry_people
    }
    exact = [p for p in corpus.planted if p.key and p.exact]
    assert len(exact) > 50
    assert all(p.value in written[p.key] for p in exact)


def test_personnummer_carry_valid_check_digits(corpus: Corpus) -> None:
    numbers = [p.value for p in corpus.planted if p.kind == "personnummer"]
    assert numbers
    for value in numbers:
        digits = "".join(c for c in value if c.isdigit())[-10:]
        assert _luhn(digits[:9]) == int(digits[9]), value


def test_distractors_and_ordinary_words_lie_outside_the_planted_spans(corpus: Corpus) -> None:
    # (a town may be a family name too: "ssk Madrid" is a person, "i Madrid" is not)
    words = set(DRUGS) | set(AGENCIES["sv"]) | set(AGENCIES["en"])
    assert sum(any(w in text for w in DRUGS) for text in corpus.texts) > 20
    assert sum(any(f" {w}" in text for w in CITIES) for text in corpus.texts) > 20
    for p in corpus.planted:
        assert p.value not in words  # a medicine or agency is never planted
        if p.kind == "name":
            assert not any(w in p.value for w in words), p.value
    for o in corpus.ordinary:
        planted = [p for p in corpus.planted if p.text == o.text]
        assert not any(p.start < o.end and o.start < p.end for p in planted)
    assert len(corpus.ordinary) > 100


def test_the_same_seed_gives_the_same_corpus(corpus: Corpus) -> None:
    again = generate_validation_d(SEED, SIZE, per_kb=DENSE)
    assert again.texts == corpus.texts and again.planted == corpus.planted
    assert generate_validation_d(SEED + 1, 20_000, per_kb=DENSE).texts[:3] != corpus.texts[:3]
