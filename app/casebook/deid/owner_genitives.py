"""An unknown word in the genitive before a noun, inside a sentence: a person's name ("Daromirs
sociala status", "tillåter inte en diskussion av Asifs resultat", "I could trust Ødhger's
work", "Cadenza's speech").

A capitalised word that is no ordinary word, no town and in no lexicon (`unregistered.py`'s
class U) is a name only where its setting says so. A genitive with no article before it and a
lower-case word after it ("Zlatkos jobb", "Wade's shop") says so in the middle of a sentence:
Swedish writes the common nouns in lower case there and an organisation usually with its
article or its definite form ("kommunens beslut", "the Council's plans"). At the start of a
sentence a capitalised word is no sign, so only a relation or a person's details after it count
there ("Gissels föräldrar", "Xs mamma": `namecontext.kin_possessive`), or the flat a person
lives in ("Asperhts leilighet": `namecontext.home_possessive`; a body's or a town's flats are
said with its definite form, "kommunens lägenheter"), when the word has fewer than fourteen
letters: a longer one is a compound, a landlord's name ("Familjebostäders lägenhet").

Not a word in capitals ("NAV:s beslut", "IBM's"), not a word of fewer than three letters or
with fewer than two vowels ("Lts", an abbreviation), not a genitive before a verb ("Dimitris
said" is no genitive: the next word must not be a verb, modal or adverb), not after a
determiner ("the Tullgarn's"), not before a place or organisation word ("Danderyds
sjukhus"), not a word the note names as a place elsewhere ("went to Mölna. Later
Mölna's shop closed"). Swedish writes the genitive "s" straight on the word
("Daromirs"): that form counts where the words around it are Swedish (an English plural,
"Calzones in the City", is none) and not for a long word in its definite form
("Bostadstilläggets storlek"); English writes "'s", but a hurried note leaves the apostrophe
out, and before a home or a word of kin ("We dropped the papers at Hildegunns flat",
"Oduyas daughter") the glued "s" is the genitive in any language, as no plural owns a flat or
a daughter.

After a preposition of place such a genitive is no town either ("in Łucja's speech", "at
Østulf's best", "hos Absalons mamma": a pronoun's "her", "his", "hennes" stood there): the
owned noun, not the word, is where it happens (`after_preposition`), unless it is a place or
an organisation word ("in Farsta's library" is none such, "på Danderyds sjukhus" is).

The other side: a registered name with an "s" glued on that is itself a word of its
sentence's Scandinavian language, opening the sentence ("Annars ringer jag", otherwise, beside
a registered Annar), is that word where no noun follows for a genitive to own: punctuation,
a word no genitive owns (`not_owned`), or a finite verb and its subject pronoun (the verb
second and the subject after it, as a clause opened by an adverb has them: "Annars fruktar
jag"). Before a relation or a belonging ("Annars mamma", "Stens bil") the "s" stays the
genitive (`word_not_genitive`).
"""

from __future__ import annotations

import re
from typing import Any

from casebook.deid import (
    closed_words,
    kin_names,
    lexicon,
    namecontext,
    nordic_lower,
    note_language,
    opening_finites,
    vocab,
)
from casebook.deid.context import sentence_start
from casebook.deid.registry import ascii_fold
from casebook.deid.subordinate_subjects import FINITE

_APOSTROPHE_S = ("'s", "’s")
_DEFINITE = frozenset({"en", "et", "na", "an"})  # "Bostadstilläggets", "Flerfamiljshusens"
_PLACE_WORDS = ("to", "in", "at", "from", "near", "i", "till", "från", "vid", "på")
# What `_a_place_elsewhere` finds before the word, as a pattern (the tests hold it to this)
_PLACE_BEFORE = r"(?<![^\W\d_])(?:" + "|".join(_PLACE_WORDS) + r")[ \t]+"
_NEXT = re.compile(r"[ \t]([a-zà-ÿ][^\W\d_]*)")


# A capitalised word this long is a compound noun, a body's name, more often than a person's.
_LONGEST_OWNER = 14


def _glued_s(low: str, start: int, end: int) -> bool:
    return (
        low[end - 1 : end] == "s"
        and end - start >= 5
        and low[end - 2 : end] != "ss"
        and not (end - start >= 9 and low[end - 3 : end - 1] in _DEFINITE)
    )


