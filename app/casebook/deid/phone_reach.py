"""Which digit clusters `phonenumbers` could ever take, read from its own rules, so that the
many it cannot (a blood gas "128/30/7.52", a ventilator setting "600/40/16/5") never reach it:
the library is the slowest step of the phone search on clinical notes.

With the default leniency (VALID) the library's matcher accepts a number only if it is valid and,
when its country came from the region it was asked about (no `+`, no international prefix, no
country code written first), only if the number starts with the region's national prefix ("0"
in Sweden) whenever the region's formats print one. Every number it tries starts at the first
digit of a group of digits (it splits only at separators, and a group of more than 17 digits
is the one place it may cut inside a group). So in a region where every format prints the
national prefix, a number the library accepts starts at a group whose digits (with those of
the groups after it) begin with:

- the national prefix, with at least the prefix and the region's shortest number after it;
- the international prefix ("00"), with at least a country code and a number of 4 digits;
- the country code written without `+` ("46 8 123 456"), with the shortest number after it;

or the cluster holds a `+` (or any character outside ASCII, such as a full-width plus). A
cluster with none of these is not offered to the library: its answer would be no.

Only a region whose metadata has this shape, and whose every valid number has a format (the
reading above relies on it; tests/test_deid_phone_reach.py checks it on random numbers), gets
the shortcut: Sweden, the default. For any other region (the United States prints no national
prefix, Britain, Finland and Germany have formats without it) every cluster goes to the library
as before, and so does every cluster when a study names such a region.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

_DIGITS = re.compile(r"\d+")
_LONGEST_GROUP = 17  # the library's longest group of digits (its largest national number)
_SHORTEST_ANYWHERE = 4  # the shortest valid national number of any region
# Regions whose every valid number was checked to have a format (tests/test_deid_phone_reach.py).
CHECKED_REGIONS = frozenset({"SE"})


def _starts(region: str) -> dict[str, int] | None:
    """For one region, the digits a number the library accepts may start with (the national
    prefix, the international prefix, the country code), each with the fewest digits such a
    number has; None when the region's rules allow more."""
    if region not in CHECKED_REGIONS:
        return None
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix, international = meta.national_prefix or "", meta.international_prefix or ""
    if not (prefix.isdigit() and international.isdigit()):
        return None
    if (
        meta.national_prefix_for_parsing not in (None, prefix)
        or meta.national_prefix_transform_rule
    ):
        return None
    for form in meta.number_format:
        rule = form.national_prefix_formatting_rule or ""
        if prefix not in rule or form.national_prefix_optional_when_formatting:
            return None
    shortest = min(meta.general_desc.possible_length or (1,))
    country = str(meta.country_code)
    starts = {country: len(country) + shortest}
    starts[international] = len(international) + 1 + _SHORTEST_ANYWHERE
    starts[prefix] = min(len(prefix) + shortest, starts.get(prefix, len(prefix) + shortest))
    return starts


class LibraryReach:
    """Whether `phonenumbers` could find a number in a cluster, for the regions a study names."""

    def __init__(self, regions: Iterable[str]) -> None:
        starts: dict[str, int] | None = {}
        for region in regions:
            own = _starts(region)
            if own is None or starts is None:
                starts = None
                continue
            for first, fewest in own.items():
                starts[first] = min(fewest, starts.get(first, fewest))
        self._starts = starts

    def could_match(self, window: str) -> bool:
        """False only when the library would find no number in `window` (see the docstring)."""
        starts = self._starts
        if starts is None or "+" in window or not window.isascii():
            return True
        groups = _DIGITS.findall(window)
        digits = "".join(groups)
        at = 0
        for group in groups:
            if len(group) > _LONGEST_GROUP:
                return True
            left = len(digits) - at
            for first, fewest in starts.items():
                if left >= fewest and digits.startswith(first, at):
                    return True
            at += len(group)
        return False
