"""An instrument version as a REDCap data dictionary: the 18 standard columns, a record id
first, then one row per field, all from the instrument model.

Every item type has one translation here (`TRANSLATIONS`, checked against the model's types
at import, so a new type cannot be forgotten): a topic becomes its covered tick, probe ticks
and notes; a checklist a matrix group of one radio field per row (its scale, "not observed"
where it offers it, and "left out"), then each row's evidence and reason; "Other, please
specify" its own text field shown when "other" is chosen. `show_if` (of the item and its
section) becomes branching logic (`casebook.exports.branching`); identifiers are flagged.

What REDCap cannot say is reported, never guessed: a repeat (REDCap repeats whole
instruments, not groups inside one) and a show_if with no faithful translation are
`problems` (their fields are left out or would show unconditionally); constraints are
`unchecked` (REDCap will not check them, but every field is there)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook.csv_safe import write_csv
from casebook.exports.branching import Untranslatable, both, branching_logic, row_blanks
from casebook.instruments.checklists import BLANK_LABELS, NOT_OBSERVED
from casebook.instruments.model import ITEM_TYPES, OTHER_LABEL, Instrument, label_text

COLUMNS = [
    "Variable / Field Name",
    "Form Name",
    "Section Header",
    "Field Type",
    "Field Label",
    "Choices, Calculations, OR Slider Labels",
    "Field Note",
    "Text Validation Type OR Show Slider Number",
    "Text Validation Min",
    "Text Validation Max",
    "Identifier?",
    "Branching Logic (Show field only if...)",
    "Required Field?",
    "Custom Alignment",
    "Question Number (surveys only)",
    "Matrix Group Name",
    "Matrix Ranking?",
    "Field Annotation",
]
RECORD_ID = "record_id"


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


@dataclass
class Dictionary:
    """The rows, and what could not be carried over."""

    form: str
    fields: list[Field]
    problems: list[str] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)

    def rows(self) -> Iterator[list[str]]:
        for f in self.fields:
            yield [
                *(f.name, self.form, f.header, f.type, f.label, f.choices, f.note),
                *(f.validation, f.minimum, f.maximum, "y" if f.identifier else ""),
                *(f.logic, "y" if f.required else "", "", "", f.matrix, "", ""),
            ]


def data_dictionary(instrument: Instrument) -> Dictionary:
    """The REDCap data dictionary of one instrument version."""
    language = instrument.languages[0]

    def text(label: Any) -> str:
        return label_text(label, language).strip()

    form = instrument.id.replace("-", "_")
    result = Dictionary(form, [Field(RECORD_ID, "text", "Record ID")])
    for section in instrument.sections:
        header = text(section.title)
        section_logic = _logic(instrument, section.show_if, f"section {section.id}", result)
        for item in section.items:
            show_if = getattr(item, "show_if", None)
            logic = both(section_logic, _logic(instrument, show_if, item.id, result))
            if getattr(item, "constraint", None):
                result.unchecked.append(f"{item.id}: constraint `{item.constraint}`")
            fields = list(TRANSLATIONS[item.type](instrument, item, text, result))
            for made in fields:
                made.logic = both(logic, made.logic)
                made.identifier = bool(getattr(item, "identifier", False))
            if fields and header:
                own = fields[0].header  # a checklist's label above its matrix
                fields[0].header, header = (f"{header}: {own}" if own else header), ""
            result.fields.extend(fields)
    _check_unique(result)
    return result


def _logic(instrument: Instrument, show_if: str | None, where: str, result: Dictionary) -> str:
    if not show_if:
        return ""
    try:
        return branching_logic(instrument, show_if)
    except Untranslatable as reason:
        result.problems.append(f"{where}: show_if `{show_if}` not translated: {reason}")
        return ""


def _check_unique(result: Dictionary) -> None:
    seen: set[str] = set()
    for made in result.fields:
        if made.name in seen:
            result.problems.append(f"{made.name}: two fields would have this name")
        seen.add(made.name)


def _choices(pairs: list[tuple[Any, str]]) -> str:
    return " | ".join(f"{code}, {label.replace('|', '/')}" for code, label in pairs)


Text = Callable[[Any], str]
Made = Iterator[Field]


def _simple(kind: str, validation: str = "") -> Callable[..., Made]:
    def translate(instrument: Instrument, item: Any, text: Text, result: Dictionary) -> Made:
        yield Field(
            item.id,
            kind,
            text(item.label),
            note=text(item.help),
            validation=validation,
            required=item.required,
        )

    return translate


def _number(instrument: Instrument, item: Any, text: Text, result: Dictionary) -> Made:
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


def _duration(instrument: Instrument, item: Any, text: Text, result: Dictionary) -> Made:
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
    def translate(instrument: Instrument, item: Any, text: Text, result: Dictionary) -> Made:
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


def _scale(instrument: Instrument, item: Any, text: Text, result: Dictionary) -> Made:
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


def _checklist(instrument: Instrument, item: Any, text: Text, result: Dictionary) -> Made:
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


def _topic(instrument: Instrument, item: Any, text: Text, result: Dictionary) -> Made:
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


def _repeat(instrument: Instrument, item: Any, text: Text, result: Dictionary) -> Made:
    result.problems.append(
        f"{item.id}: a repeat is left out (REDCap repeats whole instruments, not groups of "
        "fields inside one)"
    )
    yield from ()


def _note(instrument: Instrument, item: Any, text: Text, result: Dictionary) -> Made:
    label = " ".join(part for part in (text(item.label), text(item.help)) if part)
    yield Field(item.id, "descriptive", label)


TRANSLATIONS: dict[str, Callable[[Instrument, Any, Text, Dictionary], Made]] = {
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
    "note": _note,
}
if set(TRANSLATIONS) != set(ITEM_TYPES):  # pragma: no cover - a new type must be translated
    raise RuntimeError(f"REDCap translations {sorted(TRANSLATIONS)} != types {ITEM_TYPES}")


def write_dictionary(dictionary: Dictionary, path: Path) -> int:
    """The dictionary as a CSV file REDCap imports (formula-safe, like every CSV Casebook
    writes); returns the number of fields."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        return write_csv(handle, COLUMNS, dictionary.rows())
