"""Reading YAML with line numbers, and turning model errors into problems a study lead can fix.

Every problem names the file, the line (where YAML has one), the place in the instrument
(`section 'setting' > item 'attendees' > max`) and what to do about it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from casebook.instruments.yamlguard import UnsafeYaml, check_text

DataPath = tuple[str | int, ...]

PART_NAMES = {
    "sections": "section",
    "items": "item",
    "rows": "row",
    "probes": "probe",
    "choices": "choice",
    "roles": "role",
    "waves": "wave",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an instrument or settings file."""

    file: str
    line: int | None
    where: str
    message: str

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{place}: {self.where}: {self.message}" if self.where else f"{place}: {self.message}"
        )


class InstrumentError(Exception):
    """Raised when a file cannot be loaded; carries every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class YamlDocument:
    """A parsed YAML file as plain data, with the line of every mapping key and list entry."""

    path: Path
    data: Any
    lines: dict[DataPath, int]

    def line_of(self, path: DataPath) -> int | None:
        """The line of the deepest part of `path` that has one."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return None

    def problem(self, path: DataPath, message: str) -> Problem:
        return Problem(str(self.path), self.line_of(path), describe_path(self.data, path), message)


def read_yaml(path: Path) -> YamlDocument:
    """Parse a YAML file, keeping line numbers; syntax errors become an InstrumentError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problem = Problem(str(path), None, "", f"cannot read the file: {error}")
        raise InstrumentError([problem]) from None
    try:
        check_text(text)  # the budget first: nothing is built from a file over it
        raw = YAML(typ="rt").load(text)
    except UnsafeYaml as error:
        raise InstrumentError([Problem(str(path), error.line, "", error.message)]) from None
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        reason = error.problem or "invalid YAML"
        if "quoted scalar" in (error.context or "") and error.context_mark:
            line = error.context_mark.line + 1
            reason = "a quoted text starting on this line is never closed"
        hint = _yaml_hint(reason)
        problem = Problem(str(path), line, "", f"YAML syntax error: {reason}{hint}")
        raise InstrumentError([problem]) from None
    except (YAMLError, ValueError, RecursionError) as error:
        problem = Problem(str(path), None, "", f"YAML syntax error: {error}")
        raise InstrumentError([problem]) from None
    lines: dict[DataPath, int] = {}
    data = _plain(raw, (), lines)
    if not isinstance(data, dict):
        raise InstrumentError(
            [Problem(str(path), 1, "", "the file must be a YAML mapping (key: value lines)")]
        )
    return YamlDocument(path, data, lines)


def _yaml_hint(reason: str) -> str:
    if "duplicate key" in reason:
        return " (each key may appear once in a mapping)"
    if "mapping values are not allowed" in reason:
        return " (a value containing ': ' must be quoted)"
    if "found character '\\t'" in reason:
        return " (indent with spaces, not tabs)"
    return ""


def _plain(node: Any, path: DataPath, lines: dict[DataPath, int]) -> Any:
    """Convert ruamel's round-trip nodes to dicts and lists, recording 1-based lines."""
    if isinstance(node, CommentedMap):
        out = {}
        for key, value in node.items():
            line, _col = node.lc.key(key)
            lines[path + (key,)] = line + 1
            out[key] = _plain(value, path + (key,), lines)
        return out
    if isinstance(node, CommentedSeq):
        out_list = []
        for index, value in enumerate(node):
            line, _col = node.lc.item(index)
            lines[path + (index,)] = line + 1
            out_list.append(_plain(value, path + (index,), lines))
        return out_list
    if isinstance(node, str):
        return str(node)
    return node


def describe_path(data: Any, path: DataPath) -> str:
    """`section 'setting' > item 'attendees' > max` for ('sections', 0, 'items', 2, 'max')."""
    parts: list[str] = []
    node = data
    container = ""
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            parts.append(str(step))
            break
        if isinstance(step, int):
            entry = _entry_name(container, path, node, step)
            parts[-1:] = [entry] if container in PART_NAMES else [parts[-1], entry]
        else:
            parts.append(step)
        container = step if isinstance(step, str) else container
    return " > ".join(parts)


def _entry_name(container: str, path: DataPath, node: Any, index: int) -> str:
    """`item 'goals'`, `choice 'home'`, or by position when there is no text id."""
    name = PART_NAMES.get(container) or ("choice" if path[:1] == ("choice_lists",) else "entry")
    ident = node.get("id", node.get("value")) if isinstance(node, dict) else None
    return f"{name} {ident!r}" if isinstance(ident, str) else f"{name} {index + 1}"


