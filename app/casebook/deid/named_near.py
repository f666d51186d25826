"""A word a name rule took for a stranger that is a near miss of a registered name: that person.

The rules for names nobody registered (`unregistered.py` and the stranger passes the redactor
runs after it: "Mum says Stepalm has been helping", "Spoke with Hwoell about") find a word a
name from its context and tag it `[name]`. When the word is no ordinary word, no name of the
lexicon and no town, and is a near miss of a registered name as `nearmiss.NearMisses.find`
judges a word the context calls a name (`named=True`: two edits from 4 letters on), it is
that person misspelt ("Stepalm" for a registered Stepan), and gets that person's tag, or the
candidates when several people are as near (the redactor then picks the one named nearest).
Only the tag changes: the span was redacted either way, but for an "s" after it that a rule
read as a genitive's, which the span takes when the name it is near ends in "s" too ("med
Ranaas om" for a registered Raanaas).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from casebook.deid import vocab
from casebook.deid.nearmiss import NearMiss
from casebook.deid.registry import ascii_fold
from casebook.deid.unregistered import Found, UnregisteredNames

if TYPE_CHECKING:
    from casebook.deid.redactor import Span


def keyed(
    text: str,
    spans: list[Span],
    finder: UnregisteredNames,
    to_span: Callable[[Found], Span],
    name_tag: str,
) -> list[Span]:
    """`spans` with each one-word `[name]` span of a stranger that is a near miss of a
    registered name made that person's (module docstring)."""
    if not finder.near:
        return spans
    out = spans
    for index, span in enumerate(spans):
        if span.key is not None or span.tag != name_tag or span.via != "lexicon":
            continue
        word = text[span.start : span.end].lower()
        if not word.isalpha() or not _strange(word, finder):
            continue
        near = finder.near.find(word, named=True)
        if near is None:
            continue
        end = span.end
        if _own_s(text, end, word, near, finder):
            end += 1  # "med Ranaas om" for Raanaas: the name's own "s", no genitive
        if out is spans:
            out = list(spans)
        out[index] = to_span(Found(span.start, end, near.entries, "near"))
    return out


def _strange(word: str, finder: UnregisteredNames) -> bool:
    """Whether `word` (lower case) is no word, name, town or registered form Casebook knows."""
    return not (
        word in finder.names
        or ascii_fold(word) in finder.names
        or word in finder.places
        or word in finder.registered
        or word in finder.safe
        or word in vocab.known_words()
        or vocab.is_word_form(word)
    )


def _own_s(text: str, end: int, word: str, near: NearMiss, finder: UnregisteredNames) -> bool:
    """Whether the "s" right after a word read as a genitive belongs to the name it is a near
    miss of: the word with it is as near the same people, and those names end in "s"
    ("Ranaa|s" for a registered Raanaas)."""
    if text[end : end + 1] != "s" or text[end + 1 : end + 2].isalpha():
        return False
    whole = finder.near.find(word + "s", named=True)
    return (
        whole is not None
        and whole.entries == near.entries
        and all(form.endswith("s") for form in whole.forms)
    )
