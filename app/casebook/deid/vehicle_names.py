"""Car makes and models that a note names as a car's: no person's name.

Notes quote what participants type to an insurer, a garage or a car-hire firm: "my car make
is toyota and model is verso", "The make of the car is audi", "Nisson sunny model fx",
"Chevrolet corvette model zx". A make or a model is often a name of the lexicon ("Audi",
"Suzuki", "Verso", "Dacia") or a slip of one ("toyoto", "Nisson"), and is then taken for
a stranger. Several makes are family names too ("Ford", "Suzuki", "Honda", "Porsche"): "Mr
Suzuki rang" and "Anna Ford called" are people. So a make or a model is read as a car only
where the sentence says it is one:

- after "make", "model" or "brand" (of the car) with "is", "was" or a colon, or after "car
  is" ("My car make is toyoto", "Make of the car is dacia", "my first car is honda"): a make
  or one slip from a make of five letters or more ("toyoto", "Nisson"); a model only after
  its own make, a few words before ("toyota and model is verso": "The model was Leon" is
  someone who sat for a photograph);
- a make (or one slip from one) before "model" or "and model" and a model's own word, a
  code or no common English word and no name ("Make suzuki and model scross", "Kia model
  zx"; not "Kia model for the catalogue", someone posing), or before a model of that very
  make ("Nisson sunny model fx", "Chevrolet corvette"; not a model that is a name of the
  lexicon or a particle, "Daria van Dijk").

A word that is a name of the lexicon is never read as a slip of a make: "Rhonda", "Daria",
"Roger", "Tessa" are one letter from "Honda", "Dacia", "Rover", "Tesla", and people.

The makes and models are mimesis' (`data/vehicles.tsv`, `bench/build_vehicles.py`). Only a
one-word name nobody registered (`via` "lexicon") or a near miss of a registered name
("near") is dropped: a name written as registered is the study's own wherever it stands,
and a name of two words ("Anna Ford") is a person's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from casebook.deid import lexicon, vocab
from casebook.deid.registry import PARTICLES

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

# "make is", "make of the car was", "brand:", "car make is", "model of my car is", "car is"
_MAKE_CUE = re.compile(
    r"(?:\b(?:car )?(?:make|brand)(?: of (?:the |my |his |her |their |our |your |a )?"
    r"(?:car|vehicle))?(?: is| was|:)|\bmodel of (?:the |my |his |her |their |our |your |a )?"
    r"(?:car|vehicle)(?: is| was|:)|\bcar is) $",
    re.IGNORECASE,
)
# before a model of a make named a few words earlier: the above, or "model is", "model:"
_MODEL_CUE = re.compile(r"(?:\bmodel(?: is| was|:)) $", re.IGNORECASE)
# after a make: "model fx", "and model scross", "model is vli"; then the model's own word
_MODEL_AFTER = re.compile(r" (?:and )?model(?: is|:)? ([^\W_]+)", re.IGNORECASE)
_NEXT_WORD = re.compile(r" ([^\W\d_]{3,})")
_WORDS = re.compile(r"[^\W\d_]+")
_REACH = 60
_SLIP_FROM = 5  # a make shorter than this has too many neighbours to read a slip of it


@cache
def makes() -> dict[str, frozenset[str]]:
    """Each car make in lower case, with the lower-case words of its models."""
    found: dict[str, frozenset[str]] = {}
    for line in (vocab.DATA / "vehicles.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        make, _, models = line.partition("\t")
        found[make] = frozenset(models.split())
    return found


@cache
def models() -> frozenset[str]:
    """Every model word of every make."""
    return frozenset(w for words in makes().values() for w in words)


def _one_slip(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter changed, added, dropped or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@cache
def make_of(word: str) -> str | None:
    """The make `word` (lower case) names, written as it is or with one slip; a name of the
    lexicon is itself, no slip of a make ("Rhonda", "Daria", "Roger", "Tessa")."""
    if word in makes():
        return word
    if len(word) < _SLIP_FROM or word in lexicon.all_names():
        return None
    return next((m for m in makes() if len(m) >= _SLIP_FROM and _one_slip(word, m)), None)


def _model_next(text: str, end: int, make: str) -> bool:
    """Whether a model of `make` follows `end` ("Nisson sunny", "Chevrolet corvette"); not a
    name of the lexicon or a particle of one ("Daria van Dijk")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in makes()[make] and word not in lexicon.all_names() and word not in PARTICLES


def _model_named(text: str, end: int) -> bool:
    """Whether "model" and a model's own word follow `end`: a code or a word that is no common
    English word and no name ("model fx", "and model scross"); "Kia model for the catalogue"
    may be someone posing."""
    m = _MODEL_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    if any(c.isdigit() for c in word):
        return True
    return word not in vocab.common_words(("en",)) and word not in lexicon.all_names()


def car(text: str, start: int, end: int) -> bool:
    """Whether the one word at `start`..`end` is a car's make or model by the words around it."""
    low = text[start:end].lower()
    make = make_of(low)
    before = max(0, start - _REACH)
    if make is not None:
        return (
            _MAKE_CUE.search(text, before, start) is not None
            or _model_named(text, end)
            or _model_next(text, end, make)
        )
    if low not in models():
        return False
    # a model after its own make ("toyota and model is verso"): "The model was Leon" is
    # someone who sat for a photograph
    if (
        _MAKE_CUE.search(text, before, start) is None
        and _MODEL_CUE.search(text, before, start) is None
    ):
        return False
    return any(
        low in makes().get(make_of(w.lower()) or "", ())
        for w in _WORDS.findall(text, before, start)
    )


def kept(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` less the one-word names found by the lexicon or as a near miss that `car` reads
    as a car's make or model."""
    return [
        s
        for s in spans
        if s.kind != "name"
        or s.via not in ("lexicon", "near")
        or not text[s.start : s.end].isalpha()
        or not car(text, s.start, s.end)
    ]
