"""A stranger named in full, then by the family name alone, in any Finnish case: "toimitus-
johtaja Sami Aavikko kertoi ... Aavikon mukaan", "Jan Steiber sanoo ... Steiber odottaa",
"Mark Zuckerberg ... Zuckerbergiä arvostellaan".

A note (and a news text or a web page) names a person once in full and then by the family
name, in Finnish in whatever case the sentence asks for. The rules find the whole name, a
given name of the lexicon before a capitalised word; the family name alone is a capitalised
word that no cue marks where it stands ("Aavikon mukaan" reads as "Microsoftin mukaan"). What
marks it is the note itself: the same family name, or a case of it (`name_inflection.bases`:
"Aavikon", "Steiberin", "Zuckerbergiä"), that a name already found there ends with.

Taken here: a capitalised word, outside every span already taken, that is a later word of a
name nobody registered (`via` "lexicon") found in the note, or a Finnish case of it, when that
name is a given name of the lexicon and one or two capitalised words more ("Sami Aavikko",
"Sheryl Kara Sandberg"; a family name of four letters or more that is no frequent word of any
of the study's languages, so "Anna Kivi" does not take every "Kivi"). Reads only the names
found and the words that open as their family name does; no other word of the text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebook.deid import lexicon, note_language
from casebook.deid.name_inflection import bases
from casebook.deid.overlaps import Overlaps

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

_WHOLE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,2}")
_LANGUAGES = ("en", "sv", "nb", "da", "fi", "de")
_STEM = 4  # letters of the family name a case keeps ("Aavik-": Aavikko, Aavikon)


def _families(text: str, spans: Sequence[Span]) -> dict[str, frozenset[str]]:
    """The family names (lower case) that end whole names found, by their first letters,
    with the forms each may be named by."""
    given = lexicon.given_names()
    found: dict[str, frozenset[str]] = {}
    for span in spans:
        if span.kind != "name" or span.via != "lexicon":
            continue
        words = text[span.start : span.end]
        if not _WHOLE.fullmatch(words):
            continue
        parts = words.split()
        if parts[0].lower() not in given:
            continue
        for part in parts[1:]:  # "Sami Aavikko Digitodaylle": a run may hold more
            family = part.lower()
            if len(family) < _STEM or note_language.frequent(family, _LANGUAGES):
                continue
            forms = frozenset({family, *bases(family)})
            found[family[:_STEM]] = found.get(family[:_STEM], frozenset()) | forms
    return found


def find(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Where a family name of a whole name found in `text` stands alone, outside `spans`."""
    families = _families(text, spans)
    if not families:
        return []
    hits = Overlaps([(s.start, s.end) for s in spans])
    out = []
    for stem, forms in families.items():
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(stem.capitalize()) + r"[\w'’:]*")
        for match in pattern.finditer(text):
            word = match.group().lower().replace(":", "").rstrip("'’")
            if word not in forms and not forms.intersection(bases(word)):
                continue
            if not hits.hit(match.start(), match.end()):
                out.append((match.start(), match.end()))
    return out
