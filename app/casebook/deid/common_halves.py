"""A name of two words of which one is also an ordinary word: "Roman Dlamini", "Grace Oduya",
"Zodwa Frid", "Zwane Hope".

`unregistered.py` makes a run of two capitalised words one name when one of them is in the
name lexicon (N) or both are unknown (U). A pair of one unknown word and one word that is a
name and an ordinary word (C: "Grace", "Roman" the novel, "Frid" peace) was left
alone, and neither half was redacted: the ordinary half says nothing, and the unknown half
alone is a name only where its setting says so. Two capitalised words side by side, one of
them no word of any language we know and the other a known given or family name, are a
person's given and family name far more often than anything else.

Not a town or organisation ("Grace Church", "Hope Street": a place word follows; "i Roman
Dlamini" after a preposition of place), not a word in capitals, nor an unknown word too short
or with too few vowels to be a name (an abbreviation: "Basil Pcv"). A sentence that opens
with the ordinary word ("May Dlamini join?") more likely uses it as a
word, so there the ordinary word must come second ("Zodwa Frid tuli myöhässä"); nor may a
determiner stand before the pair ("the Grace Konsum").
"""

from __future__ import annotations

from casebook.deid import context, lexicon, vocab
from casebook.deid.context import previous_word, sentence_start

COMMON, UNKNOWN = "C", "U"  # `unregistered.py`'s classes of a capitalised word
# English only: Swedish "det" opens a cleft sentence ("Enligt Ingrid är det Roman Dlamini som")
_DETERMINERS = frozenset("the a an this that these those our their its".split())


def pair(text: str, low: str, spans: list[tuple[int, int]], classes: list[str]) -> bool:
    """Whether the run of capitalised words at `spans` (their classes in `classes`) is a
    given and a family name of which one is also an ordinary word."""
    if len(spans) != 2 or sorted(classes) != [COMMON, UNKNOWN]:
        return False
    (start, _), (_, end) = spans
    unknown = spans[classes.index(UNKNOWN)]
    written = text[unknown[0] : unknown[1]]
    if written.isupper() or not lexicon.name_shaped(low[unknown[0] : unknown[1]]):
        return False
    if classes[0] == COMMON and sentence_start(text, start):
        return False  # "Will Dlamini come?": the word, then a name
    prev, gap = previous_word(low, start)
    if not gap and prev in _DETERMINERS:
        return False  # "the Grace Konsum", "our Hope Foundation"
    if context.place_position(low, start):
        return False  # "flyttade till Roman Dlamini"? a place, as for every unknown word
    after = low[end + 1 : end + 30].split(" ", 1)[0].strip(".,;:!?")
    return low[end : end + 1] != " " or after not in vocab.PLACE_WORDS
