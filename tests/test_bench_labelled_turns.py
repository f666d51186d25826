"""Lists of people after a label of people, built for `bench.labelled_turns`: the label, the
names as written and the language's own conjunction."""

from __future__ import annotations

import random

from bench.labelled_turns import LABELS, listed


def test_a_list_holds_its_names_after_a_label_and_the_language_s_and() -> None:
    rng = random.Random(3)
    for language, joiner in (("sv", " och "), ("no", " og "), ("en", " and ")):
        for _ in range(20):
            line, written = listed(language, ["Anna Berg", "Tobias", "Saag", "Eloise"], rng)
            label, body = line.split(": ", 1)
            assert label in LABELS[language]
            assert 2 <= len(written) <= 4
            assert joiner in body
            assert all(name in body for name in written)
