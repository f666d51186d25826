"""The words that make the figures right after them a number, not a day's date: a number,
case or reference word ("nr 14/3", "dnr 210512", "ref 18/9"), a part of a document ("s.
12/3", "kapitel 3.2.", "Tabelle 14.2."), a version ("v 18/9", "ver. 220322").

Three rules read a date by its shape alone where no word dates it (`slash_days.py` "18/9",
`compact_days.py` "220322", `closed_days.py` "14.2.") and each stops after one of these
words; each adds the words of what its own shape is taken for besides (a ratio, a result or
a machine's setting for "18/9"; an order, an account, a code, a phone or an amount for six
digits; a clock time for "14.30.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A number, a case or a reference: "nr 14/3", "Dnr 210512", "ärende 3.2.".
NUMBERS = frozenset(
    """nr no nummer number num dnr diarienr diarienummer ärende ärendenr case ref referens
    reference""".split()
)
# A part of a document, in the languages of the study's notes: "s. 12/3", "kap. 3.2.",
# "Abschnitt 3.2.", "kapittel 3.2.", "sivu 14.2.", "fig. 13.2.", "Tabell 14/3", "§ 13/2".
PARTS = frozenset(
    """kapitel kapittel kap avsnitt afsnit punkt kohta luku abschnitt section chapter sid sida side
    seite sivu s p pp page pages fig tabell tabel table taulukko tabelle §""".split()
)
# A version: "v 18/9", "ver. 220322", "versio 3.2.", "rev 18/9".
VERSIONS = frozenset("version versjon versio ver v rev".split())
COMMON = NUMBERS | PARTS | VERSIONS


def before(words: Iterable[str], gap: str = "[ \u00a0]*") -> re.Pattern[str]:
    """A pattern to search right before figures for one of `words` as a whole word, with its
    full stop ("s.", "kap.") and `gap` (what may stand between it and the figures)."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})\.?{gap}\Z")
