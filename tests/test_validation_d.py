"""Issue 9's quality targets on validation D, a fourth generated set built apart from the
others (real name frequencies of 41 countries, its own note styles, addresses and phone
formats; bench/validation_d).

A fixed-seed sample (about 400 KB at 3 identifiers per KB, as tests/test_deid_heldout.py
does for the validation set) is redacted through the public API and scored by
`bench/scoring.py`. D has guided the third tuning since its first read, so these figures
hold the tuning in place; they measure nothing new. Only the targets D meets are asserted;
bench/README.md gives its figures by kind, including those below target.
"""

from __future__ import annotations

from typing import Any

import pytest
from casebook.deid import Redactor, Registry

from bench.scoring import (
    ORDINARY_REMOVED_MAX,
    PRECISION_TARGET,
    RECALL_TARGETS,
    ratio,
    score,
)
from bench.validation_d import SEED, generate_validation_d

SIZE = 400_000
PER_KB = 3.0


@pytest.fixture(scope="module")
def quality() -> dict[str, Any]:
    corpus = generate_validation_d(SEED + 11, SIZE, per_kb=PER_KB)
    redactor = Redactor(Registry(corpus.registry_people))
    spans = []
    for text in corpus.texts:
        redaction = redactor.redact(text)
        spans.append([(s.start, s.end, s.kind, s.tag) for s in redaction.spans])
    return score(corpus, spans)


def _below(quality: dict[str, Any], categories: list[str]) -> list[str]:
    out = []
    for category in categories:
        pair = quality["recall"].get(category)
        assert pair and pair[1] >= 10, f"too few planted to measure {category}: {pair}"
        if ratio(pair) < RECALL_TARGETS[category]:
            out.append(f"{category} {ratio(pair):.3f} ({pair[1]}) < {RECALL_TARGETS[category]}")
    return out


def test_every_kind_of_identifier_is_caught(quality: dict[str, Any]) -> None:
    kinds = [k for k in RECALL_TARGETS if ":" not in k]
    assert _below(quality, kinds) == []


def test_unregistered_and_misspelt_names(quality: dict[str, Any]) -> None:
    assert _below(quality, ["name:unregistered", "name:misspelt"]) == []


# Below the targets on D (exactly spelled 1.00, lower case and inflected 0.99): these
# hold the floor the third tuning reached, so that a change cannot lose it unseen.
FLOOR = 0.95


@pytest.mark.parametrize("category", ["name:lower", "name:inflected"])
def test_registered_names_in_lower_case_and_inflected_hold_the_floor(
    quality: dict[str, Any], category: str
) -> None:
    pair = quality["recall"][category]
    assert pair[1] >= 10 and ratio(pair) >= FLOOR, f"{category} {pair}"


def test_exactly_spelled_registered_names_hold_the_floor_with_their_tag(
    quality: dict[str, Any],
) -> None:
    tagged = quality["tagged"]["name:exact"]
    assert tagged[1] >= 100 and ratio(tagged) >= FLOOR, f"right tag {tagged}"


def test_precision(quality: dict[str, Any]) -> None:
    precision = quality["precision"]["all"]
    assert ratio(precision) >= PRECISION_TARGET, f"precision {precision}"


def test_ordinary_words_that_are_also_names_survive(quality: dict[str, Any]) -> None:
    removed = quality["ordinary"]["all"]
    assert removed[1] >= 100
    assert ratio(removed) <= ORDINARY_REMOVED_MAX, (
        f"removed {removed}; sentence-initial {quality['ordinary'].get('initial')}"
    )
