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
word, so there the ordinary word must come second ("Zodwa Frid tuli myöhässä"), unless the
pair is all of a label or a field's value, where no sentence is ("Tim Michalsen: Ønsker
du", "God man: Knut Nunberg"); nor may a determiner stand before the pair ("the Grace
Konsum").

So is a pair of an unknown word and a rare dictionary word (R: "Hersey", "Rapp", "Denys")
inside a sentence, in either order ("ran into Hersey Oyelaran", "sier at Zlatko Rapp"): the
rare word is no word of the sentence there (the languages write their words in lower case
inside a sentence, and a word of theirs that rare is read as a word only where it stands in
lower case or opens the sentence), and beside a word no language knows it is the other half
of a person's name. Opening a sentence a rare word is still its word.

Two words that are both names and words ("Signe Frisk": "signe" blesses in Norwegian, "frisk"
is healthy) are a person's name too inside a sentence, right after a word in lower case,
when the first is a given name of the lexicon and the second a family name of it and no
place word ("med Signe Frisk", "oli järjestänyt Signe Frisk"; not "Hope Street", "Grace
Church"); opening a sentence they are left to the other rules ("Will Frisk come?").
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import (
    clause_verbs,
    context,
    lexicon,
    namecontext,
    note_language,
    role_parentheses,
    vocab,
)
from casebook.deid.context import previous_word, sentence_start

COMMON, UNKNOWN, RARE = "C", "U", "R"  # `unregistered.py`'s classes of a capitalised word
# English only: Swedish "det" opens a cleft sentence ("Enligt Ingrid är det Roman Dlamini som")
_DETERMINERS = frozenset("the a an this that these those our their its".split())


def whole_field(text: str, start: int, end: int) -> bool:
    """Whether the pair text[start:end] is all of a label or of a field's value: opening its
    line before a colon ("Tim Michalsen: Ønsker du ..." a speaker's label), or after a
    label's colon to the line's end ("God man: Knut Nunberg⏎"). No sentence is two words
    there, so the ordinary word is not used as a word."""
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start].rstrip(" \t")
    after = text[end : end + 2]
    if not before:
        return after[:1] == ":"
    return before.endswith(":") and (after[:1] in ("", "\n") or after.strip() == "")


# A capitalised word right before another, on the same line: "Piers| Greenhalgh".
_WORD_BEFORE = re.compile(r"(?<![^\W_])([A-ZÀ-ÞĀ-Ž][^\W\d_A-Z]+)[ \t]\Z")


