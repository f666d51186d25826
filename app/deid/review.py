"""Review candidates: words that look like names but are not registered.

The redactor only knows registered names. Whatever else a note names ("met Gunnel at the
shop") is found here for the study lead to mark as a name (then added to the registry with
`Registry.with_names`, or as an alias of a registered person) or as safe (passed back as
`safe_words`, here or to `Redactor`, so it is not listed again). Storing those decisions is the
release builder's job.

A word is a candidate when it is capitalised (not all capitals: acronyms such as ADHD are not
names), at least two letters, not already redacted, not marked safe, and either
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

from app.deid import vocab
from app.deid.names import sentence_start
from app.deid.redactor import Redaction, Redactor, Span, normalise_text

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
    is then not redacted a second time.
    """
    text = normalise_text(text)
    if redaction is None:
        redaction = redactor.redact(text)
    spans = redaction.spans
    safe = redactor.safe_words | {w.lower() for w in safe_words} if safe_words else None
    common = vocab.common_words(redactor.languages)
    found: list[tuple[int, int, str]] = []
    span_index = 0
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
        if base in (safe if safe is not None else redactor.safe_words):
            continue
        end = match.end()
        while span_index < len(spans) and spans[span_index].end <= start:
            span_index += 1
        if span_index < len(spans) and spans[span_index].start < end:
            continue  # redacted already
        if sentence_start(text, start) and (base in common or not _subject(text, end)):
            continue
        found.append((start, end, word))
    return [
        Candidate(
            word, start, end, _snippet(redaction.text, _shift(spans, start), len(word), context)
        )
        for start, end, word in found
    ]


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


def _shift(spans: list[Span], start: int) -> int:
    """Where `start` (outside every span) ends up in the redacted text."""
    offset = 0
    for span in spans:
        if span.end > start:
            break
        offset += len(span.tag) - (span.end - span.start)
    return start + offset


def _snippet(text: str, start: int, length: int, context: int) -> str:
    left = max(0, start - context)
    right = min(len(text), start + length + context)
    body = " ".join(text[left:right].split())
    return ("…" if left else "") + body + ("…" if right < len(text) else "")
