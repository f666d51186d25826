"""The held-out generator (bench/heldout) says the truth about what it planted, the same way
every time, and plants every category the benchmark reports."""

from __future__ import annotations

import unicodedata

import pytest

from bench.heldout import DENSE, SEED, generate_heldout
from bench.heldout.names import HOMOGRAPH_GIVEN, swedish_names
from bench.heldout.numbers import PHONE_LOCALES
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import KINDS

SIZE = 150_000


@pytest.fixture(scope="module")
def corpus():
    return generate_heldout(SEED, SIZE, per_kb=DENSE)


def _digits(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isdigit())


def _luhn_ok(ten: str) -> bool:
    total = 0
    for i, c in enumerate(ten):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def test_every_span_points_at_what_it_claims(corpus) -> None:
    keys = {e.key: e for e in corpus.registry_people}
    forms = {key: entry_forms(e) for key, e in keys.items()}
    assert all(unicodedata.is_normalized("NFC", t) for t in corpus.texts)
    for p in corpus.planted:
        written = corpus.texts[p.text][p.start : p.end]
        assert written == p.value and written.strip() == written and written, p
        assert p.kind in KINDS, p
        if p.key is not None:
            assert p.key in keys and (p.kind == "place") == (keys[p.key].kind == "place"), p
        if p.exact:  # as registered, capital letter included
            assert written.lower() in forms[p.key] and written[0].isupper(), p
        if p.kind == "phone":
            number = written.split("x")[0].split(" ankn.")[0]
            assert 7 <= len(_digits(number)) <= 15, p
        if p.kind == "personnummer":
            assert _luhn_ok(_digits(written)[-10:]), p
        if p.kind == "email":
            assert "@" in written, p
    for o in corpus.ordinary:
        assert corpus.texts[o.text][o.start : o.end] == o.word
        same = [p for p in corpus.planted if p.text == o.text]
        assert not any(p.start < o.end and o.start < p.end for p in same), o


def test_spans_do_not_overlap(corpus) -> None:
    by_text: dict[int, list] = {}
    for p in corpus.planted:
        by_text.setdefault(p.text, []).append(p)
    for planted in by_text.values():
        planted.sort(key=lambda p: p.start)
        assert all(a.end <= b.start for a, b in zip(planted, planted[1:], strict=False))


def test_same_seed_same_corpus_and_another_seed_another() -> None:
    one, two = generate_heldout(5, 40_000), generate_heldout(5, 40_000)
    assert one.texts == two.texts and one.planted == two.planted
    assert one.ordinary == two.ordinary and one.registry_people == two.registry_people
    assert generate_heldout(6, 40_000).texts != one.texts
    assert 40_000 <= one.size_bytes < 46_000


def test_realistic_density_is_about_one_identifier_per_one_to_two_kilobytes() -> None:
    corpus = generate_heldout(SEED, 120_000)
    per_kb = len(corpus.planted) / (corpus.size_bytes / 1000)
    assert 0.5 <= per_kb <= 1.0


def test_every_category_is_planted(corpus) -> None:
    forms = {e.key: entry_forms(e) for e in corpus.registry_people}
    kinds = {p.kind for p in corpus.planted}
    assert kinds == set(KINDS)
    names = set()
    facets: dict[str, set[str]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if p.kind == "name":
            names.add(name_category(p.value, p.exact, p.key, text, p.start, p.end, forms))
        facets.setdefault(p.kind, set()).update(p.form.split("/"))
    assert names >= {
        "exact", "lower", "upper", "ascii", "inflected", "misspelt", "unregistered", "invisible"
    }  # fmt: skip
    phone = facets["phone"]
    assert len(phone & set(PHONE_LOCALES)) >= 10
    assert phone >= {"international", "national", "extension", "swedish-odd", "cue", "bare"}
    assert any(f.startswith("hidden-") for f in phone)
    assert any(f.startswith("hidden-") for f in facets["personnummer"])
    assert facets["name"] >= {
        f"stranger-{s}" for s in ("given", "surname", "full", "title", "office")
    }
    assert facets["name"] >= {"in-faker", "not-in-faker"}
    assert {"swedish-full", "foreign-full"} <= facets["address"]


def test_homograph_names_are_registered_mentioned_and_used_as_words(corpus) -> None:
    registered = {e.canonical.split(" ")[0] for e in corpus.registry_people}
    assert set(HOMOGRAPH_GIVEN) <= registered
    as_names = {p.value for p in corpus.planted if p.form.startswith("homograph/")}
    assert as_names == set(HOMOGRAPH_GIVEN)
    as_words = {(o.word.lower(), o.form.split("/")[1]) for o in corpus.ordinary}
    for word in ("love", "may", "mark", "per", "hope", "will", "inga", "rose", "bill"):
        assert (word, "initial") in as_words, word
    assert {("will", "inner"), ("may", "inner"), ("per", "inner")} <= as_words


def test_no_name_comes_from_the_development_sets_country(corpus) -> None:
    swedish = swedish_names() - {w.lower() for w in HOMOGRAPH_GIVEN}
    for entry in corpus.registry_people:
        if entry.kind == "person":
            assert not {w.lower() for w in entry.canonical.split(" ")} & swedish, entry
    strangers = [p for p in corpus.planted if p.kind == "name" and p.key is None]
    for p in strangers:
        assert not {w.lower() for w in p.value.split(" ")} & swedish, p
