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
found and the words that open as their family name does; no other word of the text.

The same holds for the given name: a note names "Jovanka Simonović" and then "Jovanka", "Zakharii
Lutska gjorde det, og Zakharii forstod", "Abisola Nwogu had pain ... Abisola has had". A given
name of such a whole name is taken where it stands again (not a stranger's one word found
alone: a drug's name taken for a stranger's in a clinical note, "Percocet", would take every
"Percocet" of the note), when it is no ordinary
word of any of the study's languages, frequent or rarer (`vocab.common_words`,
`vocab.listed`: not "Rose", "Will", Finnish "Salli" (allow), Norwegian "Fant" (found)), and
has four to twelve letters (not a Finnish verb form, "Napsauttamalla Poista"); also before
an English "'s" and a Nordic genitive "s" ("Zakharii's bror", "Krešimirs ansökan"), the "'s"
left to the text. A town of the gazetteer where a place stands ("brevet kom från Santiago
Ruiz" takes no "Familjen kom från Santiago", `context.place_position`) is the town."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebook.deid import context, lexicon, note_language, vocab
from casebook.deid.name_inflection import bases
from casebook.deid.overlaps import Overlaps

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

_WHOLE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,2}")
_LANGUAGES = ("en", "sv", "nb", "da", "fi", "de")
_STEM = 4  # letters of the family name a case keeps ("Aavik-": Aavikko, Aavikon)
# Letters of the longest given name echoed: all but 0.1 % of the lexicon's given names are no
# longer; a Finnish verb form opening a false "name" is ("Napsauttamalla Poista", clicking).
_GIVEN_MOST = 12


def _families(text: str, spans: Sequence[Span]) -> dict[str, frozenset[str]]:
    """The family names (lower case) that end whole names found, by their first letters,
    with the forms each may be named by."""
    given = lexicon.given_names()
    found: dict[str, frozenset[str]] = {}
    for span in spans:
        if span.kind != "name" or span.via != "lexicon":
            continue
        words = text[span.start : span.end]
        parts = words.split()
        if 2 <= len(parts) <= 3 and all(_capitalised(part) for part in parts):
            _add(found, parts[0].lower(), _echoed(parts[0].lower()))
        if not _WHOLE.fullmatch(words) or parts[0].lower() not in given:
            continue
        for part in parts[1:]:  # "Sami Aavikko Digitodaylle": a run may hold more
            family = part.lower()
            if len(family) < _STEM or note_language.frequent(family, _LANGUAGES):
                continue
            _add(found, family, frozenset({family, *bases(family)}))
    return found


def _capitalised(word: str) -> bool:
    """A word of letters in any script's Latin letters, capitalised ("Jovanka", "Simonović",
    "Frami-Rutherford"), not all capitals."""
    return word[:1].isupper() and word[1:2].islower() and all(c.isalpha() or c == "-" for c in word)


def _echoed(word: str) -> frozenset[str]:
    """The forms a given name, or a stranger's one word, is named by again: none when it is
    short or an ordinary word of a language of the study."""
    if not _STEM <= len(word) <= _GIVEN_MOST or word in vocab.common_words():
        return frozenset()
    if any(word in vocab.listed(lang) for lang in _LANGUAGES):
        return frozenset()  # a rarer or inflected word: Finnish "Salli" (allow), Norwegian "Fant"
    return frozenset({word, *bases(word)})


def _add(found: dict[str, frozenset[str]], word: str, forms: frozenset[str]) -> None:
    """Files `word`'s forms under its first letters (none: nothing is filed)."""
    if forms:
        found[word[:_STEM]] = found.get(word[:_STEM], frozenset()) | forms


def find(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Where a family name of a whole name found in `text` stands alone, outside `spans`."""
    families = _families(text, spans)
    if not families:
        return []
    hits = Overlaps([(s.start, s.end) for s in spans])
    low = text.lower()
    out = []
    for stem, forms in families.items():
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(stem.capitalize()) + r"[\w'’:]*")
        for match in pattern.finditer(text):
            word = match.group().lower().replace(":", "").rstrip("'’")
            end = match.end()
            if word[-2:] in ("'s", "’s") and word[:-2] in forms:
                word, end = word[:-2], end - 2  # "Zakharii's bror"
            elif word[-1:] == "s" and word[:-1] in forms and word not in forms:
                word = word[:-1]  # "Krešimirs ansökan"
            if word not in forms and not forms.intersection(bases(word)):
                continue
            if word in lexicon.places() and context.place_position(low, match.start()):
                continue  # "Familjen kom från Santiago" beside "Santiago Ruiz": the town
            if not hits.hit(match.start(), end):
                out.append((match.start(), end))
    return out
