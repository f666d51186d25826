"""An instrument version as a REDCap data dictionary: the 18 standard columns, a record id
first, then one row per field, all from the instrument model.

Each item becomes the fields its type translates to (`casebook.exports.redcap_fields`);
sections become section headers; `show_if` (of the item and its section) becomes branching
logic (`casebook.exports.branching`); identifiers are flagged.

What REDCap cannot say is reported, never guessed: a repeat (REDCap repeats whole
instruments, not groups inside one) and a show_if with no faithful translation are
`problems` (their fields are left out or would show unconditionally); constraints are
`unchecked` (REDCap will not check them, but every field is there)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook.csv_safe import write_csv
from casebook.exports.branching import Untranslatable, both, branching_logic
from casebook.exports.redcap_fields import TRANSLATIONS, Field
from casebook.instruments.model import Instrument, label_text

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
            fields = list(TRANSLATIONS[item.type](instrument, item, text, result.problems))
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


def write_dictionary(dictionary: Dictionary, path: Path) -> int:
    """The dictionary as a CSV file REDCap imports (formula-safe, like every CSV Casebook
    writes); returns the number of fields."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        return write_csv(handle, COLUMNS, dictionary.rows())
