"""A given name that is an ordinary word, before a family name in mid-sentence: "Spoke with
Basil Ndlovu of the social services", "innan Bruna Nwachukwu svarade", "sa att Inta Dlamini
kan stanna", "when Brun Adeyemi came in".

`unregistered.py` looks only at capitalised words that are no ordinary word ("Ndlovu",
"Dlamini") or names; a capitalised ordinary word right before such a word made it part of a
proper noun of ordinary words ("the Red Cross took notes") and neither was redacted. Inside a
sentence, though, a capitalised ordinary word that is no function word, title, place word,
month or people's adjective, alone before a family name or an unknown name-shaped word, is
the given name: organisations and places of ordinary words are mostly named by function
words and adjectives ("Svenska Kyrkan", "Nya Zeeland"), by several capitalised words ("the
Royal Free Hospital"), or end with a place word ("Grace Church").

A family name not in the lexicon ("Dlamini") counts only before a verb ("Inta Dlamini kan
komma"): a capitalised adjective before an unknown word is as often a term ("on Nasal Cannula
5 lpm", "Double Lumen"), a title ("told El Mundo") or a place ("Yttre Mongoliet").

A town for the family name ("Mackay", "Lincoln", towns of the gazetteer that people bear
as family names) counts only after a name people bear (`note_language.borne`: "Jasper",
"Aria") and before a verb of saying or doing (`vocab.STRONG_FOLLOWERS`): "then Jasper
Mackay came in", not "from Jasper Mackay on the bus".

Nor when the family name is itself an ordinary word ("med Red Cross och kyrkan"). Not at a
sentence's start (`unregistered._lead_word` already refuses it), not after a
determiner or a capitalised word ("the Basil Ndlovu", "Svenska Basil Ndlovu"), not after a
preposition of place ("i Gamla Dlamini"), not before a place word, not a word in capitals.
"""

from __future__ import annotations

from casebook.deid import context, note_language, peoples, vocab
from casebook.deid.context import previous_word, sentence_start
from casebook.deid.registry import ascii_fold

NAME, UNKNOWN, PLACE = "N", "U", "P"  # `unregistered.py`'s classes of a capitalised word
_DETERMINERS = frozenset("the a an this that these those our their its".split())


def given_before(text: str, low: str, lead: int, start: int, end: int, cls: str) -> bool:
    """Whether the capitalised ordinary word at `lead` (ending one space before `start`) is
    the given name of the family name text[start:end] of class `cls`."""
    if cls not in (NAME, UNKNOWN, PLACE) or text[start:end].isupper():
        return False
    family = ascii_fold(low[start:end])
    if len(family) < 3 or sum(c in "aeiouy" for c in family) < 1:
        return False
    if low[start:end] in vocab.known_words():
        return False  # "med Red Cross och kyrkan": a proper noun of two ordinary words
    given = low[lead : start - 1]
    if (
        given in peoples.ADJECTIVES
        or given in vocab.PLACE_WORDS
        or given in vocab.RELATIONS
        or given in vocab.MONTHS
        or given in vocab.TIME_WORDS
        or sum(c in "aeiouy" for c in ascii_fold(given)) < 1
    ):
        return False
    prev, gap = previous_word(low, lead)
    if prev and not gap:
        if prev in _DETERMINERS:
            return False  # "the Basil Ndlovu fund"
        begin = lead - 1 - len(prev)
        if begin >= 0 and text[begin].isupper() and not sentence_start(text, begin):
            return False  # "Svenska Basil Ndlovu": a longer proper noun; not "When Brun Adeyemi"
    if context.place_position(low, lead):
        return False
    after = low[end + 1 : end + 30].split(" ", 1)[0] if low[end : end + 1] == " " else ""
    if after.strip(".,;:!?") in vocab.PLACE_WORDS:
        return False
    if cls == PLACE:  # "then Jasper Mackay came in": a name people bear, then a verb
        return note_language.borne(given) and after in vocab.STRONG_FOLLOWERS
    if cls == UNKNOWN:  # "on Nasal Cannula 5 lpm", "told El Mundo", "Yttre Mongoliet"
        return (
            after in vocab.STRONG_FOLLOWERS
            or after in vocab.WEAK_FOLLOWERS
            or (after in vocab.MODALS)
        )
    return True
