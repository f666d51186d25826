"""An XLSForm (ODK, KoboToolbox, SurveyCTO) read through pyxform into a Casebook instrument,
with a report of every row that did not map instead of a guess.

pyxform reads and checks the workbook; each question it returns is matched back to its row so
that the report can say `survey row 12`. What maps: text (multiline: longtext), integer and
decimal (number), select_one/select_multiple with their choices (choice/multichoice), date,
time, note, groups (sections; a group inside a group adds its relevance to its questions),
repeats, required, hints (help), labels in every language with a code (`label::English (en)`),
`relevant` (show_if) and `constraint` where the expression translates
(casebook.instruments.xlsform_expressions). The result is written by
casebook.instruments.xlsform_file and validated by the loader like any instrument."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook.instruments import xlsform_items as items
from casebook.instruments.xlsform_expressions import Untranslatable, translate
from casebook.instruments.xlsform_items import Unmapped, slug


class XlsFormError(Exception):
    """The file cannot be read as an XLSForm (the message says why)."""


@dataclass
class Imported:
    definition: dict[str, Any]
    form_id: str | None = None
    unmapped: list[Unmapped] = field(default_factory=list)


def read_xlsform(path: Path, *, default_language: str = "en") -> Imported:
    """The instrument an XLSForm describes (without id, version, kind, roles and waves, which
    the caller sets) and what did not map. Raises XlsFormError."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json
    from pyxform.xls2json_backends import get_xlsform

    try:
        workbook = get_xlsform(str(path))
        survey = workbook_to_json(workbook_dict=workbook, form_name=path.stem, warnings=[])
    except PyXFormError as error:
        raise XlsFormError(f"{path.name} is not a readable XLSForm: {error}") from error
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise XlsFormError(f"{path.name} cannot be read as an XLSForm: {error}") from error
    imported = _Mapper(workbook, survey, default_language).run(path.stem)
    form_settings = (workbook.settings or [{}])[0]
    imported.form_id = form_settings.get("form_id") or form_settings.get("id_string")
    return imported


