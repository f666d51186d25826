"""Held-out O (bench/heldout_o) is made the same way every time, its gold spans are exactly its
text, it holds what issue 9's held-out set must hold, its identity and phone numbers are valid,
its pools of published sentences and names are large, and its shipped data name their sources
and licences. No test here runs the redactor on it (its figures are read only in figure 1);
nobody who writes or tunes the redactor reads this file. The checks it shares with validation
M and N stand in `tests/heldout_checks.py`."""

from __future__ import annotations

import pytest

from bench import heldout_o
from bench.heldout_o import build_data, people
from tests import heldout_checks as checks
from tests.deid_corpus import Corpus

KEY = "heldout_o"
SIZE = 400_000


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return heldout_o.generate_heldout_o(heldout_o.SEED, SIZE, per_kb=3)


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
    words = {"will", "may", "alla", "inga", "per", "aina", "hans", "liv", "mark", "hope"}
    checks.ordinary_words_recorded_and_registered(KEY, corpus, words)


def test_identity_numbers_of_eight_countries_are_valid_by_python_stdnum(corpus: Corpus) -> None:
    checks.identity_numbers_valid_by_python_stdnum(KEY, corpus)


def test_phone_numbers_are_valid_for_their_country(corpus: Corpus) -> None:
    checks.phone_numbers_valid_for_their_country(KEY, corpus)


def test_a_large_pool_of_sentences_and_names_so_no_one_weighs_much() -> None:
    sentences = people.sentences()
    for lang in ("sv", "en", "no", "da", "fi"):
        assert len(set(sentences[lang])) >= 4_900, lang  # see README: 5,000 shipped each
    sources: dict[str, set[str]] = {lang: set() for lang in sentences}
    data = checks.ROOT / "bench/heldout_o/data/sentences.tsv"
    for line in data.read_text("utf-8").splitlines():
        lang, source, _text = line.split("\t")
        sources[lang].add(source)
    assert all(len(sources[lang]) >= 2 for lang in sources)
    names = people.names()
    assert len(names["given:fi"]) >= 3_000 and len(names["given:sv"]) >= 1_000
    assert len(names["given:no"]) >= 1_500
    assert sum(len(v) for k, v in names.items() if k.startswith("family:")) >= 10_000
    checks.no_line_or_stranger_weighs_much(KEY)


def test_no_kept_sentence_names_anyone_or_holds_a_date() -> None:
    given = {n.lower() for k, v in people.names().items() if k.startswith("given:") for n in v}
    months = {m for lang in build_data.MONTHS.values() for m in lang.split()}
    for kept in people.sentences().values():
        for sentence in kept:
            words = build_data.TOKEN.findall(sentence)
            assert not any(w[0].isupper() and w.lower() in given for w in words), sentence
            assert not any(w.lower() in months for w in words), sentence
            assert not any(c.isdigit() or c == "@" for c in sentence), sentence


def test_shipped_data_name_their_sources_and_licences() -> None:
    checks.shipped_data_name_their_sources(
        KEY,
        (
            "MPL-2.0",
            "CC BY-SA 3.0",
            "Apache-2.0",
            "MIT",
            "libreoffice-help",
            "gnome-user-docs",
            "firefox-esr-l10n-nb-no",
            "thunderbird-l10n-nb-no",
            "libreoffice-l10n-nb",
            "synthea-international",
            "akademien",
            build_data.SYNTHEA_COMMIT[:8],
            build_data.AKADEMIEN_COMMIT[:8],
            *build_data.DEBIAN_VERSIONS.values(),
        ),
    )
