"""The published sentences held-out J is made of (data/sentences.tsv, build_sentences.py):
by language, those with pronoun slots apart from the rest."""

from __future__ import annotations

import re
from functools import cache

from bench.heldout_j.values import table

LANG = {"ud-da-ddt": "da", "ud-no-bokmaal": "no", "ud-fi-tdt": "fi", "mts-dialog": "en",
        "superlim-2": "sv"}  # fmt: skip
SLOT = re.compile(r"⟦([a-z-]+)⟧")
_FIRST = re.compile(r"\W*([^\W\d_]+)")
# Words that open a sentence with a capital and are never written in lower case elsewhere.
_STARTERS = frozenset(("I", "I'm", "I've", "I'll", "I'd"))


@cache
def pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """language -> (sentences with slots, sentences without). A sentence whose first word is
    never written in lower case in any sentence ("Löfven", "Trump", "SJ") is left out: it may
    open with a name nobody planted."""
    rows = table("sentences.tsv")
    lower = {w for row in rows for w in re.findall(r"[^\W\d_]+", row[3]) if w.islower()}
    out: dict[str, tuple[list[str], list[str]]] = {}
    for source, _lang, _id, text in rows:
        first = _FIRST.match(text)
        if first and first.group(1) not in _STARTERS and first.group(1).lower() not in lower:
            continue
        slotted, plain = out.setdefault(LANG[source], ([], []))
        (slotted if SLOT.search(text) else plain).append(text)
    return {k: (tuple(a), tuple(b)) for k, (a, b) in sorted(out.items())}
