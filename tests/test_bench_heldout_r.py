"""Held-out R (bench/heldout_r) is made the same way every time, its gold spans are exactly its
text, it holds what issue 9's held-out set must hold, its identity and phone numbers are valid,
its pools of published sentences and names are large, and its shipped data name their sources
and licences. No test here runs the redactor on it (its figures are read only in figure 1);
nobody who writes or tunes the redactor reads this file. The checks it shares with the earlier
sets stand in `tests/heldout_checks.py`."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import heldout_r
from bench.heldout_r import build_data, people
from tests import heldout_checks as checks
from tests.deid_corpus import Corpus

KEY = "heldout_r"
SIZE = 700_000
DENSITY = 2.0  # enough of every category, and enough published text for sentence-initial words


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return heldout_r.generate_heldout_r(heldout_r.SEED, SIZE, per_kb=DENSITY)


def test_the_same_seed_gives_the_same_notes_whatever_the_hash_seed() -> None:
    checks.same_notes_whatever_the_hash_seed(KEY)


def test_every_gold_span_and_ordinary_word_is_the_text_at_its_offsets(corpus: Corpus) -> None:
    checks.gold_spans_are_their_text(KEY, corpus)


def test_notes_are_one_to_four_kilobytes_at_the_realistic_density_and_reach_the_size() -> None:
    checks.notes_reach_the_size_at_the_realistic_density(KEY)


def test_each_kind_and_name_category_is_present_in_useful_numbers(corpus: Corpus) -> None:
    checks.kinds_and_categories_in_useful_numbers(corpus)
    checks.names_about_half(corpus)


def test_misspellings_are_the_slips_people_type(corpus: Corpus) -> None:
    checks.misspellings_are_slips(corpus, checks.SLIPS[:4])


def test_names_stand_in_many_places_of_a_line(corpus: Corpus) -> None:
    checks.names_stand_in_many_places_of_a_line(corpus, ending="s", any_list=True)


def test_invisible_and_compatibility_characters_are_inside_identifiers(corpus: Corpus) -> None:
    checks.hidden_characters_inside_identifiers(KEY, corpus)


def test_ordinary_words_are_recorded_and_their_names_are_registered(corpus: Corpus) -> None:
    words = {"alla", "will", "aina", "per", "liv", "hans", "bo", "hope"}
    checks.ordinary_words_recorded_and_registered(KEY, corpus, words)


def test_identity_numbers_of_nine_countries_are_valid_by_python_stdnum(corpus: Corpus) -> None:
    checks.identity_numbers_valid_by_python_stdnum(KEY, corpus)


def test_phone_numbers_are_valid_for_their_country(corpus: Corpus) -> None:
    checks.phone_numbers_valid_for_their_country(KEY, corpus)


def test_a_large_pool_of_sentences_and_names_so_no_one_weighs_much() -> None:
    sentences = people.sentences()
    for lang in ("sv", "en", "fi"):
        assert len(set(sentences[lang])) >= 4_000, lang  # see README for the counts
    assert len(set(sentences["da"])) >= 3_900
    assert len(set(sentences["no"])) >= 1_900  # published Norwegian prose (NorQuAD, README)
    sources = people.sources()
    assert len(sources["da"]) >= 2 and len(sources["sv"]) >= 2 and len(sources["en"]) >= 2
    for lang in ("sv", "en", "no", "da", "fi"):
        assert len(people.given(lang)) >= 300, lang
        assert len(people.family(lang)) >= 100, lang
    checks.no_line_or_stranger_weighs_much(KEY)


def test_no_published_sentence_or_heading_weighs_much_in_the_notes(corpus: Corpus) -> None:
    pool = {s for kept in people.sentences().values() for s in kept}
    used: Counter = Counter()
    for text in corpus.texts:
        for line in text.splitlines():
            for s in pool.intersection([line.split(": ", 1)[-1]]):
                used[s] += 1
    assert not used or used.most_common(1)[0][1] <= 6
    headings = Counter(t.splitlines()[0] for t in corpus.texts)
    assert headings.most_common(1)[0][1] <= max(3, len(corpus.texts) // 100)


def test_no_kept_sentence_names_anyone_or_holds_a_date() -> None:
    names = {n.lower() for v in people.names().values() for n in v} - {
        w.lower() for w in build_data.WORD_NAMES
    }
    months = {w for v in build_data.MONTHS.values() for w in v.split()}
    for kept in people.sentences().values():
        for sentence in kept:
            words = build_data.TOKEN.findall(sentence)
            first, rest = words[0], words[1:]
            assert first.lower() not in names and first.lower().rstrip("s") not in names, sentence
            assert not any(w[0].isupper() for w in rest if w not in ("I", "I'm", "I've", "I'll",
                                                                     "I'd")), sentence  # fmt: skip
            assert not any(w.lower() in months for w in words), sentence
            assert not any(c.isdigit() or c == "@" for c in sentence), sentence
            assert not build_data.DOMAIN.search(sentence), sentence


def test_shipped_data_name_their_sources_and_licences() -> None:
    needles = [
        "CC BY 4.0", "CC BY-SA 4.0", "CC0",
        *(repo for repo, _ in (build_data.SVCORE, build_data.FINCORE, build_data.MED1177,
                               build_data.NORQUAD, build_data.LCC_DA, build_data.EUROPARL_DA,
                               build_data.PRIMOCK, build_data.SGD)),
        *(commit[:8] for _, commit in (build_data.SVCORE, build_data.FINCORE, build_data.MED1177,
                                       build_data.NORQUAD, build_data.LCC_DA,
                                       build_data.EUROPARL_DA, build_data.PRIMOCK,
                                       build_data.SGD)),
        *build_data.DEBS,
    ]  # fmt: skip
    checks.shipped_data_name_their_sources(KEY, needles)
