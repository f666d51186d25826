"""Held-out N (bench/heldout_n) is made the same way every time, its gold spans are exactly its
text, it holds what issue 9's held-out set must hold, its identity and phone numbers are valid,
its pools of published sentences and names are large, and its shipped data name their sources
and licences. No test here runs the redactor on it (its figures are read only in figure 1);
nobody who writes or tunes the redactor reads this file."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import os
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from bench import heldout_n
from bench.heldout_n import build_data, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
SIZE = 400_000
DIGEST = (
    "from bench import heldout_n; import hashlib; "
    "c = heldout_n.generate_heldout_n(heldout_n.SEED, 60_000); "
    "print(hashlib.sha256(repr((c.texts, c.planted, c.ordinary, c.registry_people)).encode())"
    ".hexdigest())"
)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return heldout_n.generate_heldout_n(heldout_n.SEED, SIZE, per_kb=3)


def _digest(c: Corpus) -> str:
    return hashlib.sha256(
        repr((c.texts, c.planted, c.ordinary, c.registry_people)).encode()
    ).hexdigest()


def _categories(c: Corpus) -> Counter:
    forms = {e.key: entry_forms(e) for e in c.registry_people}
    return Counter(
        name_category(
            c.texts[p.text][p.start : p.end], p.exact, p.key, c.texts[p.text], p.start, p.end, forms
        )
        for p in c.planted
        if p.kind == "name"
    )


def test_the_same_seed_gives_the_same_notes_whatever_the_hash_seed() -> None:
    here = _digest(heldout_n.generate_heldout_n(heldout_n.SEED, 60_000))
    env = {**os.environ, "PYTHONHASHSEED": "4111", "PYTHONPATH": f"{ROOT}:{ROOT / 'app'}"}
    out = subprocess.run(
        [sys.executable, "-c", DIGEST],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    assert out.stdout.strip() == here  # no set or dict order leaks into the notes
    assert _digest(heldout_n.generate_heldout_n(heldout_n.SEED + 1, 60_000)) != here


def test_every_gold_span_and_ordinary_word_is_the_text_at_its_offsets(corpus: Corpus) -> None:
    heldout_n.check(corpus)
    for p in corpus.planted:
        written = corpus.texts[p.text][p.start : p.end]
        assert written == written.strip() and written, p
        if p.exact:
            assert written == p.value
        if p.kind in ("email", "url", "address", "place"):
            assert written == p.value
        if p.kind == "name" and p.key is None:
            assert written == p.value  # someone nobody registered, named as written
    first = corpus.planted[0]
    broken = dataclasses.replace(
        corpus,
        planted=[
            dataclasses.replace(first, end=len(corpus.texts[first.text]) + 1),
            *corpus.planted[1:],
        ],
    )
    with pytest.raises(ValueError, match="out of its text"):
        heldout_n.check(broken)
    word = corpus.ordinary[0]
    clash = dataclasses.replace(word, start=first.start, end=first.end, text=first.text)
    with pytest.raises(ValueError, match="inside an identifier|is not its text"):
        heldout_n.check(dataclasses.replace(corpus, ordinary=[clash]))
    twice = dataclasses.replace(corpus, planted=[first, first, *corpus.planted[1:]])
    with pytest.raises(ValueError, match="overlap"):
        heldout_n.check(twice)


def test_notes_are_one_to_four_kilobytes_at_the_realistic_density_and_reach_the_size() -> None:
    c = heldout_n.generate_heldout_n(heldout_n.SEED, 300_000, per_kb=heldout_n.REALISTIC)
    sizes = [len(t.encode("utf-8")) for t in c.texts]
    assert 900 <= min(sizes[:-1]) and max(sizes) <= 7_000
    assert 0.65 <= len(c.planted) / (c.size_bytes / 1000) <= 0.75
    assert 300_000 <= c.size_bytes <= 307_000


def test_each_kind_and_name_category_is_present_in_useful_numbers(corpus: Corpus) -> None:
    kinds = Counter(p.kind for p in corpus.planted)
    for kind in ("name", "phone", "date", "address", "personnummer", "email", "url", "place"):
        assert kinds[kind] >= 25, (kind, kinds)
    categories = _categories(corpus)
    for category in ("exact", "misspelt", "lower", "upper", "invisible", "inflected",
                     "unregistered", "ascii"):  # fmt: skip
        assert categories[category] >= 20, (category, categories)
    languages = Counter(p.form.split("/")[1] for p in corpus.planted if p.kind == "name")
    assert set(languages) == {"sv", "en", "no", "da", "fi"}
    assert languages["sv"] == max(languages.values())
    regions = {p.form.split("/")[1] for p in corpus.planted if p.kind == "phone"}
    assert len(regions) >= 10  # phone numbers of at least ten countries
    shapes = {p.form.split("/")[2] for p in corpus.planted if p.kind == "phone"}
    assert {"national", "international", "e164", "paren", "dot"} <= shapes
    countries = {p.form.split("/")[1] for p in corpus.planted if p.kind == "personnummer"}
    assert len(countries) >= 7
    styles = {p.form.split("/")[0] for p in corpus.planted}
    assert {"interview", "observation", "diary", "email", "sms", "pasted", "list", "header",
            "signature"} <= styles  # fmt: skip
    # the unregistered are named in many places of a sentence, not one template
    third = {
        corpus.texts[p.text][max(0, p.start - 12) : p.start]
        for p in corpus.planted
        if p.key is None and p.kind == "name"
    }
    assert len(third) >= 40


def test_invisible_and_compatibility_characters_are_inside_identifiers(corpus: Corpus) -> None:
    seen: Counter = Counter()
    for p in corpus.planted:
        written = corpus.texts[p.text][p.start : p.end]
        if heldout_n.hidden(written):
            seen[p.kind] += 1
            assert "hidden" in p.form or "invisible" in p.form, p
    assert seen["name"] >= 30 and seen["phone"] >= 5 and seen["personnummer"] >= 3
    hows = {p.form.split("/")[3] for p in corpus.planted if "/invisible-" in p.form}
    assert {
        "invisible-soft-hyphen",
        "invisible-zwsp",
        "invisible-zwj",
        "invisible-word-joiner",
        "invisible-bom",
        "invisible-full-width",
        "invisible-nbsp",
    } <= hows
    phone_hows = {p.form.split("/")[-1] for p in corpus.planted if p.kind == "phone"}
    assert {"hidden-full-width", "hidden-zwsp", "hidden-nbsp"} <= phone_hows


def test_ordinary_words_are_recorded_and_their_names_are_registered(corpus: Corpus) -> None:
    where = Counter(o.form for o in corpus.ordinary)
    assert where["homograph/initial"] >= 30 and where["homograph/inner"] >= 200
    words = {o.word.lower() for o in corpus.ordinary}
    assert {"will", "may", "love", "alla", "inga", "liv", "aina", "hope", "rose", "per"} <= words
    registered = {g.lower() for e in corpus.registry_people for g in e.given_names}
    assert all(w.lower() in registered for w in people.WORD_NAMES)
    # every use outside an identifier is recorded, none missed
    forms = set().union(*(entry_forms(e) for e in corpus.registry_people if e.kind == "person"))
    recorded = {(o.text, o.start) for o in corpus.ordinary}
    for i, text in enumerate(corpus.texts[:60]):
        spans = [(p.start, p.end) for p in corpus.planted if p.text == i]
        for m in re.finditer(r"[^\W\d_]+", text):
            if m.group().lower() in forms and not any(
                s < m.end() and m.start() < e for s, e in spans
            ):
                assert (i, m.start()) in recorded, m.group()


def test_identity_numbers_of_nine_countries_are_valid_by_python_stdnum(corpus: Corpus) -> None:
    rng = random.Random(5)
    for country, (build, module) in numbers.BUILDERS.items():
        check = importlib.import_module(f"stdnum.{module}")
        for _ in range(300):
            number, _shape = build(rng)
            assert check.is_valid(number), (country, number)
    modules = {c: importlib.import_module(f"stdnum.{m}") for c, (_, m) in numbers.BUILDERS.items()}
    for p in corpus.planted:
        if p.kind == "personnummer":
            assert modules[p.form.split("/")[1]].is_valid(p.value), p
            written = unicodedata.normalize("NFKC", corpus.texts[p.text][p.start : p.end])
            assert written.replace("\u200b", "") == p.value


def test_phone_numbers_are_valid_for_their_country(corpus: Corpus) -> None:
    rng = random.Random(9)
    for region in numbers.PLANS:
        for _ in range(60):
            nsn, groups = numbers.draw(rng, region)
            written, _shape = numbers.write(rng, region, nsn, groups)
            parsed = phonenumbers.parse(written, region)
            assert phonenumbers.is_valid_number(parsed), (region, written)
            assert phonenumbers.region_code_for_number(parsed) == region
    for p in corpus.planted:
        if p.kind == "phone":
            written = unicodedata.normalize("NFKC", corpus.texts[p.text][p.start : p.end])
            region = p.form.split("/")[1]
            parsed = phonenumbers.parse(written.replace("\u200b", ""), region)
            assert phonenumbers.is_valid_number(parsed), p
            assert (
                phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == p.value
            )


def test_a_large_pool_of_sentences_and_names_so_no_one_weighs_much() -> None:
    sentences = people.sentences()
    for lang in ("sv", "en", "no"):
        assert len(set(sentences[lang])) >= 5_000, lang
    assert len(set(sentences["da"])) >= 750 and len(set(sentences["fi"])) >= 300  # see README
    sources = {lang: set() for lang in sentences}
    for line in (ROOT / "bench/heldout_n/data/sentences.tsv").read_text("utf-8").splitlines():
        lang, source, _text = line.split("\t")
        sources[lang].add(source)
    assert all(len(sources[lang]) >= 2 for lang in ("sv", "en", "no", "da"))
    c = heldout_n.generate_heldout_n(heldout_n.SEED, 500_000)
    used = Counter(
        line.split(": ", 1)[-1] for t in c.texts for line in t.splitlines() if len(line) > 30
    )
    assert used.most_common(1)[0][1] <= 15  # no line of text counts many times
    names = people.names()
    assert len(names["given:humannames"]) >= 10_000 and len(names["given:persian"]) >= 500
    assert sum(len(v) for k, v in names.items() if k.startswith("family:")) >= 5_000
    third = Counter(
        c.texts[p.text][p.start : p.end] for p in c.planted if p.kind == "name" and p.key is None
    )
    assert third.most_common(1)[0][1] <= 4  # each third party is named about once


def test_shipped_data_name_their_sources_and_licences() -> None:
    readme = (ROOT / "bench/heldout_n/README.md").read_text(encoding="utf-8")
    for needle in (
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
    ):
        assert needle in readme, needle
    data = sum(f.stat().st_size for f in (ROOT / "bench/heldout_n/data").iterdir())
    assert data < 3_000_000
    source = (ROOT / "bench/heldout_n/build_data.py").read_text(encoding="utf-8")
    assert "\nimport wordfreq" not in source and "\nfrom wordfreq" not in source
