"""Held-out K (bench/heldout_k) is made the same way every time, its gold spans are exactly
its text, it holds what issue 9's held-out set must hold, its identity and phone numbers are
valid, and its shipped data name their sources and licences. No test here runs the redactor on
it (its figures are read only in figure 1); nobody who tunes the redactor reads this file."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from bench import heldout_k
from bench.heldout_k import build_pools, build_sentences, identity
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
SIZE = 400_000
DIGEST = (
    "from bench import heldout_k; import hashlib; "
    "c = heldout_k.generate_heldout_k(heldout_k.SEED, 60_000); "
    "print(hashlib.sha256(repr((c.texts, c.planted, c.ordinary, c.registry_people)).encode())"
    ".hexdigest())"
)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return heldout_k.generate_heldout_k(heldout_k.SEED, SIZE, per_kb=3)


def _digest(c: Corpus) -> str:
    return hashlib.sha256(
        repr((c.texts, c.planted, c.ordinary, c.registry_people)).encode()
    ).hexdigest()


def test_the_same_seed_gives_the_same_notes_whatever_the_hash_seed() -> None:
    here = _digest(heldout_k.generate_heldout_k(heldout_k.SEED, 60_000))
    for hash_seed in ("1", "977"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": f"{ROOT}:{ROOT / 'app'}"}
        out = subprocess.run(
            [sys.executable, "-c", DIGEST],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        assert out.stdout.strip() == here
    assert _digest(heldout_k.generate_heldout_k(heldout_k.SEED + 1, 60_000)) != here


def test_every_gold_span_and_ordinary_word_is_the_text_at_its_offsets(corpus: Corpus) -> None:
    heldout_k.check(corpus)
    first = corpus.planted[0]
    broken = dataclasses.replace(
        corpus, planted=[dataclasses.replace(first, end=first.end + 1), *corpus.planted[1:]]
    )
    with pytest.raises(ValueError, match="gold span"):
        heldout_k.check(broken)
    word = corpus.ordinary[0]
    clash = dataclasses.replace(
        word, start=first.start, end=first.end, word=first.value, text=first.text
    )
    with pytest.raises(ValueError, match="overlaps an identifier"):
        heldout_k.check(dataclasses.replace(corpus, ordinary=[clash]))
    twice = dataclasses.replace(corpus, planted=[first, first, *corpus.planted[1:]])
    with pytest.raises(ValueError, match="overlap"):
        heldout_k.check(twice)


def test_notes_are_one_to_four_kilobytes_at_the_realistic_density() -> None:
    c = heldout_k.for_figure(None, 300_000, heldout_k.REALISTIC)
    sizes = [len(t.encode("utf-8")) for t in c.texts]
    assert 900 <= min(sizes) and max(sizes) <= 5_000
    per_kb = len(c.planted) / (c.size_bytes / 1024)
    assert 0.5 <= per_kb <= 0.9
    assert 300_000 <= c.size_bytes <= 305_000


def test_each_kind_and_name_category_is_present(corpus: Corpus) -> None:
    kinds = Counter(p.kind for p in corpus.planted)
    for kind in ("name", "phone", "date", "address", "personnummer", "email", "url", "place"):
        assert kinds[kind] >= 20, kind
    forms = {e.key: entry_forms(e) for e in corpus.registry_people}
    categories = Counter(
        name_category(p.value, p.exact, p.key, corpus.texts[p.text], p.start, p.end, forms)
        for p in corpus.planted
        if p.kind == "name"
    )
    for category in (
        "exact",
        "misspelt",
        "lower",
        "upper",
        "invisible",
        "inflected",
        "unregistered",
        "ascii",
    ):
        assert categories[category] >= 15, (category, categories)
    where = Counter(o.form for o in corpus.ordinary)
    assert where["homograph/initial"] >= 20 and where["homograph/inner"] >= 20
    words = {o.word.lower() for o in corpus.ordinary}
    assert {"will", "hans", "liv", "bo", "aina", "alla"} <= words
    slotted = [p for p in corpus.planted if p.form.startswith("slot/")]
    assert len(slotted) > len(corpus.planted) / 4  # names standing in published syntax
    languages = Counter(p.form.split("/")[1] for p in slotted)
    assert set(languages) == {"sv", "en", "no", "da", "fi"}
    finnish_cases = {p.form.split("/")[2] for p in slotted if p.form.startswith("slot/fi/")}
    assert len(finnish_cases) >= 5  # Finnish names in their cases, not only in the nominative
    hidden = [
        p for p in corpus.planted if p.kind in ("phone", "personnummer") and "hidden" in p.form
    ]
    assert hidden


def test_names_in_finnish_cases_are_inflected_as_finnish_does() -> None:
    from bench.heldout_k.lines import _fi

    assert _fi("Liisa", "all") == ("Liisa", "lle")
    assert _fi("Virtanen", "gen") == ("Virtase", "n")
    assert _fi("Virtanen", "par") == ("Virtas", "ta")
    assert _fi("Mikael", "ine") == ("Mikael", "issa")
    assert _fi("Ville", "ela") == ("Ville", "stä")
    assert _fi("Kalle", "ill") == ("Kalle", "en")
    assert _fi("Jukka", "gen") is None  # consonant gradation is left out, not written wrong


def test_identity_numbers_of_eight_countries_are_valid_by_python_stdnum() -> None:
    rng = random.Random(5)
    assert len(identity.IDENTITY) >= 8
    for country, build in identity.IDENTITY.items():
        check = importlib.import_module(f"stdnum.{identity.STDNUM[country]}")
        for _ in range(300):
            number, _label = build(rng)
            assert check.is_valid(number), (country, number)


def test_phone_pool_holds_valid_numbers_of_twenty_one_countries() -> None:
    regions = Counter()
    for region, _kind, e164, national, international in heldout_k.table("phones.tsv"):
        for written in (e164, international):
            parsed = phonenumbers.parse(written)
            assert phonenumbers.is_valid_number(parsed), written
            assert phonenumbers.region_code_for_number(parsed) == region
        assert phonenumbers.is_valid_number(phonenumbers.parse(national, region)), national
        regions[region] += 1
    assert set(regions) == set(build_pools.PHONE_REGIONS) and len(regions) == 21


def test_shipped_data_name_their_sources_and_licences() -> None:
    readme = (ROOT / "bench/heldout_k/README.md").read_text(encoding="utf-8")
    needles = (
        "CC BY-SA 4.0",
        "CC BY 4.0",
        "NLOD 2.0",
        "Open Government Licence",
        "CC0 1.0",
        "MIT",
        "Apache 2.0",
        "Turku-paraphrase-corpus",
        "nocola",
        "GrammatiktakDatasets",
        "UD_English-CHILDES",
        "UD_English-Pronouns",
        "full-name-generator",
        build_pools.COMMIT[:8],
    )
    for needle in needles:
        assert needle in readme, needle
    for _repo, commit, _path, _lang in build_sentences.SOURCES.values():
        assert commit[:8] in readme, commit
    sources = Counter(row[0] for row in heldout_k.table("sentences.tsv"))
    assert set(sources) == set(build_sentences.SOURCES)
    countries = {row[0] for row in heldout_k.table("names.tsv")}
    assert countries == set(build_pools.COUNTRIES)
