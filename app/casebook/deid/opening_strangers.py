"""Who opens a sentence: a word nobody knows, shaped like a name, before a Swedish verb of
doing: "Moussa ryckte på axlarna", "Ige såg sig omkring", "Salvador sätter sig", "Anon
Suraprachit lyssnade".

`unregistered.py` takes an unknown capitalised word (U: no ordinary word, no name of the
lexicon, no town) before a verb of saying ("Zlatko said"), and `clause_verbs` takes one after
a conjunction before a finite verb by its shape ("men Moussa ryckte"). At the start of a
sentence every word is capitalised, so the capital says nothing there; but a Swedish or
Norwegian noun opening a sentence as its subject is most often definite ("Bussen kom",
"Politiet tok", "Lånevillkoren har") or a long compound ("Invaliditetstillägg kompletterar"),
and what is left, a short word no list knows before a finite verb, is a person or a body.
Taken here: such a word when

- it opens a sentence (`context.sentence_start`), is U (`word_class`), shaped like a name
  (`lexicon.name_shaped`), of three to nine letters, not in capitals, without a hyphen, and
  does not end as a Swedish or Norwegian definite or plural noun, or a participle, does
  ("-en", "-et", "-na", "-ne", "-ar", "-er", "-de", "-te"; "-orn", "-eln": "Kuratorn");
- one more capitalised word of that kind may follow it, the family name ("Anon Suraprachit");
- then comes a finite verb of Swedish by its shape (`clause_verbs.finite_verb`: a known
  Swedish word ending as the present or the weak past does whose infinitive is known too,
  so no plural noun, "Pappans arbetstider", or a strong past), not followed by a subject
  pronoun ("Ömvänd använder jag kläder": verb second, the opener no subject), no English
  word ("Duoderm applied": a dressing; "Wolfowitz lied" is left to the other rules), and
  no verb a thing is as often the subject of: the auxiliaries and "has"-like verbs of
  `vocab.WEAK_FOLLOWERS` and `_THING_VERBS` ("Utopier har", "Filterfält liknar", "Konsum
  stängde" remains a risk the measures watch).

Nor is a word made of two frequent English words of four letters or more, neither a name
(`wordforms.english_pair`: "Printlist returnerar", "Sortnames ordnar": a program's
identifier in its manual). Nor is a sentence
that `note_language` reads as Norwegian, Danish, Finnish or German, nor a
word of their lists ("Somme ser eit paradoks", "Særleg gjekk"): Casebook's Swedish and
English lists do not know them. Finnish and German are not read at all: a Finnish noun
opening a sentence is inflected and unknown as often as a name ("Hovietiketti ei"), and
every German noun is capitalised."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from casebook.deid import lexicon, note_language, vocab, wordforms
from casebook.deid.clause_verbs import finite_verb
from casebook.deid.context import sentence_start

_U = "U"
# A capitalised word of three to nine letters, perhaps a second capitalised word, then a
# lower-case word: the only shape `find` takes, at the text's start (`_AT_START`) or after a
# line break, a digit (a time stamp, "14:33 Yliimaz tittade") or a mark that may end a
# sentence, an item or a quotation, and perhaps a space
# (`_OPENING`; a pattern that opens with a class of characters is scanned for fast);
# `context.sentence_start` then decides.
_WORDS = (
    r"([A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿā-ɏ]{2,8})"
    r"(?: ([A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿā-ɏ]{2,}))? ([a-zß-öø-ÿ]{2,})(?![^\W\d_'’-])"
)
_AT_START = re.compile(_WORDS)
_OPENING = re.compile(r"[.!?:\n\"'«»“”•*)\]0-9-][ \t]?" + _WORDS)
# Endings of Swedish and Norwegian definite and plural nouns and of participles.
_NOUN_ENDINGS = ("en", "et", "na", "ne", "ar", "er", "rn", "ln", "de", "te")
# A subject pronoun after the verb: what opened the sentence was no subject (verb second).
_SUBJECT_AFTER = re.compile(r" (?:jag|du|han|hon|hen|vi|ni|de|dom|man|jeg|eg|hun|ho|me|dere|dei)\b")
# Finite verbs whose subject is a thing or a body as often as a person.
_THING_VERBS = frozenset(
    """blir blev vart ble blei tar tog finns fanns står stod ligger låg går gick kostar
    gäller innebär betyder handlar består utgör visar liknar ökar minskar börjar började
    slutar slutade fungerar fungerade behöver behövde""".split()
)


def find(
    text: str, taken: Sequence[Sequence[object]], word_class: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Where such a sentence-opening stranger stands in `text`, outside the spans `taken`
    ((start, end, ...)): from its first letter to the end of its last capitalised word."""
    out = []
    first = _AT_START.match(text)
    for match in [*([first] if first else []), *_OPENING.finditer(text)]:
        verb = match.group(3)
        if verb in vocab.WEAK_FOLLOWERS or verb in _THING_VERBS or not finite_verb(verb):
            continue
        start = match.start(1)
        end = match.end(2) if match.group(2) else match.end(1)
        if not sentence_start(text, start) or not _stranger(match.group(1), word_class):
            continue
        if match.group(2) and word_class(match.group(2)) not in (_U, "N"):
            continue  # "Salvador Dalí" yes, "Konsum Sverige" no: a place or a word after
        if any(s < end and start < e for s, e, *_ in taken):  # type: ignore[misc]
            continue
        if _SUBJECT_AFTER.match(text, match.end(3)):
            continue  # "Ömvänd använder jag kläder": the subject follows the verb
        if note_language.sentence_language(text, start, end, count_word=False):
            continue  # a sentence of Norwegian, Danish, Finnish or German ("Somme ser eit")
        out.append((start, end))
    return out


def _stranger(word: str, word_class: Callable[[str], str | None]) -> bool:
    """Whether a capitalised word opening a sentence is a stranger's name by its shape."""
    low = word.lower()
    if low.endswith(_NOUN_ENDINGS) or not lexicon.name_shaped(low):
        return False
    if low in note_language.neighbour_words():
        return False  # "Alle", "Særleg": ordinary words of Norwegian or Danish
    if wordforms.english_pair(low, vocab.common_words(("en",)), lexicon.all_names()):
        return False  # "Openfile öppnar": an identifier of two English words, no person
    return word_class(word) == _U
