"""Capitalised words of Danish, Norwegian and Swedish that are no one's name where they stand.

Notes typed from speech, chat and voice requests run sentences together without their full
stops ("vis mig mine alarmer Hvornår kommer det", "neste uke Koss e været"), and transcripts
open a turn with an answer word ("Jo, nu förstår jag"). The name rules then read a capitalised
word of the language as a name, the more so when someone bears it ("Jo", "Han", "Mind",
"Book" are names in some registry). Three facts of the grammars say otherwise:

- **question words and personal pronouns** (`QUESTION_WORDS`, `PRONOUNS`: closed classes of
  Danish, Bokmål and Nynorsk grammar, with the dialect spellings Norwegian chat writes, "ka",
  "koss", "kem", "åssen") are never a name in a sentence of the language, wherever they
  stand, when a lower-case word follows ("Hvornår kommer", "Han betaler"; not "Han Li");
- **an interjection or answer word before a comma** where a sentence or a turn opens ("Jo,
  det vet jag", "Seså, seså"): the interjections UD annotators tag (`closed_words`, and
  `NAMED_INTERJECTIONS`, which it leaves out as names), or any word repeated in lower case
  after the comma, since a vocative is not repeated; not when the note shows the word
  elsewhere as a person (capitalised where no sentence opens: "Jo, kom hit! Jo ringde");
- **an imperative before its object** ("Mind mig om at ringe", "Book et bord", "Endre
  alarmen", "Bestill meg en time"): a word whose infinitive the Danish or Norwegian word list
  holds (the imperative is the infinitive less its "-e": "minde", "booke", "bestille"; or
  the infinitive itself after two consonants: "endre", "åpne"), followed by an object
  pronoun, an article or possessive and a lower-case word, or a noun in its definite form.
  A name as subject is followed by its verb (V2), never by an object pronoun or an article.

`kept` drops name spans that are one such word (a word with its object pronoun, "minn mæ"),
except a registered name written exactly as registered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from casebook.deid import closed_words, note_language, vocab
from casebook.deid.context import sentence_start

SpanT = TypeVar("SpanT", bound=tuple)  # a redactor span: start, end, kind, tag, key, ..., via

# Interrogatives of Danish, Bokmål and Nynorsk (the grammars' closed class) and the dialect
# spellings of Norwegian speech typed as said ("ka", "kem", "koss", "kordan", "åssen").
QUESTION_WORDS = frozenset(
    """hvad hvem hvis hvor hvornår hvorfor hvordan hvorledes hvilken hvilket hvilke
    hva hvorhen kva kven kvar kvifor korleis kor kvi ka kem koss kordan kossen åssen kæm
    kåleis""".split()
)
# Personal pronouns of Danish and Norwegian (Bokmål, Nynorsk, and "æ", "mæ", "dæ" of speech).
PRONOUNS = frozenset(
    """jeg eg æ du han hun ho den det vi me dere de dei dokker dykk mig meg mæ dig deg dæ
    ham hende henne os oss jer dem seg sig""".split()
)
# Object pronouns after an imperative ("Mind mig", "Book oss", "Bestill meg").
OBJECT_PRONOUNS = frozenset(
    "mig meg mæ dig deg dæ os oss ham hende henne dem jer dykk dokker seg sig".split()
)
# Articles, possessives and quantifiers that open a noun phrase after an imperative.
_DETERMINERS = frozenset(
    """en et ei ein eit den det de dei min mit mine mi mitt din dit dine ditt di vores vår
    vårt våre jeres deres alle noen nogle nokre nokon neste næste""".split()
)
# Interjections and answer words UD annotators tag INTJ in nine cases of ten or more
# (Swedish-Talbanken "jo", NynorskLIA "jau") that `closed_words` leaves out as names.
NAMED_INTERJECTIONS = frozenset({"jo", "jau"})
_DEFINITE = ("en", "et", "ene", "erne", "a", "ane", "inga")
_WORD = re.compile(r"[^\W\d_]+")
_LANGUAGES = ("nb", "da")
_READ = (None, _LANGUAGES)  # a sentence of Norwegian or Danish, or one that leans no way


def _words_after(text: str, end: int, count: int) -> list[str]:
    """Up to `count` words after text[end], as written, across one line break (a wrapped
    line); a comma or other mark between stops the list."""
    out: list[str] = []
    position = end
    while len(out) < count:
        gap = position
        broken = False
        while gap < len(text) and text[gap] in " \t\n":
            if text[gap] == "\n":
                if broken:
                    break
                broken = True
            gap += 1
        found = _WORD.match(text, gap)
        if found is None or (gap == position and out):
            break
        out.append(found.group())
        position = found.end()
    return out


def _nordic(word: str) -> bool:
    """Whether `word` is listed as a word of Norwegian or Danish (not guessed by its endings:
    "safarie" is no infinitive)."""
    return any(word in note_language.ordinary_words(lang) for lang in _LANGUAGES)


def question_or_pronoun(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a Danish or Norwegian question word or personal pronoun,
    capitalised, before a lower-case word ("Hvornår kommer", "Koss e" in speech; a pronoun
    before a word of the languages: "Han betaler"), in a sentence of those languages, or a
    question word no Swedish or English list holds in a sentence that leans no way."""
    word = text[start:end]
    low = word.lower()
    if not word[:1].isupper() or (low not in QUESTION_WORDS and low not in PRONOUNS):
        return False
    after = _words_after(text, end, 1)
    if not after or not after[0].islower():
        return False  # "Han Li": a name
    question = low in QUESTION_WORDS
    if not question and not _nordic(after[0]):
        return False  # a pronoun before a word of the language ("Han betaler")
    language = note_language.sentence_language(text, start, end, count_word=False)
    if language is None:  # a sentence that leans no way: a question word no other list has
        return question and low not in vocab.known_words()
    return language == ("nb", "da")


