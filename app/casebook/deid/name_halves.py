"""The other half of a registered name, misspelt: "Ulaal Jansson" for Ulla Jansson, "Kaveh
Jofarl" for Kaveh Jafari.

A registered given name followed by a capitalised word, or a registered family name after
one, is most often the same person written whole; a hurried note misspells one half as
readily as a name alone, by two or three slips where `nearmiss.py` allows one or two for a
word with nothing beside it. So the word next to a registered half takes that person's tag
when it is no ordinary word (`UnregisteredNames.word_class`) and lies within half its length
in edits (at most three) of the same person's other half; after a given name also in lower
case, the capital left out with the slip ("Fredrik runenberg", "William shton"), within the
edits `nearmiss.py` allows a word alone; and after a given name a capitalised ordinary word
(no function word) one slip from the same person's family name, its first letter kept
("Amira Hole" for Amira Holm): the slip made a word of it, the place still says name. Runs
on the names already found, reading one word beside each; no scan of the text.

`retagged` reads the same pair where the stranger rules found the misspelt half first and
gave it `[name]` ("Jonnie Barford", "Siv Bge", "Satu Hillos lägenhet"): a release that tags
one half as the person and the other as someone unknown names two people where the note
names one, so the half takes the person's tag as it would have here.

`one_person` reads a given and a family name side by side that were each tagged as someone
("Elin Söderbergin" with two Elins registered, "Dennnis Jensen" with three Jensens): when
exactly one registered person has both halves (each half's candidates, or its own person
when it has none), both take that person's tag; the note names one person, not two.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from rapidfuzz.distance import DamerauLevenshtein

from casebook.deid import vocab
from casebook.deid.name_inflection import bases
from casebook.deid.nearmiss import max_distance
from casebook.deid.registry import NameEntry

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

_AFTER = re.compile(r"[ \t]([^\W\d_][^\W\d_'’-]+)")
_BEFORE = re.compile(r"([^\W\d_][^\W\d_'’-]+)[ \t]\Z")
_STRANGERS = frozenset({"U", "N", "R", "near?", "N+s"})  # no ordinary word, no town
_MOST_SLIPS = 3


def find(
    text: str,
    spans: list[Span],
    entries: Mapping[str, NameEntry],
    word_class: Callable[[str], str | None],
) -> list[Span]:
    """Words beside a one-word registered name in `spans` (sorted, not overlapping) that are
    its person's other half misspelt, as spans with that person's tag."""
    out: list[Span] = []
    for index, span in enumerate(spans):
        if span.kind != "name" or span.key is None or span.via:
            continue
        written = text[span.start : span.end]
        if " " in written:
            continue
        following = spans[index + 1].start if index + 1 < len(spans) else len(text)
        after = _AFTER.match(text, span.end)
        if after and after.end(1) > following:
            after = None
        preceding = spans[index - 1].end if index else 0
        before = _BEFORE.search(text, max(preceding, span.start - 40), span.start)
        # A word that is no stranger is no slip of any candidate's half: asked once here,
        # not once per person who shares the name (hundreds share "Anna" in a large study).
        if after and not (
            _stranger(after.group(1), word_class)
            or _lower_stranger(after.group(1), word_class)
            or _ordinary_capitalised(after.group(1), word_class)
        ):
            after = None
        if before and not _stranger(before.group(1), word_class):
            before = None
        if not (after or before):
            continue
        low = written.lower()
        for key in span.candidates or (span.key,):  # "Jansson": whichever Jansson fits
            entry = entries.get(key)
            if entry is None:
                continue
            family, given, given_low = _halves(entry)
            if family is None:
                continue
            if after and low in given_low:
                if (
                    _slip(after.group(1), family, word_class)
                    or _lower_slip(after.group(1), family, word_class)
                    or _ordinary_slip(after.group(1), family, word_class)
                ):
                    out.append(_other_half(after.start(1), after.end(1), span, entry))
                    break
            if before and low == family.lower():
                if any(_slip(before.group(1), g, word_class) for g in given):
                    out.append(_other_half(before.start(1), before.end(1), span, entry))
                    break
    return out


_HALVES: dict[tuple[str, str], tuple[str | None, tuple[str, ...], tuple[str, ...]]] = {}


def _halves(entry: NameEntry) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """An entry's family name, given names and given names in lower case, worked out once:
    they depend on its kind and canonical name alone (bounded like the other word caches)."""
    key = (entry.kind, entry.canonical)
    halves = _HALVES.get(key)
    if halves is None:
        if len(_HALVES) >= 100_000:
            _HALVES.clear()
        given = entry.given_names
        halves = _HALVES[key] = (entry.family_name, given, tuple(g.lower() for g in given))
    return halves


def _stranger(word: str, word_class: Callable[[str], str | None]) -> bool:
    """The tests of `_slip` that do not depend on the other half."""
    return word[0].isupper() and not word.isupper() and word_class(word) in _STRANGERS


def _lower_stranger(word: str, word_class: Callable[[str], str | None]) -> bool:
    """`_stranger` for a word in lower case, judged as if capitalised."""
    return word.islower() and word_class(word.capitalize()) in _STRANGERS


def _lower_slip(word: str, other: str, word_class: Callable[[str], str | None]) -> bool:
    """Whether `word`, in lower case after a registered given name, is the same person's
    family name `other` misspelt, its capital left out with the slip ("Fredrik runenberg"
    for Fredrik Grunenberg, "William shton"): no word capitalised or not, and as near as a
    word alone is to a registered name (`nearmiss.max_distance`: one slip below 8 letters,
    two from 8), a stricter bound than a capitalised half's, as nothing but its place says
    name."""
    if not _lower_stranger(word, word_class):
        return False
    target = other.lower()
    limit = max_distance(len(target))
    return 0 < DamerauLevenshtein.distance(word, target, score_cutoff=limit) <= limit


def _ordinary_capitalised(word: str, word_class: Callable[[str], str | None]) -> bool:
    """Whether `word` is capitalised, of three letters or more, and an ordinary word of some
    language (no name, no town: `word_class` None), no function word."""
    return (
        len(word) >= 3
        and word[0].isupper()
        and word[1:].islower()
        and word_class(word) is None
        and word.lower() not in vocab.function_words()
    )


def _ordinary_slip(word: str, other: str, word_class: Callable[[str], str | None]) -> bool:
    """Whether `word`, capitalised after a registered given name, is the same person's family
    name `other` with one slip that made an ordinary word of it ("Amira Hole" for Amira
    Holm): a letter dropped, added, changed or two swapped, the first letter kept. Inside a
    sentence a capitalised word right after a person's given name is that person's family
    name as often as not; one slip from their own is theirs."""
    if not _ordinary_capitalised(word, word_class):
        return False
    low, target = word.lower(), other.lower()
    if low == target or low[0] != target[0]:
        return False
    return DamerauLevenshtein.distance(low, target, score_cutoff=1) <= 1


def _other_half(start: int, end: int, span: Span, entry: NameEntry) -> Span:
    return span._replace(
        start=start, end=end, tag=entry.tag, key=entry.key, candidates=(), via="near"
    )


def _slip(word: str, other: str, word_class: Callable[[str], str | None]) -> bool:
    """Whether `word` is `other` misspelt: capitalised, no ordinary word, a few slips away,
    itself or the name it is a Finnish case of ("Andersssonille", Andersson)."""
    low, target = word.lower(), other.lower()
    if not word[0].isupper() or word.isupper() or low == target:
        return False
    limit = min(_MOST_SLIPS, len(other) // 2)
    if not any(
        DamerauLevenshtein.distance(form, target, score_cutoff=limit) <= limit
        for form in (low, *bases(low))
    ):
        return False
    return word_class(word) in _STRANGERS


def retagged(
    text: str,
    spans: list[Span],
    entries: Mapping[str, NameEntry],
    word_class: Callable[[str], str | None],
) -> list[Span]:
    """`spans` (sorted, not overlapping), where a `[name]` word right beside a one-word
    registered name is its person's other half misspelt, with that person's tag."""
    out = list(spans)
    for index, span in enumerate(spans):
        if (
            span.kind != "name"
            or span.key is None
            or span.via
            or " " in text[span.start : span.end]
        ):
            continue
        low = text[span.start : span.end].lower()
        for other, after in ((index + 1, True), (index - 1, False)):
            if not 0 <= other < len(spans):
                continue
            half = out[other]
            if half.kind != "name" or half.key is not None or half.candidates:
                continue
            gap = text[span.end : half.start] if after else text[half.end : span.start]
            word = text[half.start : half.end]
            if gap not in (" ", "\t") or " " in word or not _stranger(word, word_class):
                continue
            for key in span.candidates or (span.key,):
                entry = entries.get(key)
                if entry is None:
                    continue
                family, given, given_low = _halves(entry)
                if family is None:
                    continue
                if after and low in given_low and _slip(word, family, word_class):
                    out[other] = _other_half(half.start, half.end, span, entry)
                    break
                if not after and low == family.lower():
                    if any(_slip(word, g, word_class) for g in given):
                        out[other] = _other_half(half.start, half.end, span, entry)
                        break
    return out


def one_person(text: str, spans: list[Span], entries: Mapping[str, NameEntry]) -> list[Span]:
    """`spans` (sorted, not overlapping), where two registered names side by side, parted by
    a space or two, that only one person has both of ("Dennnis Jensen": Dennis Jensen, not
    another Jensen) carry that person's tag."""
    out = list(spans)
    for index in range(len(spans) - 1):
        first, second = out[index], out[index + 1]
        if first.kind != "name" or second.kind != "name":
            continue
        gap = text[first.end : second.start]
        if not gap or len(gap) > 2 or gap.strip(" \t"):
            continue
        both = _people(first) & _people(second)
        if len(both) != 1:
            continue
        (key,) = both
        entry = entries.get(key)
        if entry is None or (first.key == key and second.key == key):
            continue
        out[index] = first._replace(tag=entry.tag, key=key)
        out[index + 1] = second._replace(tag=entry.tag, key=key)
    return out


