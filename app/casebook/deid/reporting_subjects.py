"""A person as the subject of a verb that reports what someone said or understood, in the
third person as observers write it: "Radu verbalizes his understanding", "JOHN STATES HIS
SISTER IS COMING", "Then Aino reports no pain", "sue states she is tired".

`unregistered.py` takes a capitalised word that may be a name only where the setting says
person, and a word that opens a sentence is capitalised whatever it is; `caseless.py` reads a
note in capitals as lower-case text, where a given name that is a word as well ("john",
"eve") is left alone. A verb of saying, stating or understanding in the third person right
after the word ("states", "verbalizes", "reports", "denies", "agrees") says person: a thing,
a ward or a medicine does not verbalise. Taken here, outside the spans found already, the
word right before such a verb when it is:

- a given name of the lexicon (a word as well or not: "John", "JOHN", "sue"), but no title,
  relation word, month or function word ("Will states" is left alone: "will" is a verb), or
- a family name of the lexicon that is no ordinary word ("Hansen"), or a word no dictionary
  holds, shaped like a name (`lexicon.name_shaped`), capitalised or in
  capitals ("Radu", "ZEYNEP").

Left alone: an ordinary word before the verb ("Patient states", "Family reports", "Pain
reported", "NEURO STATES"), an abbreviation that is not shaped like a name ("Pt states",
"NSURG STATES").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casebook.deid import lexicon, vocab
from casebook.deid.caseless import CREDENTIALS
from casebook.deid.literal_cues import AnyOf

_VERBS = (
    "states|stated|verbalizes|verbalized|verbalises|verbalised|reports|denies|agrees|"
    "understands|acknowledges|acknowledged|voices|voiced|expresses|expressed"
)
# The verb (in lower case or in capitals, as a whole word), found by a scan for the verb
# alone; then the word right before it, one space on. The look-ahead for the letters the
# verbs begin with comes first, so that the engine skips in C to those letters rather than
# trying the look-behind at every position (same matches, about 40 % less time).
_FIRST = "".join(sorted({verb[0] for verb in _VERBS.split("|")}))
_VERB = re.compile(
    rf"(?=[{_FIRST}{_FIRST.upper()}])(?<![\w'’-])(?:{_VERBS}|{_VERBS.upper()})(?![\w])"
)
# A part of every verb above, looked for (one automaton pass, `literal_cues`) before the scan
# for the verb, which tries its look-behind at every position: most notes hold none of them.
_STEMS = (
    "state",
    "verbali",
    "report",
    "denies",
    "agrees",
    "understand",
    "acknowledg",
    "voice",
    "express",
)
_CUES = AnyOf(_STEMS + tuple(stem.upper() for stem in _STEMS))
_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][^\W\d_'’-]*[^\W\d_]) \Z")


def find(text: str, taken: Sequence[Sequence[object]]) -> list[tuple[int, int]]:
    """Where such subjects stand in `text` (see the module's docstring), outside `taken`
    (spans (start, end, ...) found already)."""
    found: list[tuple[int, int]] = []
    if not _CUES.found_in(text):
        return found
    busy: list[tuple[int, int]] | None = None
    for verb in _VERB.finditer(text):
        before = _BEFORE.search(text, max(0, verb.start() - 40), verb.start())
        if before is None or not _person(before.group(1)):
            continue
        start, end = before.span(1)
        if busy is None:
            busy = [(int(s[0]), int(s[1])) for s in taken]  # type: ignore[call-overload]
        if not any(b < end and start < e for b, e in busy):
            found.append((start, end))
    return found


def _person(written: str) -> bool:
    """Whether `written`, before a reporting verb, may be a person's name."""
    word = written.lower()
    if len(word) < 3 or not (written.istitle() or written.isupper() or written.islower()):
        return False
    if (
        word in vocab.function_words()
        or word in vocab.TITLES
        or word in vocab.RELATIONS
        or word in vocab.MONTHS
        or word in vocab.PRONOUNS
        or word in CREDENTIALS
    ):
        return False
    if word in lexicon.given_names():
        return True
    if written.islower():
        return False  # "pain states": in lower case, only a given name
    return (
        word not in vocab.known_words()
        and word not in lexicon.places()
        and (word in lexicon.all_names() or lexicon.name_shaped(word))
    )