def interjection(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an interjection or answer word before a comma where a
    sentence or turn opens ("Jo, det vet jag", "Seså, seså"), and the note shows it nowhere
    else as a person."""
    word = text[start:end]
    if text[end : end + 1] != "," or not word[:1].isupper() or not sentence_start(text, start):
        return False
    low = word.lower()
    after = _words_after(text, end + 1, 1)
    repeated = bool(after) and after[0] == low
    if not repeated and not (closed_words.interjection(low) or low in NAMED_INTERJECTIONS):
        return False
    if not repeated and not (after and after[0].islower() and after[0] not in _ENGLISH):
        return False  # "Jo, I think": an English sentence, where Jo is a name
    return not _named_elsewhere(text, word, start)


_ENGLISH = frozenset(
    "i you we they he she it the a an can could will would please come is are was do".split()
)


def _named_elsewhere(text: str, word: str, start: int) -> bool:
    """Whether `word` stands capitalised somewhere else in `text` where no sentence opens (a
    person: "… sa Jo"), or before a capitalised word ("Jo Berg")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
        if whole and at != start:
            after = _words_after(text, end, 1)
            if not sentence_start(text, at) or (after and after[0][:1].isupper()):
                return True
        at = text.find(word, end)
    return False


def imperative(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a Danish or Norwegian imperative before its object ("Mind
    mig", "Book et bord", "Endre alarmen"), capitalised or not."""
    low = text[start:end].lower()
    if not _imperative_form(low) or _after_preposition(text, start):
        return False  # "til Book en gang til": a person after a preposition
    after = _words_after(text, end, 2)
    if not after or not after[0].islower():
        return False
    if note_language.sentence_language(text, start, end, count_word=False) not in _READ:
        return False  # "ja Safari antaa kropalleen": a Finnish sentence, a name
    if after[0] in OBJECT_PRONOUNS:
        return True
    if after[0] in _DETERMINERS:
        return len(after) > 1 and after[1].islower() and _nordic(after[1])
    return after[0].endswith(_DEFINITE) and len(after[0]) > 4 and _nordic(after[0])


_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _after_preposition(text: str, start: int) -> bool:
    last = _LAST_WORD.search(text, max(0, start - 30), start)
    return last is not None and closed_words.preposition(last.group(1).lower())


def _imperative_form(low: str) -> bool:
    if len(low) < 3 or not _nordic(low):
        return False
    if _nordic(low + "e") or _nordic(low + low[-1] + "e"):
        return True  # "mind" (minde), "book" (booke), "bestill" (bestille), "bestil"
    return low.endswith("e") and low[-2] in "rlnm" and low[-3] not in "aeiouyæøå"


def _ordinary(text: str, start: int, end: int) -> bool:
    words = list(_WORD.finditer(text, start, end))
    if len(words) == 2 and words[1].group().lower() in OBJECT_PRONOUNS:
        first = words[0]  # "minn mæ", "fortell meg": the verb and its object
        return _imperative_form(first.group().lower())
    if len(words) != 1 or words[0].start() != start or words[0].end() != end:
        return False
    return (
        question_or_pronoun(text, start, end)
        or interjection(text, start, end)
        or imperative(text, start, end)
    )


def kept(text: str, spans: Sequence[SpanT]) -> list[SpanT]:
    """`spans` less the name spans that are one of these words where they stand; a name
    written exactly as registered (a key and no `via`) stays."""
    return [
        s
        for s in spans
        if s[2] != "name" or (s[4] and not s[-1]) or not _ordinary(text, s[0], s[1])
    ]
