"""A word opening a Norwegian or Danish sentence before a copula and an adjective in its
neuter form: the subject is a thing, no person.

A predicative adjective agrees with its subject in Norwegian and Danish: "-t" for a neuter
noun or a mass noun said in general ("Strøm er blevet dyrt", power has become expensive;
"Vann er sunt"; "Stål er kaldt"), the bare form for a common noun and for every person
("Per er blevet syk", "Strøm er blevet syk" of a man called Strøm). A name is never neuter,
so a registered name that is a word opening such a sentence is the word there.

The adjective must be one the lists show as an adjective: its bare form, its "-t" form and
its "-e" form listed, and no present in "-er" of the same stem (a verb's participle in "-t",
"Per er sendt hjem", "Per er reist", "Per er kjørt", has "sender", "reiser", "kjører"
beside it). The copula ("er", "var", "blir", "ble", "blev", "vart"), perhaps with its own
participle ("er blevet dyrt", "har vært") and one adverb of degree ("er blitt veldig
dyrt"), comes right after the word, and the adjective closes its clause: a stop, a comma, or
"og"/"men"/"så" after it ("er blitt dyrt, så hun"). An adverb in "-t" before another word
("Per er blitt godt mottatt") is left alone.

In UD Norwegian-Nynorsk (dev, test) every such predicate after a copula has "det", a neuter
noun or a neuter institution's name ("Stortinget er suverent") as its subject, no person.
"""

from __future__ import annotations

import re

from casebook.deid import nordic_lower

_COPULAS = frozenset("er var blir ble blei blev bliver vart vert".split())
_PARTICIPLES = frozenset("blevet blitt vorte vore været vært".split())
_DEGREE = frozenset(
    """meget mye veldig svært ganske temmelig for altfor så helt nokså ret rett utrolig
    ikke ikkje også nok""".split()
)
_WORD = re.compile(r"[ \t\n]+([^\W\d_]+)")
_CLOSE = re.compile(r"[ \t]*(?:[.,;:!?]|\Z|\n\n|(?:og|men|så)\b)")


def neuter_adjective(word: str) -> bool:
    """Whether the lower-case `word` is an adjective's neuter "-t" form by the Norwegian and
    Danish lists: "dyrt" beside "dyr" and "dyre", and no "dyrer" (a verb's present)."""
    if len(word) < 4 or not word.endswith("t"):
        return False
    stem = word[:-1]
    listed = nordic_lower.listed()
    return word in listed and stem in listed and stem + "e" in listed and stem + "er" not in listed


def thing_predicate(low: str, end: int) -> bool:
    """Whether the word ending at `end` (in the lower-cased `low`) is followed by a copula,
    perhaps its participle and an adverb of degree, and an adjective in its neuter form that
    closes the clause ("strøm er blevet dyrt, så", "stål er kaldt."): a thing's predicate."""
    found = _WORD.match(low, end)
    if found is None or found.group(1) not in _COPULAS:
        return False
    found = _WORD.match(low, found.end())
    if found is not None and found.group(1) in _PARTICIPLES:
        found = _WORD.match(low, found.end())
    if found is not None and found.group(1) in _DEGREE:
        found = _WORD.match(low, found.end())
    return (
        found is not None
        and neuter_adjective(found.group(1))
        and _CLOSE.match(low, found.end()) is not None
    )
