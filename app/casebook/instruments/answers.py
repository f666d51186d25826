"""Answers checked against an instrument version: value shapes, choices and ranges,
visibility (`show_if`), constraints, and required items when a response is completed.

The shapes (documented in docs/instruments.md):
topic `{"covered": bool, "notes": str, "probes": {probe_id: bool}}`; text/longtext str;
number int or float; date "YYYY-MM-DD"; time "HH:MM"; duration whole minutes; boolean;
choice a value (plus `<id>_other` text when `other` is chosen); multichoice a list of values;
scale an int or "not_observed"; checklist `{row_id: {"score": ..., "evidence": str,
"reason": str}}` where a row's score is a scale point, "not_observed" or "left_out" (then with
the reason); repeat a list of objects keyed by sub-item id. Unanswered values (null, "", [],
{}) are dropped.

On completion every row of a checklist must be accounted for (scored, not observed, or left
out with a reason) unless the checklist says `require_every_row: false`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from casebook.dates import is_iso_date as is_iso_date  # where callers look for it
from casebook.i18n import _, _n
from casebook.instruments import expressions
from casebook.instruments.checklists import unaccounted_rows
from casebook.instruments.model import OTHER, Instrument, label_text
from casebook.items import KINDS

Problems = dict[str, list[str]]


@lru_cache(maxsize=2048)
def _tree(text: str) -> dict[str, Any]:
    return expressions.parse(text)


def is_self_contained(text: str) -> bool:
    """A constraint about this answer alone (`. >= 0`). One that names other items (`count(.)
    == attendee_count`) is checked only on completion, so a draft saves while the answers it
    links are still being typed."""
    return not expressions.references(_tree(text))


def holds(text: str | None, answers: Mapping[str, Any], self_value: Any = None) -> bool:
    """Whether an expression holds; no expression always holds."""
    return True if not text else expressions.evaluate(_tree(text), answers, self_value)


def is_empty(value: Any) -> bool:
    """Unanswered, by the same rule `answered()` uses in show_if expressions."""
    return not expressions.answered(value)


# --- normalising: drop what was not answered -------------------------------------------


def normalise(instrument: Instrument, answers: Mapping[str, Any]) -> dict[str, Any]:
    """A copy without unanswered values; untouched topics, rows and notes disappear."""
    items = _answer_items(instrument)
    out: dict[str, Any] = {}
    for key, value in answers.items():
        item = items.get(key)
        cleaned = _normalise_value(item, value) if item is not None else value
        if not is_empty(cleaned):
            out[key] = cleaned
    return out


def _normalise_value(item: Any, value: Any) -> Any:
    kind = KINDS.get(getattr(item, "type", None))
    return kind.normalise(item, value) if kind is not None else value


# --- visibility --------------------------------------------------------------------------


def hidden_items(instrument: Instrument, answers: Mapping[str, Any]) -> set[str]:
    """Ids of items (and derived `_other` answers) hidden by show_if given these answers."""
    hidden: set[str] = set()
    for section_show_if, items in _layout(instrument).visibility:
        section_shown = holds(section_show_if, answers)
        for item_id, show_if, other_id in items:
            if not section_shown or not holds(show_if, answers):
                hidden.add(item_id)
            if other_id is not None and (
                item_id in hidden or not _chose_other(answers.get(item_id))
            ):
                hidden.add(other_id)
    return hidden


def _chose_other(value: Any) -> bool:
    return value == OTHER or (isinstance(value, list) and OTHER in value)


def prune_hidden(instrument: Instrument, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Drop answers to hidden items (what a form does when a controlling answer changes).
    Repeated until stable, because hiding one item can hide another."""
    current = dict(answers)
    while True:
        hidden = hidden_items(instrument, current) & set(current)
        if not hidden:
            return current
        for key in hidden:
            del current[key]


# --- checking ------------------------------------------------------------------------------


def check_answers(instrument: Instrument, answers: Mapping[str, Any], complete: bool) -> Problems:
    """Every problem with these (normalised) answers, by item path; empty when all is well."""
    problems: Problems = {}
    items = _answer_items(instrument)
    hidden = hidden_items(instrument, answers)
    for key, value in answers.items():
        item = items.get(key)
        if item is None:
            _add(problems, key, "unknown item: this instrument version has no such item")
        elif not KINDS[item.type].takes_answer:
            for path, message in KINDS[item.type].check(instrument, item, key, value):
                _add(problems, path, message)
        elif key in hidden:
            _add(problems, key, "answered, but the item is hidden by its show_if condition")
        else:
            _check_item(instrument, item, key, value, answers, problems, complete)
    if complete:
        _check_required(instrument, answers, hidden, problems)
    return problems