class _Mapper:
    def __init__(self, workbook: Any, survey: dict[str, Any], default_language: str) -> None:
        self.survey = survey
        self.rows = [(n + 2, r.get("name")) for n, r in enumerate(workbook.survey or [])]
        self.choice_rows = {
            (r.get("list_name"), r.get("name")): n + 2 for n, r in enumerate(workbook.choices or [])
        }
        self.next_row = 0
        self.unmapped: list[Unmapped] = []
        self.languages = items.languages(survey, default_language, self.unmapped)
        self.ids: dict[str, str] = {}
        self.values: dict[str, dict[str, str]] = {}
        self.choice_lists: dict[str, list[dict[str, Any]]] = {}

    def run(self, stem: str) -> Imported:
        sections: list[dict[str, Any]] = []
        loose: list[dict[str, Any]] = []
        self._assign_ids(self.survey.get("children", []))
        for element in self.survey.get("children", []):
            if element.get("type") == "group":
                row = self.row_of(element)
                if row is None:  # pyxform's own `meta` group (instanceID)
                    continue
                sections.extend(_flush(loose, len(sections)))
                loose = []
                section = self.section(element, row)
                if section:
                    sections.append(section)
            else:
                loose.extend(self.item(element, None))
        sections.extend(_flush(loose, len(sections)))
        title = self.survey.get("title") or stem
        definition: dict[str, Any] = {"title": title, "languages": list(self.languages.values())}
        if self.choice_lists:
            definition["choice_lists"] = self.choice_lists
        definition["sections"] = sections
        return Imported(definition, unmapped=self.unmapped)

    def _assign_ids(self, elements: list[dict[str, Any]]) -> None:
        """Casebook ids for every question name (so expressions can refer forward)."""
        for element in elements:
            name = element.get("name", "")
            if element.get("type") != "group" and name not in self.ids:
                ident, number = slug(name), 2
                while ident in self.ids.values():
                    ident, number = f"{slug(name)[:60]}_{number}", number + 1
                self.ids[name] = ident
            self._assign_ids(element.get("children", []))

    def row_of(self, element: dict[str, Any]) -> int | None:
        name = element.get("name")
        for index in range(self.next_row, len(self.rows)):
            if self.rows[index][1] == name:
                self.next_row = index + 1
                return self.rows[index][0]
        return None

    def report(self, row: int | None, element: dict[str, Any], reason: str) -> None:
        what = f"{element.get('type')} {element.get('name')!r}"
        self.unmapped.append(Unmapped("survey", row or 0, what, reason))

    def label(self, value: Any) -> str | dict[str, str] | None:
        if value is None:
            return None
        texts = value if isinstance(value, dict) else {"default": value}
        mapped = {self.languages[k]: str(v) for k, v in texts.items() if k in self.languages}
        if not mapped:
            return None
        return next(iter(mapped.values())) if len(self.languages) == 1 else mapped

    def section(self, element: dict[str, Any], row: int) -> dict[str, Any] | None:
        section: dict[str, Any] = {"id": slug(element["name"], "section")}
        section["title"] = self.label(element.get("label")) or element["name"]
        condition = self.condition(element, row, "relevant")
        if condition:
            section["show_if"] = condition
        section["items"] = [
            item for child in element.get("children", []) for item in self.item(child, None)
        ]
        if not section["items"]:
            self.report(row, element, "no question in the group could be imported")
            return None
        return section

    def item(self, element: dict[str, Any], outer: str | None) -> list[dict[str, Any]]:
        """The items for one element: a question is one item; a group inside a group gives its
        questions, with its relevance added to theirs."""
        row = self.row_of(element)
        kind = element.get("type")
        if kind == "group":
            condition = self.condition(element, row, "relevant")
            joined = _both(outer, condition)
            return [i for child in element.get("children", []) for i in self.item(child, joined)]
        if kind == "repeat":
            return self.repeat(element, row, outer)
        casebook_type, reason = items.item_type(element)
        if casebook_type is None:
            self.report(row, element, reason)
            return []
        label = self.label(element.get("label"))
        if label is None:
            self.report(row, element, "no label in a language Casebook can use")
            return []
        item: dict[str, Any] = {"id": self.ids[element["name"]], "type": casebook_type}
        item["label"] = label
        help_text = self.label(element.get("hint"))
        if help_text:
            item["help"] = help_text
        if element.get("type") == "decimal":
            item["decimal"] = True
        if casebook_type in ("choice", "multichoice"):
            item["choices"] = self.choices(element)
        for column in items.ignored_columns(element):
            self.report(row, element, f"the {column} column has no counterpart and was left out")
        if casebook_type != "note":
            self.answer_rules(item, element, row, outer)
        elif outer or element.get("bind", {}).get("relevant"):
            self.report(row, element, "a note cannot have its own relevance; it is always shown")
        return [item]

    def answer_rules(self, item: dict, element: dict, row: int | None, outer: str | None) -> None:
        bind = element.get("bind", {}) or {}
        if "required" in bind:
            required = items.required(bind["required"])
            if required is None:
                self.report(row, element, f"required {bind['required']!r} is an expression")
            elif required:
                item["required"] = True
        own = self.condition(element, row, "relevant")
        condition = _both(outer, own)
        if condition:
            item["show_if"] = condition
        constraint = self.condition(element, row, "constraint")
        if constraint:
            item["constraint"] = constraint
            message = self.label(bind.get("jr:constraintMsg"))
            if message:
                item["constraint_message"] = message

    def condition(self, element: dict[str, Any], row: int | None, key: str) -> str | None:
        text = (element.get("bind", {}) or {}).get(key)
        if not text:
            return None
        try:
            return translate(str(text), self.resolve, self.value)
        except Untranslatable as why:
            column = "relevant" if key == "relevant" else "constraint"
            self.report(row, element, f"{column} {text!r} not translated ({why}); left out")
            return None

    def resolve(self, name: str) -> str:
        if name not in self.ids:
            raise Untranslatable(f"${{{name}}} names no question of this form")
        return self.ids[name]

    def value(self, item_id: str, name: str) -> str:
        return self.values.get(item_id, {}).get(name, slug(name, "c"))

    def choices(self, element: dict[str, Any]) -> str:
        list_name = element.get("list_name") or element.get("itemset")
        key = slug(list_name, "list")
        values: dict[str, str] = {}
        choices = []
        for choice in element.get("choices", []):
            value = slug(str(choice["name"]), "c")
            values[str(choice["name"])] = value
            label = self.label(choice.get("label")) or str(choice["name"])
            choices.append({"value": value, "label": label})
            if key not in self.choice_lists and value != choice["name"]:
                row = self.choice_rows.get((list_name, choice["name"]), 0)
                self.unmapped.append(
                    Unmapped(
                        "choices",
                        row,
                        f"choice {choice['name']!r} of {list_name!r}",
                        f"stored as {value!r}: Casebook codes are lower-case letters, digits "
                        "and _, starting with a letter",
                    )
                )
        self.choice_lists.setdefault(key, choices)
        self.values[self.ids[element["name"]]] = values
        return key

    def repeat(self, element: dict, row: int | None, outer: str | None) -> list[dict[str, Any]]:
        children = [i for child in element.get("children", []) for i in self.item(child, None)]
        nested = [c for c in children if c["type"] == "repeat"]
        for child in nested:
            self.report(row, element, f"the repeat {child['id']!r} inside it was left out")
        children = [c for c in children if c["type"] != "repeat"]
        label = self.label(element.get("label")) or element["name"]
        if not children:
            self.report(row, element, "no question in the repeat could be imported")
            return []
        repeat = {"id": self.ids[element["name"]], "type": "repeat", "label": label}
        condition = _both(outer, self.condition(element, row, "relevant"))
        if condition:
            repeat["show_if"] = condition
        if (element.get("control") or {}).get("jr:count"):
            self.report(row, element, "repeat_count has no counterpart; any number may be added")
        return [repeat | {"items": children}]


def _both(first: str | None, second: str | None) -> str | None:
    """Both conditions (a group's and a question's relevance), or the one there is."""
    return f"({first}) and ({second})" if first and second else first or second


def _flush(loose: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """Questions outside any group become a section of their own."""
    if not loose:
        return []
    return [{"id": f"part_{count + 1}", "title": f"Part {count + 1}", "items": list(loose)}]
