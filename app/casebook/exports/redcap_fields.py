"""What each item type becomes in a REDCap data dictionary: one translation per type
(`TRANSLATIONS`, checked against the model's types at import, so a new type cannot be
forgotten). A topic becomes its covered tick, probe ticks and notes; a checklist a matrix
group of one radio field per row (its scale, "not observed" where it offers it, and "left
out"), then each row's evidence and reason; "Other, please specify" its own text field,
shown when "other" is chosen; a repeat nothing, with a problem saying so (REDCap repeats
whole instruments, not groups of fields inside one), and live-coded events likewise. A `|`
inside a choice label, REDCap's separator between choices, is written as `/`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from casebook.exports.branching import row_blanks
from casebook.instruments.checklists import BLANK_LABELS, NOT_OBSERVED
from casebook.instruments.model import ITEM_TYPES, OTHER_LABEL, Instrument


@dataclass
class Field:
    """One row of the dictionary (the columns that Casebook fills)."""

    name: str
    type: str
    label: str
    choices: str = ""
    note: str = ""
    validation: str = ""
    minimum: str = ""
    maximum: str = ""
    logic: str = ""
    matrix: str = ""
    header: str = ""
    identifier: bool = False
    required: bool = False


def _choices(pairs: list[tuple[Any, str]]) -> str:
    return " | ".join(f"{code}, {label.replace('|', '/')}" for code, label in pairs)


Text = Callable[[Any], str]
Made = Iterator[Field]


def _simple(kind: str, validation: str = "") -> Callable[..., Made]:
    def translate(instrument: Instrument, item: Any, text: Text, problems: list[str]) -> Made:
        yield Field(
            item.id,
            kind,
            text(item.label),
            note=text(item.help),
            validation=validation,
            required=item.required,
        )

    return translate


def _number(instrument: Instrument, item: Any, text: Text, problems: list[str]) -> Made:
    unit = f"Unit: {item.unit}" if item.unit else ""
    note = " ".join(part for part in (text(item.help), unit) if part)
    yield Field(
        item.id,
        "text",
        text(item.label),
        note=note,
        validation="number" if item.decimal else "integer",
        minimum="" if item.min is None else f"{item.min:g}",
        maximum="" if item.max is None else f"{item.max:g}",
        required=item.required,
    )


def _duration(instrument: Instrument, item: Any, text: Text, problems: list[str]) -> Made:
    note = text(item.help) or "In minutes"
    yield Field(
        item.id,
        "text",
        text(item.label),
        note=note,
        validation="integer",
        minimum="0",
        maximum="" if item.max is None else str(item.max),
        required=item.required,
    )


def _choice(kind: str) -> Callable[..., Made]:
    def translate(instrument: Instrument, item: Any, text: Text, problems: list[str]) -> Made:
        choices = instrument.choices_for(item)
        pairs = [(c.value, text(c.label)) for c in choices]
        yield Field(
            item.id,
            kind,
            text(item.label),
            choices=_choices(pairs),
            note=text(item.help),
            required=item.required,
        )
        if item.other:
            shown = f"[{item.id}] = 'other'" if kind == "radio" else f"[{item.id}(other)] = '1'"
            label = f"{text(item.label)}: {text(OTHER_LABEL)}"
            yield Field(item.other_id, "text", label, logic=shown)

    return translate


def _scale_pairs(instrument: Instrument, item: Any, text: Text) -> list[tuple[Any, str]]:
    scale = instrument.scale_for(item)
    return [
        (point, text(scale.anchors.get(point)) or str(point))
        for point in range(scale.min, scale.max + 1)
    ]


def _scale(instrument: Instrument, item: Any, text: Text, problems: list[str]) -> Made:
    pairs = _scale_pairs(instrument, item, text)
    if instrument.scale_for(item).not_observed:
        pairs.append((NOT_OBSERVED, BLANK_LABELS[NOT_OBSERVED]))
    yield Field(
        item.id,
        "radio",
        text(item.label),
        choices=_choices(pairs),
        note=text(item.help),
        required=item.required,
    )


def _checklist(instrument: Instrument, item: Any, text: Text, problems: list[str]) -> Made:
    pairs = _scale_pairs(instrument, item, text)
    pairs += [(code, BLANK_LABELS[code]) for code in row_blanks(instrument, item)]
    rows = [
        Field(
            f"{item.id}_{row.id}",
            "radio",
            text(row.label),
            choices=_choices(pairs),
            note=text(row.help),
            matrix=item.id,
            required=item.required,
        )
        for row in item.rows
    ]
    rows[0].header = text(item.label)
    yield from rows
    for row in item.rows:
        name = f"{item.id}_{row.id}"
        if item.evidence:
            label = f"{text(row.label)}: {text(item.evidence_label)}"
            yield Field(f"{name}_evidence", "notes", label)
        label = f"{text(row.label)}: why it was left out"
        yield Field(f"{name}_reason", "text", label, logic=f"[{name}] = 'left_out'")


def _topic(instrument: Instrument, item: Any, text: Text, problems: list[str]) -> Made:
    probes = [(p.id, text(p.label)) for p in item.probes]
    listed = "Probes: " + "; ".join(label for _, label in probes) if probes else ""
    note = " ".join(part for part in (text(item.help), listed) if part)
    yield Field(
        f"{item.id}_covered",
        "yesno",
        f"{text(item.label)} (covered?)",
        note=note,
        required=item.required,
    )
    if item.probe_ticks and probes:
        yield Field(f"{item.id}_probes", "checkbox", "Probes covered", choices=_choices(probes))
    yield Field(f"{item.id}_notes", "notes", f"{text(item.label)}: notes")


def _repeat(instrument: Instrument, item: Any, text: Text, problems: list[str]) -> Made:
    problems.append(
        f"{item.id}: a repeat is left out (REDCap repeats whole instruments, not groups of "
        "fields inside one)"
    )
    yield from ()


def _events(instrument: Instrument, item: Any, text: Text, problems: list[str]) -> Made:
    problems.append(
        f"{item.id}: live-coded events are left out (REDCap has no clock of timed taps; the "
        "release's events and event_states tables hold them)"
    )
    yield from ()


def _note(instrument: Instrument, item: Any, text: Text, problems: list[str]) -> Made:
    label = " ".join(part for part in (text(item.label), text(item.help)) if part)
    yield Field(item.id, "descriptive", label)


TRANSLATIONS: dict[str, Callable[[Instrument, Any, Text, list[str]], Made]] = {
    "topic": _topic,
    "text": _simple("text"),
    "longtext": _simple("notes"),
    "number": _number,
    "date": _simple("text", "date_ymd"),
    "time": _simple("text", "time"),
    "duration": _duration,
    "boolean": _simple("yesno"),
    "choice": _choice("radio"),
    "multichoice": _choice("checkbox"),
    "scale": _scale,
    "checklist": _checklist,
    "repeat": _repeat,
    "events": _events,
    "note": _note,
}
if set(TRANSLATIONS) != set(ITEM_TYPES):  # pragma: no cover - a new type must be translated
    raise RuntimeError(f"REDCap translations {sorted(TRANSLATIONS)} != types {ITEM_TYPES}")
