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

The commonest words are worn down further (VISK §§ 30-32 on the loss of a final vowel and
of a final "n" in speech), and only they: a final "i" after "s" drops ("miksi" -> "miks",
"kaksi" -> "kaks"), a final "n" after a vowel drops ("aivan" -> "aiva", "sitten" ->
"sitte"), and the "i" of "oi"/"öi" before a final "n" ("silloin" -> "sillon"). Such a word
is read (`frequent_form`) only when its written form is one of the 300 most frequent Finnish
words: there the spoken form is the word, even one slip from a registered name
(`near_openings`), as the lists' own words are; a rarer word ending so is more often a
possessive or a name ("varas", "Tuomas").

An interjection typed as it is breathed (VISK § 856 on interjections) ends in an "h" after
a long vowel ("juuh", "jooh": "juu", "joo") or says a listed interjection twice ("huhhuh"):
`interjection` reads both, of three letters or more for the repeated part. A particle of
two letters and one of the 30 most frequent words, a function word, are said as one and
typed so ("ai niin" -> "ainiin", "no niin" -> "noniin", VISK § 1035 on particle chains):
`glued_particles` reads that, the second word opening with a consonant (with any of the 300
commonest, a stranger's given name read as "ja" and a verb on validation L).
"""

from __future__ import annotations

from functools import cache, lru_cache

from casebook.deid import vocab

_LEVELLED = {"ee": ("ea", "eä"), "oo": ("oa",), "uu": ("ua",), "yy": ("yä",), "ii": ("ia", "iä")}
_FIRST_SYLLABLE = 2  # letters before a dropped "i" may stand ("sel|la(i)sta")
_SHORTEST = 4
_FREQUENT = 300  # the words speech wears down: the language's commonest
_GLUED_RANK = 30  # the function words a particle is glued to ("niin", "mutta", "vain")
_VOWEL_SET = frozenset("aeiouyäö")


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
    "kattoo"), a frequent word worn down (`frequent_form`: "miks", "sillon") or an
    interjection typed as breathed (`interjection`: "juuh", "huhhuh")."""
    if len(word) < _SHORTEST:
        return False
    listed = vocab.listed("fi")
    if word in listed:
        return False
    if frequent_form(word) or interjection(word) or glued_particles(word):
        return True
    once = _undone(word)
    if not once.isdisjoint(listed):
        return True
    return any(not _undone(form).isdisjoint(listed) for form in once)


def _worn(word: str) -> set[str]:
    """The written forms a frequent word worn down in speech may have (module docstring)."""
    forms: set[str] = set()
    if word.endswith("s") and word[-2] not in _VOWEL_SET:
        forms.add(word + "i")  # "miks" -> "miksi", "kaks" -> "kaksi"
    if word[-1] in _VOWEL_SET:
        forms.add(word + "n")  # "aiva" -> "aivan", "sitte" -> "sitten"
    if word.endswith(("on", "ön")) and len(word) >= _SHORTEST:
        forms.add(word[:-1] + "in")  # "sillon" -> "silloin"
    return forms


@cache
def _frequent() -> frozenset[str]:
    return vocab.most_frequent("fi", _FREQUENT)


@lru_cache(maxsize=1 << 12)
def frequent_form(word: str) -> bool:
    """Whether the lower-case `word` is one of the 300 most frequent Finnish words worn down
    as speech wears it ("miks", "kaks", "aiva", "sillon"), no word of the lists itself."""
    if len(word) < _SHORTEST - 1 or word in vocab.listed("fi"):
        return False
    return not _worn(word).isdisjoint(_frequent())


def interjection(word: str) -> bool:
    """Whether the lower-case `word` is a listed Finnish word typed as an interjection is
    breathed: an "h" after its long final vowel ("juuh", "jooh") or said twice ("huhhuh")."""
    listed = vocab.listed("fi")
    if word in listed:
        return False
    if len(word) >= _SHORTEST and word[-1] == "h" and word[-2] == word[-3] in _VOWEL_SET:
        return word[:-1] in listed  # "juuh", "jooh"
    half = len(word) // 2
    return half >= _SHORTEST - 1 and word == word[:half] * 2 and word[:half] in listed


@cache
def _function_words() -> frozenset[str]:
    return vocab.most_frequent("fi", _GLUED_RANK)


def glued_particles(word: str) -> bool:
    """Whether the lower-case `word` is a particle of two letters the Finnish lists hold glued
    to one of the 30 most frequent Finnish words, a function word, of four letters or more
    that opens with a consonant ("ainiin", "noniin"), as speech runs them together; not a
    content word ("jatekee" is no "ja tekee", and does)."""
    head, tail = word[:2], word[2:]
    return (
        len(tail) >= _SHORTEST
        and tail[0] not in _VOWEL_SET
        and tail in _function_words()
        and head in vocab.listed("fi")
        and word not in vocab.listed("fi")
    )