def _glued_genitive(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] ends in a genitive "s" written straight on the word: in a
    Swedish sentence before any noun ("Daromirs jobb"), in any other before a relation or
    a home ("We dropped the papers at Hildegunns flat", "Ørjans datter"), where the
    apostrophe an English genitive takes was left out: no plural heads a word of kin or
    a flat."""
    return _glued_s(low, start, end) and (
        namecontext.kin_possessive(low, end - 1)
        or namecontext.home_possessive(low, end - 1)
        or namecontext.local_language(low, start, end) == ("sv",)
    )


# Adverbs of place that follow a subject or open a clause ("According to X there is",
# "Ifølge X er der", "X här"), never the noun a genitive owns.
_PLACE_ADVERBS = frozenset("there here där här der her".split())
# English coordinating conjunctions: English writes its genitive with an apostrophe, and the
# Nordic genitive "s" written on the name stands in no English clause ("We talked about
# Wilkins and how"); the Nordic "og", "och" may join two genitives ("Lenas och Pers barn").
_ENGLISH_CONJUNCTIONS = frozenset("and or but nor".split())


def doubled_s_end(text: str, start: int, end: int) -> int:
    """The end of a registered name text[start:end] that ends in "s" with a bare "s" after it
    ("Tarass, Lyche" for Taras): taken whole, the name misspelt with its last letter doubled.
    A name ending in "s" takes no genitive "s" in Swedish, Norwegian or Danish (they write
    "Taras'" or "Taras": Språkrådet, Sprognævnet), so the "s" left after the tag would be the
    name's own; `names.py` has judged the form as a name already."""
    if (
        end - start >= 3
        and text[end - 1 : end + 1].lower() == "ss"
        and not text[end + 1 : end + 2].isalpha()
    ):
        return end + 1
    return end


def not_owned(word: str) -> bool:
    """Whether a lower-case word cannot be what a genitive before it owns: a genitive "s"
    stands before its noun (or the noun's adjective), never before a verb, modal, adverb or
    negation ("Ifølge Elton Seips er det", "Dimitris said", "Markus kommer"), a pronoun or
    interjection (`closed_words`), a preposition ("Alwa Rosås på kommunen"), an adverb of
    place ("According to Godard Simpsons there is") or an English conjunction ("about
    Wilkins and how"): there the "s" is the name's own."""
    return (
        word in vocab.STRONG_FOLLOWERS
        or word in vocab.WEAK_FOLLOWERS
        or word in vocab.MODALS
        or word in vocab.ADVERBS
        or word in FINITE
        or word in _PLACE_ADVERBS
        or word in _ENGLISH_CONJUNCTIONS
        or closed_words.closed(word)
        or closed_words.preposition(word)
    )


