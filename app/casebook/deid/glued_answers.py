"""Answers typed run into the next word, opening a chat message: "Yesplease confirm the seat",
"Noreally thanks have a nice day", "Surei am waiting", "Thankyou so much".

Notes quote what customers typed to a support chat, and a customer typing fast leaves out
the space after the answer that opens the message. The word so made is in no dictionary and
shaped like a name, so the name rules take it for a stranger opening a sentence, or for a
near miss of a registered name ("Surei" beside a registered Sture). Left out of the
redaction here: a one-word span found for a name nobody registered, or as a near miss, that
opens a sentence (`context.sentence_start`) before a lower-case word that is no verb a
person's name is the subject of (`vocab.NAME_FOLLOWERS`: "Okrent said", "Okrent is"; the
"thanks" of an answer, "thanks have a nice day", is no verb, `greetings.thanks_alone`), is
written with one capital and no name of the lexicon, and splits into

- an English answer or greeting of a chat (`greetings.CHAT_ANSWERS`: "yes", "no", "ok",
  "sure", "hi", "thanks") and "i" ("Yesi take", "Helloi want", "Surei am"); even a name of
  the lexicon so made ("Oki" is a given name) is "ok i" before "am" or a present-tense verb
  of "I" that is hardly ever an order (`data/first_person_verbs_en.txt`: "Oki want to
  know", "Oki like to purchase"), which no third person and no one addressed takes, when
  the word stands nowhere else in the text: "Oki wants", "Oki wait for me", "met Oki. Oki
  want to go home" stay names; or
- such an answer and one or two English words, each one of the 300 most frequent or a common
  word of four letters or more, the last of three letters or more ("Yesplease", "Noreally",
  "Okits", "Sureyesneed"); or
- a frequent English word and "thanks" or "please" ("Nothingthanks").

Measured on the name lexicon itself (65,035 given and family names): 9 of them split so
("Noland", "Noelle", "Noman", "Hisham", "Heyward", "Heymans", "Okseven", "Noone"; "Oki" into
"ok" and "i"), none of which this rule touches, being names of the lexicon; a name nobody
listed shaped like them is the risk. A name inside a sentence ("met Noland at the gate") or
before a capital ("Noreally Nielsen") is never read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol, TypeVar

from casebook.deid import context, greetings, lexicon, vocab
from casebook.deid.stranger_spans import NameSpan


class _Span(NameSpan, Protocol):
    @property
    def via(self) -> str: ...


S = TypeVar("S", bound=_Span)

_FREQUENT = 300  # the most frequent English words, which may be short ("my", "its", "but")
_SHORTEST_WORD = 4  # a common English word of this length or more counts too
_SHORTEST_LAST = 3  # the last part: not "an", "or", "am" ("Okan", "Noor", "Noam")
_REQUESTS = ("thanks", "please")
_NEXT = re.compile(r"[^\W\d_]+(?:['’]t)?")


def kept(text: str, spans: Sequence[S], name_tag: str) -> list[S]:
    """`spans` without the strangers and near misses that are a chat answer run into the
    next word (module docstring)."""
    return [s for s in spans if not _glued_span(text, s, name_tag)]


def _glued_span(text: str, span: _Span, name_tag: str) -> bool:
    stranger = span.tag == name_tag and span.key is None and not span.candidates
    if not (stranger or span.via == "near"):
        return False
    word = text[span.start : span.end]
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False
    after = text[span.end : span.end + 2]
    if len(after) < 2 or after[0] != " " or not after[1].islower():
        return False
    if not context.sentence_start(text, span.start):
        return False
    following = _NEXT.match(text, span.end + 1)
    if following and following.group() in vocab.NAME_FOLLOWERS:
        if following.group() != "thanks" or not greetings.thanks_alone(text, span.end):
            return False  # "Okrent said", "Noland called": a person's verb after it
    low = word.lower()
    if following and _split(low) == (low[:-1], "i") and _first_person(following.group()):
        # "Oki want to know": "ok i want", a name of the lexicon or not; unless the word
        # stands elsewhere in the text ("met Oki. Oki want to go home": her, the -s dropped)
        return low not in vocab.known_words() and text.count(word) == 1
    return glued(low)


def glued(word: str) -> bool:
    """Whether `word` (lower case) is a chat answer run into the next word or two
    (module docstring): no name of the lexicon, no known word."""
    if word in lexicon.given_names() or word in lexicon.family_names():
        return False
    if word in vocab.known_words():
        return False
    return _split(word) is not None


def _first_person(verb: str) -> bool:
    """Whether `verb` is "am" or a present-tense verb of "I" that is hardly ever an order
    (`data/first_person_verbs_en.txt`, `bench/build_first_person_verbs.py`: "want", "like",
    "need"; not "wait", "see"): no third person's verb, no order to someone addressed."""
    return verb == "am" or verb in _first_person_verbs()


@cache
def _first_person_verbs() -> frozenset[str]:
    lines = (vocab.DATA / "first_person_verbs_en.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#"))


def _split(word: str) -> tuple[str, ...] | None:
    answers = greetings.CHAT_ANSWERS
    for cut in range(2, len(word)):
        head, rest = word[:cut], word[cut:]
        if head in answers:
            if rest == "i" or _last(rest):
                return (head, rest)
            for inner in range(2, len(rest) - _SHORTEST_LAST + 1):
                if _part(rest[:inner]) and _last(rest[inner:]):
                    return (head, rest[:inner], rest[inner:])
        elif rest in _REQUESTS and head in _frequent():
            return (head, rest)
    return None


def _part(word: str) -> bool:
    return (
        word in greetings.CHAT_ANSWERS
        or word in _frequent()
        or (len(word) >= _SHORTEST_WORD and word in vocab.common_words(("en",)))
    )


def _last(word: str) -> bool:
    return len(word) >= _SHORTEST_LAST and _part(word)


@cache
def _frequent() -> frozenset[str]:
    return vocab.most_frequent("en", _FREQUENT)
