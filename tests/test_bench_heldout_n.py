"""Held-out N (bench/heldout_n) is made the same way every time, its gold spans are exactly its
text, it holds what issue 9's held-out set must hold, its identity and phone numbers are valid,
its pools of published sentences and names are large, and its shipped data name their sources
and licences. No test here runs the redactor on it (its figures are read only in figure 1);
nobody who writes or tunes the redactor reads this file. The checks it shares with validation
M stand in `tests/heldout_checks.py`."""

from __future__ import annotations

import pytest

from bench import heldout_n
from bench.heldout_n import build_data, people
from tests import heldout_checks as checks
from tests.deid_corpus import Corpus

KEY = "heldout_n"
SIZE = 400_000


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return heldout_n.generate_heldout_n(heldout_n.SEED, SIZE, per_kb=3)


def test_the_same_seed_gives_the_same_notes_whatever_the_hash_seed() -> None:
    checks.same_notes_whatever_the_hash_seed(KEY)


def test_every_gold_span_and_ordinary_word_is_the_text_at_its_offsets(corpus: Corpus) -> None:
    checks.gold_spans_are_their_text(KEY, corpus)


def test_notes_are_one_to_four_kilobytes_at_the_realistic_density_and_reach_the_size() -> None:
    checks.notes_reach_the_size_at_the_realistic_density(KEY)


def test_each_kind_and_name_category_is_present_in_useful_numbers(corpus: Corpus) -> None:
    checks.kinds_and_categories_in_useful_numbers(corpus)


def test_invisible_and_compatibility_characters_are_inside_identifiers(corpus: Corpus) -> None:
    checks.hidden_characters_inside_identifiers(KEY, corpus)


def test_ordinary_words_are_recorded_and_their_names_are_registered(corpus: Corpus) -> None:
    words = {"will", "may", "love", "alla", "inga", "liv", "aina", "hope", "rose", "per"}
    checks.ordinary_words_recorded_and_registered(KEY, corpus, words)


def test_identity_numbers_of_nine_countries_are_valid_by_python_stdnum(corpus: Corpus) -> None:
    checks.identity_numbers_valid_by_python_stdnum(KEY, corpus)


def test_phone_numbers_are_valid_for_their_country(corpus: Corpus) -> None:
    checks.phone_numbers_valid_for_their_country(KEY, corpus)


def test_a_large_pool_of_sentences_and_names_so_no_one_weighs_much() -> None:
    sentences = people.sentences()
    for lang in ("sv", "en", "no"):
        assert len(set(sentences[lang])) >= 5_000, lang
    assert len(set(sentences["da"])) >= 750 and len(set(sentences["fi"])) >= 300  # see README
    sources = {lang: set() for lang in sentences}
    data = checks.ROOT / "bench/heldout_n/data/sentences.tsv"
    for line in data.read_text("utf-8").splitlines():
        lang, source, _text = line.split("\t")
        sources[lang].add(source)
    assert all(len(sources[lang]) >= 2 for lang in ("sv", "en", "no", "da"))
    names = people.names()
    assert len(names["given:humannames"]) >= 10_000 and len(names["given:persian"]) >= 500
    assert sum(len(v) for k, v in names.items() if k.startswith("family:")) >= 5_000
    checks.no_line_or_stranger_weighs_much(KEY)


def test_shipped_data_name_their_sources_and_licences() -> None:
    checks.shipped_data_name_their_sources(
        KEY,
        (
            "CC0",
            "public domain",
            "CC BY 4.0",
            "GPL",
            "MIT",
            "TICO-19",
            "ELTeC",
            "manpages-l10n",
            "installation-guide-amd64",
            "humannames",
            "persian-names",
            build_data.TICO_COMMIT[:8],
            *(commit[:8] for commit in build_data.ELTEC_COMMITS.values()),
        ),
    )
