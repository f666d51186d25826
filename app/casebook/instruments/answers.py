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

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from casebook.dates import is_clock_time, is_iso_date
from casebook.i18n import _, _n
from casebook.instruments import expressions
from casebook.instruments.checklists import LEFT_OUT, NOT_OBSERVED, unaccounted_rows
from casebook.instruments.model import OTHER, Instrument, Scale, label_text

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
    kind = getattr(item, "type", None)
    if kind == "topic" and isinstance(value, dict):
        return _drop_empty(
            {
                "covered": value.get("covered") or None,
                "notes": value.get("notes"),
                "probes": _drop_empty({k: v for k, v in (value.get("probes") or {}).items() if v})
                if isinstance(value.get("probes"), dict)
                else value.get("probes"),
            }
        )
    if kind == "checklist" and isinstance(value, dict):
        return _drop_empty(
            {k: _drop_empty(v) if isinstance(v, dict) else v for k, v in value.items()}
        )
    if kind == "repeat" and isinstance(value, list):
        rows = [_drop_empty(r) if isinstance(r, dict) else r for r in value]
        return [r for r in rows if not is_empty(r)]
    return value


def _drop_empty(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if not is_empty(v)}


# --- visibility --------------------------------------------------------------------------


def hidden_items(instrument: Instrument, answers: Mapping[str, Any]) -> set[str]:
    """Ids of items (and derived `_other` answers) hidden by show_if given these answers."""
    hidden: set[str] = set()
    for section in instrument.sections:
        section_shown = holds(section.show_if, answers)
        for item in section.items:
            if not section_shown or not holds(getattr(item, "show_if", None), answers):
                hidden.add(item.id)
            if getattr(item, "other", False) and (
                item.id in hidden or not _chose_other(answers.get(item.id))
            ):
                hidden.add(item.other_id)
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
        elif item == "note":
            _add(problems, key, "this item is a note and takes no answer")
        elif key in hidden:
            _add(problems, key, "answered, but the item is hidden by its show_if condition")
        else:
            _check_item(instrument, item, key, value, answers, problems, complete)
    if complete:
        _check_required(instrument, answers, hidden, problems)
    return problems


def _answer_items(instrument: Instrument) -> dict[str, Any]:
    """Everything that can carry an answer, by answer key; notes map to the string 'note'."""
    items: dict[str, Any] = {}
    for item in instrument.items():
        items[item.id] = "note" if item.type == "note" else item
        if getattr(item, "other", False):
            items[item.other_id] = OtherText(item.other_id)
    return items


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
    checker = CHECKERS[item.type]
    errors = checker(instrument, item, key, value)
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
        if item.type == "note" or item.id in hidden:
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
            shown = sub.type != "note" and holds(getattr(sub, "show_if", None), scope)
            if shown and sub.required and is_empty(row.get(sub.id)):
                _add(problems, f"{item.id}[{index}].{sub.id}", _("required in every entry"))


# --- one checker per item type: (instrument, item, key, value) -> [(path, message)] --------

Found = list[tuple[str, str]]


def _text(_instrument: Instrument, item: Any, key: str, value: Any) -> Found:
    if not isinstance(value, str):
        return [(key, "expected text")]
    if item.max_length and len(value) > item.max_length:
        return [
            (
                key,
                _(
                    "at most %(limit)d characters (this has %(length)d)",
                    limit=item.max_length,
                    length=len(value),
                ),
            )
        ]
    return []


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number(_instrument: Instrument, item: Any, key: str, value: Any) -> Found:
    if not _is_number(value):
        return [(key, "expected a number")]
    if not item.decimal and value != int(value):
        return [(key, "expected a whole number")]
    if item.min is not None and value < item.min:
        return [(key, _("must be at least %(number)s", number=f"{item.min:g}"))]
    if item.max is not None and value > item.max:
        return [(key, _("must be at most %(number)s", number=f"{item.max:g}"))]
    return []


def _date(_instrument: Instrument, _item: Any, key: str, value: Any) -> Found:
    return [] if is_iso_date(value) else [(key, "expected a date as YYYY-MM-DD")]


def _time(_instrument: Instrument, _item: Any, key: str, value: Any) -> Found:
    return [] if is_clock_time(value) else [(key, "expected a time as HH:MM (24-hour clock)")]


def _duration(_instrument: Instrument, item: Any, key: str, value: Any) -> Found:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return [(key, "expected a duration in whole minutes (0 or more)")]
    if item.max is not None and value > item.max:
        return [(key, _("must be at most %(number)d minutes", number=item.max))]
    return []


def _boolean(_instrument: Instrument, _item: Any, key: str, value: Any) -> Found:
    return [] if isinstance(value, bool) else [(key, "expected true or false")]


def _choice(instrument: Instrument, item: Any, key: str, value: Any) -> Found:
    values = [c.value for c in instrument.choices_for(item)]
    if value not in values or not isinstance(value, str):
        return [(key, f"{value!r} is not one of the choices: {', '.join(values)}")]
    return []


