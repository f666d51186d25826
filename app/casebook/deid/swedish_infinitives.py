"""A registered name that is a Swedish verb, typed in lower case where Swedish puts an infinitive.

Some names are Swedish verbs ("Tindra", to twinkle; "Ebba", to ebb; "Klara", to manage). A
person's name is capitalised; typed in lower case in a slot that Swedish grammar fills with an
infinitive, the word is the verb (`infinitive`):

- after a modal or an aspect verb that takes a bare infinitive ("ska", "får", "fick",
  "började"), when a sentence adverb stands between ("Julgranen får gärna tindra": a subject
  put after its verb precedes the adverb, "då får tindra gärna komma") or the clause's
  subject stands before it ("Snön fick tindra", "Hennes ögon började tindra", "han ska
  tindra", "ljusen i trädgården ska tindra"). A fronted adverbial puts the subject after
  the modal ("Sen ska tindra åka hem", "I dag fick tindra komma"), so a word there keeps the
  person;
- after "att" and the object of "få" ("fick lampan att tindra", "få dem att tindra");
- after a verb of seeing or hearing and its object ("såg man ögonen tindra", "hörde henne
  tindra"): an object in definite form or an object pronoun, the infinitive after it.

And in every slot only before what a verb takes and a subject never stands before: the
sentence's end, a preposition (not one of direction, which a modal takes without a verb: "sen
ska tindra till skolan"), a subjunction ("när", "medan") or a determiner or quantifier
("tindra hela vintern"). Before a comma, an adverb, a verb or a capitalised word the word
keeps the person ("att tindra nyligen introducerade", "började tindra spela", "att tindra
Carolina antog"). The verbs are hunspell-sv's (`data/verbs_sv.txt`,
`bench/build_swedish_verbs.py`); only a sentence of Swedish is read so. In UD Swedish
(Talbanken, LinES, PUD; dev and test), with every proper noun replaced in turn by a
registered "tindra" in lower case, 2,310 of 2,348 were removed without these slots and
2,309 with them and `word_mentions.after_word_noun`: the one kept is a word named
("Ursprunget för ordet tindra").
"""

from __future__ import annotations

import re

from casebook.deid import closed_words, context, lowercase_registered, vocab

# Modals and aspect verbs of Swedish that take a bare infinitive, present and past.
_MODALS = frozenset(
    """ska skall skulle kan kunde vill ville måste bör borde får fick må lär brukar brukade
    börjar började behöver behövde tänker tänkte""".split()
)
# "få" makes its object do what the infinitive after "att" says ("fick lampan att tindra").
_CAUSATIVE = frozenset("få får fick fått".split())
# Verbs of seeing and hearing, whose object does what the bare infinitive after it says.
_PERCEIVING = frozenset("se ser såg sett höra hör hörde hört".split())
# Subject pronouns of Swedish: the clause's subject stands before the modal.
_SUBJECTS = frozenset("jag du han hon vi ni de dom man den det denna detta dessa".split())
# Object pronouns of Swedish, the perceiving or causing verb's object.
_OBJECTS = frozenset("mig mej dig dej honom henne oss er dem dom sig den det".split())
# Possessives and articles before a noun that is the modal's subject ("hennes ögon").
_BEFORE_NOUN = frozenset(
    "min mitt mina din ditt dina hans hennes dess vår vårt våra er ert era deras sin sitt sina "
    "den det de en ett".split()
)
# Determiners and quantifiers opening a noun phrase after the verb ("tindra hela vintern").
_DETERMINERS = frozenset(
    "en ett den det de hela lite mycket mer mest några någon något alla allt varje".split()
)
# Subjunctions opening a clause after the verb ("tindra när vi pratade").
_SUBJUNCTIONS = frozenset("när då medan innan tills eftersom om fast".split())
# Prepositions of direction: a modal takes them without a verb ("ska tindra till skolan").
_DIRECTIONS = frozenset("till från mot med på".split())
_DEFINITE = ("en", "et", "na", "ne", "an", "ön", "än", "ån")
# The most frequent Swedish words: adverbs among them end as a definite noun does ("sen",
# "sedan", "igen"), no noun in definite form.
_FREQUENT = 300
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_CLOSING = re.compile(r"[ \t]*(?:[.!?]|\n|\Z)")


