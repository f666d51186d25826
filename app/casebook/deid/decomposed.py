"""Letters typed or pasted decomposed: a base letter and combining marks ("A" + U+030A).

Text copied from a Mac's file names, some PDFs and web pages writes "Håkan" as "Ha\u030akan"
(NFD). `Redactor.redact` composes a whole note first (NFC), but a caller of `Redactor.spans`
hands over text as it came, and a matcher comparing code points would miss the name.
`readable.fold` therefore reads each such cluster as its composed letter: the base letter is
replaced by the composed one and the marks it absorbed are dropped, so the map back to the
original still replaces the whole cluster (`Folded.end` takes a name's trailing marks with it).
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
_CLUSTER = re.compile(f"[^\\W\\d_]({MARKS.pattern})+")


def composed(text: str) -> dict[int, str]:
    """{offset: replacement} that composes every decomposed letter in `text`: the composed
    letter for its base, "" for each mark it absorbed; empty when `text` is NFC."""
    if unicodedata.is_normalized("NFC", text):
        return {}
    found: dict[int, str] = {}
    for cluster in _CLUSTER.finditer(text):
        run = cluster.group()
        nfc = unicodedata.normalize("NFC", run)
        rest = nfc[1:]
        if nfc == run or len(nfc) > len(run) or not run.endswith(rest):
            continue
        start = cluster.start()
        found[start] = nfc[0]
        for offset in range(start + 1, cluster.end() - len(rest)):
            found[offset] = ""
    return found
