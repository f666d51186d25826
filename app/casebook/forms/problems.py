"""Problems on a response form: the service layer's problems, keyed by item path, put back on
the fields they concern; errors of containers (a topic, a checklist, a repeat) and of the
page's own fields kept by field id; problems with the response's metadata kept by name."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from flask_wtf import FlaskForm
from wtforms import Field, FieldList, FormField

from casebook.forms.naming import META_FIELD_IDS, META_LABELS, field_key

_ERRORS = "_casebook_errors"  # container and page-field errors, by field id
_META = "_casebook_meta"  # problems with the response's metadata, by name
_ROWS = "_casebook_rows"  # on a repeat's FieldList: entry index of each stored answer row
_PATH_PART = re.compile(r"^([a-z0-9_]+)(?:\[(\d+)\])?$")


def prepare_problems(form: FlaskForm) -> None:
    """Give a new form empty places for the problems WTForms has no place for."""
    setattr(form, _ERRORS, {})
    setattr(form, _META, {})


def remember_rows(field: FieldList, entry_indexes: list[int]) -> None:
    """Which entry of a repeat each answer row was read from (empty rows are left out), so a
    problem with `attendees[1]` lands on the entry it came from."""
    setattr(field, _ROWS, entry_indexes)


def extra_errors(form: FlaskForm) -> dict[str, list[str]]:
    """Errors of containers and of the page's own fields, by field id."""
    return getattr(form, _ERRORS, {})


def meta_problems(form: FlaskForm) -> dict[str, list[str]]:
    """Problems with the response's metadata (date, participant, ...), by name."""
    return getattr(form, _META, {})


def attach_problems(form: FlaskForm, problems: Mapping[str, list[str]]) -> None:
    """Put problems keyed by item path (`goals`, `process_scores.support.score`,
    `attendees[1].role`, `setting_place_other`) on the fields they concern. Problems with
    the response itself (`participant`, `date`, ...) go to `form.form_errors`."""
    for path, messages in problems.items():
        target = field_for_path(form, path)
        if target is not None:
            _field_error(form, target, messages)
            continue
        name = path.split(".")[0]
        label = META_LABELS.get(name, name)
        form.form_errors.extend(f"{label}: {message}" for message in messages)
        getattr(form, _META).setdefault(name, []).extend(messages)
        if name in META_FIELD_IDS:
            getattr(form, _ERRORS).setdefault(META_FIELD_IDS[name], []).extend(messages)


def field_for_path(form: FlaskForm, path: str) -> Field | None:
    """The deepest field an item path leads to; None when its first part is no field."""
    container: Any = form
    found: Field | None = None
    for part in path.split("."):
        match = _PATH_PART.match(part)
        field = _child(container, match[1]) if match else None
        if field is None:
            break
        found, container = field, None
        if isinstance(field, FieldList) and match[2] is not None:
            entry = _entry(field, int(match[2]))
            if entry is None:
                break
            found, container = entry, entry.form
        elif isinstance(field, FormField):
            container = field.form
    return found


def _child(container: Any, name: str) -> Field | None:
    if container is None:
        return None
    key = field_key(name)
    return container[key] if key in container else None


def _entry(field: FieldList, answer_index: int) -> FormField | None:
    rows = getattr(field, _ROWS, None)
    index = rows[answer_index] if rows is not None and answer_index < len(rows) else answer_index
    return field.entries[index] if index < len(field.entries) else None


def _field_error(form: FlaskForm, field: Field, messages: list[str]) -> None:
    if isinstance(field, FormField | FieldList):
        getattr(form, _ERRORS).setdefault(field.id, []).extend(messages)
    else:
        field.errors = [*field.errors, *messages]


def container_error(form: FlaskForm, field: Field, message: str) -> None:
    """A problem with a container field as a whole, e.g. too many repeat entries."""
    getattr(form, _ERRORS).setdefault(field.id, []).append(message)