def validate_document(document: YamlDocument, model: type[BaseModel]) -> Any:
    """Validate the document against a pydantic model; problems become an InstrumentError."""
    try:
        return model.model_validate(document.data)
    except ValidationError as error:
        problems = list(_problems(document, error.errors(include_url=False)))
        raise InstrumentError(_unique(problems)) from None


def _problems(document: YamlDocument, errors: Iterable[dict[str, Any]]) -> Iterable[Problem]:
    for error in errors:
        path = data_path(document.data, error["loc"])
        if path is None:
            continue
        yield document.problem(path, friendly_message(error, path, document.data))


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    return [p for p in problems if not (p in seen or seen.add(p))]


def data_path(data: Any, loc: tuple[Any, ...]) -> DataPath | None:
    """Map a pydantic error location onto the data, dropping union-branch markers.

    Returns None when the error belongs to a union branch the data did not take (pydantic
    reports every branch of `list[Choice] | str`; only the one matching the data is useful)."""
    path: list[str | int] = []
    node = data
    previous: Any = None
    for step in loc:
        after_index, previous = isinstance(previous, int), step
        if after_index and isinstance(node, dict) and node.get("type") == step:
            continue
        if isinstance(node, dict) and step in node:
            node = node[step]
            path.append(step)
        elif isinstance(node, list) and isinstance(step, int) and step < len(node):
            node = node[step]
            path.append(step)
        elif isinstance(node, dict) and node.get("type") == step:
            continue
        elif isinstance(step, str) and _is_branch(step):
            if not _branch_matches(step, node):
                return None
        else:
            path.append(step)
            break
    return tuple(path)


def _is_branch(step: str) -> bool:
    return step in {"str", "int", "float", "bool"} or "[" in step or step[:1].isupper()


def _branch_matches(branch: str, value: Any) -> bool:
    if branch == "str":
        return isinstance(value, str)
    if branch.startswith("list["):
        return isinstance(value, list)
    if branch.startswith("dict[") or branch[:1].isupper():
        return isinstance(value, dict)
    return True


def friendly_message(error: dict[str, Any], path: DataPath, data: Any) -> str:
    """A sentence that says what is wrong and how to fix it."""
    kind = error["type"]
    value = error.get("input")
    field = path[-1] if path else ""
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        return f"unknown key {field!r}{_did_you_mean(str(field), KNOWN_KEYS)}; remove or rename it"
    if kind == "missing":
        return f"missing required key {error['loc'][-1]!r}"
    if kind == "union_tag_invalid":
        tag = ctx.get("tag", value)
        allowed = [t.strip(" '") for t in str(ctx.get("expected_tags", "")).split(",") if t]
        known = ", ".join(t for t in ITEM_TYPE_NAMES if not allowed or t in allowed)
        if tag in ITEM_TYPE_NAMES:
            return f"{tag!r} cannot be used inside a repeat; use one of: {known}"
        hint = _did_you_mean(str(tag), ITEM_TYPE_NAMES)
        return f"unknown item type {tag!r}{hint}; use one of: {known}"
    if kind == "union_tag_not_found":
        return f"this item has no `type`; give one of: {', '.join(ITEM_TYPE_NAMES)}"
    if kind == "string_pattern_mismatch":
        return (
            f"{value!r} is not a valid id: use lower-case letters, digits and _, "
            "starting with a letter (e.g. goals_discussed)"
        )
    if kind == "string_type" and value is None:
        return (
            "no text here: a comma inside {en: ..., sv: ...} ends the text, so quote texts "
            'that contain commas, e.g. {en: "Work, studies", sv: "Arbete, studier"}'
        )
    if kind == "string_type":
        return f"expected text here, got {value!r}; put it in quotes"
    if kind == "too_short":
        return f"{field!r} needs at least one entry"
    if kind == "literal_error":
        return f"{value!r} is not allowed here; expected {ctx.get('expected', 'another value')}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, got {value!r}"
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, got {value!r}"
    if kind in ("list_type",):
        return f"expected a list (lines starting with '- '), got {type(value).__name__}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return "expected a mapping of keys to values here"
    message = error["msg"]
    return message.removeprefix("Value error, ")


def _did_you_mean(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _all_keys() -> tuple[set[str], tuple[str, ...]]:
    from casebook.instruments import model

    keys: set[str] = set()
    for value in vars(model).values():
        if isinstance(value, type) and issubclass(value, BaseModel):
            keys.update(value.model_fields)
    return keys, model.ITEM_TYPES


KNOWN_KEYS, ITEM_TYPE_NAMES = _all_keys()