_TWO_WORDS = re.compile(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
_SCANDINAVIAN = frozenset({"sv", "nb", "da"})


def word_not_genitive(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end], a capitalised registered name with an "s" glued on that opens
    a sentence, is an ordinary word of the sentence's Scandinavian language ("Annars", "Ellers")
    before no noun a genitive would own (see the module's docstring)."""
    if not text[start : start + 1].isupper() or not sentence_start(text, start):
        return False
    form = low[start:end]
    if form in nordic_lower.ordinary_words():
        languages = note_language.sentence_language(text, start, end, count_word=False)
        word = bool(languages) and not _SCANDINAVIAN.isdisjoint(languages)
    else:
        word = form in vocab.common_words(("sv",)) and namecontext.local_language(
            low, start, end
        ) == ("sv",)
    if not word:
        return False
    kin = namecontext.kin_possessive(low, end, kin_names.NEIGHBOUR_KIN)
    if kin or namecontext.owner_possessive(low, end, True):
        return False  # "Annars mamma", "Stens bil": the genitive before a relation or belonging
    after = _TWO_WORDS.match(low, end)
    if after is None:
        return not low[end : end + 1].isalnum()  # "Annars, ..." (no word glued on)
    first, second = after.group(1), after.group(2)
    return not_owned(first) or (second is not None and second in opening_finites.SUBJECT_AFTER)


def owner(text: str, low: str, start: int, end: int, prev: str, gap: str) -> bool:
    """Whether the unknown capitalised word text[start:end] is a person's name in the
    genitive before a noun (`prev` and `gap` are `context.previous_word`'s); where it
    stands itself is not its being named a place elsewhere (`after_preposition`)."""
    if low.startswith(_APOSTROPHE_S, end):
        bare_end, after = end, end + 2
    elif _glued_genitive(low, start, end):
        bare_end, after = end - 1, end  # "Daromirs": Swedish writes it on the word (not
        # an English plural, "Calzones in"; not a long noun's definite form, "Husens"),
        # and a hurried English note before a relation or a home ("Hildegunns flat")
    else:
        return False
    bare = ascii_fold(low[start:bare_end])
    if text[start:bare_end].isupper() or len(bare) < 3 or sum(c in "aeiouy" for c in bare) < 2:
        return False
    following = _NEXT.match(text, after)
    if following is None:  # "Dealers like cleaning Hennie's.": the owner's thing left unsaid
        return bare_end == end and _standing_alone(text, low, start, end, prev, gap)
    word = following.group(1)
    if not_owned(word):
        return False  # "Dimitris said", "Markus kommer": no genitive
    if prev in vocab.DETERMINERS and not gap:
        return False  # "the Tullgarn's boats"
    if word in vocab.PLACE_WORDS or word.endswith(vocab.ORGANISATION_ENDINGS):
        return False  # "på Danderyds sjukhus", "Farsta's library": a place's name
    if sentence_start(text, start):  # "Gissels föräldrar", "Asperhts leilighet"
        return (
            namecontext.kin_possessive(low, bare_end)
            or (
                namecontext.home_possessive(low, bare_end)
                and bare_end - start < _LONGEST_OWNER  # "Familjebostäders lägenhet": a landlord
                and not _a_place_elsewhere(low, low[start:bare_end], start)
            )
        )
    return not _a_place_elsewhere(low, low[start:bare_end], start)


def _standing_alone(text: str, low: str, start: int, end: int, prev: str, gap: str) -> bool:
    """Whether the English genitive text[start:end] + "'s" stands for its noun left unsaid,
    at the end of a clause inside a sentence ("Dealers like cleaning Hennie's.", "better
    than Wójcik's, though"): not after a determiner ("the Tullgarn's."), not a word the note
    names as a place elsewhere, not after a preposition of place ("went to Tesco's.", "at
    Sainsbury's,": a shop or a home)."""
    return (
        text[end + 2 : end + 3] in (".", ",", ";", "!", "?")
        and not (prev in vocab.DETERMINERS and not gap)
        and prev not in _PLACE_WORDS
        and not sentence_start(text, start)
        and not _a_place_elsewhere(low, low[start:end], start)
    )


def after_preposition(text: str, low: str, start: int, end: int, prev: str, gap: str) -> bool:
    """Whether the unknown word text[start:end], right after a preposition of place, is an
    owner's name before its noun ("in Łucja's speech") rather than a town: an English "'s"
    genitive, or one with its "s" glued on before a relation or a person's details ("hos
    Absalons mamma"), or before a home outside a Swedish sentence ("at Hildegunns flat"),
    and the note names it as a place nowhere else."""
    if gap or not prev or sentence_start(text, start):
        return False
    if low.startswith(_APOSTROPHE_S, end):
        return owner(text, low, start, end, prev, gap)
    return (
        _glued_s(low, start, end)
        and (
            namecontext.kin_possessive(low, end - 1)  # "hos Absalons mamma"
            or (  # "at Hildegunns flat": a home, in a sentence that is not Swedish
                namecontext.home_possessive(low, end - 1)
                and namecontext.local_language(low, start, end) != ("sv",)
            )
        )
        and owner(text, low, start, end, prev, gap)
    )


def _a_place_elsewhere(low: str, bare: str, here: int = -1) -> bool:
    """Whether the note names the word as a place elsewhere ("went to Mölna. Later Mölna's
    shop closed"): then its genitive is the place's. Each place the word stands is found by
    `str.find` (a pattern opening with the place words' look-behind would try every
    character of the note, once per genitive: quadratic in a long note's length)."""
    at = low.find(bare)
    while at >= 0:
        end = at + len(bare)
        if (
            at != here
            and not (end < len(low) and _letter(low[end]))
            and _place_word_before(low, at)
        ):
            return True
        at = low.find(bare, at + 1)
    return False


def _letter(char: str) -> bool:
    r"""A character of the class `[^\W\d_]`: alphanumeric, no decimal digit."""
    return char.isalnum() and not char.isdecimal()


def _place_word_before(low: str, at: int) -> bool:
    """Whether a place word (`_PLACE_WORDS`), no letter before it, and spaces or tabs end
    right at `at`: `_PLACE_BEFORE` matched up to `at`."""
    gap = at
    while gap > 0 and low[gap - 1] in " \t":
        gap -= 1
    if gap == at:
        return False
    return any(
        gap >= len(word)
        and low.startswith(word, gap - len(word))
        and not (gap > len(word) and _letter(low[gap - len(word) - 1]))
        for word in _PLACE_WORDS
    )


_S_THEN_WORD = re.compile(r"s[ \t]+([^\W\d_]+)")


def whole_before_verb(text: str, spans: list[Any]) -> list[Any]:
    """A name span with an "s" left after it (read as the genitive "s", which stays after the
    tag: "[P]s mamma") takes the "s" in when a word no genitive owns follows (`not_owned`: a
    verb, a pronoun, a preposition): a genitive stands before its noun, so there the "s" is
    the name's own letter ("Enligt Marks har det blivit bättre": Markus misspelt, not Mark's;
    "Ifølge Georg Lucas er der": Lucas, not Luca's)."""
    out = list(spans)
    for i, span in enumerate(out):
        if span.kind != "name" or text[span.end : span.end + 1] != "s":
            continue
        if i + 1 < len(out) and out[i + 1].start <= span.end + 1:
            continue
        after = _S_THEN_WORD.match(text, span.end)
        if after and not_owned(after.group(1)) and text[span.start].isupper():
            out[i] = span._replace(end=span.end + 1)
    return out


# Object and reflexive pronouns of English, Swedish, Norwegian and Danish: a verb takes them
# ("Rejs dig op", stand up; "Sätt er ner", "Help me"), a genitive never does (it stands
# before its noun).
_OBJECT_PRONOUNS = vocab.OBJECT_PRONOUNS | frozenset(
    "meg deg seg mig dig sig oss dykk dere dem jer er you".split()
)
# A capitalised given name and one space right before a span: "Joseph " of "Joseph Edwards".
_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+) \Z")
# What may follow a family name in a list, a label or a sentence: no word ("Edwards, the
# head", "Edwards⏎"), or the word that `not_owned` reads as no owned noun ("Edwards said").
_AFTER_S = re.compile(r"s(?![\w'’-])[ \t]*([^\W\d_]+)?")


def patronymic_surnames(text: str, spans: list[Any], name_tag: str) -> list[Any]:
    """A one-word name found with an "s" left after it, right after a given name of the
    lexicon that no span holds, is the first part of an English family name formed of a given
    name and "s" ("Joseph Edwards", "Gemma Peters", "Anna Roberts"), not a genitive: the
    stranger's whole name becomes one `name_tag` span, where "Edward" alone would leave
    "Joseph" and the "s" to name them. Only where no noun follows (a list, a label, a verb
    after it: `not_owned`), so "Anna Peters bok" (Peter's book) keeps its genitive."""
    out: list[Any] = []
    for span in spans:
        if (
            span.kind == "name"
            and text[span.start : span.start + 1].isupper()
            and " " not in text[span.start : span.end]
        ):
            after = _AFTER_S.match(text, span.end)
            given = (
                _GIVEN_BEFORE.search(text, max(0, span.start - 40), span.start)
                if after is not None
                else None
            )
            if (
                after is not None
                and given is not None
                and (after.group(1) is None or not_owned(after.group(1)))
                and given.group(1).lower() in lexicon.given_names()
                and (not out or out[-1].end <= given.start())
            ):
                out.append(
                    type(span)(given.start(1), span.end + 1, "name", name_tag, via="lexicon")
                )
                continue
        out.append(span)
    return out


_PRONOUN_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def verb_before_pronoun(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end], a word that reads as a name with a genitive "s" ("Rejs" as
    Rej's), opens a sentence right before an object or reflexive pronoun ("Rejs dig op", get
    up; "Rejs jer op"): a verb's imperative there, no genitive, which stands before a noun."""
    found = _PRONOUN_AFTER.match(low, end)
    return bool(found) and found.group(1) in _OBJECT_PRONOUNS and sentence_start(text, start)
