"""Finnish agent nouns in "-ja"/"-jä": "korjaaja" (repairer), "ohjaaja" (instructor),
"kuljettaja" (driver), "vetäjä" (leader).

Finnish names the doer of any verb by its present stem and "-ja"/"-jä" (Iso suomen
kielioppi's agent nouns in -jA: "korjaa-" of "korjata" -> "korjaaja", "opetta-" of "opettaa" ->
"opettaja", "myy-" of "myydä" -> "myyjä"), so no list holds them all: the Universal
Dependencies Finnish treebanks mark them as a derivation of their own (`Derivation=Ja`), 155
lemmas in TDT's development and test files alone. A club's chat or form labels its lines by
such a doer ("Korjaaja: Repeat for the remaining bulbs", "Ohjaaja: ..."), and a capitalised
word nobody lists was read there as a stranger's name.

`agent_noun` reads a word so when its stem (the word without "-ja"/"-jä") ends in a vowel and
the Finnish word lists hold a form only a verb of that stem has: the third person plural
("korjaavat", "vetävät"), the first or second person plural ("korjaamme"), or a form of the
third or fourth infinitive ("korjaamassa", "korjaamaan", "korjaaminen", "korjaamista"). A
name of the lexicon is never read so ("Lukija", "Harja", "Kaija"), nor a stem of three
letters.
"""

from __future__ import annotations

from functools import lru_cache

from casebook.deid import lexicon, vocab

_VOWELS = frozenset("aeiouyäö")
# A stem of four letters or more: of three ("sai-", "tei-", "vei-", "suo-") the plural and
# infinitive forms of "saada", "viedä", "tuoda" make given names ("Saija", "Teija", "Veija")
# and a word ("suoja", shelter) look like doers; "myyjä", "luoja" are given up with them.
_SHORTEST = 6
# The endings only a verb's forms take after its present stem: person endings of the plural
# and the third and fourth infinitives, back and front.
_VERB_ENDINGS = (
    "vat vät mme tte massa mässä maan mään malla mällä masta mästä minen misen mista mistä"
).split()


@lru_cache(maxsize=4096)
def agent_noun(word: str) -> bool:
    """Whether lower-case `word` is a Finnish agent noun in "-ja"/"-jä" of a verb the word
    lists attest (module docstring): "korjaaja", "vetäjä"; not "harja", "kaija", "lahja"."""
    if not word.endswith(("ja", "jä")) or len(word) < _SHORTEST:
        return False
    stem = word[:-2]
    if stem[-1] not in _VOWELS or word in lexicon.all_names():
        return False
    words = vocab.listed("fi")
    return any(stem + ending in words for ending in _VERB_ENDINGS)
