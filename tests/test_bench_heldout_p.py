"""Held-out P (bench/heldout_p) is made the same way every time, its gold spans are exactly its
text, it holds what issue 9's held-out set must hold, its identity and phone numbers are valid,
its pools of published sentences and names are large, and its shipped data name their sources
and licences. No test here runs the redactor on it (its figures are read only in figure 1);
nobody who writes or tunes the redactor reads this file. The checks it shares with the earlier
sets stand in `tests/heldout_checks.py`."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import heldout_p
from bench.heldout_p import build_data, people
from tests import heldout_checks as checks
from tests.deid_corpus import Corpus

KEY = "heldout_p"
SIZE = 700_000  # subtitle lines are short: a little more text than O's test for ordinary words


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return heldout_p.generate_heldout_p(heldout_p.SEED, SIZE, per_kb=2.5)


def test_the_same_seed_gives_the_same_notes_whatever_the_hash_seed() -> None:
    checks.same_notes_whatever_the_hash_seed(KEY)


def test_every_gold_span_and_ordinary_word_is_the_text_at_its_offsets(corpus: Corpus) -> None:
    checks.gold_spans_are_their_text(KEY, corpus)


def test_notes_are_one_to_four_kilobytes_at_the_realistic_density_and_reach_the_size() -> None:
    checks.notes_reach_the_size_at_the_realistic_density(KEY)


def test_each_kind_and_name_category_is_present_in_useful_numbers(corpus: Corpus) -> None:
    checks.kinds_and_categories_in_useful_numbers(corpus)
    checks.names_about_half(corpus, unregistered_at_most=0.35, written=())


def test_invisible_and_compatibility_characters_are_inside_identifiers(corpus: Corpus) -> None:
    checks.hidden_characters_inside_identifiers(KEY, corpus)


def test_ordinary_words_are_recorded_and_their_names_are_registered(corpus: Corpus) -> None:
    words = {"will", "alla", "inga", "love", "ask", "klara", "bror", "usko", "dag", "liv"}
    checks.ordinary_words_recorded_and_registered(KEY, corpus, words)


def test_identity_numbers_of_eight_countries_are_valid_by_python_stdnum(corpus: Corpus) -> None:
    checks.identity_numbers_valid_by_python_stdnum(KEY, corpus)


def test_phone_numbers_are_valid_for_their_country(corpus: Corpus) -> None:
    checks.phone_numbers_valid_for_their_country(KEY, corpus)


def test_a_large_pool_of_sentences_and_names_so_no_one_weighs_much() -> None:
    sentences = people.sentences()
    for lang in ("sv", "en", "no", "da", "fi"):
        assert len(set(sentences[lang])) >= 3_000, lang  # see README for the counts
    sources: dict[str, set[str]] = {lang: set() for lang in sentences}
    data = checks.ROOT / "bench/heldout_p/data/sentences.tsv"
    for line in data.read_text("utf-8").splitlines():
        lang, source, _text = line.split("\t")
        sources[lang].add(source)
    assert all(len(sources[lang]) >= 2 for lang in ("sv", "en", "da"))  # no, fi: one each
    given = people.names()
    assert len(given["given:f"]) + len(given["given:m"]) >= 15_000
    assert len(given["given:en"]) >= 4_000
    for lang in ("sv", "en", "no", "da", "fi"):
        assert len(people.given(lang)) >= 1_000, lang
        assert len(people.family(lang)) >= 300, lang
    checks.no_line_or_stranger_weighs_much(KEY)


def test_no_published_sentence_weighs_much_in_the_notes(corpus: Corpus) -> None:
    pool = {s for kept in people.sentences().values() for s in kept}
    used: Counter = Counter()
    for text in corpus.texts:
        for s in pool.intersection(text.splitlines()):
            used[s] += 1
    assert not used or used.most_common(1)[0][1] <= 6


def test_no_kept_sentence_names_anyone_or_holds_a_date() -> None:
    given = {n.lower() for k, v in people.names().items() for n in v}
    word_names = set(build_data.WORD_NAMES)
    for lang, kept in people.sentences().items():
        months = set(build_data.MONTHS[lang].split())
        for sentence in kept:
            words = build_data.TOKEN.findall(sentence)
            first, rest = words[0], words[1:]
            assert first in word_names or first.lower() not in given, sentence
            assert not any(w[0].isupper() for w in rest if w != "I"), sentence
            assert not any(w.lower() in months for w in words), sentence
            assert not any(c.isdigit() or c == "@" for c in sentence), sentence


def test_shipped_data_name_their_sources_and_licences() -> None:
    checks.shipped_data_name_their_sources(
        KEY,
        (
            "top-open-subtitles-sentences",
            "OpenSubtitles2018",
            "chatterbot-corpus",
            "BSD-3-Clause",
            "bolddp/swedish-names",
            "Kantrowitz",
            "Familjeliv",
            "DKHate",
            "CC BY 4.0",
            build_data.SUBTITLES_COMMIT[:8],
            build_data.SCB_NAMES_COMMIT[:8],
            build_data.NLTK_DATA_COMMIT[:8],
            build_data.FORUM_COMMIT[:8],
            build_data.DKHATE_COMMIT[:8],
            build_data.CHATTERBOT_VERSION,
        ),
    )
