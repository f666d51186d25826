"""Keeping the valid answers of a form save: each answer that fails its checks is put back to
its stored value (or left out), so that one bad answer never holds back the others. Used by
`casebook.responses.save_valid_answers` (the browser form); the JSON API stays all-or-nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from casebook.dates import is_iso_date
from casebook.i18n import _
from casebook.instruments.answers import check_answers
from casebook.instruments.model import Instrument


@dataclass
class Kept:
    """The answers and date to store, and what was not stored and why, by item path."""

    answers: dict[str, Any]
    date: str | None
    rejected: dict[str, list[str]] = field(default_factory=dict)


def keep_valid(
    instrument: Instrument,
    answers: dict[str, Any],
    stored: dict[str, Any],
    date: str | None,
    stored_date: str | None,
    complete: bool,
    unreadable: dict[str, list[str]],
) -> Kept:
    """The (normalised) `answers` with every failing one put back to its `stored` value; the
    answers whose typed text could not be read (`unreadable`, by path) are put back too.
    Putting one back can make another fail (a rule linking two answers), so this repeats
    until nothing more changes. A problem that putting back cannot solve (the stored value
    itself fails) is left for the caller's own check, which refuses the whole save."""
    kept = Kept(dict(answers), date, {path: list(m) for path, m in unreadable.items()})
    for path in unreadable:
        _put_back(kept.answers, stored, item_of(path))
    if date and not is_iso_date(date):
        kept.rejected["date"] = [_("a date as YYYY-MM-DD")]
        kept.date = stored_date
    keys = _answer_keys(instrument)
    for _round in range(len(keys) + 1):
        changed = False
        for path, messages in check_answers(instrument, kept.answers, complete).items():
            item = item_of(path)
            if item not in keys or kept.answers.get(item) == stored.get(item):
                continue
            kept.rejected.setdefault(path, messages)
            _put_back(kept.answers, stored, item)
            changed = True
        if not changed:
            break
    return kept


def item_of(path: str) -> str:
    """The top-level answer an item path belongs to: `attendees[1].role` -> `attendees`."""
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def _answer_keys(instrument: Instrument) -> set[str]:
    keys = set(instrument.answerable())
    return keys | {i.other_id for i in instrument.items() if getattr(i, "other", False)}


def _put_back(answers: dict[str, Any], stored: dict[str, Any], item: str) -> None:
    if item in stored:
        answers[item] = stored[item]
    else:
        answers.pop(item, None)