def _answer_items(instrument: Instrument) -> dict[str, Any]:
    """Every item by answer key, with the derived 'please specify' answers (do not change
    it: it is kept for the instrument)."""
    return _layout(instrument).items


class _Layout:
    """What every save of one instrument version looks up: its items by answer key, and
    per section its `show_if` and each item's (id, show_if, id of its 'please specify'
    answer or None). Built once per (frozen) instrument: reading a field a pydantic item
    does not have (`getattr(item, "other", False)`) costs microseconds each time."""

    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument  # kept so its id() is not reused while cached
        self.items: dict[str, Any] = {}
        self.visibility: list[tuple[str | None, list[tuple[str, str | None, str | None]]]] = []
        for section in instrument.sections:
            shown = []
            for item in section.items:
                other = item.other_id if getattr(item, "other", False) else None
                shown.append((item.id, getattr(item, "show_if", None), other))
                self.items[item.id] = item
                if other is not None:
                    self.items[other] = OtherText(other)
            self.visibility.append((section.show_if, shown))


_LAYOUTS: dict[int, _Layout] = {}


def _layout(instrument: Instrument) -> _Layout:
    found = _LAYOUTS.get(id(instrument))
    if found is None or found.instrument is not instrument:
        if len(_LAYOUTS) >= 512:  # instruments built by tests and previews come and go
            _LAYOUTS.clear()
        found = _LAYOUTS[id(instrument)] = _Layout(instrument)
    return found


class OtherText:
    """The derived 'please specify' answer of a choice item with `other: true`."""

    type = "text"
    max_length = None
    constraint = None
    required = False
    show_if = None

    def __init__(self, item_id: str):
        self.id = item_id


def _add(problems: Problems, key: str, message: str) -> None:
    problems.setdefault(key, []).append(message)


def _check_item(
    instrument: Instrument,
    item: Any,
    key: str,
    value: Any,
    answers: Mapping[str, Any],
    problems: Problems,
    complete: bool,
) -> None:
    errors = KINDS[item.type].check(instrument, item, key, value)
    for path, message in errors:
        _add(problems, path, message)
    constraint = getattr(item, "constraint", None)
    if not constraint or errors or not (complete or is_self_contained(constraint)):
        return
    if not holds(constraint, answers, value):
        message = label_text(
            item.constraint_message, reader_language(), instrument.languages[0]
        ) or _("does not meet: %(rule)s", rule=item.constraint)
        _add(problems, key, message)


def _check_required(
    instrument: Instrument, answers: Mapping[str, Any], hidden: set[str], problems: Problems
) -> None:
    for item in instrument.items():
        if not KINDS[item.type].takes_answer or item.id in hidden:
            continue
        every_row = item.type == "checklist" and item.require_every_row
        if item.required and not every_row and is_empty(answers.get(item.id)):
            _add(problems, item.id, _("required: answer this before marking the response complete"))
        if item.type == "checklist":
            for path, message in unaccounted_rows(instrument, item, answers.get(item.id)):
                _add(problems, path, message)
        if getattr(item, "other", False) and item.other_id not in hidden:
            if is_empty(answers.get(item.other_id)):
                _add(problems, item.other_id, _("please specify the 'other' answer"))
        if item.type == "repeat":
            _check_repeat_complete(item, answers.get(item.id) or [], answers, problems)


def _check_repeat_complete(
    item: Any, rows: list[Any], answers: Mapping[str, Any], problems: Problems
) -> None:
    if len(rows) < item.min:
        _add(
            problems,
            item.id,
            _n("needs at least %(num)d entry", "needs at least %(num)d entries", item.min),
        )
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        scope = {**answers, **row}
        for sub in item.items:
            shown = KINDS[sub.type].takes_answer and holds(getattr(sub, "show_if", None), scope)
            if shown and sub.required and is_empty(row.get(sub.id)):
                _add(problems, f"{item.id}[{index}].{sub.id}", _("required in every entry"))


def reader_language() -> str:
    """The language of the person the messages are for (English outside a request)."""
    from casebook.language import reading_language  # the web layer's; imported late, no cycle

    return reading_language()
