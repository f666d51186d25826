"""A heading of a structured note in a neighbour language: "Hengitys:", "Omaiset:" opening a line.

A word that opens a line and is followed by a colon labels what follows: a speaker
("Vasiliki: wants help") or a heading of a structured note ("Hengitys: omia hengityksiä",
breathing; "Tajunta:", consciousness). `note_language.ordinary_here` reads a word's language
from its own sentence, and a heading's sentence is the heading alone with, after the colon,
a line whose first word is capitalised: too few lower-case words to tell, so a Finnish,
Norwegian, Danish or German heading stayed a stranger's name. Here the lines around the
label decide (`label_context`: the lower-case words of the label's own line and of the lines
before and after it), and `note_language.ordinary_here` takes the label for a heading when it
is an ordinary word (listed or regularly inflected) of the language they are written in and
no given or family name of that language's people. A name of the lexicon ("Sisko:",
"Anna:") and a word no list knows ("Tajunta:", "Zlatko:") stay as before: the dictionary is
the only evidence here.
English and Swedish headings need none of this: their words are never taken for names.

A note's first line names the note and dates it: "Intervju 23, 12/7", "Haastattelu 9, 16.2.",
"Kenttäpäiväkirja – 5.12.", "Observation, 1/4". A day and month closing that line after a
heading of a few words (and the note's number), a comma or a dash is the note's date
(`dated_heading`); a fraction, a score or a clock time stands in running text, not there.

A numbered part of a record has a line of its own: a word, the part's number, and at most a
dash, a comma or a slash and a word or two in lower case ("Loki 9 – kierros", log 9, round;
"Loki 36 luonnos", "Pöytäkirja 12", "Logg 4, utkast"). `numbered_label` gives the words around
such a line, and `note_language.heading_word` takes its first word for a heading when it is
an ordinary word of the language they are written in and no name that language's people
bear, as for a heading before a colon. A person's name with an age after it ("Anna 9 år")
keeps its name: "Anna" is a name Finns bear, and Swedish words decide nothing here.
"""

from __future__ import annotations

import re

from casebook.deid.context import margin_start, sentence_start

_WORD = re.compile(r"[^\W\d_]+")
_REACH = 200  # characters either side read for the language


def label_context(text: str, start: int, end: int) -> str | None:
    """The lower-case words around text[start:end] (within `_REACH` characters, across lines)
    when that word opens a line (after a bullet or a dash at most) or a sentence, and a colon
    follows it ("Hengitys: ...", "Rauhallinen yö. Hengitys: ..."); else None."""
    if text[end : end + 1] != ":":
        return None
    i = margin_start(text, start)
    if i > 0 and text[i - 1] != "\n" and not sentence_start(text, start):
        return None
    window = _WORD.findall(text, max(0, start - _REACH), min(len(text), end + _REACH))
    value = _WORD.match(text, end + 2) if text[end + 1 : end + 2] == " " else None
    # The value's first word is capitalised after the colon ("Hengitys: Ajoittain ..."): a word
    # of the line all the same
    first = [value.group().lower()] if value else []
    return " ".join([w for w in window if w.islower()] + first)


# A field's value that is a number or a date ("28.5.2025", "14.30", "2025").
_NUMBER_VALUE = re.compile(r"[ \t]*\d")


def number_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a line (after a bullet or a dash at most) and labels a
    value that is a number or a date, its colon right after it ("Päivä: 28.5.2025", "Aika:
    14.30", "Vuosi: 2025"): a form's field, not a speaker's turn, whose words follow."""
    if text[end : end + 1] != ":" or _NUMBER_VALUE.match(text, end + 1) is None:
        return False
    i = margin_start(text, start)
    return i == 0 or text[i - 1] == "\n"


def heading_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a heading standing alone on its line: it opens the line
    (after a bullet at most), a colon ends the line right after it, and a line of text
    follows ("Samandrag:", "Muistiinpano:" over the note). A label with its value on the same
    line ("Tajunta: ...", "Zlatko: ring me") is not one; the caller keeps this to words that
    are no name of the lexicon."""
    i = margin_start(text, start)
    if i > 0 and text[i - 1] != "\n":
        return False
    rest = text[end : end + 3]
    if not (rest.startswith(":\n") or rest.startswith(":\r\n")):
        return False
    after = text.find("\n", end) + 1
    return bool(text[after : after + 200].split("\n", 1)[0].strip())


# The opening of a note's first line before its date: a few words, perhaps the note's number,
# then a comma or a dash ("Intervju 23, ", "Kenttäpäiväkirja – ", "Observation, "); the words
# may be a heading and its kind split by a comma ("Hjemmebesøk, logg, ", "Besök, anteckning, ").
_HEADING_OPENING = re.compile(
    r"[ \t]*[^\W\d_]+(?:,?[ ][^\W\d_]+){0,3}(?:[ ]\d{1,4})?(?:,[ ]+|[ ]+[-–—][ ]+)"
)
_LINE_END = re.compile(r"\.?[ \t]*(?:\r?\n|\Z)")


def dated_heading(low: str, start: int, end: int) -> bool:
    """Whether the figures low[start:end] close the note's first line after a heading of a
    few words (and a number) and a comma or a dash: "Intervju 23, 12/7", "Havainnointi,
    24.5." (`end` before the day and month's own closing stop)."""
    if start > 60 or not _HEADING_OPENING.fullmatch(low, 0, start):
        return False
    return _LINE_END.match(low, end) is not None


# A heading marked as one ("== Utskrift, intervju 3 ==", "## Logg 4"), or the note's first
# line when it is a title: a few words and the note's number, nothing after it
# ("Observationslogg nr 293", "Dagbok #374").
_MARKED_LINE = re.compile(r"[ \t]*(?:={2,}|#{1,6}[ \t])[^\n]{1,100}")
_TITLE_LINE = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+\.?){0,4}[ \t]+#?\d{1,4}[ \t]*")
_DATE_LINE_END = re.compile(r"\.?[ \t]*(?:\r?\n|\Z)")