def _people(span: Span) -> set[str]:
    """Whom a name span may be: its candidates, else its own person, else nobody."""
    if span.candidates:
        return set(span.candidates)
    return {span.key} if span.key is not None else set()


def swallowed(
    text: str,
    spans: list[Span],
    entries: Mapping[str, NameEntry],
    word_class: Callable[[str], str | None],
) -> list[Span]:
    """`spans` (found by any rule, in any order, overlapping), where a `[name]` span of two
    words that holds a registered half and the same person's other half misspelt ("Olivvia
    Pedersen", "Bo Anderssson") carries that person's tag: merged as it stood, the pair
    would name someone unknown where the note names the registered person. It stays `[name]`
    when several registered people fit both halves, or when the other word is no slip of
    any candidate's half (a stranger sharing a registered half)."""
    keyed = [
        s
        for s in spans
        if s.kind == "name" and (s.key is not None or s.candidates) and s.via != "lexicon"
    ]
    if not keyed:
        return spans
    out = list(spans)
    for index, span in enumerate(spans):
        if span.kind != "name" or span.key is not None or span.candidates:
            continue
        words = list(_WORD.finditer(text, span.start, span.end))
        if len(words) != 2 or text[words[0].end() : words[1].start()] not in (" ", "\t"):
            continue
        fits: set[str] = set()
        for half in keyed:
            if not span.start <= half.start < half.end <= span.end:
                continue
            for own, other, after in ((words[0], words[1], True), (words[1], words[0], False)):
                if half.start != own.start() or half.end > own.end():
                    continue
                fits |= _fitting(
                    text[half.start : half.end], other.group(), after, half, entries, word_class
                )
        if len(fits) != 1:
            continue
        (key,) = fits
        entry = entries[key]
        out[index] = span._replace(tag=entry.tag, key=key, candidates=(), via="near")
    return out


_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def _fitting(
    written: str,
    word: str,
    after: bool,
    half: Span,
    entries: Mapping[str, NameEntry],
    word_class: Callable[[str], str | None],
) -> set[str]:
    """The keys of the people `half` may be whose other half `word` (after it when `after`,
    else before it) is misspelt; a family name may carry a Finnish case ("Pedersenin")."""
    low = written.lower()
    fits: set[str] = set()
    for key in half.candidates or (half.key,):
        entry = entries.get(key) if key is not None else None
        if entry is None:
            continue
        family, given, given_low = _halves(entry)
        if family is None:
            continue
        if after and low in given_low and _slip(word, family, word_class):
            fits.add(key)
        elif not after and (low == family.lower() or family.lower() in bases(low)):
            if any(_slip(word, g, word_class) for g in given):
                fits.add(key)
    return fits
