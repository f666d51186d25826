"""A family name typed in lower case right after a stranger's capitalised given name: "his
wife, Janet logan, is here", "we met Maria lopez at the centre".

Observers typing fast capitalise the first word of a name and not always the second.
`trailing_surnames.py` takes a capitalised family name after a stranger's name; in lower
case the word would be left outside the tag and name the person in part. Taken here with
the name before it: a lower-case word one space on, on the same line, when the name before
is one capitalised word that nobody registered (no key), a given name of the lexicon, and the
word is a family name of the lexicon (a given name or a town too or not: "logan", "lopez")
that is no ordinary word of the study's languages ("Anna went", "Maria said" and a town that
is no family name, "Sara stockholm", stay as they are).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from casebook.deid import lexicon, vocab

_NEXT = re.compile(r" ([a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*[a-zß-öø-ÿ])(?![^\W\d_'’-])")


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def tag(self) -> str: ...
    @property
    def key(self) -> str | None: ...
    def _replace(self, **changes: int) -> _Span: ...


S = TypeVar("S", bound=_Span)


def extended(text: str, spans: Sequence[S], name_tag: str) -> list[S]:
    """`spans` with each stranger's given name taking the lower-case family name after it."""
    out: list[S] = []
    for index, span in enumerate(spans):
        limit = spans[index + 1].start if index + 1 < len(spans) else len(text)
        end = _family_end(text, span, name_tag, limit)
        out.append(span._replace(end=end) if end > span.end else span)  # type: ignore[arg-type]
    return out


def _family_end(text: str, span: _Span, name_tag: str, limit: int) -> int:
    if span.tag != name_tag or span.key is not None:
        return span.end
    given = text[span.start : span.end]
    if not given.istitle() or not given.isalpha() or given.lower() not in lexicon.given_names():
        return span.end
    match = _NEXT.match(text, span.end)
    if match is None or match.end() > limit:
        return span.end
    word = match.group(1)
    if word in lexicon.family_names() and word not in vocab.known_words():
        return match.end()
    return span.end
