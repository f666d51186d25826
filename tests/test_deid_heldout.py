"""Issue 9's quality targets, on held-out notes the redactor's rules were never written against.

A fixed-seed sample of `bench/heldout` (about 400 KB, denser than real notes so that every
category has enough planted to measure) is redacted through the public API (`Registry`,
`Redactor`) and scored by `bench/scoring.py`. Failures list the missed targets with their
figures only, never held-out text: whoever works on the rules must not tune on this set.
The full figures are in docs/benchmarks.md (`make bench`).

How large the sample is follows from what was planted, never from what the redactor found:
from SIZE it grows in steps of STEP until every category measured here has at least
MIN_PLANTED instances (with seed SEED + 11 that is 400 KB: at 200 KB only 5 inflected names
were planted, and 400 KB has exactly 10). The recall targets stay as they are; a category
that is rare in the generator is measured on more text, not on fewer cases.
"""

from __future__ import annotations

from typing import Any

import pytest
from casebook.deid import Redactor, Registry

from bench.heldout import SEED, generate_heldout
from bench.scoring import (
    EXACT_TARGET,
    ORDINARY_REMOVED_MAX,
    PRECISION_TARGET,
    RECALL_TARGETS,
    ratio,
    score,
)

SIZE = 400_000
PER_KB = 3.0

STEP = 100_000
MAX_SIZE = 1_000_000  # beyond this the generator, not the sample, needs changing
MIN_PLANTED = 10
MEASURED = [k for k in RECALL_TARGETS if ":" not in k] + [
    "name:exact",
    "name:lower",
    "name:upper",
    "name:inflected",
    "name:invisible",
    "name:misspelt",
    "name:unregistered",
]


def planted_counts(corpus: Any) -> dict[str, int]:
    """How many identifiers of each measured category the corpus holds (scored against no
    redaction at all, so only the planted side counts)."""
    recall = score(corpus, [[] for _ in corpus.texts])["recall"]
    return {category: recall.get(category, [0, 0])[1] for category in MEASURED}


def sample() -> Any:
    """The smallest sample from SIZE, in steps of STEP, with MIN_PLANTED of every category."""
    counts: dict[str, int] = {}
    for size in range(SIZE, MAX_SIZE + 1, STEP):
        corpus = generate_heldout(SEED + 11, size, per_kb=PER_KB)
        counts = planted_counts(corpus)
        if min(counts.values()) >= MIN_PLANTED:
            return corpus
    raise AssertionError(f"too few planted to measure at {MAX_SIZE} bytes: {counts}")


@pytest.fixture(scope="module")
def quality() -> dict[str, Any]:
    corpus = sample()
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
        assert pair and pair[1] >= MIN_PLANTED, f"too few planted to measure {category}: {pair}"
        if ratio(pair) < RECALL_TARGETS[category]:
            out.append(f"{category} {ratio(pair):.3f} ({pair[1]}) < {RECALL_TARGETS[category]}")
    return out


def test_every_kind_of_identifier_is_caught(quality: dict[str, Any]) -> None:
    kinds = [k for k in RECALL_TARGETS if ":" not in k]
    assert _below(quality, kinds) == []


def test_exactly_spelled_registered_names_are_all_caught_with_their_tag(
    quality: dict[str, Any],
) -> None:
    tagged = quality["tagged"]["name:exact"]
    covered = quality["recall"]["name:exact"]
    assert (ratio(covered), ratio(tagged)) >= (EXACT_TARGET, EXACT_TARGET), (
        f"covered {covered}, right tag {tagged}"
    )


def test_registered_names_in_other_case_inflected_or_with_invisible_characters(
    quality: dict[str, Any],
) -> None:
    categories = ["name:lower", "name:upper", "name:inflected", "name:invisible"]
    assert _below(quality, categories) == []


def test_misspelt_and_unregistered_names(quality: dict[str, Any]) -> None:
    assert _below(quality, ["name:misspelt", "name:unregistered"]) == []


def test_precision(quality: dict[str, Any]) -> None:
    precision = quality["precision"]["all"]
    assert ratio(precision) >= PRECISION_TARGET, f"precision {precision}"


def test_ordinary_words_that_are_also_names_survive(quality: dict[str, Any]) -> None:
    removed = quality["ordinary"]["all"]
    assert removed[1] >= 100
    assert ratio(removed) <= ORDINARY_REMOVED_MAX, (
        f"removed {removed}; sentence-initial {quality['ordinary'].get('initial')}"
    )
