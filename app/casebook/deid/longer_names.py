"""A name of its own that opens with a registered one: "Rosetta" where Rose is registered.

`nearmiss.NearMisses` reads a word as a registered name misspelt ("Kristna") or with a case
ending glued on ("Kristinalle", "Rosetta" read as Finnish "without Rose"). But a word that is
a given name, a family name or a town of the lexicon in its own right, two letters or more
longer than the registered form it would come from, is far likelier another person than that
form slipped or inflected: it stays a name, `[name]`, without the registered person's tag
(which would tie a stranger's words to a participant in the release). A one-letter ending is
left to the near-miss reading: Finnish genitives make names as often as not ("Karin" for
Kari's), and a slip of one letter is what a near miss is.
"""

from __future__ import annotations

from collections.abc import Iterable

from casebook.deid import lexicon
from casebook.deid.registry import ascii_fold

_LONGER = 2  # letters beyond the registered form


def own_name(word: str, forms: Iterable[str]) -> bool:
    """Whether `word` (lower case), read as one of the registered `forms` misspelt or
    inflected, is rather a name or a town of its own, longer than each of them."""
    if not all(len(word) - len(form) >= _LONGER for form in forms):
        return False
    return _listed(word) or _listed(ascii_fold(word))


def _listed(word: str) -> bool:
    return word in lexicon.all_names() or word in lexicon.places()
