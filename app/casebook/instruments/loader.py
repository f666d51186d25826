"""Loading and checking instrument files: `instruments/<id>/v<N>.yaml`.

`load_instrument` returns a validated `Instrument` or raises `InstrumentError` with every
problem found; `check_paths` collects problems across many files for `casebook instruments
check`. Structural rules live in the model; the rules that span items live here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook.instruments import expressions
from casebook.instruments.model import Instrument
from casebook.instruments.yamlfile import (
    DataPath,
    InstrumentError,
    Problem,
    YamlDocument,
    read_yaml,
    validate_document,
)
from casebook.settings import SETTINGS_FILE, StudySettings, load_settings

VERSION_FILE = re.compile(r"^v(\d+)\.ya?ml$")


def instrument_files(folder: Path) -> list[Path]:
    """Every `<id>/v<N>.yaml` under the folder, ordered by id then version."""
    found = [p for p in folder.glob("*/*.y*ml") if VERSION_FILE.match(p.name)]
    return sorted(found, key=lambda p: (p.parent.name, int(VERSION_FILE.match(p.name)[1])))


def load_instrument(path: Path, settings: StudySettings | None = None) -> Instrument:
    """Read, validate and cross-check one instrument file."""
    document = read_yaml(path)
    instrument = validate_document(document, Instrument)
    problems = list(cross_check(document, instrument, settings))
    if problems:
        raise InstrumentError(problems)
    return instrument


@dataclass
class CheckResult:
    instruments: list[Instrument] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0


def check_paths(paths: Iterable[Path], settings: StudySettings | None = None) -> CheckResult:
    """Check files and folders (folders are searched for `<id>/v<N>.yaml`)."""
    result = CheckResult()
    for path in paths:
        for file in _expand(path, result):
            result.files += 1
            try:
                result.instruments.append(load_instrument(file, settings))
            except InstrumentError as error:
                result.problems.extend(error.problems)
    return result


def _expand(path: Path, result: CheckResult) -> list[Path]:
    if path.is_dir():
        files = instrument_files(path)
        if not files:
            result.problems.append(
                Problem(str(path), None, "", "no instrument files (<id>/v<N>.yaml) in this folder")
            )
        return files
    if not path.exists():
        result.problems.append(Problem(str(path), None, "", "no such file or folder"))
        return []
    return [path]


def settings_for(paths: Iterable[Path]) -> StudySettings | None:
    """The study settings beside the given instruments (the first folder that has them)."""
    for path in paths:
        for folder in (path, path.parent, path.parent.parent):
            if (folder / SETTINGS_FILE).exists():
                return load_settings(folder)
    return None


def cross_check(
    document: YamlDocument, instrument: Instrument, settings: StudySettings | None
) -> Iterator[Problem]:
    """Rules that span more than one item: path agreement, ids, references, expressions."""
    for path, message in _all_rules(document.path, instrument, document.data, settings):
        yield document.problem(path, message)


def _all_rules(
    file: Path, instrument: Instrument, data: dict[str, Any], settings: StudySettings | None
) -> Iterator[tuple[DataPath, str]]:
    yield from _path_agreement(file, instrument)
    if settings is not None:
        yield from _known_roles_and_waves(instrument, settings)
    yield from _unique_ids(instrument)
    yield from _named_lists(instrument)
    yield from _expressions(instrument)


def _path_agreement(file: Path, instrument: Instrument) -> Iterator[tuple[DataPath, str]]:
    match = VERSION_FILE.match(file.name)
    if not match:
        yield ("version",), f"name the file v{instrument.version}.yaml (v<version>.yaml)"
    elif int(match[1]) != instrument.version:
        yield (
            ("version",),
            (
                f"version {instrument.version} disagrees with the file name {file.name}: set "
                f"`version: {match[1]}` in this file, or move it to v{instrument.version}.yaml"
            ),
        )
    if file.parent.name != instrument.id:
        yield (
            ("id",),
            (
                f"id {instrument.id!r} disagrees with the folder {file.parent.name!r}; "
                f"keep the file at instruments/{instrument.id}/{file.name}"
            ),
        )


def _known_roles_and_waves(
    instrument: Instrument, settings: StudySettings
) -> Iterator[tuple[DataPath, str]]:
    for key, ids, known in (
        ("roles", instrument.roles, settings.role_ids),
        ("waves", instrument.waves, settings.wave_ids),
    ):
        for index, ident in enumerate(ids):
            if ident not in known:
                yield (
                    (key, index),
                    (f"unknown {key[:-1]} {ident!r}; study.yaml defines: {', '.join(known)}"),
                )
    for path, item in _item_paths(instrument):  # live coding subjects are study roles
        for index, ident in enumerate(getattr(item, "subjects", [])):
            if item.type == "events" and ident not in settings.role_ids:
                yield (
                    (*path, "subjects", index),
                    f"unknown role {ident!r}; study.yaml defines: {', '.join(settings.role_ids)}",
                )


def _item_paths(instrument: Instrument) -> Iterator[tuple[DataPath, Any]]:
    for s, section in enumerate(instrument.sections):
        for i, item in enumerate(section.items):
            yield ("sections", s, "items", i), item


def _unique_ids(instrument: Instrument) -> Iterator[tuple[DataPath, str]]:
    seen: dict[str, DataPath] = {}
    sections: set[str] = set()
    for s, section in enumerate(instrument.sections):
        if section.id in sections:
            yield ("sections", s, "id"), f"section id {section.id!r} appears twice"
        sections.add(section.id)
    for path, item in _item_paths(instrument):
        ids = [item.id] + ([item.other_id] if getattr(item, "other", False) else [])
        ids += [sub.id for sub in getattr(item, "items", [])]
        for ident in ids:
            if ident in seen:
                yield (
                    path + ("id",),
                    (
                        f"item id {ident!r} is already used at {_where(seen[ident])}; "
                        "item ids must be unique in the instrument"
                    ),
                )
            seen.setdefault(ident, path)


def _where(path: DataPath) -> str:
    return f"section {path[1] + 1}, item {path[3] + 1}"


def _named_lists(instrument: Instrument) -> Iterator[tuple[DataPath, str]]:
    for path, item in _all_items_with_paths(instrument):
        choices = getattr(item, "choices", None)
        if isinstance(choices, str) and choices not in instrument.choice_lists:
            known = ", ".join(instrument.choice_lists) or "none defined"
            yield (
                path + ("choices",),
                (f"no choice list named {choices!r} under choice_lists (defined: {known})"),
            )
        scale = getattr(item, "scale", None)
        if isinstance(scale, str) and scale not in instrument.scales:
            known = ", ".join(instrument.scales) or "none defined"
            yield path + ("scale",), f"no scale named {scale!r} under scales (defined: {known})"


def _all_items_with_paths(instrument: Instrument) -> Iterator[tuple[DataPath, Any]]:
    for path, item in _item_paths(instrument):
        yield path, item
        for k, sub in enumerate(getattr(item, "items", [])):
            yield path + ("items", k), sub


def _expressions(instrument: Instrument) -> Iterator[tuple[DataPath, str]]:
    top_level = set(instrument.answerable()) | {
        item.other_id for item in instrument.items() if getattr(item, "other", False)
    }
    for s, section in enumerate(instrument.sections):
        if section.show_if:
            yield from _expression(("sections", s, "show_if"), section.show_if, top_level)
    for path, item in _item_paths(instrument):
        yield from _item_expressions(path, item, top_level)
        siblings = top_level | {sub.id for sub in getattr(item, "items", [])}
        for k, sub in enumerate(getattr(item, "items", [])):
            yield from _item_expressions(path + ("items", k), sub, siblings)


def _item_expressions(path: DataPath, item: Any, known: set[str]) -> Iterator[tuple[DataPath, str]]:
    for key in ("show_if", "constraint"):
        text = getattr(item, key, None)
        if text:
            yield from _expression(path + (key,), text, known)


def _expression(path: DataPath, text: str, known: set[str]) -> Iterator[tuple[DataPath, str]]:
    try:
        tree = expressions.parse(text)
    except expressions.ExpressionError as error:
        yield path, f"cannot read the expression {text!r}: {error}"
        return
    for reference in expressions.references(tree):
        head = reference.split(".")[0]
        if head not in known:
            hint = _closest(head, known)
            yield path, f"{path[-1]} names unknown item {head!r}{hint}"


def _closest(word: str, known: set[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def load_folder(folder: Path) -> tuple[StudySettings, list[Instrument]]:
    """Load the settings and every instrument in a folder; any problem raises InstrumentError."""
    settings = load_settings(folder)
    result = check_paths([folder], settings)
    if result.problems:
        raise InstrumentError(result.problems)
    return settings, result.instruments
