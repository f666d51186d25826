"""Near misses of registered names: "Kristna" for Kristina, "Akeson" for Åkesson.

A capitalised word that is neither a dictionary word nor a name of the lexicon, and is within
a small Damerau-Levenshtein distance (a transposition counts as one edit) of a registered
one-word form, is taken for that form misspelt:

- words of 4-7 letters: one edit; 8 letters or more: two; shorter words never (too many
  ordinary words are one edit from "Bo", "Ek" or "Per"). Where the context already says the
  word is a name (`find(word, named=True)`: "Best regards, Ikunne", "Glde would phone"), two
  edits from 4 letters on, so that the name gets its person's tag rather than `[name]`;
- a slip that changes only how a name sounds the same or looks nearly the same costs no edit:
  diacritics ("Akesson", "Þorfinnsson" for Thorfinnsson), a doubled or undoubled letter
  ("Larss", "Jonass", "Ebbba", "Hadaddd"), and the respellings by ear of `SOUND_ALIKE`
  ("Kristoffer" for Christoffer, "Fillip", "Lindkvist" for Lindqvist, "Sofja"): both the word
  and the registered forms are compared as `skeleton`s as well, with one edit less than the
  limit (none below 8 letters), so "Lidnquisst" (a transposition on top) is near "Lindqvist"
  and "Mamman" is not near "Mahan". A skeleton equal to a form's is a near miss from 3
  letters on ("Wil" for Will), where the registered form is longer than the word (a letter
  dropped from a double, never added to a short word);
- a word with a genitive "s" before a noun is compared without it (`genitive`: "Keivns
  lägenhet"), so the "s" costs no edit;
- only the nearest forms count ("Duurş" is nearer Durmuş than Duran), and of those the ones
  that begin as the word does, if some do (`_first_letter_kept`: "Hwoell" is Howell, not
  Powell);
- when every nearest form belongs to one entry, the word gets that entry's tag;
- when they belong to several entries, it is a name all the same, with every entry it could
  be listed as a candidate (the redactor then picks the one named nearest in the same text, as
  for a registered name two people share, else tags it `[name]`).

`rapidfuzz` does the distance work in C over all registered forms at once (`_within`: plain
Levenshtein within twice the limit first, transpositions measured on those few only; within
one edit, only the forms that share a key with the word, itself or with a letter removed,
are measured at all); every
distinct word a note's lower-case and capitalised passes cannot explain is compared once
(`find` keeps the answers).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from casebook.deid import longer_names, name_inflection, word_rivals
from casebook.deid.registry import Registry, ascii_fold

MIN_LENGTH = 4
# Respellings that sound alike in Swedish and English, applied in order to a lower-case word
# without diacritics (`skeleton`).
SOUND_ALIKE = (
    ("sch", "sh"),
    ("sj", "sh"),
    ("ph", "f"),
    ("th", "t"),
    ("ch", "k"),
    ("ck", "k"),
    ("qu", "kv"),
    ("q", "k"),
    ("w", "v"),
    ("c", "k"),
    ("z", "s"),
    ("x", "ks"),
    ("dt", "t"),
    ("ie", "i"),
    ("y", "i"),
    ("j", "i"),
    ("h", ""),
)
# Endings glued to a name that a Swedish or Finnish note writes: Finnish cases ("Kristinan",
# "Kristinalle", "Mobergin", "Fredrikista"), a Swedish family in the plural ("Lundqvistarna")
# and its adjective ("Wästbergska"). The Swedish genitive "s" is `names.py`'s.
INFLECTIONS = frozenset(
    """n a ä na nä ta tä lle lla llä lta ltä ssa ssä sta stä ksi in ia iä ille illa illä
    ilta iltä issa issä ista istä iksi arna ska""".split()
)
_LONGEST_INFLECTION = max(map(len, INFLECTIONS))


def stems(word: str) -> list[str]:
    """The words `word` may be with an ending of `INFLECTIONS` taken off (4 letters at least)."""
    return [
        word[:-cut]
        for cut in range(1, _LONGEST_INFLECTION + 1)
        if len(word) - cut >= MIN_LENGTH and word[-cut:] in INFLECTIONS
    ]


class NearMiss(NamedTuple):
    """The entries (indices into the registry, in registry order) a word is near, and the
    registered forms it is near."""

    entries: tuple[int, ...]
    forms: tuple[str, ...]


def skeleton(word: str) -> str:
    """How a lower-case word sounds, roughly: without diacritics, the respellings of
    `SOUND_ALIKE` made, and every run of one letter written once ("Christoffer" and
    "Kristofer" are both "kristofer"; "Åkesson" and "Akeson" both "akeson")."""
    folded = ascii_fold(word.replace("þ", "th").replace("ð", "d"))
    if folded[:1] == "h":
        folded = "h" + _respelt(folded[1:])  # a leading h is heard: "Hans", not "Ans"
    else:
        folded = _respelt(folded)
    return "".join(c for i, c in enumerate(folded) if i == 0 or c != folded[i - 1])


def _respelt(word: str) -> str:
    for written, heard in SOUND_ALIKE:
        if written in word:
            word = word.replace(written, heard)
    return word


def max_distance(length: int, named: bool = False) -> int:
    if length < MIN_LENGTH:
        return 0
    return 1 if length < 8 and not named else 2


# Vowels, after `ascii_fold` ("æ", "ø", "å" and "ä" fold to them): a word with none is no word.
_VOWELS = frozenset("aeiouy")
_CACHE_MAX = 1 << 16  # words' answers kept, about 10 MB at most


class NearMisses:
    """The registered one-word forms of a registry, ready to be compared with words."""

    def __init__(self, registry: Registry) -> None:
        owners = registry.word_owners()
        self._forms = [w for w in owners if len(w) >= MIN_LENGTH and w.isalpha()]
        self._owners = [owners[w] for w in self._forms]
        self._by_form = {form: index for index, form in enumerate(self._forms)}
        self._skeletons = [skeleton(form) for form in self._forms]
        self._by_length = (_ByLength(self._forms), _ByLength(self._skeletons))
        self._known = frozenset(owners)
        self._short_owners = {w: o for w, o in owners.items() if 3 <= len(w) < MIN_LENGTH}
        # Every form of three letters or more, for `listed` (a slip in a list of people).
        self._listed_forms = [w for w in owners if len(w) >= 3 and w.isalpha()]
        self._listed_owners = [owners[w] for w in self._listed_forms]
        self._listed_cache: dict[str, NearMiss | None] = {}
        self._cache: dict[tuple[str, bool], NearMiss | None] = {}
        # (first letter, length) of every word that could be near a form: a cheap first test.
        self._shapes = frozenset(
            (form[:1], len(form) + d)
            for form in self._forms
            for d in range(-max_distance(len(form)), max_distance(len(form)) + 1)
        )

    def inflected(self, word: str) -> NearMiss | None:
        """The entries whose registered form `word` (lower case) is with an ending glued on
        ("kristinalle", "lundqvistarna"), or None. The caller makes sure the word is not an
        ordinary word, a name of the lexicon or a town ("Linda", "Berga", "annan")."""
        for stem in (*stems(word), *name_inflection.bases(word)):  # "jukan": Jukka's
            if stem in self._by_form:
                index = self._by_form[stem]
                return NearMiss(tuple(self._owners[index]), (stem,))
        return None

    def finnish_case(self, word: str) -> NearMiss | None:
        """The entries whose registered one-word form `word` (lower case) is with a Finnish
        case glued on (`name_inflection.bases`: "dagin" for Dag's, "margitille"), forms of
        three letters included, or None. An exact form with its case is a closer reading
        than any slip ("dagin" is Dag's, not a misspelt Dagny). The caller makes sure the
        word stands in a Finnish sentence."""
        for stem in name_inflection.bases(word):
            owners = self._short_owners.get(stem)
            if owners is None and stem in self._by_form:
                owners = self._owners[self._by_form[stem]]
            if owners:
                return NearMiss(tuple(owners), (stem,))
        return None

    def inflected_slip(self, word: str) -> NearMiss | None:
        """The entries whose registered form `word` (lower case) is a near miss of with a
        Finnish case glued on ("aksalin" for Aksel's, "firdasta" from Frida, "morisonia" for
        Morrison), or None: `find` of each stem a case ending leaves (`name_inflection.bases`,
        then `stems`), the first that is near a form. The caller makes sure the word stands
        in a Finnish sentence and is no word nor name of its own."""
        for stem in dict.fromkeys((*name_inflection.bases(word), *stems(word))):
            if len(stem) >= MIN_LENGTH and stem not in self._known:
                found = self.find(stem)
                if found is not None and not longer_names.own_name(word, found.forms):
                    return found
        return None

    def reading(self, word: str) -> NearMiss | None:
        """`find`, else `inflected`: whose registered name `word` (lower case) is, unless it
        is a name or a town of its own, longer than that name (`longer_names.own_name`:
        "rosetta" beside a registered Rose is another person)."""
        found = self.find(word) or self.inflected(word)
        return None if found is None or longer_names.own_name(word, found.forms) else found

    def reading_at(self, text: str, start: int, word: str) -> NearMiss | None:
        """`reading` of `word` (lower case) at text[start:], unless the capital says nothing
        there and an ordinary word is as near (`word_rivals`: "Målte är", a slip of "målet")."""
        found = self.reading(word)
        if found and word_rivals.slip_here(text, start, word, found.forms):
            return None
        return found

    def listed(self, word: str) -> NearMiss | None:
        """The entries whose registered form the lower-case `word`, an item of a list of
        people after its label ("Afbud: Brag", "Present: Ars, Schluter"), is one slip from:
        one edit (a letter dropped, added, changed or two swapped) from a form of three
        letters or more that begins as the word does, the word three letters or more, an
        ordinary word too ("Brag" for Brage, "Hoe" for Hope, "Asj" for Ask). `find` never
        reads a word so short or a word of the dictionaries; the list's slot, which holds
        people, is the evidence here. The caller makes sure the word is no frequent or
        closed-class word, relation, role or title."""
        if len(word) < 3 or word in self._known or not self._listed_forms:
            return None
        if word in self._listed_cache:
            return self._listed_cache[word]
        first = ascii_fold(word[:1])
        hits = [
            index
            for _form, _distance, index in process.extract(
                word,
                self._listed_forms,
                scorer=DamerauLevenshtein.distance,
                score_cutoff=1,
                limit=None,
            )
            if ascii_fold(self._listed_forms[index][:1]) == first
        ]
        result = None
        if hits:
            entries = sorted({e for i in hits for e in self._listed_owners[i]})
            result = NearMiss(tuple(entries), tuple(sorted(self._listed_forms[i] for i in hits)))
        if len(self._listed_cache) >= _CACHE_MAX:
            self._listed_cache.clear()
        self._listed_cache[word] = result
        return result

    def slotted(self, word: str) -> NearMiss | None:
        """`listed` for the value of a slot only a person fills (`slot_near`: "From: Am",
        "Namn: Sad", "Uf (14:48):"), where a word of two letters is read too: a registered
        form of three letters with one of its letters after the first dropped ("Am" for Alm,
        "Uf" for Ulf, "Ön" for Örn). A word of three letters or more is `listed`'s."""
        if len(word) != 2:
            return self.listed(word)
        if word in self._known or not word.isalpha():
            return None
        hits = [
            form
            for form in self._short_owners
            if len(form) == 3 and form[0] == word[0] and word in _one_removed(form)
        ]
        if not hits:
            return None
        entries = sorted({e for form in hits for e in self._short_owners[form]})
        return NearMiss(tuple(entries), tuple(sorted(hits)))

    def short_slip(self, word: str) -> NearMiss | None:
        """The entries a capitalised word of running text that no list holds (lower case
        here) is a slip of where `find`, which reads no form under four letters, cannot
        tell: a registered form of three letters with one of its letters doubled ("foxx" for
        Fox, "allm" for Alm: a doubled letter costs no edit, as in longer names), or a word
        of three letters or more with no vowel, which is no word of any language, one slip
        (`listed`) from a registered form ("knt" for Knut, "flx" for Fox)."""
        if len(word) == 4 and word.isalpha():
            undoubled = {word[:i] + word[i + 1 :] for i in range(1, 3) if word[i] == word[i + 1]}
            hits = sorted(form for form in undoubled if form in self._short_owners)
            if hits:
                entries = sorted({e for form in hits for e in self._short_owners[form]})
                return NearMiss(tuple(entries), tuple(hits))
        if len(word) >= 3 and not any(c in _VOWELS for c in ascii_fold(word)):
            return self.listed(word)
        return None

    def genitive(self, word: str) -> NearMiss | None:
        """The entries `word` (lower case) is a near miss of with the genitive "s" glued on
        ("keivns" for Kevin's: two edits from "kevins", one from "kevin"), or None. The caller
        makes sure a noun follows, as after a genitive ("Keivns lägenhet")."""
        if len(word) <= MIN_LENGTH or word[-1] != "s":
            return None
        return self.find(word[:-1])

    def __bool__(self) -> bool:
        return bool(self._forms)

    def plausible(self, word: str) -> bool:
        """False for most words that cannot be near any form (wrong first letter or length);
        a misspelling that changes the first letter is found only by `find`."""
        return (word[:1], len(word)) in self._shapes

    def find(self, word: str, named: bool = False) -> NearMiss | None:
        """The entries a lower-case word is a near miss of, or None (`named`: the context
        says the word is a name)."""
        key = (word, named)
        if key in self._cache:
            return self._cache[key]
        result = None
        limit = max_distance(len(word), named)
        hits: dict[int, int] = {}
        if self._forms and word not in self._known and len(word) >= MIN_LENGTH - 1:
            sound = skeleton(word)
            forms, skeletons = self._by_length
            searches = [(sound, skeletons, max(limit - 1, 0))]
            if limit:
                searches += [(query, forms, limit) for query in {word, ascii_fold(word)}]
            for query, choices, cutoff in searches:
                for index, distance in _within(query, choices, cutoff):
                    if not limit and len(self._forms[index]) <= len(word):
                        continue  # a 3-letter word: only a letter dropped from a longer form
                    hits[index] = min(distance, hits.get(index, limit))
        if hits:
            nearest = min(hits.values())
            hits = {i: d for i, d in hits.items() if d == nearest}
            hits = _first_letter_kept(word, hits, self._forms)
            entries = sorted({e for i in hits for e in self._owners[i]})
            forms = tuple(sorted(self._forms[i] for i in hits))
            result = NearMiss(tuple(entries), forms)
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()  # bounded; a full cache that kept its first words only asked
            # every later word afresh, a third of the time on a varied release
        self._cache[key] = result
        return result


class _ByLength:
    """Strings (the registered forms, or their skeletons) in order of length, with their
    indices in the original list: the choices that can be within a distance of a word are
    those whose length differs from the word's by that distance at most, a slice of these.
    `one_edit` indexes them by themselves and by every way of removing one letter."""

    __slots__ = ("strings", "indices", "lengths", "one_edit")

    def __init__(self, strings: list[str]) -> None:
        self.indices = sorted(range(len(strings)), key=lambda index: len(strings[index]))
        self.strings = [strings[index] for index in self.indices]
        self.lengths = [len(string) for string in self.strings]
        self.one_edit: dict[str, list[int]] = {}
        for place, string in enumerate(self.strings):
            for key in _one_removed(string):
                self.one_edit.setdefault(key, []).append(place)

    def around(self, length: int, spread: int) -> tuple[int, list[str]]:
        """The offset of the first string of `length` - `spread` letters or more, and the
        strings of `length` +- `spread` letters from it."""
        low = bisect_left(self.lengths, length - spread)
        return low, self.strings[low : bisect_right(self.lengths, length + spread)]


def _one_removed(word: str) -> set[str]:
    """`word` itself and `word` with one of its letters removed, in every way."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _within(query: str, sorted_choices: _ByLength, cutoff: int) -> list[tuple[int, int]]:
    """(index, distance) of every choice within Damerau-Levenshtein `cutoff` of `query`.
    Plain Levenshtein, some five times faster in rapidfuzz, picks the few choices within
    twice the cutoff first (an adjacent transposition is two Levenshtein edits, so no choice
    within the cutoff is left out), and only those are measured with transpositions: the
    same answer as measuring every choice, for a fifth of the time. Only the choices whose
    length is within twice the cutoff of the query's are compared at all (a Levenshtein
    distance is at least the difference in length): the same answer for a third less.
    Within one edit (most words asked: those of fewer than 8 letters, and every skeleton
    but a long word's), only the choices that share a key of `_ByLength.one_edit` with the
    query are measured: a changed letter removed from both leaves the same string, an added
    one removed from one side, two swapped letters one of the two removed from both, so no
    choice within one edit lacks a shared key; a few dict look-ups instead of a scan, a fifth
    of the time of the scan over S's words (two edits keep the scan: a word has too many
    keys with two letters removed)."""
    if cutoff <= 1:
        return _sharing_a_key(query, sorted_choices, cutoff)
    offset, choices = sorted_choices.around(len(query), 2 * cutoff)
    indices = sorted_choices.indices
    if not cutoff:  # (the same form: equal strings)
        return [
            (indices[offset + index], 0)
            for _form, _d, index in process.extract(
                query, choices, scorer=Levenshtein.distance, score_cutoff=0, limit=None
            )
        ]
    found = []
    for form, _rough, index in process.extract(
        query, choices, scorer=Levenshtein.distance, score_cutoff=2 * cutoff, limit=None
    ):
        distance = DamerauLevenshtein.distance(query, form, score_cutoff=cutoff)
        if distance <= cutoff:
            found.append((indices[offset + index], distance))
    return found


def _sharing_a_key(query: str, sorted_choices: _ByLength, cutoff: int) -> list[tuple[int, int]]:
    """`_within` for a cutoff of 0 or 1, nearest first as the scan gives them: the choices
    under the query's keys in `_ByLength.one_edit` (or under the query itself for 0), measured."""
    index = sorted_choices.one_edit
    keys = _one_removed(query) if cutoff else (query,)
    places = sorted({place for key in keys for place in index.get(key, ())})
    strings, indices = sorted_choices.strings, sorted_choices.indices
    found = []
    for place in places:
        distance = DamerauLevenshtein.distance(query, strings[place], score_cutoff=cutoff)
        if distance <= cutoff:
            found.append((distance, place))
    return [(indices[place], distance) for distance, place in sorted(found)]


def _first_letter_kept(word: str, hits: dict[int, int], forms: list[str]) -> dict[int, int]:
    """Of forms as near as each other, those that begin as `word` does (without
    diacritics), if some do: people keep the first letter of a word they misspell (it is
    changed in 4 % of the real misspellings of Norvig's spell-errors list, two edits at
    most), so "Hwoell" is Howell rather than Powell, "Mlrer" Miller rather than Mercer."""
    if len(hits) < 2:
        return hits
    first = ascii_fold(word[:1])
    kept = {i: d for i, d in hits.items() if ascii_fold(forms[i][:1]) == first}
    return kept or hits
