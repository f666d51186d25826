"""Held-out B's generator (bench/heldout_b) says the truth about what it planted.

Every planted span is the text it claims, of a kind the scorer knows, never overlapping
another; registered names point at registry entries and are flagged exact only when spelled
as registered; identity numbers carry valid check digits; ordinary uses of words that are
also names lie outside every planted span; the corpus is the same for the same seed; and at
the test size every category the scorer reports has enough items to measure. Nothing here
measures the redactor (the lead decides what is asserted about its quality on this set).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

import pytest

from bench.heldout_b import DENSE, REALISTIC, SEED, generate_heldout_b
from bench.heldout_b.numbers import luhn_valid
from bench.heldout_b.people import HOMOGRAPHS
from bench.scoring import score
from tests.deid_corpus import KINDS, Corpus

SIZE = 200_000
ENOUGH = 15


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return generate_heldout_b(SEED, SIZE, per_kb=DENSE)


@pytest.fixture(scope="module")
def counts(corpus: Corpus) -> dict[str, Any]:
    """What the scorer sees (totals only): a redactor that found nothing."""
    return score(corpus, [[] for _ in corpus.texts])


def test_every_span_is_the_text_it_claims_and_of_a_known_kind(corpus: Corpus) -> None:
    keys = {e.key for e in corpus.registry_people}
    for p in corpus.planted:
        assert corpus.texts[p.text][p.start : p.end] == p.value
        assert p.kind in KINDS
        assert p.value == p.value.strip() and p.value
        assert p.key is None or p.key in keys
        assert (p.key is not None) == (p.kind == "place" or p.form.startswith("registered/"))


def test_exact_means_spelled_as_registered(corpus: Corpus) -> None:
    written: dict[str, set[str]] = {}
    for e in corpus.registry_people:
        forms = {e.canonical, *e.aliases, *e.canonical.split(" ")}
        written[e.key] = forms
    exact = [p for p in corpus.planted if p.key and p.exact]
    other = [p for p in corpus.planted if p.key and not p.exact]
    assert len(exact) > 100 and len(other) > 100
    assert all(p.value in written[p.key] for p in exact)
    assert not any(p.value in written[p.key] for p in other)


def test_planted_spans_never_overlap(corpus: Corpus) -> None:
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_identity_numbers_carry_valid_check_digits(corpus: Corpus) -> None:
    numbers = [p for p in corpus.planted if p.kind == "personnummer"]
    assert len(numbers) >= ENOUGH
    for p in numbers:
        digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", p.value))
        assert len(digits) in (10, 12), p.value
        assert luhn_valid(digits[-10:]), p.value
        day = int(digits[-6:-4])
        assert (61 <= day <= 91) == p.form.startswith("samordningsnummer"), p.value


def test_ordinary_words_lie_outside_every_planted_span(corpus: Corpus) -> None:
    spans: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        spans.setdefault(p.text, []).append((p.start, p.end))
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        assert text[o.start : o.end] == o.word
        assert not (o.start and text[o.start - 1].isalpha())
        assert not (o.end < len(text) and text[o.end].isalpha())
        assert not any(s < o.end and o.start < e for s, e in spans.get(o.text, []))


def test_the_same_seed_gives_the_same_corpus() -> None:
    one, two = generate_heldout_b(3, 30_000), generate_heldout_b(3, 30_000)
    assert one.texts == two.texts and one.planted == two.planted
    assert one.ordinary == two.ordinary and one.registry_people == two.registry_people
    assert generate_heldout_b(4, 30_000).texts != one.texts


def test_realistic_density_is_about_one_identifier_per_one_to_two_kb() -> None:
    corpus = generate_heldout_b(SEED + 1, 100_000)
    per_kb = len(corpus.planted) / (corpus.size_bytes / 1000)
    assert corpus.size_bytes >= 100_000
    assert 0.8 * REALISTIC <= per_kb <= 1.2 * REALISTIC


def test_every_kind_and_name_category_has_enough_to_measure(counts: dict[str, Any]) -> None:
    recall = counts["recall"]
    categories = [*KINDS, "name:exact", "name:lower", "name:upper", "name:inflected",
                  "name:misspelt", "name:unregistered", "name:invisible", "any:hidden"]  # fmt: skip
    short = {c: recall.get(c, [0, 0])[1] for c in categories}
    assert {c: n for c, n in short.items() if n < ENOUGH} == {}


def test_phones_from_many_countries_in_national_and_international_form(
    counts: dict[str, Any],
) -> None:
    facets = counts["facets"]["phone"]
    countries = [f for f in facets if re.fullmatch(r"[A-Z]{2}", f)]
    assert len(countries) >= 12
    for facet in ("national", "international", "cue", "bare", "full-width"):
        assert facets.get(facet, [0, 0])[1] >= 5, facet
    assert sum(facets.get(f, [0, 0])[1] for f in ("nbsp", "nnbsp", "zwsp")) >= 5


def test_names_cover_every_form_the_brief_asks_for(counts: dict[str, Any]) -> None:
    facets = counts["facets"]["name"]
    wanted = ["given", "family", "full", "title+family", "title+full", "genitive-sv",
              "possessive-en", "shy", "zwsp", "zwj", "wj", "in-faker", "not-in-faker",
              "homograph", "so", "ti", "ku", "bs", "ar", "fa", "sv", "ru"]  # fmt: skip
    assert {f: facets.get(f, [0, 0])[1] for f in wanted if facets.get(f, [0, 0])[1] < 3} == {}
    assert facets.get("nbsp", [0, 0])[1] + facets.get("nnbsp", [0, 0])[1] >= 3


def test_homograph_names_are_registered_and_their_words_used_as_words(corpus: Corpus) -> None:
    given = {e.canonical.split(" ")[0] for e in corpus.registry_people}
    assert set(HOMOGRAPHS) <= given
    words = Counter(o.word.lower() for o in corpus.ordinary if o.form.endswith("/planned"))
    rare = {"iris", "ulf"}  # used as words in unusual sentences, written less often
    few = {w for w in map(str.lower, HOMOGRAPHS) if words[w] < (2 if w in rare else 10)}
    assert few == {"ruth"}  # "Ruth" is no word in either language
    where = Counter(o.form.split("/")[1] for o in corpus.ordinary)
    assert where["initial"] >= 50 and where["inner"] >= 200


def test_a_redactor_that_finds_exactly_the_planted_spans_scores_perfectly(
    corpus: Corpus,
) -> None:
    tags = {e.key: e.tag for e in corpus.registry_people}
    spans: list[list[tuple]] = [[] for _ in corpus.texts]
    for p in corpus.planted:
        spans[p.text].append((p.start, p.end, p.kind, tags.get(p.key or "", "[x]")))
    q = score(corpus, spans)
    assert all(hits == total for hits, total in q["recall"].values())
    assert all(hits == total for hits, total in q["tagged"].values())
    assert q["precision"]["all"][0] == q["precision"]["all"][1]
    assert q["ordinary"]["all"][0] == 0
