"""Held-out C's generator (bench/heldout_c) says the truth about what it planted.

Every planted span is the text it claims, of a kind the scorer knows, never overlapping
another; registered names point at registry entries and are flagged exact only when spelled
as registered; identity numbers carry valid check digits; ordinary uses of words that are
also names lie outside every planted span; place words and numbers that identify no one are
left unplanted; the corpus is the same for the same seed; and at the test size every
category the scorer reports has enough items to measure. Nothing here measures the redactor:
no test asserts its quality on this set (it is reported, never tuned on).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

import pytest

from bench.heldout_c import DENSE, REALISTIC, SEED, generate_heldout_c
from bench.heldout_c.contacts import CITIES_ABROAD, CITIES_SE
from bench.heldout_c.mentions import exact_forms
from bench.heldout_c.namelists import HOMOGRAPH_GIVEN, OWN
from bench.heldout_c.numbers import luhn_valid
from bench.heldout_c.ordinary import HOMOGRAPH_WORDS
from bench.scoring import score
from tests.deid_corpus import KINDS, Corpus

SIZE = 200_000
ENOUGH = 15


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return generate_heldout_c(SEED, SIZE, per_kb=DENSE)


@pytest.fixture(scope="module")
def counts(corpus: Corpus) -> dict[str, Any]:
    """What the scorer sees (totals only): a redactor that found nothing."""
    return score(corpus, [[] for _ in corpus.texts])


def _spans(corpus: Corpus) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        spans.setdefault(p.text, []).append((p.start, p.end))
    return spans


def test_every_span_is_the_text_it_claims_and_of_a_known_kind(corpus: Corpus) -> None:
    keys = {e.key for e in corpus.registry_people}
    for p in corpus.planted:
        assert corpus.texts[p.text][p.start : p.end] == p.value
        assert p.kind in KINDS
        assert p.value == p.value.strip() and p.value
        assert p.key is None or p.key in keys
        assert (p.key is not None) == (p.kind == "place" or p.form.startswith("registered/"))


def test_exact_means_spelled_as_registered(corpus: Corpus) -> None:
    from bench.heldout_c.study import Person

    people = {e.key: e for e in corpus.registry_people}
    exact = [p for p in corpus.planted if p.kind == "name" and p.key and p.exact]
    other = [p for p in corpus.planted if p.kind == "name" and p.key and not p.exact]
    assert len(exact) > 100 and len(other) > 100
    for p in exact + other:
        forms = exact_forms(Person(p.key, "", "", None, people[p.key]))  # type: ignore[arg-type]
        assert (p.value in forms) == p.exact, p.value


def test_planted_spans_never_overlap(corpus: Corpus) -> None:
    for spans in _spans(corpus).values():
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
    forms = Counter(p.form.split("/")[0] for p in numbers)
    assert forms["personnummer"] and forms["samordningsnummer"]


def test_ordinary_words_lie_outside_every_planted_span(corpus: Corpus) -> None:
    spans = _spans(corpus)
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        assert text[o.start : o.end] == o.word
        assert not (o.start and text[o.start - 1].isalpha())
        assert not (o.end < len(text) and text[o.end].isalpha())
        assert not any(s < o.end and o.start < e for s, e in spans.get(o.text, []))


def test_words_beside_an_identifier_that_identify_nothing_stay_outside_its_span(
    corpus: Corpus,
) -> None:
    """A weekday or article before a date, an extension after a phone number: a redactor
    that leaves them is not missing anything."""
    dates = [p.value for p in corpus.planted if p.kind == "date"]
    lead = re.compile(r"(den|the|mån|tis|ons|tors|fre|lör|sön|Mon|Tue|Wed|Thu|Fri|Sat|Sun) ")
    assert dates and not [d for d in dates if lead.match(d)]
    phones = [p for p in corpus.planted if p.kind == "phone"]
    assert not [p.value for p in phones if re.search(r"ankn|\(vx\)|x\d+$", p.value)]
    assert any("extension" in p.form for p in phones)


def test_the_same_seed_gives_the_same_corpus() -> None:
    one, two = generate_heldout_c(3, 30_000), generate_heldout_c(3, 30_000)
    assert one.texts == two.texts and one.planted == two.planted
    assert one.ordinary == two.ordinary and one.registry_people == two.registry_people
    assert generate_heldout_c(4, 30_000).texts != one.texts


def test_realistic_density_is_about_one_identifier_per_one_to_two_kb() -> None:
    corpus = generate_heldout_c(SEED + 1, 100_000)
    per_kb = len(corpus.planted) / (corpus.size_bytes / 1000)
    assert corpus.size_bytes >= 100_000
    assert 0.8 * REALISTIC <= per_kb <= 1.2 * REALISTIC
    sizes = [len(t.encode("utf-8")) for t in corpus.texts]
    assert min(sizes) >= 100 and max(sizes) <= 6_000


def test_every_kind_and_name_category_has_enough_to_measure(counts: dict[str, Any]) -> None:
    recall = counts["recall"]
    categories = [*KINDS, "name:exact", "name:lower", "name:upper", "name:ascii",
                  "name:inflected", "name:misspelt", "name:unregistered", "name:invisible",
                  "any:hidden"]  # fmt: skip
    short = {c: recall.get(c, [0, 0])[1] for c in categories}
    assert {c: n for c, n in short.items() if n < ENOUGH} == {}


def test_phones_from_many_countries_and_three_sources(counts: dict[str, Any]) -> None:
    facets = counts["facets"]["phone"]
    countries = [f for f in facets if re.fullmatch(r"[A-Z]{2}", f)]
    assert len(countries) >= 12
    for facet in ("national", "international", "cue", "bare", "faker", "mimesis", "own"):
        assert facets.get(facet, [0, 0])[1] >= 3, facet


def test_names_come_from_every_origin_and_every_form(counts: dict[str, Any]) -> None:
    facets = counts["facets"]["name"]
    wanted = [
        *OWN, "sv", "faker", "mimesis", "list", "homograph", "double-given", "particle",
        "given", "full", "family", "title+family", "lower", "upper", "ascii", "genitive-sv",
        "possessive-en", "misspelt-1", "misspelt-2", "shy", "zwsp", "zwj", "wj",
        "given-only", "surname-only", "title+surname", "role+name", "name(role)", "name+org",
        "in-faker", "not-in-faker", "sentence-start",
    ]  # fmt: skip
    assert {f: facets.get(f, [0, 0])[1] for f in wanted if facets.get(f, [0, 0])[1] < 2} == {}
    assert facets.get("nbsp", [0, 0])[1] + facets.get("nnbsp", [0, 0])[1] >= 2


def test_homograph_names_are_registered_and_their_words_used_as_words(corpus: Corpus) -> None:
    given = {e.canonical.split(" ")[0] for e in corpus.registry_people}
    assert set(HOMOGRAPH_GIVEN) <= given
    words = Counter(o.word.lower() for o in corpus.ordinary)
    used = {w for w in HOMOGRAPH_WORDS if words[w] >= 3}
    assert len(used) >= 18, sorted(HOMOGRAPH_WORDS - used)
    where = Counter(o.form.split("/")[1] for o in corpus.ordinary)
    assert where["initial"] >= 100 and where["inner"] >= 150


def test_place_words_and_numbers_that_identify_no_one_are_left_unplanted(corpus: Corpus) -> None:
    cities = set(CITIES_SE) | set(CITIES_ABROAD)
    assert not [p.value for p in corpus.planted if p.value in cities]
    spans = _spans(corpus)
    outside = "".join(
        "".join(c for i, c in enumerate(t) if not any(s <= i < e for s, e in spans.get(n, [])))
        for n, t in enumerate(corpus.texts[:40])
    )  # fmt: skip
    assert sum(city in outside for city in cities) >= 5
    text = "".join(corpus.texts)
    for trap in (" mg", " kr", "kl.", "Försäkringskassan", "socialtjänsten"):
        assert trap in text, trap
    assert any(unit in text for unit in ("Psykiatriska akut", "akuten", "vårdcentral", "A&E"))
    assert re.search(r"\b(112|1177)\b", "".join(corpus.texts))


def test_notes_are_swedish_english_and_typed_in_a_hurry(corpus: Corpus) -> None:
    text = "\n".join(corpus.texts)
    for abbreviation in ("pat.", "ssk", "CM", "läk", "kur.", "Bed.", "Dx", "med.", "Tel.", "mkt",
                         "ev.", "fr.o.m.", "t.o.m."):  # fmt: skip
        assert abbreviation in text, abbreviation
    swedish = sum(" och " in t for t in corpus.texts)
    english = sum(" the " in t for t in corpus.texts)
    both = sum(" och " in t and " the " in t for t in corpus.texts)
    assert swedish > 20 and english > 20 and both > 3
    assert re.search(r"[a-zåäö]  [a-zåäö]", text)  # double spaces
    assert re.search(r"[a-zåäö]\n", text)  # no full stop before a new line
    assert len(re.findall(r"\. [a-zåäö]", text)) > 50  # no capital after a full stop


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
