"""A name of the lexicon written alone in capitals inside text typed in mixed case: "Men när
VICTORIA skrek", "ALEKSANDRA on se joka", "Dealers like cleaning SOPHIE'S.", "Den lille
dattera LIAMS".

A word in capitals alone in a note typed in mixed case is mostly an acronym ("NHS", "PHQ",
"BUP") or a word stressed ("NOT", "ALLA"): `unregistered.py` finds it only as a near miss of
a registered name. A writer who shouts a person's name does so too, though, and a name of the
lexicon that is no ordinary word of the note's language (the class `unregistered.py` reads
as a name wherever it stands in mixed case) is neither an acronym nor a stressed word when it
is long enough to carry two vowels. Such a word is read as the same word capitalised would
be, unless it opens a compound with a hyphen ("ULF-enkät"), stands before a figure or a
slash ("SARA 2", "ANNA/BVC": a form's or a scale's code), is a label's abbreviation, or has
another word in capitals near it on its line ("NEURO: PERLA, MAE": a clinical note's
acronyms, pupils equal and reactive).

A line typed wholly in capitals that numbers a part of a record (its words, then the
number) is a heading when every word of it is an ordinary word of one of the study's
languages, listed or regularly inflected, or a compound of two words of one language's lists
as Swedish, Norwegian, Danish and Finnish write them, perhaps with a linking "s"
("HAVAINTOLOKI NRO 12": observation log no.; "OBSERVASJONSLOGG RUNDE 4", "FELTDAGBOK NR.
20", "YHTEISTYÖPALAVERI VIIKKO 3"): `heading_line` says so, and `unregistered.py` takes
none of its words for a name. A name of the lexicon on the line ("ANNA BERG 12", "LOGG
ANNA 4"), a word no list knows ("ZLATKO 12") or a line without a number ("HALVOR HOMME")
keeps the line for the rules that find names.
"""

from __future__ import annotations

import re

from casebook.deid import lexicon, note_language, vocab

MIN_LENGTH = 4  # "EVA", "ADA", "IVA" (intensive care): three letters are as often an acronym
_REACH = 30  # characters either side where another word in capitals makes it an acronym's line
_CAPS_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}(?![^\W\d_])")


def alone(text: str, start: int, end: int, word: str) -> bool:
    """Whether the word text[start:end] in capitals (`word`, its lower case, without a
    genitive ending) may be a name shouted in mixed-case text; the caller has found it to be
    a name of the lexicon and no ordinary word, and lower-case letters on its line."""
    if len(word) < MIN_LENGTH or not lexicon.name_shaped(word):
        return False
    after = text[end : end + 2]
    if after[:1] in ("-", "/", "_") or after[:1].isdigit() or after[1:2].isdigit():
        return False  # "ULF-enkät", "ANNA/BVC", "SARA 2": a code, not a person
    if word in vocab.LABELS or word in vocab.known_words() and word not in lexicon.given_names():
        return False
    if start and text[start - 1] in "-/_":
        return False
    before = text[max(0, start - _REACH) : start].rsplit("\n", 1)[-1]
    after = text[end : end + _REACH].split("\n", 1)[0]
    return not (_CAPS_WORD.search(before) or _CAPS_WORD.search(after.lstrip("'’S")))


def registered_alone(text: str, start: int, end: int) -> bool:
    """Whether the registered name text[start:end], a word as well and written wholly in
    capitals, stands alone so in a line typed in mixed case ("Hej igen. ROSE har ringt
    tillbaka", "Sorry. WILL has called again"): `names.py` asks it where the word opens a
    clause before a verb that a noun takes as well as a person ("har", "has", "is"), and only
    the person's being named elsewhere in the note would decide. Capitals on that one word
    are the writer's marking of a name, as `alone` reads for a name nobody registered; a
    stressed word ("INTE", "ALL") or an acronym ("IVA", "NAV") stands so too, but beside a
    registered person's name the person is read (issue 9: a registered name is never
    published). Not before a figure, a slash or a hyphen ("MAX 30 kg", "MAX/MIN"), nor a
    label's abbreviation, nor with another word in capitals near it on its line."""
    written = text[start:end]
    if len(written) < 2 or not written.isupper() or not written.isalpha():
        return False
    after = text[end : end + 2]
    if after[:1] in ("-", "/", "_", ".", ":") or after[:1].isdigit() or after[1:2].isdigit():
        return False
    if start and text[start - 1] in "-/_" or written.lower() in vocab.LABELS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not any(c.islower() for c in line):
        return False  # a line typed in capitals: no word of it is marked
    before = text[max(line_start, start - _REACH) : start]
    following = text[end : min(len(text) if line_end < 0 else line_end, end + _REACH)]
    return not (_CAPS_WORD.search(before) or _CAPS_WORD.search(following))


_LINE_WORD = re.compile(r"[^\W\d_]+")
_NUMBERED = re.compile(r"[^\W\d_][.:]?[ \t]+\d{1,4}\b")  # the log's number after its words
_PART = 4  # letters of each part of a compound: "felt|dagbok", "havainto|loki"
_LANGUAGES = ("sv", "en", "nb", "da", "fi")


def heading_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands on a line typed wholly in capitals, a number after its
    words, whose every word is an ordinary word or a compound of two (module docstring): a
    numbered heading, no name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    words = _LINE_WORD.findall(line)
    if len(words) < 2 or not all(w.isupper() for w in words) or not _NUMBERED.search(line):
        return False
    names = lexicon.all_names()
    return all(
        w.lower() not in names and (_ordinary(w.lower()) or _compound(w.lower())) for w in words
    )


def _ordinary(word: str) -> bool:
    """A word the lists hold, or for Norwegian, Danish and Finnish a regular inflection of
    one ("asiakirjasta", from the document)."""
    return word in vocab.known_words() or any(
        note_language.word_of(word, lang) for lang in ("nb", "da", "fi")
    )


def _compound(word: str) -> bool:
    """Two words of one language's lists written together, the first perhaps with a linking
    "s", each of four letters or more and the first no given name ("felt|dagbok",
    "observasjons|logg"; not "dag|finn", "geir|mund"). The last part may be a name of the
    lexicon ("havainto|loki", a log of observations; Loki): the whole word is none."""
    given = lexicon.given_names()
    for cut in range(_PART, len(word) - _PART + 1):
        head, tail = word[:cut], word[cut:]
        for lang in _LANGUAGES:
            words = vocab.listed(lang)
            if tail not in words:
                continue
            for first in (head, head[:-1] if head.endswith("s") else ""):
                if len(first) >= _PART and first in words and first not in given:
                    return True
    return False
