"""A registered name typed in lower case where a Norwegian or Danish sentence puts a verb.

Several Norwegian names are verbs as well (Gro, to grow; Berge, to salvage; Mette, to sate;
Tone, to tone). In lower case inside a sentence written in Norwegian or Danish
(`note_language.sentence_language`, the word itself not counted) such a word is the verb,
never a person, in these slots:

- right after the infinitive marker "å", or "å" and a negation or adverb ("begynte å
  snorre", "prøver å ikke snorre"): only a verb follows "å", whatever word it is;
- as the infinitive of a modal or of "få"/"fikk"/"fått" whose subject, a pronoun or a
  definite noun opening its clause, stands right before it ("Vi måtte berge møblene", "hvis
  mosen får gro på taket", "Han fikk berge båten"; not an inverted clause's, "I 1972 fik
  jane sit første", where the word is the subject), when the Norwegian and Danish word
  lists conjugate the word as a verb (its present in "-r" and a past are listed: "gror",
  "grodde") and what follows is no infinitive (a verb's form whose present the lists hold:
  "må lasse komme" keeps its inverted subject, the person);
- after a verb of hearing or letting and its object, a pronoun or a definite noun ("vi
  hørte ham snorre", "lot gresset gro"): the object's infinitive (a pronoun's, whatever
  word it is; a noun's, a listed verb);
- opening a main clause after a fronted adverbial phrase and its comma, before a subject
  pronoun or the reflexive ("Etter lunsj, snorre han", "Med litt sol, gro det", "Etter
  trening, mette seg"): a main clause puts its finite verb second, and the pronoun after
  the word is its subject, so a person cannot stand there ("Etter lunsj, tove, han ..."
  sets a vocative off by a second comma); and so a listed verb before a determiner, its
  object's ("Etter kampen, mette hele laget").

Everywhere else the word is judged as before (`nordic_lower`, `names.py`)."""

from __future__ import annotations

import re

from casebook.deid import context, nordic_lower, note_language

_GROUP = frozenset({"nb", "da"})
_MARKER = "å"
# Negations and adverbs a split infinitive puts between "å" and its verb ("å ikke snorre").
_SPLIT = frozenset("ikke ikkje aldri bare berre også òg alltid ofte heller".split())
# Modals and "få" (get to, be allowed to) of bokmål, nynorsk and Danish: a bare infinitive
# follows them.
_MODALS = frozenset(
    """vil ville skal skulle kan kunne må måtte bør burde får fikk fekk fik fått""".split()
)
# Verbs of hearing and letting, which take an object and its bare infinitive ("hørte ham
# snorre", "lot gresset gro"; "så dem komme" is left out: "så" is also "so", "then"; and
# "føler", "kjenner", which take a clause: "føler familien murud at").
_PERCEIVING = frozenset("hørte hører høre hørt høyrde høyrer lot lar late latt".split())
# Object pronouns of people and things: the object of a verb of perceiving or letting.
_OBJECTS = frozenset("meg deg seg ham henne han ho oss dere dykk dem dei det den mig dig".split())
# Subject pronouns of people in bokmål, nynorsk and Danish: a modal's subject ("Vi måtte").
_SUBJECTS = frozenset("jeg eg du han hun ho vi me de dei dere dokker man".split())
# They, the pronouns of things and the reflexive follow a fronted clause's finite verb
# ("Etter lunsj, snorre han", "Med litt sol, gro det", "Etter trening, mette seg").
_AFTER_VERB = _SUBJECTS | frozenset("det den seg sig".split())
# Conjunctions and subjunctions that open a clause before its subject ("hvis mosen får").
_CLAUSE_OPENERS = frozenset(
    """og men eller at som når da då fordi siden sidan om hvis viss dersom mens medan før
    etter enn så""".split()
)
# Prepositions that open a fronted adverbial phrase ("Etter lunsj,", "Med litt sol,").
_FRONTED = frozenset(
    """etter efter med om i på før under til fra frå ved over mellom blant uten utan
    innen inden gjennom""".split()
)
_VOWELS = "aeiouyæøå"
_PAST = ("t", "et", "te", "de", "dde", "a")
# A preposition and one to three words, ending where the comma stands.
_PHRASE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(?: [^\W\d_]+){1,3}\Z")