def field_lead(text: str, low: str, start: int, end: int) -> int | None:
    """The start of the capitalised word right before the unknown word text[start:end] when
    the two are all of the value of a label whose value is people, to the line's end
    ("Participant: Piers Greenhalgh⏎", "Contact: Rich Oyelaran⏎"; `namecontext.in_attendance`):
    no sentence is two words there, so the first word, an ordinary word wherever else it
    stands (piers, rich), is the given name before the family name, as it is in the pairs of
    `pair` whose first word is a name as well. None elsewhere (a place or a thing after
    other labels, "Location: North Ballymena", stays with the other rules)."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if match is None or not lexicon.name_shaped(low[start:end]):
        return None
    lead = match.start(1)
    if not whole_field(text, lead, end) or not namecontext.in_attendance(low, lead):
        return None
    return lead


def pair(text: str, low: str, spans: list[tuple[int, int]], classes: list[str]) -> bool:
    """Whether the run of capitalised words at `spans` (their classes in `classes`) is a
    given and a family name of which one is also an ordinary word."""
    if len(spans) != 2:
        return False
    (start, _), (_, end) = spans
    prev, gap = previous_word(low, start)
    if classes == [COMMON, COMMON]:
        if not _given_then_family(text, low, spans, prev, gap):
            return False
    elif sorted(classes) not in ([COMMON, UNKNOWN], [RARE, UNKNOWN]):
        return False
    else:
        unknown = spans[classes.index(UNKNOWN)]
        written = text[unknown[0] : unknown[1]]
        if written.isupper() or not lexicon.name_shaped(low[unknown[0] : unknown[1]]):
            return False
        if (
            classes[0] == COMMON
            and sentence_start(text, start)
            and not whole_field(text, start, end)
            and not opening_given(text, start, spans[0][1], end)
        ):
            return False  # "Will Dlamini come?": the word, then a name
        if RARE in classes and not _rare_pair(text, low, spans, unknown):
            return False
    if not gap and prev in _DETERMINERS:
        return False  # "the Grace Konsum", "our Hope Foundation"
    if context.place_position(low, start):
        return False  # "flyttade till Roman Dlamini"? a place, as for every unknown word
    after = low[end + 1 : end + 30].split(" ", 1)[0].strip(".,;:!?")
    return low[end : end + 1] != " " or after not in vocab.PLACE_WORDS


def opening_given(text: str, start: int, first_end: int, end: int) -> bool:
    """Whether the capitalised word text[start:first_end], opening a sentence one space before
    a name that ends at `end`, is that person's given name because a finite verb follows the
    two ("Jack Gumpel hade med sig kaffe", "Kaj Holm ringede", "Grace Oduya said", "Aria
    Duncan would rather wait", a modal being finite too): the word is a given name of the
    lexicon or one people bear (`_given`), and the two words before the finite verb are the clause's
    first constituent, which Swedish, Norwegian and Danish (verb second) and English (subject
    first) fill with one noun phrase. A common noun heads none bare before a name there, and a
    verb or adverb opening the sentence would have the finite verb right after it ("Will
    Dlamini come?", "Sedan ringde Holm"). Not a function word, one of a neighbour language's
    most frequent words, a title, relation, role or month ("Fordi Hagen greier", "Doktor
    Holm ringde", "Mamma Holm kom")."""
    if not sentence_start(text, start) or text[first_end : first_end + 1] != " ":
        return False
    written = text[start:first_end]
    word = written.lower()
    if len(word) < 2 or not written[1:].islower() or not _given(word):
        return False
    if word in _never_given() or note_language.frequent(word, _FREQUENT_IN):
        return False
    verb = _NEXT_LOWER.match(text, end)
    if verb is None:
        return False
    verb_word = verb.group(1)
    return (
        verb_word in vocab.STRONG_FOLLOWERS
        or verb_word in _FINITE_BE_HAVE
        or verb_word in vocab.MODALS  # "Aria Duncan would rather wait": finite too
        or clause_verbs.finite_verb(verb_word)
    )


def _given(word: str) -> bool:
    """Whether `word` is a given name of the lexicon or a name that people of the study's
    neighbours' and the English-speaking countries bear (`note_language.borne`, Faker's
    person providers: "Ivy", "Aria", "Jasper", which the lexicon leaves out as English
    words)."""
    return word in lexicon.given_names() or note_language.borne(word)


@cache
def _never_given() -> frozenset[str]:
    """Words that open a sentence before a name without being its given name: function
    words, titles, relations, roles, months and times ("Fordi", "Doktor", "Mamma", "Maj")."""
    return (
        vocab.function_words()
        | vocab.TITLES
        | vocab.RELATIONS
        | vocab.MONTHS
        | vocab.TIME_WORDS
        | role_parentheses.ROLE_NOUNS
    )


_FREQUENT_IN = ("en", "sv", *note_language.NEIGHBOURS)
_NEXT_LOWER = re.compile(r" ([a-zåäöæøé]+)(?![^\W\d_])")
# The finite forms of "be" and "have", which no shape reads ("er", "var", "havde", "was").
_FINITE_BE_HAVE = frozenset("is was has had är var har hade er hadde havde blev ble blir".split())


def _rare_pair(text: str, low: str, spans: list[tuple[int, int]], unknown: tuple[int, int]) -> bool:
    """Whether a rare word and an unknown word side by side may be one person's name: inside
    a sentence (opening one, the rare word is its word: "Knoll Kowande hade"), neither in
    capitals, two words apart (not a compound, "Israeli-Palestinian struggle"), no third
    capitalised word after them (a run of capitals is a title or a body: "Extensible Markup
    Language"), the first no country's genitive before its noun ("Rysslands
    Mellanösternpolitik"), and the unknown word (at `unknown`) no word of the sentence's
    neighbour language either: two words of it capitalised are a menu's or a dialog's label
    ("Åpner dialogboksen Løser Alternativer", `neighbour_labels`)."""
    (start, first_end), (second_start, end) = spans
    if sentence_start(text, start) or text[start:end].isupper():
        return False
    if text[first_end:second_start] != " ":
        return False
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1)[0].isupper():
        return False
    first = low[start:first_end]
    if first.endswith("s") and first[:-1] in lexicon.lands():
        return False
    languages = note_language.sentence_language(text, start, end, count_word=False)
    word = low[unknown[0] : unknown[1]]
    return not languages or not any(note_language.word_of(word, lang) for lang in languages)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")


def _given_then_family(
    text: str, low: str, spans: list[tuple[int, int]], prev: str, gap: str
) -> bool:
    """Two words that are both ordinary words and names, inside a sentence right after a word
    in lower case: a given name of the lexicon, then a family name of it ("med Signe Frisk",
    "oli järjestänyt Signe Frisk"). Swedish, Norwegian, Danish and Finnish write a common
    noun there in lower case, and English a pair of capitalised words there is a name, a
    place ("Hope Street", "Grace Church": a place word second) or a body; neither word in
    capitals."""
    (start, first_end), (second_start, end) = spans
    first, second = low[start:first_end], low[second_start:end]
    if text[start:end].isupper() or not text[second_start + 1 : end].islower():
        return False
    if not prev or gap or sentence_start(text, start):
        return False  # "Will Frisk come?", "Vänliga hälsningar, Signe Frisk": elsewhere
    if not text[start - 1 - len(prev) : start - 1].islower():
        return False  # after a capitalised word: a longer run, judged whole elsewhere
    if second in vocab.PLACE_WORDS:
        return False  # "Hope Street", "Grace Church": a place named after a word
    return first in lexicon.given_names() and second in lexicon.family_names()