def dated_under_heading(low: str, start: int, end: int) -> bool:
    """Whether the figures low[start:end] fill a line of their own (a full stop after them at
    most) right under a heading: a line marked as one ("== Intervju 3 ==\n9/10") or the
    note's first line when it is a title ("Observationslogg nr 293\n4/10"). A note dates
    itself there; a fraction or a score stands in a sentence or a column of values, not
    alone under the title (`end` before the day and month's own closing stop)."""
    if start < 2 or low[start - 1] != "\n" or _DATE_LINE_END.match(low, end) is None:
        return False
    above = low.rfind("\n", 0, start - 1) + 1
    line = low[above : start - 1].rstrip("\r")
    if _MARKED_LINE.fullmatch(line):
        return True
    return above == 0 and _TITLE_LINE.fullmatch(line) is not None


# What follows a field note's heading word on its line: a comma, a word or two and the
# note's number ("Feltdagbog, dag 4", "Kenttäpäiväkirja, päivä 38", "Dagbok, side 12").
_NUMBERED = re.compile(r",[ \t]+[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]+\d{1,4}[ \t]*(?:\r?\n|\Z)")


def numbered_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a line (after a bullet at most) that a comma, a word or
    two and a number close: the heading of a numbered note ("Feltdagbog, dag 4")."""
    i = margin_start(text, start)
    if i > 0 and text[i - 1] != "\n":
        return False
    return _NUMBERED.match(text, end) is not None


# After a numbered part's heading word: its number, then at most a dash, a comma or a slash
# and two words, the line's end ("Loki 9 – kierros", "Loki 59, kierros", "Loki 44").
_NUMBER_LINE = re.compile(
    r"[ 	]+\d{1,4}(?:[ 	]*[,/–—-]?[ 	]*([^\W\d_]+(?:[ 	]+[^\W\d_]+)?))?[ 	]*(?:\r?\n|\Z)"
)


def numbered_label(text: str, start: int, end: int) -> str | None:
    """The lower-case words around text[start:end] (as `label_context`) when that word opens
    a line (after a bullet at most) that its number and at most a dash, a comma or a slash
    and a word or two in lower case close ("Loki 9 – kierros"); else None."""
    i = margin_start(text, start)
    if i > 0 and text[i - 1] != "\n":
        return None
    line = _NUMBER_LINE.match(text, end)
    if line is None or (line.group(1) and not line.group(1).islower()):
        return None
    window = _WORD.findall(text, max(0, start - _REACH), min(len(text), end + _REACH))
    return " ".join(w for w in window if w.islower())


# A mark of a document's revision after its number: "(rev.)", "(2)", "v2", "*", or the
# document's reference in brackets after its label, a word of any language perhaps cut short
# ("(ref. H4683)", "(ref. 2291)", "(sag C1542)", "(asia H9925)", "(ärende 77)") (a pattern).
REVISION_MARK = (
    r"[ \t]+(?:\((?:rev\.?|\d{1,2}|[^\W\d_]{1,10}\.?[ \t]?[A-Z]{0,3}-?\d{1,6})\)"
    r"|v\d{1,2}|\*)"
)

# After the word naming a document on a note's first line: a comma, what part of it this is
# in a lower-case word or two, and its number, with at most a letter or a part after a dash or
# a slash ("112a", "224-3", "20/2") and a mark of its revision ("(rev.)", "v2", "(2)", "*"),
# then the line's end ("Transkription, samtal 12b (rev.)", "Dagbok, sida 40-2").
_DOCUMENT_PART = re.compile(
    r",[ \t]+([^\W\d_]+(?:[ \t][^\W\d_]+)?)[ \t]+\d{1,4}(?:[^\W\d_]|[-/]\d{1,3})?"
    r"(?:" + REVISION_MARK + r")?[ \t]*(?:\r?\n|\Z)"
)


def document_part(text: str, start: int, end: int) -> str | None:
    """The lower-case word or two naming the part when text[start:end] opens the note's first
    line before a comma, those words and the part's number (`_DOCUMENT_PART`): the title of a
    numbered document, "Transkription, samtal 12b"; else None."""
    if text[:start].strip():
        return None
    found = _DOCUMENT_PART.match(text, end)
    if found is None or not found[1].islower():
        return None
    return found[1]


# A note's first line before a part's figures: a title of a word or a few, a comma and the
# part's noun or two ("field log, visit ", "protokoll, arbetsgrupp ").
_TITLED_PART = re.compile(
    r"[ \t]*[^\W\d_]+(?:[ -][^\W\d_]+){0,3},[ ]+[^\W\d_]+(?:[ ][^\W\d_]+)?[ ]+"
)


def titled_part(low: str, start: int) -> bool:
    """Whether low[:start] opens the note's first line as a document's title, a comma and
    the noun of the part whose figures follow ("Field log, visit 15/2"), not a sentence
    ("Vi ses 24/8")."""
    return start <= 80 and _TITLED_PART.fullmatch(low, 0, start) is not None
