"""Days of the month spelled out as ordinals: "the fifth of March", "March fifth", "den femte
mars", "am fünften Mai", "el vigésimo primero de mayo", "den tjugonde" (`written_dates.month`
and the "ordinal_word" triggers of `patterns.py` ask).

The words come from the Unicode CLDR's spell-out rules (`data/ordinals.tsv`, made by
`bench/build_ordinals.py` with ICU): every gender, case and number of the days 1 to 31 in the
languages of the calendar that CLDR spells ordinals out for; and from the Nordic dictionaries'
grammar the forms CLDR has not (`data/ordinals_nordic.tsv`, `bench/build_ordinals_nordic.py`):
Nynorsk "trettande desember", "tjuefyrste mai", the older count "enogtyvende december".
Where they count:

- before a month word, with "of", "de", "di", "du" or "del" between or nothing ("fifth of
  March", "femte mars", "fünften Mai"): always a date, as "5th of March" is;
- after a month word of a language that writes the month first, with "the" between or
  nothing ("March fifth", "March the twenty-first"), as "March 5th" is, before a year or
  what ends a day's date; from the third on also before a preposition after a month with its
  capital ("May twenty-fourth in her diary"; "In May second thoughts", "In March third
  parties", "troops march third in line" stay);
- alone after "the" or "den", where a day with digits would be one (`date_ranges.ordinal_day`:
  "on the fifth", "vi ses den tjugonde."): the end of the clause, a time or a conjunction after
  it, and for "the" a word that dates it before ("on", "by", "until"). The first and second
  stay alone ("den andra" is "the other", "the second" a unit of time), as does a count ("the
  fifth time", "den tredje gången"), and, for "den", an ordinal after a count of times
  earlier in its sentence, whose noun it leaves out ("jag har ringt sex gånger och nu ringer
  jag den sjunde!": the seventh time, no day), and an ordinal after another one earlier in
  its sentence that counts a thing, the second one going on counting them: "Den sjette kommer
  før den syvende!", "den femte bok, og så den syvende." (the earlier one after "den" with a
  word after it that is no month, `calendar_words`, no conjunction or preposition, and does
  not end a day's date); "fra den femte til den syvende", "den femte og den syvende" stay
  two days.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from casebook.deid import calendar_words, closed_words, count_words, date_ranges

Found = tuple[int, int, str]
DATA = Path(__file__).with_name("data") / "ordinals.tsv"
# Nynorsk, Bokmål's alternatives and the older Nordic count ("tjuefyrste", "sjuande",
# "enogtyvende"), which CLDR leaves out (`bench/build_ordinals_nordic.py`).
NORDIC = DATA.with_name("ordinals_nordic.tsv")
_JOINS = frozenset("of de di du del da".split())
JOINS = _JOINS  # (read by `written_dates.only_a_word`)
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ARTICLES = ("the ", "den ")
_ARTICLE_LANGUAGES = frozenset("en sv nb nn da".split())
_NORDIC_LOCALES = frozenset("sv nb nn da no".split())
_SPACES = re.compile(r"[ ]+(?:the[ ]+)?")
# A preposition after "May twenty-fourth": what follows a date, never a noun the ordinal
# counts ("third parties", "third place").
_PREPOSITION = re.compile(
    r"[ ]+(?:in|at|on|for|with|when|while|since|before|after|from|to|until|till)(?![^\W\d_])"
)
_YEAR = re.compile(r",?[ ]+(?:1\d|20)\d{2}(?!\d)")  # (any century: "March fifth, 1832")
# A count of times earlier in the sentence ("tre gånger", "4 ganger"): an ordinal after it
# with its noun left out goes on counting them ("... och nu den fjärde"), as a day does not.
_COUNTED = re.compile(
    rf"(?<![^\W\d_])(?:\d+|[^\W\d_]+)[ ]+(?:{'|'.join(sorted(count_words.TIMES))})"
    r"(?![^\W\d_])[^.?!\n]*\Z"
)


@cache
def _rows() -> tuple[tuple[str, int, frozenset[str]], ...]:
    rows = []
    lines = DATA.read_text(encoding="utf-8").splitlines()
    for line in lines + NORDIC.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, day, locales = line.split("\t")
            rows.append((word.replace("-", " "), int(day), frozenset(locales.split(","))))
    return tuple(rows)


@cache
def days() -> dict[str, int]:
    """Ordinal word (its words apart by single spaces) -> the day it names."""
    return {word: day for word, day, _locales in _rows()}


@cache
def _languages() -> dict[str, frozenset[str]]:
    """Ordinal word -> the languages (without region: "sv", "fi") that write it."""
    found: dict[str, set[str]] = {}
    for word, _day, locales in _rows():
        found.setdefault(word, set()).update(loc.split("_")[0] for loc in locales)
    return {word: frozenset(langs) for word, langs in found.items()}


def shares_language(ordinal: str, locales: frozenset[str]) -> bool:
    """Whether the ordinal word `ordinal` (words apart by single spaces) belongs to a language
    of `locales` (a month word's CLDR locales): Finnish "toinen" (second) goes with
    "maaliskuuta", never with Northern Sami "mies" ("toinen mies" is "the other man")."""
    return (
        not _languages().get(ordinal, frozenset()).isdisjoint(loc.split("_")[0] for loc in locales)
    )


@cache
def longest() -> int:
    """The most words an ordinal has ("vigésimo primero": 2)."""
    return max(len(w.split(" ")) for w in days())


def triggers() -> dict[str, str]:
    """Trigger words of the name automaton: "the fifth", "den femte", "the twenty" (the
    first word of the ordinals of the languages that write "the" or "den" before a day)."""
    firsts = {
        word.split(" ")[0]
        for word, day, locales in _rows()
        if day >= 3 and any(loc.split("_")[0] in _ARTICLE_LANGUAGES for loc in locales)
    }
    return {f"{a}{w}": "ordinal_word" for a in _ARTICLES for w in firsts}


def before(
    low: str, start: int, weak: bool = False, locales: frozenset[str] | None = None
) -> int | None:
    """The start of an ordinal day right before the month word at `start` ("fifth of |March",
    "femte |mars"), if there is one; before a month word that is also an ordinary word
    (`weak`) only with a join word of its language ("vigésimo primero de |mayo"). With the
    month word's CLDR `locales`, only an ordinal of one of their languages counts: a day and
    its month are written in one language."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(low, max(0, start - 60), start)]
    if not tokens or low[tokens[-1][0] + len(tokens[-1][1]) : start].strip(" ") != "":
        return None
    join = tokens[-1][1] if tokens[-1][1] in _JOINS else None
    if join:
        tokens.pop()
    if weak and join == "of":
        return None  # "the first of set pieces": the join of the month's own language only
    for size in range(min(longest(), len(tokens)), 0, -1):
        words = tokens[-size:]
        phrase = _phrase(words)
        if _apart_by_spaces(low, words) and phrase in days():
            if weak and join is None and not _nordic_article(low, words[0][0], phrase, locales):
                return None  # "primeiro set": the first set of a match
            if locales is None or shares_language(phrase, locales):
                return words[0][0]
    return None


def _nordic_article(low: str, start: int, phrase: str, locales: frozenset[str] | None) -> bool:
    """Whether the ordinal `phrase` at `start`, of a Nordic language its month word is also
    written in, stands after "den": Danish and Norwegian write the day so with no join word
    ("den tolvte marts"), whatever else the month word means in another language (English
    "marts"); "primeiro set", "first set" have no such article."""
    return (
        locales is not None
        and low.endswith("den ", 0, start)
        and (start == 4 or not low[start - 5].isalnum())
        and shares_language(phrase, locales & _NORDIC_LOCALES)
    )


def after(low: str, end: int, capital: bool = False) -> int | None:
    """The end of an ordinal day right after the month word ending at `end` ("March| fifth",
    "March| the twenty-first"), if there is one: before a year or what ends a day's date, and
    from the third on, after a month written with its capital (`capital`), before a
    preposition."""
    match = _SPACES.match(low, end)
    if not match:
        return None
    found = _ordinal_at(low, match.end())
    if found is None:
        return None
    if _YEAR.match(low, found[1]) or date_ranges.AFTER_DAY.match(low, found[1]):
        return found[1]
    if capital and found[0] >= 3 and _PREPOSITION.match(low, found[1]):
        return found[1]  # "May twenty-fourth in her diary", "December fifth at home"
    return None  # "In May second thoughts", "In March third parties", "march third in line"


def alone(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """A day named alone with its ordinal spelled out, at `start` ("the " or "den ")."""
    if start and low[start - 1].isalnum():
        return None
    found = _ordinal_at(low, start + 4)
    if found is None or found[0] < 3:
        return None
    stop = found[1]
    if not date_ranges.day_ends(text, low, stop) or low.startswith(" of", stop):
        return None  # "the fifth time", "den tredje gången"; "the fifth of May" is the month's
    if low[start] == "t":
        head = low[max(0, start - 12) : start].split()
        if not head or head[-1] not in date_ranges.THE_CUES:
            return None  # "she came fifth", "the fifth, she said"
    elif _COUNTED.search(low, max(0, start - 80), start):
        return None  # "sex gånger — och nu försöker jag den sjunde!": the seventh time
    elif _thing_counted_before(text, low, start) or _parallel_before(low, start, stop):
        return None  # "Den sjette kommer før den syvende!": the things counted, no day
    return start + 4, stop, "date"


# "den" and an ordinal earlier in the same sentence (a line wrapped at the margin between).
_EARLIER_DEN = re.compile(r"(?<![^\W\d_])den[ ]+(?=[^\W\d_])")
# Conjunctions that join two days ("den femte og den syvende"; the prepositions of a range,
# "til", "till", are `closed_words.preposition`'s).
_LINKS = frozenset("og och and eller or samt men but to until".split())
_SENTENCE_BREAK = re.compile(r"[.?!]|\n\s*\n")


def _thing_counted_before(text: str, low: str, start: int) -> bool:
    """Whether an ordinal after "den" earlier in the sentence of the "den" at `start` counts
    a thing rather than naming a day: a word after it that is no month and ends no day's
    date ("Den sjette kommer før den syvende": the later one counts the same things)."""
    begin = max(0, start - 80)
    for brk in _SENTENCE_BREAK.finditer(low, begin, start):
        begin = brk.end()
    months = calendar_words.calendar().months
    for match in _EARLIER_DEN.finditer(low, begin, start):
        found = _ordinal_at(low, match.end())
        if found is None or found[0] == 2 or found[1] > start:
            continue  # "den andra" is "the other": no count
        after = _TOKEN.search(low, found[1], found[1] + 40)
        if after is None or low[found[1] : after.start()].strip() not in ("",):
            continue  # a comma or a mark between: a list of days may go on
        if after.group() in months or after.group() in _JOINS:
            continue  # "den femte mars": a day with its month
        if after.group() in _LINKS or closed_words.preposition(after.group()):
            continue  # "fra den femte til den syvende", "den femte og den syvende": two days
        if date_ranges.day_ends(text, low, found[1]):
            continue
        return True
    return False


# The Nordic subordinators and relative words that open a clause about a thing counted.
_CLAUSE_OPENERS = frozenset("at att som der hvor hvilken hvilket vilken vilket".split())


def _parallel_before(low: str, start: int, stop: int) -> bool:
    """Whether the "den" and ordinal low[start:stop] goes on an enumeration: an earlier "den"
    and ordinal in its sentence, "den andre" (the other) too, with the same word opening a
    clause about it after each ("Den andre at mailen ..., og den tredje at ...": the third
    reason, as the second; "Den første som kom, den fjerde som gikk"). A day is no thing a
    clause of "that" or "who" describes; "kom den fjerde og gikk den åttende" stays a date."""
    after = _TOKEN.match(low, stop + 1) if low[stop : stop + 1] == " " else None
    if after is None or after.group() not in _CLAUSE_OPENERS:
        return False
    begin = max(0, start - 120)
    for brk in _SENTENCE_BREAK.finditer(low, begin, start):
        begin = brk.end()
    for match in _EARLIER_DEN.finditer(low, begin, start):
        found = _ordinal_at(low, match.end())
        if found is None or found[1] > start or low[found[1] : found[1] + 1] != " ":
            continue
        earlier = _TOKEN.match(low, found[1] + 1)
        if earlier is not None and earlier.group() == after.group():
            return True
    return False


def _ordinal_at(low: str, position: int) -> tuple[int, int] | None:
    """(day, end) of the longest ordinal starting at `position`."""
    tokens = []
    for match in _TOKEN.finditer(low, position, position + 60):
        if len(tokens) == longest():
            break
        tokens.append((match.start(), match.group()))
    if not tokens or tokens[0][0] != position:
        return None
    for size in range(len(tokens), 0, -1):
        words = tokens[:size]
        day = days().get(_phrase(words)) if _apart_by_spaces(low, words) else None
        if day is not None:
            return day, words[-1][0] + len(words[-1][1])
    return None


def _phrase(words: list[tuple[int, str]]) -> str:
    return " ".join(w for _, w in words).replace("-", " ")


def _apart_by_spaces(low: str, words: list[tuple[int, str]]) -> bool:
    """Whether the words follow each other with only a space between."""
    return all(low[a + len(w) : b] == " " for (a, w), (b, _) in zip(words, words[1:], strict=False))
