"""Registered names typed in lower case with a Finnish case ending that `inflected_registered`
leaves: a name of two or three letters ("vũlle", "weille", "lên", "alille" for Vũ, Wei, Lê,
Ali: below the near-miss table's four letters), and a name that is also a town somewhere
("catalinasta", "leighin", "bradleyn"). `names.py` takes such a registered name bare in lower
case ("soitin wei", "met leigh"), so its inflected form is that person too: the registry,
not the gazetteer, says who "leigh" is here.

A token is taken when it is no ordinary word of any language Casebook reads, nor a word form
(`name_inflection.plain_name` without its town bar), and it is a registered one-word form
with a case ending glued on (`name_inflection.bases`; for a two-letter name, the name, an
optional linking "i" after a consonant, then a case of `_SHORT_CASES`; for a name ending in
a vowel, an "i" may stand before the case, `name_inflection.plural_bases`: "traceille",
"warsamein"). The registered form itself must be no ordinary word either ("hansin",
"stigista", "jaya": Hans, Stig and Jay are words of Swedish or English, and their
inflections stay to the near-miss and context rules).

A "-nen" family name's case on its "-se-" stem, which Finnish frequency lists count, and a
case capitalised where a sentence starts are `surname_cases.py`'s.

Found words go out as the lower-case pass's other finds do: the tag is the person's where the
near-miss table knows the form (four letters or more), else `[name]`.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from casebook.deid import (
    finnish_imperatives,
    finnish_owners,
    foreign_cases,
    inflected_registered,
    name_inflection,
    ordinary_cases,
    surname_cases,
    vocab,
    whole_words,
)
from casebook.deid.nearmiss import NearMisses

# A case after a two-letter name: genitive, the local cases, the partitive and translative.
_SHORT_CASES = tuple(
    sorted(
        "n lle lla llä lta ltä sta stä ssa ssä ta tä ksi na nä lleen".split(),
        key=len,
        reverse=True,
    )
)
_VOWELS = "aeiouyäöåâăàáãạảấầẩẫậêềếểễệéèẻẽẹìíĩỉịòóõỏọôồốổỗộơờớởỡợùúũủụưừứửữựỳýỷỹỵ"
_LETTERS = re.compile(r"[^\W\d_]{3,}")
_SEEN_MAX = 1 << 17
_OPENING_MARKS = "\"'([{«“‘-–—*/"


def short_bases(word: str) -> list[str]:
    """The two-letter names `word` may be a Finnish case of ("vũlle" -> "vũ", "anille" -> "an")."""
    out = []
    for case in _SHORT_CASES:
        if not word.endswith(case):
            continue
        stem = word[: -len(case)]
        if len(stem) == 2:
            out.append(stem)
        elif len(stem) == 3 and stem[-1] == "i" and stem[1] not in _VOWELS:
            out.append(stem[:2])  # "anille": a linking "i" after a consonant
    return out


def plain(word: str, base: str) -> bool:
    """Whether `word`, a case of the registered form `base`, can be nothing else in lower
    case (a town is no bar: the registry says who it is here)."""
    known = vocab.known_words()
    if surname_cases.plain_surname(word, base):
        return True  # "korhosen", "järviselle": a "-nen" family name the lists count
    if word in known or word in name_inflection._neighbour_words():
        return False
    if base in known or (
        base in name_inflection._neighbour_words() and base not in name_inflection._own_names()
    ):
        return ordinary_cases.unmistakable(word, base)  # "klaralle", not "klaran"
    if finnish_imperatives.is_imperative(word):
        return False  # "satuta", "satuttako" (don't hurt): a verb, not Satu with a case
    return not vocab.is_word_form(word)


class RegisteredCases:
    """The lower-case cases of one registry's one-word forms, tokens judged once."""

    def __init__(self, registered: AbstractSet[str]) -> None:
        self.registered = registered
        # A case keeps its name's first letters ("jukan" for Jukka): a token that opens with
        # none of these is no case of a registered name (most tokens, in one set look-up).
        self._openings = frozenset(w[:3] for w in registered)
        self._first_two = frozenset(w[:2] for w in registered)
        self._seen: set[str] = set()
        self._holding: dict[str, tuple[str, ...]] = {}
        self._owners: set[str] = set()  # the tokens seen that `finnish_owners` looks for
        self.foreign = foreign_cases.ForeignCases(registered)  # "kuin Filipin", "oppia Arton"

    @property
    def first_two(self) -> frozenset[str]:
        """The first two letters of every registered one-word form."""
        return self._first_two

    def owners(self, tokens: AbstractSet[str]) -> AbstractSet[str]:
        """The tokens of a note (judged by `find` first) that are a registered one-word
        form's genitive or adessive as `finnish_owners.owner_token` reads them."""
        return tokens & self._owners

    @property
    def holding(self) -> dict[str, tuple[str, ...]]:
        """The tokens read as a registered name's case so far, with the cases they hold."""
        return self._holding

    def find(self, text: str, low: str, tokens: AbstractSet[str]) -> list[tuple[int, int]]:
        """Where such a word stands in `text` (`low` its lower case, `tokens` its tokens)."""
        if not self.registered:
            return []
        if len(self._seen) >= _SEEN_MAX:
            self._seen.clear()
            self._holding.clear()
            self._owners.clear()
        new = tokens - self._seen
        if new:
            self._seen |= new
            first_two = self._first_two
            self._owners.update(
                t for t in new if finnish_owners.owner_token(t, self.registered, first_two)
            )
            openings = self._openings
            for token in new - vocab.known_words():
                word = token.lstrip(_OPENING_MARKS)
                if word[:3] not in openings and word[:2] not in openings:
                    continue
                words = tuple(w for w in _LETTERS.findall(token) if self._is_case(w))
                if words:
                    self._holding[token] = words
        return whole_words.held_in_lower_case(text, low, self._holding, tokens)

    def _is_case(self, word: str) -> bool:
        if word in self.registered:
            return False  # the bare form: names.py's
        for base in (
            *name_inflection.bases(word),
            *short_bases(word),
            *name_inflection.plural_bases(word),  # "traceille", "hanneilta"
        ):
            if base in self.registered and plain(word, base):
                return True
        return False


_FINDERS: dict[frozenset[str], RegisteredCases] = {}


def find(
    text: str, low: str, tokens: AbstractSet[str], near: NearMisses, registered: frozenset[str]
) -> list[tuple[int, int]]:
    """`inflected_registered.find`, and the cases it leaves (module docstring), in order."""
    found = inflected_registered.find(text, low, tokens, near)
    cases = _FINDERS.get(registered)
    if cases is None:
        if len(_FINDERS) > 8:  # a few registries at once (tests, a study's rebuilds)
            _FINDERS.clear()
        cases = _FINDERS[registered] = RegisteredCases(registered)
    more = cases.find(text, low, tokens)
    more += surname_cases.capitalised(
        text, low, tokens, (cases.holding, inflected_registered.holding(near))
    )  # "Pekan äiti soitti": the same case where a sentence starts
    more += finnish_owners.owners_among(text, low, cases.owners(tokens))  # each token judged once
    more += cases.foreign.find(text, low, tokens)  # "kuin Filipin": no Finnish word
    return sorted(set(found) | set(more)) if more else found
