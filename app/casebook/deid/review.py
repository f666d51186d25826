"""Review candidates: words that look like names but are not registered.

Whatever a note names that the registry does not know ("met Gunnel at the shop") is listed
here for the study lead to mark as a name (then added to the registry with
`Registry.with_names`, or as an alias of a registered person) or as safe (passed back as
`safe_words`, here or to `Redactor`, so it is neither redacted as a name nor listed again).
Storing those decisions is the release builder's job.

Two kinds of candidate, in text order:

- names the redactor replaced by `[name]` although nobody registered them (`redacted=True`,
  see `unregistered.py`): the release is safe without a decision, but the study lead should
  know, and may register the person or mark the word safe;
- words left in the text that still look like names (`redacted=False`): the doubtful rest.

The snippet shows the word itself in its context, with every other identifier redacted.

A word of the second kind is a candidate when it is capitalised (not all capitals: acronyms
such as ADHD are not names), at least two letters, not already redacted, not marked safe, and
either
- in mid-sentence and not a common English or Swedish word, or
- in mid-sentence right after a title or relation word, even if it is a common word
  ("my friend Rose" when no Rose is registered), or
- at the start of a sentence, not a common word, and followed by a word that marks a subject
  ("Gunnel said", see `vocab.NAME_FOLLOWERS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from casebook.deid import readable, vocab
from casebook.deid.context import sentence_start
from casebook.deid.redactor import Redaction, Redactor, Span, normalise_text

# A word starting with a letter that is not lower case in Latin-1 (letters of other scripts are
# checked with str.isupper). A hyphen ends a word here: "Per-Olof" is two.
_CAPITALISED = re.compile(r"[^\W\d_a-zß-öø-ÿ][^\W\d_]*(?:['’][^\W\d_]+)*")
_SENTENCE_END_CHARS = frozenset(".!?:;\n")


@dataclass(frozen=True, slots=True)
class Candidate:
    """An unregistered word that looks like a name, with where it is and a snippet of context.

    The snippet comes from the redacted text (registered names and patterns already replaced);
    it is for the private review list only.
    """

    word: str
    start: int
    end: int
    snippet: str
    redacted: bool = False  # replaced by [name] already (an unregistered name)


def name_candidates(
    text: str,
    redactor: Redactor,
    *,
    safe_words: Iterable[str] = (),
    context: int = 40,
    redaction: Redaction | None = None,
) -> list[Candidate]:
    """Words in `text` that look like names the registry does not know, in text order.

    Pass `redaction`, the result of `redactor.redact(text)`, when you have it already: the text
    is then not redacted a second time. Offsets are in the NFC-normalised `text`.
    """
    text = normalise_text(text)
    if redaction is None:
        redaction = redactor.redact(text)
    spans = list(redaction.spans)
    safe = redactor.safe_words | {w.lower() for w in safe_words} if safe_words else None
    found: list[tuple[int, int, str, int | None]] = []
    for index, span in enumerate(spans):
        if span.via == "lexicon":
            word = _readable(text[span.start : span.end])
            if word.lower() not in (safe if safe is not None else redactor.safe_words):
                found.append((span.start, span.end, word, index))
    folded = readable.fold(text)
    work = folded.text if folded else text
    for start, end, word in _words_left(work, redactor, safe):
        if folded:
            start, end = folded.span(start, end)
        if not any(s.start < end and start < s.end for s in spans):
            found.append((start, end, word, None))
    found.sort()
    return [
        Candidate(
            word, start, end, _snippet(text, spans, start, end, index, context), index is not None
        )
        for start, end, word, index in found
    ]


def _readable(word: str) -> str:
    folded = readable.fold(word)
    return folded.text if folded else word


def _words_left(
    text: str, redactor: Redactor, safe: frozenset[str] | None
) -> list[tuple[int, int, str]]:
    """Capitalised words that look like names by the rules in the module docstring."""
    common = vocab.common_words(redactor.languages)
    found: list[tuple[int, int, str]] = []
    for match in _CAPITALISED.finditer(text):
        start = match.start()
        if start and text[start - 1].isalpha():
            continue  # a capital inside a word ("McKenzie")
        word = match.group()
        if len(word) < 2 or word.isupper() or not word[0].isupper():
            continue
        lower = word.lower()
        base = lower[:-2] if lower.endswith(("'s", "’s")) else lower
        if base in common:
            # Common words are candidates only right after a relation word ("my friend Rose").
            if (
                start < 2
                or text[start - 2] in _SENTENCE_END_CHARS
                or not _after_relation(text, start)
            ):
                continue
        elif base in vocab.TITLES:
            continue
        marked = safe if safe is not None else redactor.safe_words
        if base in marked or lower in marked:  # "Tirsa's" marked safe covers "Tirsa's" too
            continue
        end = match.end()
        if sentence_start(text, start) and (base in common or not _subject(text, end)):
            continue
        found.append((start, end, word))
    return found


def _after_relation(text: str, start: int) -> bool:
    previous = text[max(0, start - 30) : start].split()
    if not previous:
        return False
    word = previous[-1].lower().rstrip(",.")
    return word in vocab.RELATIONS or word in vocab.TITLES


def _subject(text: str, end: int) -> bool:
    """Whether the word ending at `end` is followed by a verb that marks a subject."""
    following = text[end : end + 30].split()
    return bool(following) and following[0].lower().strip(",.") in vocab.NAME_FOLLOWERS


def _snippet(
    text: str, spans: list[Span], start: int, end: int, own: int | None, context: int
) -> str:
    """The word text[start:end] in `context` characters either side, every span but its own
    (`own`, an index into `spans`) replaced by its tag."""
    left, right = max(0, start - 4 * context), min(len(text), end + 4 * context)
    pieces: list[str] = []
    size = 0  # of the pieces so far
    position = left
    word_at = -1
    for index, span in enumerate(spans):
        if span.end <= left or span.start >= right or index == own:
            continue
        if word_at < 0 and span.start >= end:
            word_at = size + start - position
        piece = text[position : max(position, span.start)]
        pieces += (piece, span.tag)
        size += len(piece) + len(span.tag)
        position = max(position, span.end)
    if word_at < 0:
        word_at = size + start - position
    pieces.append(text[position:right])
    body = "".join(pieces)
    lo, hi = max(0, word_at - context), min(len(body), word_at + (end - start) + context)
    snippet = " ".join(body[lo:hi].split())
    return (
        ("…" if lo or left else "") + snippet + ("…" if hi < len(body) or right < len(text) else "")
    )
