"""Held-out G (bench/heldout_g), the benchmark's held-out set, is what it says it is.

Nobody who writes or tunes the redaction rules reads this file: it checks the generator, not
the redactor (no test scores the redactor on held-out G).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter

import pytest

from bench.heldout_g import DENSE, REALISTIC, SEED, generate_heldout_g
from bench.heldout_g.note import HOMOGRAPHS
from bench.heldout_g.presidio import FILE, templates
from bench.scoring import score
from tests.deid_corpus import KINDS

NAME_CATEGORIES = ("exact", "lower", "upper", "case", "ascii", "inflected", "misspelt",
                   "unregistered", "invisible")  # fmt: skip
# presidio-evaluator 0.3.2's data_generator/raw_data/templates.txt, byte for byte.
PRESIDIO_SHA256 = "f8b04ff8c5c24d17fcac2e666767f6ba80841b69ee2ea3c1cfe089a676a766ef"


@pytest.fixture(scope="module")
def corpus():
    return generate_heldout_g(SEED, 300_000, per_kb=DENSE)


def test_the_same_seed_size_and_density_give_the_same_corpus():
    one = generate_heldout_g(11, 60_000, per_kb=REALISTIC)
    two = generate_heldout_g(11, 60_000, per_kb=REALISTIC)
    other = generate_heldout_g(12, 60_000, per_kb=REALISTIC)
    assert one.texts == two.texts
    assert one.planted == two.planted and one.ordinary == two.ordinary
    assert [e.canonical for e in one.registry_people] == [e.canonical for e in two.registry_people]
    assert one.texts != other.texts


def test_every_label_is_the_text_at_its_offsets(corpus):
    for p in corpus.planted:
        assert corpus.texts[p.text][p.start : p.end] == p.value, p
        assert p.value.strip() == p.value and p.value
    for o in corpus.ordinary:
        assert corpus.texts[o.text][o.start : o.end] == o.word, o
    spans = sorted((p.text, p.start, p.end) for p in corpus.planted)
    for (t1, _, e1), (t2, s2, _) in zip(spans, spans[1:], strict=False):
        assert t1 != t2 or e1 <= s2, "planted identifiers overlap"
    planted = {(p.text, i) for p in corpus.planted for i in range(p.start, p.end)}
    assert not any((o.text, o.start) in planted for o in corpus.ordinary)


def test_every_kind_and_name_category_is_planted_in_300_kb(corpus):
    recall = score(corpus, [[] for _ in corpus.texts])["recall"]
    for kind in KINDS:
        assert recall.get(kind, [0, 0])[1] >= 10, kind
    for category in NAME_CATEGORIES:
        assert recall.get(f"name:{category}", [0, 0])[1] >= 5, category
    assert recall["any:hidden"][1] > recall["name:invisible"][1]  # numbers with hidden characters
    keys = {e.key for e in corpus.registry_people}
    assert all(p.key in keys for p in corpus.planted if p.key)
    assert all(p.key is None for p in corpus.planted if p.form.startswith("unregistered"))


def test_names_phones_personnummer_and_dates_come_in_many_forms(corpus):
    people = [p for p in corpus.planted if p.kind == "name"]
    sources = {p.form.split("/")[2] for p in people if p.form.startswith("unregistered")}
    assert {"so", "ar", "fa", "bs", "ku", "tr_TR", "pl_PL", "fi_FI", "zh_CN"} <= sources
    phones = [p.form.split("/") for p in corpus.planted if p.kind == "phone"]
    assert len({f[0] for f in phones}) >= 10
    assert {"national", "international", "e164", "double-zero"} <= {f[1] for f in phones}
    numbers = [p for p in corpus.planted if p.kind == "personnummer"]
    assert len({p.form.split("/")[0] for p in numbers}) >= 5
    for p in numbers:
        digits = "".join(c for c in unicodedata.normalize("NFKC", p.value) if c.isdigit())[-10:]
        total = sum(sum(divmod(int(c) * (2 - i % 2), 10)) for i, c in enumerate(digits))
        assert total % 10 == 0, p.value
    assert len({p.form.split("/")[1] for p in corpus.planted if p.kind == "date"}) >= 10


def test_ordinary_words_that_are_registered_names_are_recorded(corpus):
    given = {e.canonical.split(" ")[0].lower() for e in corpus.registry_people}
    assert set(HOMOGRAPHS) <= given  # every such word is also someone's name
    words = Counter(o.word.lower() for o in corpus.ordinary)
    assert set(words) == set(HOMOGRAPHS)
    forms = Counter(o.form for o in corpus.ordinary)
    assert forms["homograph/initial"] > 100 and forms["homograph/inner"] > 100
    capitalised = {o.word for o in corpus.ordinary if o.word[0].isupper()}
    assert {"Per", "Inga", "Dag", "Max", "Bo", "May", "Will", "Hope", "Love", "Mark"} <= capitalised


def test_density_is_realistic_and_presidio_templates_are_vendored_unchanged():
    realistic = generate_heldout_g(SEED, 150_000)
    per_kb = len(realistic.planted) / (realistic.size_bytes / 1000)
    assert abs(per_kb - REALISTIC) < 0.1
    assert hashlib.sha256(FILE.read_bytes()).hexdigest() == PRESIDIO_SHA256
    planting, plain = templates()
    assert len(planting) > 80 and len(plain) > 25
    text = "\n".join(realistic.texts)
    openings = {t.split("{{")[0] for t in planting + plain if len(t.split("{{")[0]) >= 15}
    assert sum(o in text for o in openings) >= 10  # presidio's sentences are in the notes
