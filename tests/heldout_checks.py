"""Checks every generated held-out or validation set written in the shape of held-out M must
pass (`bench/heldout_m`, `bench/heldout_n`): made the same way every time, gold spans exactly
its text, what issue 9's held-out set must hold, valid identity and phone numbers, large pools,
and shipped data that name their sources. Each set's own test file calls these with its key and
adds what is its own (its words, its pools, its sources). None of them runs the redactor."""

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
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import phonenumbers
import pytest

from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]


def module(key: str) -> ModuleType:
    """The set's package, `bench.<key>`."""
    return importlib.import_module(f"bench.{key}")


def generate(key: str, seed: int, size: int, **options: float) -> Corpus:
    """The set `key` made by its own `generate_<key>`."""
    return getattr(module(key), f"generate_{key}")(seed, size, **options)


def digest(c: Corpus) -> str:
    return hashlib.sha256(
        repr((c.texts, c.planted, c.ordinary, c.registry_people)).encode()
    ).hexdigest()


def categories(c: Corpus) -> Counter:
    forms = {e.key: entry_forms(e) for e in c.registry_people}
    return Counter(
        name_category(
            c.texts[p.text][p.start : p.end], p.exact, p.key, c.texts[p.text], p.start, p.end, forms
        )
        for p in c.planted
        if p.kind == "name"
    )


