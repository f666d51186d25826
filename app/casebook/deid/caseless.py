"""Text typed without letter case: a note in capitals (a tablet with caps lock on, a form
that shouts) says nothing about names by its capitals; a note typed in lower case on a phone
says nothing by their absence.

`unregistered.py` reads capitalised words: in running text a capital in mid-sentence marks a
proper noun, and a run of them ("Bertil Wahlgren") a name. In a stretch with no lower-case
letter every word is capitalised, so every pair of abbreviations or unknown words ("CPA MTG",
"CPN RV", "HONOS RESCORED") would be a run and a name. Such a stretch is judged instead as
the lower-case pass judges lower-case text (`lowercase_names.py`): a stranger only where the
setting leaves no doubt ("MET ZLATKO", "DR MOCANU", "PRESENT: STACY, ALTAF"). What the
capitalised pass found there stays only where the setting or the words say person whatever
the case: a near miss of a registered name, a word right after a title ("DR GREEN", "MRS
BROWN"), or two names or more of the lexicon in a row that are no ordinary words, not all
towns ("MARGARETA LINDQVIST"). Registered names are `names.py`'s in every case, as before.

A stretch is the whole text when it has no lower-case letter, else each line that has none
and holds at least `MIN_WORDS` words (a heading "NEURO:" or "PLAN" alone is left as it is,
and so is a name on a line of its own in a note typed in mixed case: "ANNA SVENSSON" under a
letter is a signature, not shouting).

In lower case (typed so, or a caseless stretch lowered), a formal title ("dr", "mrs",
"herr") is followed by a name, and the lower-case pass takes only words that are no ordinary
word at all; `after_titles` takes a rarer word too (a town, a word of the larger
dictionaries: "dr. hollis"), never a common one ("dr aware", "dr notified"), nor in a
Norwegian, Danish or Finnish sentence a common word of that language that none of its people
bears as a name ("Ja, fru formand, jeg vil", Madam President: `note_language.nobodys_name_here`;
"fru lynne" stays a name). "ms" and "mr"
in lower case are as often abbreviations ("ms" of a mental state): "ms" is left out.
`signed` reads the other side of a name: a given name of the lexicon (and the family name
after it) before a post-nominal credential of the caring professions ("marta k. nowicki,
rn", "GUSTAV P. ELMQVIST, MSW"), and a family name after an initial, with the initial ("J.
HARRINGTON MD AWARE"): a lexicon name that is no common word, a word nobody knows ("N.
GRANDONE"), or a name that is also a word where the setting says person ("E. WELSH AWARE",
"PER Z. MILLER", "DR B. GILL"); a credential after words that are no given name ("ccu rn")
names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Protocol, TypeVar

from casebook.deid import lexicon, note_language, vocab, wordforms
from casebook.deid.context import previous_word

MIN_WORDS = 4
_WORDS = re.compile(r"[^\W\d_]{2,}")


class _Found(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def via(self) -> str: ...


F = TypeVar("F", bound=_Found)


def stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` with no lower-case letter (see the module's docstring)."""
    if not _has_lower(text):
        return [(0, len(text))] if text.isupper() or any(c.isupper() for c in text) else []
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if not _has_lower(line) and len(_WORDS.findall(line)) >= MIN_WORDS:
            out.append((start, end))
        start = end + 1
    return out


_SOME_LOWER = re.compile(r"[a-zß-öø-ÿ]")  # lower-case letters of Latin-1 (all `str.islower`)


def _has_lower(text: str) -> bool:
    """Whether a character of `text` is lower case (`str.islower`), answered in C for almost
    every text: a lower-case letter of Latin-1 says yes; `str.isupper`, with an upper-case
    letter added, says no for a text with no lower-case and no title-case letter (a note in
    capitals, a line of digits); else each character is asked."""
    if _SOME_LOWER.search(text):
        return True
    return not (text + "A").isupper() and any(c.islower() for c in text)


