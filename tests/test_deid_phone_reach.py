"""The shortcut that keeps clusters `phonenumbers` cannot accept away from it (phone_reach.py)."""

from __future__ import annotations

import random

import phonenumbers
from casebook.deid import Redactor, Registry
from casebook.deid.phone_reach import CHECKED_REGIONS, LibraryReach
from phonenumbers import phonenumberutil

SEPARATORS = ["/", "-", ".", " ", " - ", "(", ")", "/ ", " (", ") "]


def _cluster(rng: random.Random) -> str:
    groups = []
    for _ in range(rng.randint(1, 6)):
        size = rng.choice([1, 2, 2, 3, 3, 4, 5, 7, 8, 10])
        first = rng.choice("0123456789" if rng.random() < 0.5 else "0004446")
        groups.append(first + "".join(rng.choice("0123456789") for _ in range(size - 1)))
    text = groups[0]
    for group in groups[1:]:
        text += rng.choice(SEPARATORS) + group
    return text


def test_lab_values_never_reach_the_library_in_sweden() -> None:
    reach = LibraryReach(["SE"])
    for values in ["128/30/7.52", "600/40/16/5", "119/36/7.47/27/2", "95-130/60-70"]:
        assert not reach.could_match(values)
    for number in ["070-123 45 67", "08-12 34 56", "0046 8 123 456 78", "46 8 123 456 78"]:
        assert reach.could_match(number)
    assert reach.could_match("+1 212 555 0123")
    assert reach.could_match("１２８/30/7.52")  # full-width digits: left to the library


def test_other_regions_send_every_cluster_to_the_library() -> None:
    for regions in (["US"], ["GB"], ["SE", "FI"], ["DE"]):
        assert LibraryReach(regions).could_match("128/30/7.52")


def test_the_library_finds_nothing_in_a_cluster_the_shortcut_keeps_away() -> None:
    rng = random.Random(2026)
    reach = LibraryReach(["SE"])
    kept_away = 0
    for _ in range(4000):
        cluster = _cluster(rng)
        if not reach.could_match(cluster):
            kept_away += 1
            assert not list(phonenumbers.PhoneNumberMatcher(cluster, "SE")), cluster
    assert kept_away > 1000


def test_every_valid_number_of_a_checked_region_has_a_format() -> None:
    """The shortcut relies on the national prefix being required, which the library asks
    only of a number that has a format."""
    rng = random.Random(7)
    for region in CHECKED_REGIONS:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        valid = 0
        for _ in range(20000):
            national = rng.choice("123456789") + "".join(
                rng.choice("0123456789") for _ in range(rng.randint(5, 12))
            )
            number = phonenumbers.PhoneNumber(
                country_code=meta.country_code, national_number=int(national)
            )
            if phonenumbers.is_valid_number(number):
                valid += 1
                formats = meta.number_format
                assert phonenumberutil._choose_formatting_pattern_for_number(formats, national)
        assert valid > 1000


def test_phone_numbers_beside_lab_values_are_still_found() -> None:
    text = "Blodgas 128/30/7.52 kl 10. Ring Anna på 070-123 45 67 eller 0046 8 123 456 78."
    redacted = Redactor(Registry([])).redact(text).text
    assert "128/30/7.52" in redacted
    assert "070-123" not in redacted and "0046 8" not in redacted
