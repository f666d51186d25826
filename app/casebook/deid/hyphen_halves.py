"""The second part of a registered double family name misspelt after its first: "Marie
Buchan-jepburn" for Marie Buchan-Hepburn, "Ahola-Vrita" for Ahola-Virta.

The name matcher finds the registered words as written, so a slip in the part after the
hyphen leaves the mention cut at the hyphen ("Marie Buchan" is the person, "-jepburn" is
left in the release). A name found that ends right before a hyphen, where that person's
registered family name is the same words joined by a hyphen to one more part, takes the
part after the hyphen too when that part is within the slips `nearmiss.py` allows a word
alone (`nearmiss.max_distance`: one below 8 letters, two from 8) of the registered one,
whatever its case: the hyphen, the registered first part and the person say which word it
is. A part nowhere near ("Buchan-based") stays.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from rapidfuzz.distance import DamerauLevenshtein

from casebook.deid.nearmiss import max_distance
from casebook.deid.registry import NameEntry

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

_TAIL = re.compile(r"-([^\W\d_]+)")


def joined(text: str, spans: list[Span], entries: Mapping[str, NameEntry]) -> list[Span]:
    """`spans` (sorted, not overlapping), each registered name that stops at a hyphen before
    its person's second family part misspelt made to end after it (module docstring)."""
    out = spans
    for index, span in enumerate(spans):
        if span.kind != "name" or span.key is None or text[span.end : span.end + 1] != "-":
            continue
        tail = _TAIL.match(text, span.end)
        following = spans[index + 1].start if index + 1 < len(spans) else len(text)
        if tail is None or tail.end() > following:
            continue
        entry = entries.get(span.key)
        family = entry.family_name if entry is not None else None
        if not family or "-" not in family:
            continue
        first, _, second = family.lower().rpartition("-")
        if not text[span.start : span.end].lower().endswith(first):
            continue
        part = tail.group(1).lower()
        limit = max_distance(len(second))
        if part != second and DamerauLevenshtein.distance(part, second) > limit:
            continue
        if out is spans:
            out = list(spans)
        out[index] = span._replace(end=tail.end(), via=span.via or "near")
    return out
