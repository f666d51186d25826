"""Words of spoken Finnish (puhekieli) written as they are said: "itte" for "itse" (self),
"sellasta" for "sellaista" (such), "mettässä" for "metsässä" (in the forest), "kauhee" for
"kauhea" (awful).

Forum posts, chats and transcripts write Finnish as it is spoken, and the regular sound
changes of the spoken language make forms no written list holds; capitalised where a
sentence opens ("Itte en enää osta", "Tällasta se on") such a word is taken for a stranger's
name. The changes are few and regular (Iso suomen kielioppi, VISK §§ 12-18 on the spoken
language's sound changes):

- "ts" becomes "tt" ("itse" -> "itte", "katsoa" -> "kattoa");
- the "i" of a diphthong "ai"/"äi" after the first syllable drops before "s" or "n"
  ("sellaista" -> "sellasta", "tällainen" -> "tällanen");
- a final "ea"/"eä", "oa", "ua", "yä", "ia"/"iä" is levelled to a long vowel ("kauhea" ->
  "kauhee", "katsoa" -> "kattoo").

`written_form` undoes them, one or two together, and says whether the written form is an
ordinary word of the Finnish lists. `neighbour_forms.is_form` asks it for Finnish, so a name
of the lexicon is never read so ("Otto" is no spoken "otso").
"""

from __future__ import annotations

from functools import lru_cache

from casebook.deid import vocab

_LEVELLED = {"ee": ("ea", "eä"), "oo": ("oa",), "uu": ("ua",), "yy": ("yä",), "ii": ("ia", "iä")}
_FIRST_SYLLABLE = 2  # letters before a dropped "i" may stand ("sel|la(i)sta")
_SHORTEST = 4


def _undone(word: str) -> set[str]:
    """The written forms one sound change of the spoken language may have made `word` of."""
    forms: set[str] = set()
    at = word.find("tt")
    while at >= 0:
        forms.add(word[:at] + "ts" + word[at + 2 :])  # "itte" -> "itse"
        at = word.find("tt", at + 1)
    for i in range(_FIRST_SYLLABLE, len(word) - 1):
        if word[i] in "aä" and word[i + 1] in "sn":
            forms.add(word[: i + 1] + "i" + word[i + 1 :])  # "sellasta" -> "sellaista"
    for long, written in _LEVELLED.items():
        if word.endswith(long):
            forms.update(word[:-2] + ending for ending in written)  # "kauhee" -> "kauhea"
    return forms


@lru_cache(maxsize=1 << 14)
def written_form(word: str) -> bool:
    """Whether the lower-case `word`, no word of the Finnish lists, is one that the lists hold
    with one or two sound changes of the spoken language undone ("itte", "sellasta",
    "kattoo")."""
    if len(word) < _SHORTEST:
        return False
    listed = vocab.listed("fi")
    if word in listed:
        return False
    once = _undone(word)
    if not once.isdisjoint(listed):
        return True
    return any(not _undone(form).isdisjoint(listed) for form in once)
