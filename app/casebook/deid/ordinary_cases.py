"""A registered name that is an ordinary word, typed in lower case with a Finnish case ending
of three letters or more glued on: "kirje klaralle lähti", "puhuin dagille", "rosalla on
kipuja" for Klara, Dag and Rosa. Bare, "klara", "dag" and "rosa" are words of Swedish (and
`names.py` judges them by their setting); with "-lle", "-lla", "-sta", "-ssa", "-ksi" and the
like they are no word of any language Casebook reads, so the registry says who they are.

Only a form that starts with the registered word itself and adds three letters or more is
taken ("klara" + "lle", "dag" + "ille"): the genitive "-n" and the partitive "-a"/"-ta" are
left out ("liven", "dagen" and "rosan" stand too near ordinary words), and the caller has
already ruled out any form that is a known word or a word of the neighbour languages
("perille", "maalle", "bolle" stay words).
"""

from __future__ import annotations

from casebook.deid import vocab

MIN_ENDING = 3
MIN_BASE = 3


def unmistakable(word: str, base: str) -> bool:
    """Whether `word`, a lower-case case form of the registered ordinary word `base`, can only
    be the person: the base whole, three letters or more after it, and no word form."""
    return (
        len(base) >= MIN_BASE
        and word.startswith(base)
        and len(word) - len(base) >= MIN_ENDING
        and not vocab.is_word_form(word)
    )
