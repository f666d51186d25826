"""A registered name that is a Finnish or Swedish noun, typed in lower case after an attribute.

Some names are nouns of Finnish or Swedish ("Taimi", a seedling; "Lönn", a maple). A person's
name is capitalised, and neither language puts an adjective, a demonstrative, a quantifier or
a possessive before it ("Tuo pieni Taimi" is an odd way to name her). Typed in lower case right
after such an attribute of its sentence's language, the word is the noun the attribute goes
with (`noun_here`): "Tuo pieni taimi on jo polven korkuinen", "Jokainen taimi istutettiin",
"Bordet var gjort av ljus lönn", "Löven från vår lönn". In Finnish one genitive may stand
between ("uusi omenapuun taimi", a new apple-tree seedling), as it does between an attribute
and its noun.

The attributes are the treebanks' (`data/attributives.tsv`, `bench/build_attributives.py`):
Finnish and Swedish words that UD's Finnish (FTB, OOD, PUD) and Swedish (Talbanken, LinES,
PUD) files put right before a common noun as its `amod`, `det` or possessive (Finnish in the
nominative singular, a name's own form; Swedish before a noun without a definite ending, no
adjective in its weak form: not "lilla"), mostly as an attribute (not "få", "så", "joka"),
and never before a proper noun in those files. The word itself must be an ordinary word of
that language (`common_`/`known_` lists: "taimi", "lönn"), in lower case; the attribute in
lower case too, or capitalised where its sentence opens ("Jokainen taimi"). A relation or
title before the word ("min syster elin") is no attribute, nor a word right after a number
("34 min grace kom": minutes), and a registered word that no
list holds as a word of the language ("pieni elina") keeps the person. With a registered
word-name put in lower case for each proper noun of those files (`bench.attributive_slots`),
10 of 3,101 removed before are kept, none a person: a shop, a dynasty, a park, a cup, a
pension ("full ATP"), a product ("den aktuella Windows NT-användaren").
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import context, lowercase_registered, note_language, vocab

_FINNISH = ("fi",)
# A number right before the attribute makes it a unit ("34 min grace kom": minutes, not "my").
_AFTER_NUMBER = re.compile(r"\d[ \t]*\Z")


@cache
def attributives(lang: str) -> frozenset[str]:
    """The attributes of common nouns in `lang` ("fi", "sv") that `data/attributives.tsv` holds."""
    path = vocab.DATA / "attributives.tsv"
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, form = line.split("\t")
            if code == lang:
                found.add(form)
    return frozenset(found)


def _attribute_before(text: str, low: str, index: int, lang: str) -> bool:
    """Whether a lower-case attribute of `lang` stands right before `index` (Finnish: or a
    lower-case genitive after one, "uusi omenapuun")."""
    prev, gap = context.previous_word(low, index)
    if gap or not prev:
        return False
    at = low.rfind(prev, 0, index)
    if (
        not _lower_or_opening(text, at, len(prev))
        or prev in vocab.RELATIONS
        or prev in vocab.TITLES
    ):
        return False
    if prev in attributives(lang):
        return True
    if lang != "fi" or len(prev) < 4 or not prev.endswith("n"):
        return False
    first, gap = context.previous_word(low, at)
    if gap or first not in attributives(lang):
        return False
    return _lower_or_opening(text, low.rfind(first, 0, at), len(first))


def _lower_or_opening(text: str, at: int, size: int) -> bool:
    """Whether text[at:at + size] is in lower case, or capitalised where its sentence opens
    ("Jokainen taimi"), and no number stands right before it ("34 min grace": a unit)."""
    word = text[at : at + size]
    if _AFTER_NUMBER.search(text, max(0, at - 4), at):
        return False
    return word.islower() or (
        word[:1].isupper() and word[1:].islower() and context.sentence_start(text, at)
    )


def noun_here(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word text[start:end], an ordinary word of its
    Finnish or Swedish sentence, stands right after a lower-case attribute of that language
    ("tuo pieni taimi", "uusi omenapuun taimi", "av ljus lönn", "vår lönn"): the noun, no
    person."""
    word = low[start:end]
    languages = note_language.sentence_language(text, start, end, count_word=False)
    if languages == _FINNISH:
        lang = "fi"
    elif languages is None and lowercase_registered.scandinavian(text, low, start, end):
        lang = "sv"
    elif languages is None:
        # Too few listed words to tell ("Jokainen taimi istutettiin omaan ruukkuun."): a
        # Finnish attribute that no Swedish or English list holds says Finnish.
        prev, _ = context.previous_word(low, start)
        if prev not in attributives("fi") or prev in vocab.known_words():
            return False
        lang = "fi"
    else:
        return False
    if word not in note_language.ordinary_words(lang):
        return False
    return _attribute_before(text, low, start, lang)
