"""The parts of an XLSForm import that need no state: which Casebook type a question (as
pyxform parses it) becomes or why none, required and ignored columns, ids, language codes,
and a report line. The types and what they become are listed in docs/exports.md."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

LANGUAGE_CODE = re.compile(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\)\s*$")

# pyxform type -> Casebook item type
SIMPLE = {
    "integer": "number",
    "decimal": "number",
    "date": "date",
    "time": "time",
    "note": "note",
    "select one": "choice",
    "select all that apply": "multichoice",
}
MEDIA = {"photo", "image", "audio", "video", "file", "background-audio", "background-video"}
LOCATION = {"geopoint", "geotrace", "geoshape", "start-geopoint"}
DEVICE = {
    "start",
    "end",
    "today",
    "deviceid",
    "username",
    "phonenumber",
    "simserial",
    "subscriberid",
    "email",
    "audit",
}
TRUE = {"yes", "true", "true()", "1"}
FALSE = {"no", "false", "false()", "0", ""}
# Columns whose content has no counterpart: the question is imported without them.
IGNORED_BIND = {
    "calculate": "calculation",
    "readonly": "read_only",
    "jr:requiredMsg": "required_message",
    "jr:preload": "preload",
}


def item_type(element: dict[str, Any]) -> tuple[str | None, str]:
    """The Casebook type for an XLSForm question, or None and why there is none."""
    kind = element.get("type", "")
    if kind == "text":
        multiline = "multiline" in str(element.get("control", {}).get("appearance", ""))
        return ("longtext" if multiline else "text"), ""
    if kind in SIMPLE:
        itemset = str(element.get("itemset", ""))
        if kind.startswith("select") and itemset.endswith((".csv", ".xml", ".geojson")):
            return None, f"choices from the file {itemset} have no counterpart"
        return SIMPLE[kind], ""
    if kind == "calculate":
        return None, "a calculation: Casebook stores only what is entered"
    if kind in MEDIA:
        return None, "media: Casebook forms take no files, photos or recordings"
    if kind in LOCATION:
        return None, "a location: Casebook has no map or GPS item"
    if kind in DEVICE:
        return None, "metadata the device fills in: Casebook records who and when itself"
    return None, f"the type {kind!r} has no counterpart in Casebook"


def required(value: Any) -> bool | None:
    """True/False for XLSForm's yes/no; None for an expression (not translated)."""
    text = str(value).strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    return None


def ignored_columns(element: dict[str, Any]) -> list[str]:
    """The columns of a question that were filled in but have no counterpart."""
    bind = element.get("bind", {}) or {}
    found = [column for key, column in IGNORED_BIND.items() if bind.get(key)]
    for key in ("default", "choice_filter", "media", "trigger"):
        if element.get(key):
            found.append(key)
    if element.get("parameters"):
        found.append("parameters")
    return found


@dataclass(frozen=True)
class Unmapped:
    sheet: str
    row: int
    what: str
    reason: str

    def __str__(self) -> str:
        return f"{self.sheet} row {self.row}: {self.what}: {self.reason}"


def slug(name: str, prefix: str = "q") -> str:
    """A Casebook id for an XLSForm name: lower-case letters, digits and _, from a letter."""
    text = re.sub(r"[^a-z0-9_]+", "_", name.strip().lower()).strip("_") or prefix
    return (text if text[0].isalpha() else f"{prefix}_{text}")[:64]


def languages(survey: dict, default: str, unmapped: list[Unmapped]) -> dict[str, str]:
    """XLSForm language names (`English (en)`, `default`) -> Casebook language codes."""
    names: list[str] = []

    def walk(element: dict) -> None:
        for key in ("label", "hint"):
            value = element.get(key)
            for name in value if isinstance(value, dict) else (["default"] if value else []):
                if name not in names:
                    names.append(name)
        choices = element.get("choices", [])
        lists = choices.values() if isinstance(choices, dict) else [choices]
        for child in element.get("children", []) + [c for group in lists for c in group]:
            walk(child)

    walk(survey)
    first = survey.get("default_language")
    names.sort(key=lambda name: name != first)
    codes: dict[str, str] = {}
    for name in names:
        match = LANGUAGE_CODE.search(name)
        code = default if name == "default" else (match[1].lower() if match else None)
        if code is None:
            unmapped.append(
                Unmapped("survey", 1, f"label::{name}", "no language code like 'English (en)'")
            )
        elif code not in codes.values():
            codes[name] = code
    return codes or {"default": default}
