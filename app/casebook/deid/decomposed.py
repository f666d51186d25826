"""Letters typed or pasted decomposed: a base letter and combining marks ("A" + U+030A).

Text copied from a Mac's file names, some PDFs and web pages writes "Håkan" as "Ha\u030akan"
(NFD). `Redactor.redact` composes a whole note first (NFC), but a caller of `Redactor.spans`
hands over text as it came, and a matcher comparing code points would miss the name.
`readable.fold` therefore reads each such cluster as its composed letter: the base letter is
replaced by the composed one and the marks it absorbed are dropped, so the map back to the
original still replaces the whole cluster (`Folded.end` takes a name's trailing marks with it).

A dot above on a letter that has its dot already ("i" or "j" + U+0307) is read as the plain
letter: NFC has no composed form for it, and it is what lowering the Turkish capital "İ" writes
("Gazel İnönü".lower() is "gazel i\u0307nönü"), so a name typed or pasted in lower case that way
is the registered name a reader sees.
"""

from __future__ import annotations

import re
import unicodedata


def _mark_ranges() -> str:
    """A character class of every code point with a non-zero canonical combining class."""
    marks = [c for c in range(0x300, 0x20000) if unicodedata.combining(chr(c))]  # all of them
    ranges: list[str] = []
    first = last = marks[0]
    for code in [*marks[1:], -1]:
        if code != last + 1:
            ranges.append(f"{chr(first)}-{chr(last)}" if last > first else chr(first))
            first = code
        last = code
    return "".join(ranges)


MARKS = re.compile(f"[{_mark_ranges()}]")
_DOT_ABOVE = "\u0307"
_CLUSTER = re.compile(f"[^\\W\\d_]({MARKS.pattern})+")


def composed(text: str) -> dict[int, str]:
    """{offset: replacement} that composes every decomposed letter in `text`: the composed
    letter for its base, "" for each mark it absorbed; empty when `text` is NFC."""
    if unicodedata.is_normalized("NFC", text) and _DOT_ABOVE not in text:
        return {}
    found: dict[int, str] = {}
    for cluster in _CLUSTER.finditer(text):
        run = cluster.group()
        dotted = run[0] in "ij" and run[1] == _DOT_ABOVE  # "i̇" from a lowered "İ"
        nfc = unicodedata.normalize("NFC", run[0] + run[2:] if dotted else run)
        rest = nfc[1:]
        if (nfc == run and not dotted) or len(nfc) > len(run) or not run.endswith(rest):
            continue
        start = cluster.start()
        found[start] = nfc[0]
        for offset in range(start + 1, cluster.end() - len(rest)):
            found[offset] = ""
    return found