def _multichoice(instrument: Instrument, item: Any, key: str, value: Any) -> Found:
    values = [c.value for c in instrument.choices_for(item)]
    if not isinstance(value, list):
        return [(key, "expected a list of choice values")]
    wrong = [v for v in value if not isinstance(v, str) or v not in values]
    if wrong:
        return [(key, f"{wrong[0]!r} is not one of the choices: {', '.join(values)}")]
    if len(set(value)) != len(value):
        return [(key, "a choice is listed twice")]
    return []


def _scale_value(scale: Scale, path: str, value: Any, row: bool = False) -> Found:
    """A point of the scale, "not_observed" where the scale offers it, and for a checklist
    row also "left_out"."""
    if value == NOT_OBSERVED and scale.not_observed:
        return []
    if row and value == LEFT_OUT:
        return []
    if isinstance(value, int) and not isinstance(value, bool) and scale.min <= value <= scale.max:
        return []
    words = [f"a whole number from {scale.min} to {scale.max}"]
    words += ['"not_observed"'] if scale.not_observed else []
    words += ['"left_out"'] if row else []
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
    return [(path, f"expected {listed}")]


def _scale(instrument: Instrument, item: Any, key: str, value: Any) -> Found:
    return _scale_value(instrument.scale_for(item), key, value)


def _checklist(instrument: Instrument, item: Any, key: str, value: Any) -> Found:
    if not isinstance(value, dict):
        return [(key, "expected an object of rows: {row_id: {score, evidence}}")]
    scale = instrument.scale_for(item)
    rows = {row.id for row in item.rows}
    allowed = {"score", "reason", "evidence"} if item.evidence else {"score", "reason"}
    found: Found = []
    for row_id, row in value.items():
        path = f"{key}.{row_id}"
        if row_id not in rows:
            found.append((path, f"unknown row; rows are: {', '.join(sorted(rows))}"))
        elif not isinstance(row, dict) or set(row) - allowed:
            found.append((path, f"expected an object with {', '.join(sorted(allowed))}"))
        else:
            if "score" in row:
                found += _scale_value(scale, f"{path}.score", row["score"], row=True)
            for part in ("evidence", "reason"):
                if not isinstance(row.get(part, ""), str):
                    found.append((f"{path}.{part}", "expected text"))
            if "reason" in row and row.get("score") != LEFT_OUT:
                found.append((f"{path}.reason", 'a reason goes with a row left out ("left_out")'))
    return found


def _topic(_instrument: Instrument, item: Any, key: str, value: Any) -> Found:
    if not isinstance(value, dict) or set(value) - {"covered", "notes", "probes"}:
        return [(key, 'expected {"covered": true/false, "notes": "...", "probes": {...}}')]
    found: Found = []
    if not isinstance(value.get("covered", False), bool):
        found.append((f"{key}.covered", "expected true or false"))
    if not isinstance(value.get("notes", ""), str):
        found.append((f"{key}.notes", "expected text"))
    probes = value.get("probes", {})
    known = {p.id for p in item.probes} if item.probe_ticks else set()
    if not isinstance(probes, dict):
        found.append((f"{key}.probes", "expected an object of probe ids to true/false"))
    else:
        for probe_id, ticked in probes.items():
            if probe_id not in known or not isinstance(ticked, bool):
                found.append((f"{key}.probes.{probe_id}", "not a probe that takes a tick"))
    return found


def _repeat(instrument: Instrument, item: Any, key: str, value: Any) -> Found:
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        return [(key, "expected a list of entries (objects keyed by item id)")]
    if item.max is not None and len(value) > item.max:
        return [(key, f"at most {item.max} entries (this has {len(value)})")]
    subs = {sub.id: sub for sub in item.items if sub.type != "note"}
    found: Found = []
    for index, row in enumerate(value):
        found += _repeat_row(instrument, subs, f"{key}[{index}]", row)
    return found


def _repeat_row(instrument: Instrument, subs: dict[str, Any], path: str, row: dict) -> Found:
    found: Found = []
    for sub_id, sub_value in row.items():
        sub = subs.get(sub_id)
        if sub is None:
            found.append((f"{path}.{sub_id}", "unknown item in this entry"))
        else:
            found += CHECKERS[sub.type](instrument, sub, f"{path}.{sub_id}", sub_value)
    return found


CHECKERS: dict[str, Callable[[Instrument, Any, str, Any], Found]] = {
    "text": _text,
    "longtext": _text,
    "number": _number,
    "date": _date,
    "time": _time,
    "duration": _duration,
    "boolean": _boolean,
    "choice": _choice,
    "multichoice": _multichoice,
    "scale": _scale,
    "checklist": _checklist,
    "topic": _topic,
    "repeat": _repeat,
}


def reader_language() -> str:
    """The language of the person the messages are for (English outside a request)."""
    from casebook.language import reading_language  # the web layer's; imported late, no cycle

    return reading_language()
