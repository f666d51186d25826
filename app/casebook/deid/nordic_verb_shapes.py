"""Two shapes of a Norwegian or Danish finite verb that the "-er"/"-te" endings miss.

A registered name that is also a word, opening a Norwegian or Danish sentence, is the person
when a finite verb follows it (`neighbour_openings`, `opening_finites`): "Mark forstår
ingenting", "Rose skjønte ikke at ...". Their lists of shapes read a present in "-er"/"-ar"
and a weak past in "-te"/"-de" from a stem the lists hold with another ending, which leaves
two frequent classes of verbs out, so the person was read as the word ("mark", a field or a
worm; "rose", to praise):

- a present of a verb whose infinitive ends in a stressed vowel, "-r" on the infinitive:
  "forstår" (forstå), "står", "slår", "bor", "tror", "når", "ser" aside (listed). Only the
  infinitives in "-å", "-o", "-ø", "-y" are read, and the infinitive must be in the lists
  with the present: a noun ending so takes "-er" or nothing in the plural ("tå", "tær");
- a weak past in "-te"/"-de" of a verb that doubles its stem's last consonant in the present:
  "skjønte" (skjønner), "kjente" (kjenner), "glemte" (glemmer), "kalte" (kaller). A noun in
  "-te" whose plural in "-r" the lists hold ("hytte", "hytter"; "rente", "renter") is no past.

Both shapes must be words of the lists themselves, so a rare spelling is left alone.
"""

from __future__ import annotations

from functools import lru_cache

from casebook.deid import note_language

_LANGUAGES = ("nb", "da")
_LONG_VOWELS = ("å", "o", "ø", "y")
_DOUBLING = frozenset("nmlkpstgr")


def _listed(word: str) -> bool:
    return any(word in note_language.ordinary_words(lang) for lang in _LANGUAGES)


@lru_cache(maxsize=4096)
def finite(verb: str) -> bool:
    """Whether a lower-case word of the Norwegian or Danish lists is a present of a verb with
    a vowel-final infinitive ("forstår") or a weak past of a verb that doubles its consonant
    in the present ("skjønte")."""
    if len(verb) < 4 or not _listed(verb):
        return False
    if verb.endswith("r"):
        infinitive = verb[:-1]
        return infinitive.endswith(_LONG_VOWELS) and _listed(infinitive)
    if verb.endswith(("te", "de")) and len(verb) >= 5:
        stem = verb[:-2]
        last = stem[-1]
        if last not in _DOUBLING or stem[-2] == last or _listed(verb + "r"):
            return False
        return _listed(stem + last + "er")
    return False
