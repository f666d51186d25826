"""An ordinary word written with a capital right beside a name inside a sentence: the other half
of a stranger's name ("Mötet leddes av Lina Holm, som", "vi ventet på Kamma Lund", "Present:
Ida Moss, Karen Lee", "Kontaktperson: Flora Ahl"), with a registered half or a found one.

Swedish, Norwegian, Danish, Finnish and English write a common noun, verb or adjective in lower
case inside a sentence. A word that is also such a word ("lina" a rope, "kamma" to comb, "lee"
shelter, "flora") written with a capital there, right beside a person's name, is no common
word but a proper noun, and beside a name, the person's other name. `stranger_halves` takes the
unknown words and the names of the lexicon beside a name; this module answers for every other
capitalised word beside one, which is part of the name unless

- it opens its sentence or line (capitals say nothing there), except right after a label whose
  value is a person ("Kontaktperson:", "Förhinder:", "Sagsbehandler:", "Key worker:": a field,
  not a sentence; `namecontext.in_attendance`, `attendance_lists.LABELS`,
  `role_parentheses.ROLE_NOUNS`);
- it is a word these languages capitalise or set beside a name without its being part of it:
  a month, weekday, holiday or time word, a title (a saint's too), relation, role or label, a
  verb of saying, a place or street word, a town or country, a nationality or language, a
  greeting or closing, a word the curated lists hold as ordinary though a name ("Pat", the
  patient); or a function or closed-class word or one of a language's 300 most frequent words,
  which opens the next sentence where its full stop was left out ("Ola Wäng Den tycks",
  "Hemmingsen Kommer det"); nor a noun in a German sentence, which German capitalises;
- after the name, a word in lower case follows it (the next sentence may open at it where a
  full stop was left out: "Holm Förra veckan var"); the name must end with it;
- its line is written in title case (a heading: "Meeting With Anna About Housing"), with no
  longer word in lower case; before the name, the word before it is written with a capital or
  is a figure (a run of capitals: "Great Neighborhood Hangout Will ..."); nor a word that
  makes a fixed expression with the name ("Aloe Vera", `fixed_expressions`), nor an English
  gerund before it that no one bears as a name ("Formatting Marks": a menu's item).

A single capital letter before a family name inside a sentence or a person's field is an
initial ("Deltagere: K Hansen"), unless a letter that is a word (English "I", "A", "O"; Nordic
"i", "å", "ö", "e").

Asked by `stranger_halves.find` for the word before each name found and the word after each
registered one (after a stranger's name `trailing_surnames` extends the name itself, one
span: "Wang Fang"); no scan.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import (
    attendance_lists,
    closed_words,
    fixed_expressions,
    greetings,
    lexicon,
    note_language,
    peoples,
    role_parentheses,
    trailing_surnames,
    vocab,
)
from casebook.deid.context import sentence_start

_WORD_LETTERS = frozenset("aioåöeäy")  # single letters that are words of the languages
_LABEL = re.compile(r"([^\W\d_]+)[ \t]*:[ \t]*\Z")


def part_of_name(text: str, start: int, end: int, before: bool, name: str = "") -> bool:
    """Whether the capitalised word text[start:end], right before (`before`) or after the
    name `name` found, is the other half of that name."""
    written = text[start:end]
    if not written[0].isupper() or (len(written) > 1 and not written[1:].islower()):
        return False  # "VIKTIG", "McDonald": capitals say something else there
    word = written.lower()
    if len(word) == 1:
        return before and word not in _WORD_LETTERS and _inside(text, start, word)
    if not before and (len(word) < 3 or not _phrase_ends(text, end)):
        return False  # "Holm Förra veckan var": the next sentence, its full stop left out
    if word in _not_halves() or note_language.frequent(word, note_language.NEIGHBOURS):
        return False
    if _expression(word, name):
        return False  # "Aloe Vera", "Mary Bloody": a fixed expression's word, either order
    if word.endswith(vocab.ORGANISATION_ENDINGS) or _heading(text, start):
        return False
    if not _inside(text, start, word):
        return False
    if before and word.endswith("ing") and word not in lexicon.all_names():
        return False  # "ensure that Formatting Marks is selected": a gerund names no one
    if before and after_capital_or_figure(text, start):
        return False  # "Great Neighborhood Hangout Will ...": a run of capitals, a title
    languages = note_language.sentence_language(text, start, end, count_word=False)
    return languages != ("de",)  # German writes its nouns with a capital


def _phrase_ends(text: str, end: int) -> bool:
    """Whether the name ends at text[end]: the line or the text ends, or punctuation follows
    ("Present: Ida Moss, Karen Lee", "Karen Lee, the nurse"). A word in lower case after it
    goes on with a sentence, which opens at the capitalised word as often as the name goes on
    there where a note leaves its full stops out."""
    rest = text[end : end + 3].lstrip(" \t")
    return not rest or rest[0] in _PHRASE_END


_PHRASE_END = frozenset("\n\r,.;:!?)<")


def _expression(word: str, name: str) -> bool:
    """Whether `word` and a word of `name` make one of English's fixed expressions that hold a
    name ("aloe vera", "bloody mary": `fixed_expressions`), in either order."""
    return any(
        word in words
        for part in name.lower().split()
        for words, _at in fixed_expressions.expressions().get(part, ())
    )


def after_capital_or_figure(text: str, start: int) -> bool:
    """Whether the word before text[start], on its line, is written with a capital or is a
    figure: the word at `start` is then part of a run of capitals (a heading, a title, a
    firm's name: "Lovely Cottage", "Australian Rainbows", "100,000 Newsgroups")."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(1).endswith(":"):
        return False  # a label's colon: "Kontaktperson: Lina Holm"
    return before.group(1)[0].isupper() or before.group(1)[0].isdigit()


_BEFORE = re.compile(r"([^\W_][^\s]*)[ \t]+\Z")


def _inside(text: str, start: int, word: str) -> bool:
    """Inside a sentence, or first after the label of a field whose value is a person when
    `word` is a name of the lexicon (after a speaker's label, any other word opens the turn:
    "Osallistuja: Lopuksi Johannes", "Deltager: Naboen Lis")."""
    if not sentence_start(text, start):
        return True
    if len(word) > 1 and word not in lexicon.all_names():
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    label = _LABEL.search(line)
    if label is None:
        return False
    label_word = label.group(1).lower()
    return (
        label_word in attendance_lists.LABELS
        or label_word in role_parentheses.ROLES  # "Handläggare:", "Key worker:"
    )


def _heading(text: str, start: int) -> bool:
    """Whether the line around `start` is written in title case: a small word capitalised
    inside it (`trailing_surnames.title_case_line`) and no word of four letters or more in
    lower case (which a sentence run on after a full stop left out has: "Ola Wäng Den tycks")."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", start)
    line = text[begin : stop if stop >= 0 else len(text)]
    return _LOWER_WORD.search(line) is None and trailing_surnames.title_case_line(text, start)


_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zß-öø-ÿ]{4,}")


def _not_halves() -> frozenset[str]:
    return not_halves()


@cache
def not_halves(towns: bool = True) -> frozenset[str]:
    """Words capitalised beside a name without being part of it; with `towns`, the towns no
    one bears as a name too (`foreign_halves` reads a town glued to a registered half as the
    rest of the name)."""
    return (
        vocab.function_words()
        | trailing_surnames.marked_words()
        | vocab.PLACE_WORDS
        | lexicon.lands()
        | peoples.ADJECTIVES
        | role_parentheses.ROLE_NOUNS
        | attendance_lists.LABELS
        | greetings.SALUTATIONS  # "Kære Ainsworth,", "Hyvä": a letter's word, no half
        | greetings.CLOSINGS
        | greetings.NO_NAME
        | greetings.INTERJECTIONS
        | closed_words.words()
        | vocab.curated_ordinary()
        | ((lexicon.places() - lexicon.all_names()) if towns else frozenset())  # a town
        | _SAINTS
    )


# A saint's title before the name ("Saint James", "Sankt Jakob"), which `vocab.TITLES` lacks.
_SAINTS = frozenset("saint sankt sankta santa san".split())
