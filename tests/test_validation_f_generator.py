"""Held-out F's generator (bench/validation_f): the same seed gives the same corpus, and every
label it writes is exactly the text at its offsets, so its figures measure the redactor and not
the generator. Nothing here scores the redactor on it (no rule may be tuned on its texts)."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from bench.validation_f import DENSE, generate_validation_f
from bench.validation_f.numbers import luhn

SIZE = 150_000


@pytest.fixture(scope="module")
def corpus():
    return generate_validation_f(91, SIZE, per_kb=DENSE)


def test_a_seed_gives_the_same_corpus_and_another_seed_another(corpus) -> None:
    again = generate_validation_f(91, SIZE, per_kb=DENSE)
    assert again.texts == corpus.texts
    assert again.planted == corpus.planted
    assert again.ordinary == corpus.ordinary
    assert [e.tag for e in again.registry_people] == [e.tag for e in corpus.registry_people]
    other = generate_validation_f(92, SIZE, per_kb=DENSE)
    assert other.texts != corpus.texts


def test_every_planted_span_is_the_text_at_its_offsets(corpus) -> None:
    for p in corpus.planted:
        text = corpus.texts[p.text]
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.value, p
        assert p.value == p.value.strip(), p  # no space at either end of a label
    for o in corpus.ordinary:
        assert corpus.texts[o.text][o.start : o.end] == o.word, o


def test_labels_do_not_overlap_and_ordinary_words_are_never_planted(corpus) -> None:
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for o in corpus.ordinary:
        by_text.setdefault(o.text, []).append((o.start, o.end))
    for spans in by_text.values():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start


def test_the_set_holds_every_kind_and_form_the_issue_names(corpus) -> None:
    kinds = Counter(p.kind for p in corpus.planted)
    for kind in ("name", "place", "email", "phone", "personnummer", "address", "url", "date"):
        assert kinds[kind] >= 10, (kind, kinds)
    countries = {p.form.split("/")[0] for p in corpus.planted if p.kind == "phone"}
    assert len(countries) >= 10
    names = [p for p in corpus.planted if p.kind == "name"]
    registered = [p for p in names if p.key]
    assert sum(p.exact for p in registered) >= 50
    assert sum(p.key is None for p in names) >= 50  # people nobody registered
    assert any(p.form.startswith("misspelt") for p in registered)
    assert any(p.value.islower() for p in registered)
    hidden = [p for p in corpus.planted if unicodedata.normalize("NFKC", p.value) != p.value
              or any(unicodedata.category(c) == "Cf" for c in p.value)]  # fmt: skip
    assert {p.kind for p in hidden} >= {"name", "phone"}
    words = {o.word.lower() for o in corpus.ordinary}
    assert words >= {"per", "dag", "inga", "bo", "max", "will", "may", "mark", "rose", "hope",
                     "love", "grace", "bill", "sten", "stig", "sky"}  # fmt: skip
    assert {o.form.split("/")[1] for o in corpus.ordinary} == {"initial", "inner"}


def test_identity_numbers_carry_a_valid_check_digit(corpus) -> None:
    table = str.maketrans("０１２３４５６７８９", "0123456789")
    for p in corpus.planted:
        if p.kind != "personnummer":
            continue
        digits = "".join(c for c in p.value.translate(table) if c.isdigit())[-10:]
        assert luhn(digits[:9]) == int(digits[9]), p.value
        day = int(digits[4:6])
        assert 1 <= day <= 28 or 61 <= day <= 88  # samordningsnummer add 60 to the day


def test_density_is_what_was_asked() -> None:
    realistic = generate_validation_f(7, 300_000)
    per_kb = len(realistic.planted) / (realistic.size_bytes / 1000)
    assert 0.6 <= per_kb <= 0.8
