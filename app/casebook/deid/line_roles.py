"""A line's label that names a role is no person: "Saunavært: Please lend me money",
"Bastuvärd: kommer senare", "Värd: Could you give me a flower?", "Host: en pääse".

Club chats, minutes and forms label their lines by the office or duty of whoever speaks or is
meant: the evening's host (Danish "vært", Norwegian "vert", Swedish "värd", Finnish "isäntä",
"emäntä", English "host"), the bath guard (Danish "badevagt", Norwegian and Swedish
"badevakt"), the volunteer, the driver. Such a word, or a compound whose head is one
(`role_parentheses.label_compound`: "Saunavært", "Bastuvärd", "Saunaemäntä"), or a Finnish
doer's noun in "-ja"/"-jä" (`finnish_agent_nouns`: "Korjaaja", repairer), opening its
line before the colon is the label, not a name nobody registered, and not a slip of a
registered person's or town's name ("Värd" one letter from a town Varde, "Host" from a
person Holst).

`kept` drops a span of one such word found as a stranger or a near miss; a name the registry
holds as written stays the person ("Hills: kommer senare" with a Hills registered), and so
does the label's value ("Badevakt: Kirsi Lahti", "Värd: Ulf").

A form labels its fields by words too, a date's by a participle ("Levert: onsdag 3. desember",
delivered; "Mottatt:", received): such a word, one slip from a registered name ("Lever"), is
dropped as a near miss when a date follows its colon; before anything else ("Levert: Anna")
the slip is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from casebook.deid import finnish_agent_nouns, role_parentheses, vocab

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

S = TypeVar("S", bound="Span")

# What may stand before a label on its line: a bullet, a dash, a chat's clock time.
_LINE_OPENING = re.compile(r"[ \t\-–—•*·]*(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]+)?\Z")


def role_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens its line (after a bullet, a dash or a chat's clock time
    perhaps) before a colon, and is a role of `role_parentheses.ROLES` or a compound of one
    (`role_noun`, `role_compound`: "Digimentor:") or of an office (`label_compound`:
    "Saunavært:", "Bastuvärd:") or a Finnish doer in "-ja"/"-jä" (`finnish_agent_nouns`:
    "Korjaaja:"): a speaker or a field labelled by a role, not a person."""
    if text[end : end + 1] != ":":
        return False
    line = text.rfind("\n", 0, start) + 1
    if _LINE_OPENING.match(text, line, start) is None:
        return False
    word = text[start:end].lower()
    return (
        word in role_parentheses.ROLES
        or role_parentheses.role_noun(word)
        or role_parentheses.role_compound(word)
        or role_parentheses.label_compound(word)
        or finnish_agent_nouns.agent_noun(word)
    )


def kept(text: str, spans: Sequence[S]) -> list[S]:
    """`spans` without a stranger or a near miss of one word that is a role labelling its
    line, nor a near miss that is a word labelling a form's date (module docstring)."""
    dated = {s.start for s in spans if s.kind == "date"}
    return [
        s for s in spans if not _role_label_span(text, s) and not _date_label_span(text, s, dated)
    ]


# The study's languages, whose words label a form's fields.
_LABEL_LANGUAGES = ("en", "sv", "da", "nb", "fi")
_DATE_VALUE = re.compile(r":[ \t]*")


def _date_label_span(text: str, span: Span, dated: set[int]) -> bool:
    """Whether `span` is a near miss of one word of the study's languages opening its line
    (`role_at`'s opening) before a colon and a date: a form's
    field ("Levert: onsdag 3. desember", delivered, beside a registered Lever), not a
    speaker, whose value is speech."""
    if span.via != "near" or not text[span.start : span.end].isalpha():
        return False
    value = _DATE_VALUE.match(text, span.end)
    if value is None or value.end() not in dated:
        return False
    line = text.rfind("\n", 0, span.start) + 1
    if _LINE_OPENING.match(text, line, span.start) is None:
        return False
    word = text[span.start : span.end].lower()
    return any(word in vocab.listed(lang) for lang in _LABEL_LANGUAGES)


def _role_label_span(text: str, span: Span) -> bool:
    if span.via not in ("near", "lexicon"):
        return False
    if text[span.end : span.end + 1] != ":" or not text[span.start : span.end].isalpha():
        return False
    return role_at(text, span.start, span.end)
