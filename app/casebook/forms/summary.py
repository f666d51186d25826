"""Every problem on a response form, gathered for the page and for JSON answers: messages by
field id, a summary in page order for the top of the page, and problems by item path."""

from __future__ import annotations

from collections.abc import Iterator

from flask_wtf import FlaskForm
from wtforms import Field, FieldList, Form, FormField

from casebook.forms.naming import META_BY_FIELD_ID, META_FIELD_IDS, META_LABELS, field_path
from casebook.forms.problems import extra_errors, meta_problems
from casebook.i18n import _


def walk(form: Form, trail: tuple[str, ...] = ()) -> Iterator[tuple[Field, tuple[str, ...]]]:
    """Every field in page order with the labels leading to it (containers first)."""
    for field in form:
        labels = (*trail, field.label.text)
        yield field, labels
        if isinstance(field, FormField):
            yield from walk(field.form, labels)
        elif isinstance(field, FieldList):
            for number, entry in enumerate(field.entries, start=1):
                entry_labels = (*labels, _("entry %(number)d", number=number))
                yield entry, entry_labels
                yield from walk(entry.form, entry_labels)


def field_errors(form: FlaskForm) -> dict[str, list[str]]:
    """Every message on the page by field id: conversion errors, service problems, and
    problems with the page's own fields such as `meta-date`."""
    extra = extra_errors(form)
    found: dict[str, list[str]] = {}
    for field, _trail in walk(form):
        own = [] if isinstance(field, FormField | FieldList) else list(field.errors or [])
        messages = [*extra.get(field.id, []), *(m for m in own if isinstance(m, str))]
        if messages:
            found[field.id] = messages
    for field_id, messages in extra.items():
        found.setdefault(field_id, messages)
    return found


def error_summary(form: FlaskForm) -> list[tuple[str, str, str]]:
    """(field id, where, message) for each problem in page order, for the summary at the
    top of the page; metadata problems without a field come last with an empty id."""
    errors = field_errors(form)
    summary: list[tuple[str, str, str]] = []
    for field, labels in walk(form):
        for message in errors.pop(field.id, []):
            summary.append((field.id, " › ".join(_short(label) for label in labels), message))
    for field_id, messages in errors.items():
        name = META_BY_FIELD_ID.get(field_id, field_id)
        summary.extend((field_id, str(META_LABELS.get(name, name)), m) for m in messages)
    for name, messages in meta_problems(form).items():
        if name not in META_FIELD_IDS:
            summary.extend(("", str(META_LABELS.get(name, name)), m) for m in messages)
    return summary


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def problems_from_fields(form: FlaskForm) -> dict[str, list[str]]:
    """Field errors keyed by item path (`attendees[0].role`), for a JSON answer."""
    return {field_path(field_id): messages for field_id, messages in field_errors(form).items()}