def same_notes_whatever_the_hash_seed(key: str) -> None:
    seed = module(key).SEED
    here = digest(generate(key, seed, 60_000))
    program = (
        "from tests import heldout_checks as h; "
        f"print(h.digest(h.generate({key!r}, {seed}, 60_000)))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "4111", "PYTHONPATH": f"{ROOT}:{ROOT / 'app'}"}
    out = subprocess.run(
        [sys.executable, "-c", program],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    assert out.stdout.strip() == here  # no set or dict order leaks into the notes
    assert digest(generate(key, seed + 1, 60_000)) != here


def gold_spans_are_their_text(key: str, corpus: Corpus) -> None:
    check = module(key).check
    check(corpus)
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
        check(broken)
    word = corpus.ordinary[0]
    clash = dataclasses.replace(word, start=first.start, end=first.end, text=first.text)
    with pytest.raises(ValueError, match="inside an identifier|is not its text"):
        check(dataclasses.replace(corpus, ordinary=[clash]))
    twice = dataclasses.replace(corpus, planted=[first, first, *corpus.planted[1:]])
    with pytest.raises(ValueError, match="overlap"):
        check(twice)


def notes_reach_the_size_at_the_realistic_density(key: str) -> None:
    c = generate(key, module(key).SEED, 300_000, per_kb=module(key).REALISTIC)
    sizes = [len(t.encode("utf-8")) for t in c.texts]
    assert 900 <= min(sizes[:-1]) and max(sizes) <= 7_000
    assert 0.65 <= len(c.planted) / (c.size_bytes / 1000) <= 0.75
    assert 300_000 <= c.size_bytes <= 307_000


def kinds_and_categories_in_useful_numbers(corpus: Corpus) -> None:
    kinds = Counter(p.kind for p in corpus.planted)
    for kind in ("name", "phone", "date", "address", "personnummer", "email", "url", "place"):
        assert kinds[kind] >= 25, (kind, kinds)
    found = categories(corpus)
    for category in ("exact", "misspelt", "lower", "upper", "invisible", "inflected",
                     "unregistered", "ascii"):  # fmt: skip
        assert found[category] >= 20, (category, found)
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


_WRITTEN = ("exact", "misspelt", "lower", "upper", "ascii", "invisible", "inflected",
            "unregistered")  # fmt: skip


def names_about_half(
    corpus: Corpus, unregistered_at_most: float = 0.4, written: Iterable[str] = _WRITTEN
) -> None:
    """Names are about half of what a set plants, about a quarter of them nobody registered
    (at least a fifth, at most `unregistered_at_most`), and the category each name's form
    states (its third part) is the one scoring derives for it, for each of `written`."""
    names = [p for p in corpus.planted if p.kind == "name"]
    assert 0.45 <= len(names) / len(corpus.planted) <= 0.65  # names about half
    third = sum(p.key is None for p in names)
    assert 0.2 <= third / len(names) <= unregistered_at_most
    found = categories(corpus)
    stated = Counter(p.form.split("/")[2] for p in names)
    for category in written:
        assert stated[category] == found[category], category


SLIPS = ("slip-drop", "slip-double", "slip-swap", "slip-key", "slip-space")


def misspellings_are_slips(corpus: Corpus, slips: Iterable[str] = SLIPS) -> None:
    """Every kind of slip people type is among the set's misspelt names."""
    found = {p.form.split("/")[3] for p in corpus.planted if p.form.split("/")[2] == "misspelt"}
    assert set(slips) <= found, found


def names_stand_in_many_places_of_a_line(
    corpus: Corpus, least: int = 20, ending: str = "", any_list: bool = False
) -> None:
    """Names open lines, follow labels, carry a glued ending (any letters, or only `ending`
    where the set plants just that one, a genitive "s") and stand inside sentences, and lists
    of who was present (or, with `any_list`, any list layout) hold enough of them."""
    starts: Counter = Counter()
    for p in corpus.planted:
        if p.kind != "name":
            continue
        text = corpus.texts[p.text]
        before = text[: p.start].rsplit("\n", 1)[-1]
        if not before.strip():
            starts["line-start"] += 1
        elif before.rstrip().endswith(":"):
            starts["after-label"] += 1
        elif p.end < len(text) and p.key is not None and _glued(text[p.end], ending):
            starts["glued"] += 1
        else:
            starts["inside"] += 1
    assert all(starts[k] >= least for k in ("line-start", "after-label", "glued", "inside")), starts
    present = [
        p
        for p in corpus.planted
        if "/present" in p.form or (any_list and p.form.startswith("list/"))
    ]
    assert len(present) >= 50  # lists of who was there


def _glued(after: str, ending: str) -> bool:
    return after == ending if ending else after.isalpha()


def hidden_characters_inside_identifiers(key: str, corpus: Corpus) -> None:
    hidden = module(key).hidden
    seen: Counter = Counter()
    for p in corpus.planted:
        written = corpus.texts[p.text][p.start : p.end]
        if hidden(written):
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


def ordinary_words_recorded_and_registered(
    key: str, corpus: Corpus, some_words: Iterable[str]
) -> None:
    where = Counter(o.form for o in corpus.ordinary)
    assert where["homograph/initial"] >= 30 and where["homograph/inner"] >= 200
    words = {o.word.lower() for o in corpus.ordinary}
    assert set(some_words) <= words
    registered = {g.lower() for e in corpus.registry_people for g in e.given_names}
    people = importlib.import_module(f"bench.{key}.people")
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


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left : min(rights) + 1 if rights else len(text)].strip()


def word_names_in_many_distinct_sentences(key: str, corpus: Corpus) -> None:
    """Every word-name the set's `people.WORD_NAMES` plants is used as the word in at least 8
    distinct sentences, counted in the notes and in the set's own pools
    (`people.sentences()` and `people.OWN_ORDINARY`); no sentence carries more than 1 % of the
    ordinary uses; uses stand at a sentence's start, inside it and after a comma."""
    people = importlib.import_module(f"bench.{key}.people")
    registered = {g.lower() for e in corpus.registry_people for g in e.given_names}
    planted = {w.lower() for w in people.WORD_NAMES}
    assert planted <= registered, planted - registered
    distinct: dict[str, set[str]] = {w: set() for w in planted}
    positions: Counter = Counter()
    weight: Counter = Counter()
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        sentence = _sentence_around(text, o.start, o.end)
        weight[sentence] += 1
        word = o.word.lower()
        if word in planted:
            distinct[word].add(sentence)
            before = text[: o.start].rstrip(" ")
            if not before or before[-1] in ".!?:\n":
                positions["start"] += 1
            elif before[-1] == ",":
                positions["after-comma"] += 1
            else:
                positions["inside"] += 1
    for word in sorted(planted):
        assert len(distinct[word]) >= 8, (word, len(distinct[word]))
    # and, counted by the published or written sentences themselves, in every language
    flat = [t.replace("\n", " ") for t in corpus.texts]  # text pasted from a PDF is wrapped
    for lang, words in people.WORD_NAMES_BY_LANG.items():
        known = (*people.sentences()[lang], *people.OWN_ORDINARY[lang])
        for word in words:
            having = {s for s in known if word.lower() in re.findall(r"[^\W\d_]+", s.lower())}
            used = {s for s in having if any(s in t for t in flat)}
            assert len(used) >= 8, (lang, word, len(used))
    assert weight.most_common(1)[0][1] <= 0.01 * len(corpus.ordinary), weight.most_common(3)
    assert positions["start"] >= 20 and positions["inside"] >= 20, positions
    assert positions["after-comma"] >= 10, positions


def identity_numbers_valid_by_python_stdnum(key: str, corpus: Corpus) -> None:
    numbers = importlib.import_module(f"bench.{key}.numbers")
    rng = random.Random(5)
    for country, (build, name) in numbers.BUILDERS.items():
        check = importlib.import_module(f"stdnum.{name}")
        for _ in range(300):
            number, _shape = build(rng)
            assert check.is_valid(number), (country, number)
    modules = {c: importlib.import_module(f"stdnum.{m}") for c, (_, m) in numbers.BUILDERS.items()}
    for p in corpus.planted:
        if p.kind == "personnummer":
            assert modules[p.form.split("/")[1]].is_valid(p.value), p
            written = unicodedata.normalize("NFKC", corpus.texts[p.text][p.start : p.end])
            assert written.replace("\u200b", "") == p.value


def phone_numbers_valid_for_their_country(key: str, corpus: Corpus) -> None:
    numbers = importlib.import_module(f"bench.{key}.numbers")
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


def no_line_or_stranger_weighs_much(key: str) -> None:
    c = generate(key, module(key).SEED, 500_000)
    used = Counter(
        line.split(": ", 1)[-1] for t in c.texts for line in t.splitlines() if len(line) > 30
    )
    assert used.most_common(1)[0][1] <= 15  # no line of text counts many times
    third = Counter(
        c.texts[p.text][p.start : p.end] for p in c.planted if p.kind == "name" and p.key is None
    )
    assert third.most_common(1)[0][1] <= 4  # each third party is named about once


def shipped_data_name_their_sources(key: str, needles: Iterable[str]) -> None:
    readme = (ROOT / f"bench/{key}/README.md").read_text(encoding="utf-8")
    for needle in needles:
        assert needle in readme, needle
    data = sum(f.stat().st_size for f in (ROOT / f"bench/{key}/data").iterdir())
    assert data < 3_000_000
    source = (ROOT / f"bench/{key}/build_data.py").read_text(encoding="utf-8")
    assert "\nimport wordfreq" not in source and "\nfrom wordfreq" not in source
