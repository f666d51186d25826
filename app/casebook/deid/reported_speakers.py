"""The person whose words or deeds are reported: the subject of the clause after a verb of
saying, written as interviewers write it, in either case ("Pat sa att Hala "är den enda som
fattar"", "the client sighed and said klang "talks too much"", "Annie berättade att
Regimantas har lånat pengar", "Oscar says Parissa owes him money", "karuna says sadhna basu
owes him money").

After "sa att", "berättade att", "said (that)", "says", "sagde at", "sanoi että" the next
word opens the reported clause and is its subject; when a quotation or the clause's finite
verb follows it at once ("är", "har", "is", "has", "owes", ...), that subject is a person or a
thing. Taken here, one word or two (a given name and a family name), when:

- the word is capitalised after a lower-case verb and is no ordinary word of the study's
  languages, no town, time or month word and no pronoun, or is a name that is also a word
  ("Hans", "Del": a Swedish or English word would stand in lower case mid-sentence), or
- the word is in lower case and is a name of the lexicon that is no ordinary word of any of
  the study's languages ("sofia", "ernest"), or a word nobody knows, shaped like a name and
  followed by a quotation or a verb of what a person does ("ridha har lånat"), unless it is
  a relation or role word with a slip ("exfrub lånat": "exfrun"), or an ordinary word of
  the sentence's neighbour language that its people bear as no name ("sier at penger er":
  Norwegian money, `note_language.ordinary_lower_here`).

Left alone: an ordinary word there ("sa att han har", "said mum was", "sa att Stockholm är":
a town), a word in capitals ("sa att ICA har"), a lower-case word nobody knows before a verb
(a medicine or a brand as often: "sa att sobril hjälper"), German (its nouns are capitalised).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import ahocorasick_rs
from rapidfuzz.distance import DamerauLevenshtein

from casebook.deid import lexicon, note_language, vocab
from casebook.deid.subordinate_subjects import FINITE

# Verbs of saying or telling whose clause follows them, with "that" or without.
_SAYING = (
    "sa sade säger berättade berättar berättat menade menar påstår påstod"
    " said says reported reports explained claims claimed"
    " sagde siger sier fortalte fortalde sanoi kertoi sanoo kertoo"
).split() + ["told us", "told me"]
# Each verb with the space after it (a tab after the verb is not looked for).
_VERB_FINDER = ahocorasick_rs.AhoCorasick(
    [f"{verb} " for verb in _SAYING], implementation=ahocorasick_rs.Implementation.DFA
)
_THAT = "att|that|at|että"
_WORD = r"[^\W\d_][^\W\d_'’-]*[^\W\d_]"
# What follows a verb of `_SAYING`: the conjunction, if any, and one word or two.
_REPORTED = re.compile(rf"[ \t]+(?:(?:{_THAT})[ \t]+)?({_WORD})(?:[ \t]+({_WORD}))?", re.IGNORECASE)
_QUOTE = re.compile(r"[ \t]+[\"“”«„']")
_NEXT = re.compile(r"[ \t]+([^\W\d_]+)(?![^\W\d_])")
# Finite verbs of the reported clause beyond `subordinate_subjects.FINITE`: what a person is
# said to do or owe.
_DOES = frozenset(
    """owes owed borrowed lent took stole hit shouts shouted talks talked lies lied
    lånade lånat tog slog skyller ljuger pratar pratade skriker""".split()
)
_NAME, _COMMON, _UNKNOWN, _RARE = "N", "C", "U", "R"
_NOT_SUBJECTS = vocab.PRONOUNS | vocab.TIME_WORDS | vocab.MONTHS | vocab.TITLES


def find(
    text: str,
    low: str,
    taken: Sequence[Sequence[object]],
    word_class: Callable[[str], str | None],
) -> list[tuple[int, int]]:
    """Where such a subject stands in `text` (`low` its lower case, aligned), outside the
    spans `taken` ((start, end, ...))."""
    out: list[tuple[int, int]] = []
    for at, match in _after_saying(text, low):
        verb = text[at : match.start(1)]
        if verb[:1].isupper() and verb[1:2].islower() and not _opens(text, at):
            continue  # "Sa" mid-line in a title-cased heading, or a proper noun
        first_start, first_end = match.span(1)
        word = match.group(1)
        kind = _subject(word, verb, word_class)
        if kind is None:
            continue
        end = first_end
        follow = _follows(text, end)
        if not follow and match.group(2):
            second = match.group(2)
            if second[0].isupper() == word[0].isupper() and _second(second, word_class):
                end = match.end(2)
                follow = _follows(text, end)
        if not follow:
            continue
        if follow == "verb" and kind == _UNKNOWN and word[0].islower() and end == first_end:
            continue  # "sa att sobril hjälper": a medicine as often as a person
        if word[0].islower() and note_language.ordinary_lower_here(text, first_start, word):
            continue  # "sier at penger er": a word of the sentence's neighbour language
        if any(s < end and first_start < e for s, e, *_ in taken):  # type: ignore[misc]
            continue
        out.append((first_start, end))
    return out


def _subject(word: str, verb: str, word_class: Callable[[str], str | None]) -> str | None:
    """The class that makes `word` a person after the verb, or None."""
    low = word.lower()
    if low in _NOT_SUBJECTS or low in FINITE or word.isupper() or len(word) < 3:
        return None
    if word[0].isupper():
        if verb.strip().isupper():
            return None  # "SAID Hans": a line in capitals says nothing by its case
        cls = word_class(word)
        return cls if cls in (_NAME, _COMMON, _UNKNOWN, _RARE) else None
    if not word.islower():
        return None
    cls = word_class(word.capitalize())
    if cls == _NAME or (cls == _UNKNOWN and lexicon.name_shaped(low) and not _slipped(low)):
        return cls
    return None


def _slipped(word: str) -> bool:
    """Whether the lower-case unknown `word` is a relation or role word typed with a slip
    ("exfrub" for "exfrun", "sytsern"): a person, but no name to remove."""
    forms = {word, word.removeprefix("ex-"), word.removeprefix("ex")}  # "exfrun", "ex-sambon"
    return any(
        abs(len(form) - len(r)) <= 1 and DamerauLevenshtein.distance(form, r, score_cutoff=1) <= 1
        for form in forms
        for r in vocab.RELATIONS
    )


def _second(word: str, word_class: Callable[[str], str | None]) -> bool:
    """Whether `word` after a subject may be its family name ("sadhna basu")."""
    if word.lower() in FINITE or word.lower() in _DOES:
        return False
    cls = word_class(word[0].upper() + word[1:])
    return cls in (_NAME, _UNKNOWN, _COMMON)


def _follows(text: str, end: int) -> str | None:
    """ "quote" when a quotation opens after `end`, "deed" when a verb of what a person does
    follows ("owes", "har lånat"), "verb" for another finite verb of the clause, else None."""
    if _QUOTE.match(text, end):
        return "quote"
    nxt = _NEXT.match(text, end)
    if nxt is None:
        return None
    verb = nxt.group(1)
    if verb in _DOES:
        return "deed"
    if verb in FINITE:
        then = _NEXT.match(text, nxt.end())
        return "deed" if then is not None and then.group(1) in _DOES else "verb"
    return None


def _opens(text: str, index: int) -> bool:
    """Whether a sentence, a line or a quotation opens at `index`."""
    before = text[:index].rstrip(" \t")
    return not before or before[-1] in ".!?:\n\"'«»“”"


def _after_saying(text: str, low: str) -> list[tuple[int, re.Match[str]]]:
    """Where a verb of `_SAYING` starts, and what follows it (one pass of an automaton over
    the lower-cased text)."""
    found = []
    for _index, at, end in _VERB_FINDER.find_matches_as_indexes(low, overlapping=True):
        if at == 0 or not low[at - 1].isalpha():
            match = _REPORTED.match(text, end - 1)
            if match is not None:
                found.append((at, match))
    return found