def inside(stretches_: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies in one of `stretches_`."""
    return any(s <= start and end <= e for s, e in stretches_)


def lowered(text: str, stretches_: Sequence[tuple[int, int]]) -> str:
    """`text` with each stretch in lower case (same length: only ASCII-safe folding is
    applied where lower() would change the length)."""
    parts, last = [], 0
    for s, e in stretches_:
        chunk = text[s:e]
        low = chunk.lower()
        parts += [text[last:s], low if len(low) == len(chunk) else _fold_each(chunk)]
        last = e
    parts.append(text[last:])
    return "".join(parts)


def _fold_each(chunk: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in chunk)


def keep(found: list[F], stretches_: Sequence[tuple[int, int]], low: str) -> list[F]:
    """The capitalised pass's finds that hold in caseless stretches too: all outside them, and
    inside them a near miss of a registered name or a word right after a title."""
    if not stretches_:
        return found
    return [
        f
        for f in found
        if f.via == "near"
        or not inside(stretches_, f.start, f.end)
        or _after_title(low, f.start)
        or _strangers(low[f.start : f.end])
    ]


# Each title with its own look-behind (no letter or digit before it), so that the scan skips
# in C to the first letter of a title rather than trying every position ("\b" first would).
# A full stop follows only an abbreviated title ("dr. holden"); after one written in full it
# ends the sentence ("went to the doctor. there is").
_AFTER_TITLE = re.compile(
    "(?:"
    + "|".join(rf"{t}(?<!\w{t})" for t in "dr mr mrs prof".split())
    + r")(?:\.?[ ]+|\.)|(?:"
    + "|".join(rf"{t}(?<!\w{t})" for t in "doctor doktor herr fru fröken".split())
    + r")[ ]+"
)
_LOWER_WORD = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ]")


def after_titles(
    text: str, low: str, taken: Sequence[tuple[int, int, bool]]
) -> list[tuple[int, int]]:
    """Strangers typed in lower case right after a formal title ("dr. holden", "mrs
    lake", "dr walker aware"): a word that is no common word of either language (a town, a
    rarer dictionary word, a name), and the family name after it if it is one too. A common
    word after the title ("dr aware", "dr notified") is the title's verb, not a name, unless
    it is a name of the lexicon too and a word that says person follows ("dr green aware",
    "dr walker notified"); so is a rarer English past in "-ed" before an adverb in "-ly" or
    the clause's end ("the doctor coughed lightly", `_past_after_title`), and an English
    adverb in "-ly" that is no name ("a doctor luridly leers", `_adverb`). The
    lower-case pass (`lowercase_names`) takes after a title only words that are no ordinary
    word at all; this takes the rarer ones too, since nothing else stands there."""
    common = vocab.common_words()
    found: list[tuple[int, int]] = []
    names = lexicon.all_names()
    for title in _AFTER_TITLE.finditer(low):
        word = _LOWER_WORD.match(text, title.end())
        if not word:
            continue
        if _is_common(word.group(), common) and not (
            word.group() in names and _cue_after(text, word.end())
        ):  # "dr aware", "dr notified"; but "dr green aware", "dr walker notified"
            continue
        if note_language.nobodys_name_here(text, word.start(), word.group()):
            continue  # "fru formand": a Danish noun (Madam President), no one's name
        if _past_after_title(text, word.group(), word.end(), names):
            continue  # "the old doctor coughed lightly": the title's verb, rarer ones too
        if word.group() not in names and _adverb(word.group()):
            continue  # "a doctor luridly leers": an adverb of the title's verb, no name
        end = word.end()
        family = _LOWER_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if family and not _is_common(family.group(), common):
            end = family.end()
        if not any(s < end and word.start() < e for s, e, _n in taken):
            found.append((word.start(), end))
    return found


def _adverb(word: str) -> bool:
    """Whether `word` is an English adverb in "-ly" that the word lists hold or make from
    their words ("gently", "luridly": `wordforms.adverb`)."""
    english = vocab.ordinary_in(("en",))
    return word.endswith("ly") and (word in english or wordforms.adverb(word, english) is not None)


# Post-nominal credentials of the caring professions (registered nurse, doctor of medicine,
# nurse practitioner, physician assistant, ...): the words before one are its holder's name.
CREDENTIALS = frozenset(
    "rn rrt md np pa bsn lpn msw lcsw phd crna dds do lpc msn aprn mrcpsych frcpsych".split()
)
_CREDENTIAL_WORDS = "|".join(sorted(CREDENTIALS, key=len, reverse=True))
_SIGNED = re.compile(
    r"(?<![^\s(/])([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+)(?: ([a-z])\.?)?(?: ([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+))?"
    r",? (?:" + _CREDENTIAL_WORDS + r")(?![\w])"
)
# An initial and its full stop, found from the full stop (a fast literal scan): a letter
# before it, with a space, "(" or "/" or nothing before the letter; then the surname.
_INITIAL = re.compile(r"\.(?<=[a-z]\.)(?<![^\s(/][a-z]\.) ?([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]{2,})(?![\w])")
# A credential anywhere: most texts have none, and `_SIGNED`, which tries every word as the
# start of a name, runs only on those that do. (Each word carries its own look-behind so that
# the scan skips in C to the letters credentials begin with.)
_CREDENTIAL = re.compile(
    "(?:"
    + "|".join(rf"{w}(?<!\w{w})" for w in sorted(CREDENTIALS, key=len, reverse=True))
    + r")(?![\w])"
)


class _CredentialTokens:
    """Which white-space tokens hold a credential as a word (`_CREDENTIAL`): every token seen
    so far, and those of them that hold one. A note's new tokens are one C-level set
    difference and its answer one `isdisjoint` with the few that hold one (a look-up per
    token in Python cost about 2 % of the redactor's time). Depends on the tokens alone;
    bounded."""

    __slots__ = ("seen", "holding")

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.holding: set[str] = set()

    def any_in(self, tokens: AbstractSet[str]) -> bool:
        """Whether a credential stands as a word in one of `tokens`."""
        if len(self.seen) >= 1 << 17:
            self.seen.clear()
            self.holding.clear()
        new = tokens - self.seen
        if new:
            self.seen |= new
            self.holding.update(t for t in new if _CREDENTIAL.search(t) is not None)
        return not self.holding.isdisjoint(tokens)


_CREDENTIAL_TOKENS = _CredentialTokens()


def signed(
    text: str, taken: Sequence[tuple[int, int, bool]], tokens: Iterable[str] | None = None
) -> list[tuple[int, int]]:
    """In lower-case text, the words right before a professional credential ("irene
    snell, rn", "anthony c. kozicki, rrt") that are no common word (a common word that is
    no name in the family name's place, "the buget cameras do", makes "do" the verb), and a
    lexicon surname after an initial ("b. welsh aware"). `tokens`, if given, are the
    distinct white-space tokens of the text in lower case (`str.split`): a text none of whose
    tokens holds a credential holds none in any case, and is not searched for one."""
    common = vocab.common_words()
    names = lexicon.all_names()
    found: list[tuple[int, int]] = []
    known = vocab.known_words()
    if tokens is not None and not isinstance(tokens, AbstractSet):
        tokens = set(tokens)
    credential = (tokens is None or _CREDENTIAL_TOKENS.any_in(tokens)) and (
        _CREDENTIAL.search(text) is not None
    )
    for match in _signed_matches(text) if credential else ():
        first, family = match.group(1), match.group(3)
        if first not in names or first in common:
            continue  # "ccu rn", "agitation md": no given name before the credential
        if family and family in common and family not in names:
            continue  # "any of the buget cameras do": a common noun before the verb "do"
            # stands where the family name would, so no name signs there
        end = match.end(3) if family and family not in known else match.end(1)
        found.append((match.start(1), end))
    for match in _INITIAL.finditer(text) if "." in text else ():
        if _initialled(text, match, names, common, known):
            found.append((match.start() - 1, match.end(1)))  # the initial names them too
    return [(s, e) for s, e in sorted(set(found)) if not any(a < e and s < b for a, b, _n in taken)]


# The characters a match of `_SIGNED` is made of; a match lies inside one run of them.
_SIGNED_CHARS = (
    "abcdefghijklmnopqrstuvwxyz"
    + "".join(map(chr, range(0xE0, 0xF7)))
    + "".join(map(chr, range(0xF8, 0x100)))
    + "'’-., "
)
_CREDENTIAL_AFTER_SPACE = re.compile(" (?:" + _CREDENTIAL_WORDS + r")(?![\w])")
_SIGNED_RUN_END = re.compile("[" + re.escape(_SIGNED_CHARS) + "]*")


def _signed_matches(text: str) -> Iterator[re.Match[str]]:
    """`_SIGNED.finditer(text)`, searched only in the runs of `_SIGNED_CHARS` that hold a
    credential after a space (which every match ends with). A match cannot cross a character
    outside the run, so each run gives the matches a search of the whole text gives there, and
    a text where "do" stands in a sentence is not tried word by word (about 10 % of the
    redactor's time on English notes)."""
    searched = -1
    for credential in _CREDENTIAL_AFTER_SPACE.finditer(text):
        if credential.start() < searched:
            continue  # in the run just searched
        low = credential.start()
        step = 256
        while True:  # the run's start: strip its characters off the end of a window before
            window = max(0, low - step)
            start = window + len(text[window:low].rstrip(_SIGNED_CHARS))
            if start > window or window == 0:
                break
            step *= 4
        end = _SIGNED_RUN_END.match(text, credential.end()).end()
        searched = end
        yield from _SIGNED.finditer(text, start, end + 1)  # + 1: the look-ahead sees past it


# After an initial and a family name that is also a word ("b. welsh", "z. miller"): what says
# the two are a person ("... aware", "per b. welsh", "dr b. gill").
_INITIAL_CUES_AFTER = CREDENTIALS | frozenset(
    """aware made notified informed updated paged called ordered consulted said says states
    spoke wants feels agrees explained examined saw evaluated reviewed""".split()
)
_INITIAL_CUES_BEFORE = frozenset("per by dr doctor drs".split())


def _initialled(
    text: str, match: re.Match[str], names: frozenset[str], common: frozenset[str],
    known: frozenset[str],
) -> bool:  # fmt: skip
    """Whether the word after an initial ("b. welsh") is a family name: a name of the
    lexicon that is no common word; else, where the setting says person, a name that is
    also a word or a word nobody knows ("per z. miller", "dr b. gill", "n. grandone aware"),
    or a rarer word before a verb or credential that says person ("e. welsh aware"). Not
    after a slash ("c/o. mae", "u/o. titrate": abbreviations)."""
    word, start = match.group(1), match.start() - 1  # (`_INITIAL` starts at the full stop)
    if word in names and word not in common:
        return True
    if start and text[start - 1] not in " (\t\n":
        return False
    if word in CREDENTIALS or word in vocab.function_words() or word in vocab.MONTHS:
        return False  # "s. well aware"
    if _cue_after(text, match.end(1)):
        return True
    prev, _gap = previous_word(text, start)
    unknown = word not in known and word not in lexicon.places()
    return prev in _INITIAL_CUES_BEFORE and (word in names or unknown)


def _cue_after(text: str, end: int) -> bool:
    """Whether a word that says person follows `end`: "aware", "notified", a credential."""
    after = text[end : end + 16].lstrip(" ,").split(" ", 1)[0]
    return after.strip(".,;:)") in _INITIAL_CUES_AFTER


# What ends a clause after its verb: a stop, a comma or a colon, the line's end, or an adverb
# in "-ly" ("coughed lightly", "winced, then").
_VERB_FOLLOWS = re.compile(r"[ \t]*(?:[.!?,;:]|\r?\n|\Z|[a-z]{2,}ly(?![a-zà-öø-ÿ]))")


def _past_after_title(text: str, word: str, end: int, names: AbstractSet[str]) -> bool:
    """Whether `word` after a title is an English past tense in "-ed" that the word lists
    hold and no name list does, before an adverb in "-ly" or the clause's end ("the doctor
    coughed lightly", "the doctor winced."): the title is a common noun there, its verb
    after it, a rarer verb as well as a common one. A name in "-ed" ("dr ahmed") stays."""
    return (
        word.endswith("ed")
        and len(word) >= 5
        and word not in names
        and word in vocab.listed("en")
        and _VERB_FOLLOWS.match(text, end) is not None
    )


def _is_common(word: str, common: frozenset[str]) -> bool:
    return (
        len(word) < 2
        or word in common
        or word in vocab.TITLES
        or word in vocab.MONTHS
        or word in vocab.TIME_WORDS
        or vocab.contraction(word)  # "the doctor you're looking for"
    )


def _strangers(words: str) -> bool:
    """Two words or more, each a given or family name of the lexicon that is no ordinary
    word or credential ("Md" is a given name, "MD" after one a doctor), not all of them towns
    ("CAROLE HAYES"): a name in any case."""
    parts = _WORDS.findall(words)
    known, names, places = vocab.known_words(), lexicon.all_names(), lexicon.places()
    return (
        len(parts) >= 2
        and all(w in names and w not in known and w not in CREDENTIALS for w in parts)
        and not all(w in places for w in parts)
    )


def _after_title(low: str, start: int) -> bool:
    prev, gap = previous_word(low, start)
    word = _WORDS.match(low, start) if prev == "ms" else None
    if word and word.group() in vocab.known_words() and word.group() not in lexicon.all_names():
        return False  # "MS FOR INCISIONAL PAIN", "ALTERED MS TODAY": morphine, mental state
    if gap == ".":  # "DR. MARSH"; not "THE NEW NURSE. FAITH IS LOW"
        return prev in vocab.ABBREVIATED_TITLES
    return not gap and prev in vocab.TITLES
