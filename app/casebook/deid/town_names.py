"""Given names that are also towns ("Gyula", "Meda", "Constanza", "Esperanza", "Amadeo").

The lexicon leaves such names out (a lexicon name is a name wherever it stands capitalised,
and the town would go all over a note), and `unregistered.py` read them as the town
everywhere, so a stranger of that name stayed even where only a person stands ("walk with
Gyula", "Dear Constanza,", "Spoke to Meda at the job centre"). A word of this list reads as
a word nobody knows instead: a name where the setting says person (rule 7), still the town
after a preposition of place ("born in Gyula", rule 6). Countries, capitals, large cities
and the towns of the Nordic countries are not in the list (`bench/build_town_names.py`).
"""

from __future__ import annotations

from casebook.deid import vocab


def _names() -> frozenset[str]:
    return vocab._read("names_towns.txt")


def given(word: str) -> bool:
    """Whether lower-case `word`, a town of the place list, is also a given name people bear
    that no large or Nordic town claims."""
    return word in _names()