def listed_verb(word: str) -> bool:
    """Whether the Norwegian and Danish word lists conjugate `word` as a verb's infinitive:
    its present in "-r" and a past form are listed ("gro": "gror", "grodde"; "berge":
    "berger", "berget")."""
    listed = nordic_lower.listed()
    return word + "r" in listed and any(word + ending in listed for ending in _PAST)


def _infinitive_like(word: str) -> bool:
    """Whether `word` may be an infinitive: it ends in a vowel and the lists hold its
    present in "-r" ("komme": "kommer"; "bryte": "bryter"); not a word of one or two letters
    ("i", "på") nor a determiner ("hele")."""
    return (
        len(word) > 2
        and word[-1] in _VOWELS
        and word not in nordic_lower.DETERMINERS
        and word + "r" in nordic_lower.listed()
    )


def _subject_before(low: str, before: str, at: int) -> bool:
    """Whether `before`, the word at `at`, is the subject of the modal after it: a
    subject pronoun, or a noun in its definite form that opens its clause ("Vi måtte", "hvis
    mosen får", "før sårene får"; not "I denne politikken skal", a fronted phrase)."""
    if before in _SUBJECTS:
        return True
    if not nordic_lower._definite_noun(before):
        return False
    opener, gap = context.previous_word(low, at)
    if opener and not gap:
        return opener in _CLAUSE_OPENERS
    return context.sentence_start(low, at)


def _norwegian(text: str, start: int, end: int) -> bool:
    languages = note_language.sentence_language(text, start, end, count_word=False)
    return bool(languages) and not _GROUP.isdisjoint(languages)


def _fronted(text: str, low: str, comma: int) -> bool:
    """Whether the words before the comma at `comma` are a fronted adverbial phrase opening
    its sentence: a preposition and one to three words after it ("Etter lunsj", "Med litt
    sol", "Etter en lang dag")."""
    found = _PHRASE.search(low, max(0, comma - 60), comma)
    if not found or found.group(1) not in _FRONTED:
        return False
    opening = found.start()
    return context.sentence_start(text, opening) or low[opening - 2 : opening] == ": "


def verb_here(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end] stands in a verb's slot of a
    Norwegian or Danish sentence (the module docstring's slots)."""
    word = low[start:end]
    prev, gap = context.previous_word(low, start)
    if not prev:
        return False
    kind, following, _at = context.next_word(low, end)
    following = following if kind == "w" else ""
    slot = False
    if not gap:
        before, before_gap = context.previous_word(low, start - len(prev) - 1)
        if prev == _MARKER or (prev in _SPLIT and before == _MARKER and not before_gap):
            slot = True  # "begynte å snorre", "prøver å ikke snorre"
        elif prev in _MODALS:
            # "Vi måtte berge møblene", "hvis mosen får gro": the modal's subject before it;
            # not "I 1972 fik jane sit første", "Det samme vil bank", an inverted subject
            slot = (
                listed_verb(word)
                and not before_gap
                and _subject_before(low, before, low.rfind(before, 0, start - len(prev)))
                and not _infinitive_like(following)
            )
        elif not before_gap and before in _PERCEIVING:
            if prev in _OBJECTS:
                slot = not _infinitive_like(following)  # "hørte ham snorre gjennom veggen"
            else:
                slot = (
                    listed_verb(word)
                    and nordic_lower._definite_noun(prev)
                    and not _infinitive_like(following)
                )  # "lot gresset gro"
    elif gap == "," and (
        following in _AFTER_VERB or (following in nordic_lower.DETERMINERS and listed_verb(word))
    ):
        # "Etter lunsj, snorre han", "Etter trening, mette seg", "Etter kampen, mette hele
        # laget": the finite verb, its subject or its object after it
        slot = _fronted(text, low, low.rfind(",", 0, start))
    return slot and _norwegian(text, start, end)
