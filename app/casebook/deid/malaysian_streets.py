"""Malaysian street lines, where a street is often named by numbers: "Jalan 4/9", "Jln 2/79",
"Lorong 3/11h", "Jalan Bijih Timah 8/1" (the road, then the section and the road in it), the
unit before it after a comma ("No. 7, ", "Lot 7Z-70, ", "c-65-35, ", "7-6, ") and the section
codes after it (", PJU10", ", SS3", ", USJ 16", ", Seksyen 4"). A street word of Malay
written with a capital (Jalan, Jln., Lorong, Lrg., Persiaran, Lebuh) and a number, a letter or
"/" beside it, is the street line; the postcode and town after it are read by
`addresses.widen`. "jalan-jalan" (a stroll) and a lower-case "jalan" in Malay or Indonesian
prose are not read.
"""

from __future__ import annotations

import re

from casebook.deid.literal_cues import AnyOf

Found = tuple[int, int, str]

_WORDS = AnyOf(("Jalan", "Jln", "Lorong", "Lrg", "Persiaran", "Lebuh"))
_STREET = re.compile(
    r"(?<![\w-])(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh)"
    r"(?:[ ]+(?:[A-Z][a-z]+|Dr\.?|[A-Z]{2,3})){0,4}"
    r"[ ]+\d{1,3}[A-Za-z]?(?:/\d{1,3}[A-Za-z]?)?(?![\w/-])"
    r"(?![ ]+(?:times?|kali|years?|tahun|days?|hari|km|minutes?|minit|hours?|jam)(?![^\W\d_]))"
)
# "No. 7, ", "Lot 64, ", "No. I-72-22, ", "c-65-35, ", "7-6, ", "16, " before the street.
_UNIT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:No\.|Lot)[ ]?)?(?=[\w-]{0,12}\d)"
    r"[A-Za-z0-9]{1,4}(?:-[A-Za-z0-9]{1,4}){0,2},[ ]*\Z"
)
# ", PJU10", ", SS3", ", USJ 16", ", Seksyen 4" after it.
_SECTION_AFTER = re.compile(
    r"(?:,[ ]*(?:PJU|PJS|SS|USJ|Seksyen|Section)[ ]?\d{1,3}[A-Za-z]?(?![\w]))+"
)


def find(text: str) -> list[Found]:
    """Every Malaysian street line in `text` whose street carries a number."""
    found: list[Found] = []
    if not _WORDS.found_in(text):
        return found
    for street in _STREET.finditer(text):
        if street.group()[-1].isalpha() and "/" not in street.group():
            if not street.group()[-2].isdigit():
                continue
        before = _UNIT_BEFORE.search(text, max(0, street.start() - 16), street.start())
        after = _SECTION_AFTER.match(text, street.end())
        found.append(
            (
                before.start() if before else street.start(),
                after.end() if after else street.end(),
                "address",
            )
        )
    return found
