"""The per-country address check (`bench/address_atlas.py`): it reads OpenCage's test cases'
street lines as each country writes them, and counts an address found only when every letter
and digit of it is covered."""

from __future__ import annotations

from pathlib import Path

from bench import address_atlas

_CASES = """\
---
description: no street
components:
    city: Berlin
    country: Germany
    country_code: de
expected: |
    Berlin
    Germany
---
description: street and postcode
components:
    city: Alt-Berlin
    country: Germany
    country_code: de
    house_number: 7
    pedestrian: Gontardstraße
    postcode: 10178
expected: |
    Gontardstraße 7
    10178 Alt-Berlin
    Germany
"""


def test_opencage_lines_keep_the_street_and_postcode_lines(tmp_path: Path) -> None:
    folder = tmp_path / "testcases" / "countries"
    folder.mkdir(parents=True)
    (folder / "de.yaml").write_text(_CASES, encoding="utf-8")
    assert list(address_atlas.opencage_lines(str(tmp_path))) == [
        ("de", "Gontardstraße 7, 10178 Alt-Berlin")
    ]


def test_covered_needs_every_letter_and_digit() -> None:
    text = "Bor på Storgatan 5, Malmö nu."
    start, end = 7, 25
    assert address_atlas.covered(text, start, end, [(7, 18), (19, 25)])  # the comma may stay
    assert not address_atlas.covered(text, start, end, [(7, 18)])


def test_run_counts_per_group() -> None:
    found = address_atlas.run(
        [("se", "Storgatan 5, 123 45 Malmö"), ("xx", "Nothing here")], seed=1, latin_only=True
    )["found"]
    assert found["se"] == [1, 1]
    assert found["xx"] == [0, 1]
    assert found["all"] == [1, 2]