def verbs() -> frozenset[str]:
    """Swedish verbs whose infinitive ends in "-a" (`data/verbs_sv.txt`, from hunspell-sv)."""
    return vocab._read("verbs_sv.txt")


def infinitive(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end], a Swedish verb, stands where
    Swedish puts an infinitive in a Swedish sentence ("fick lampan att tindra.", "Snön fick
    tindra i", "får gärna tindra lite", "såg ögonen tindra av"): the verb, no person."""
    if low[start:end] not in verbs() or not text[start:end].islower():
        return False
    if not _verb_follows(text, low, end):
        return False
    prev, gap = context.previous_word(low, start)
    if gap or not prev:
        return False
    before = low.rfind(prev, 0, start)
    if prev == "att":
        obj, gap = context.previous_word(low, before)
        slot = not gap and _object_of(low, obj, before, _CAUSATIVE)
    elif prev in lowercase_registered.CLAUSE_ADVERBS:
        modal, gap = context.previous_word(low, before)
        slot = not gap and modal in _MODALS
    elif prev in _MODALS:
        slot = _subject_before(low, before)
    else:
        slot = _object_of(low, prev, start, _PERCEIVING)
    return slot and lowercase_registered.scandinavian(text, low, start, end)


def _verb_follows(text: str, low: str, end: int) -> bool:
    """Whether what follows the word ending at `end` is what a verb takes and a subject never
    stands before: the sentence's end, a preposition but one of direction, a subjunction, a
    determiner or quantifier, in lower case."""
    following = _NEXT_WORD.match(low, end)
    if following is None:
        return _CLOSING.match(low, end) is not None
    after = following.group(1)
    if not text[following.start(1) : following.end(1)].islower():
        return False  # "att tindra Carolina antog": a name of two words
    return (
        after in _DETERMINERS
        or after in _SUBJUNCTIONS
        or (closed_words.preposition(after) and after not in _DIRECTIONS)
    )


def _subject_before(low: str, end: int) -> bool:
    """Whether the word before `end` (where the modal starts) is the modal's subject: a subject
    pronoun, or a noun after a possessive or article ("hennes ögon") or in definite form
    opening its clause ("snön", "julgranen")."""
    word, gap = context.previous_word(low, end)
    if gap or not word:
        return False
    if word in _SUBJECTS:
        return True
    at = low.rfind(word, 0, end)
    before, gap = context.previous_word(low, at)
    if not gap and before in _BEFORE_NOUN:
        return True
    if not _definite(word):
        return False
    if gap or not before:
        return True  # "Snön fick tindra"
    if closed_words.preposition(before):  # "ljusen i trädgården ska": the subject's attribute
        noun, gap = context.previous_word(low, low.rfind(before, 0, at))
        return not gap and _definite(noun)
    return False


def _definite(word: str) -> bool:
    """Whether `word` may be a Swedish noun in definite form ("snön", "ljusen"): not one of the
    most frequent words, whose adverbs end so too ("sen", "sedan", "igen")."""
    return word.endswith(_DEFINITE) and word not in vocab.most_frequent("sv", _FREQUENT)


def _object_of(low: str, obj: str, end: int, verbs_before: frozenset[str]) -> bool:
    """Whether `obj`, the word right before `end`, is the object of one of `verbs_before`
    before it, perhaps after the verb's subject pronoun ("såg man ögonen", "fick lampan"):
    an object pronoun or a noun in definite form."""
    if obj not in _OBJECTS and not _definite(obj):
        return False
    at = low.rfind(obj, 0, end)
    verb, gap = context.previous_word(low, at)
    if not gap and verb in _SUBJECTS:
        verb, gap = context.previous_word(low, low.rfind(verb, 0, at))
    return not gap and verb in verbs_before
