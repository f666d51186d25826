"""What the study and release forms share: a comma-separated list of names, and a service's
field problems (`StudyError`) shown against the form's own fields."""

from __future__ import annotations

from flask_wtf import FlaskForm

from casebook.study import StudyError


def split_names(text: str | None) -> list[str]:
    """The names of a comma-separated list, trimmed, empty ones left out."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def attach_errors(form: FlaskForm, error: StudyError, fallback: str = "csrf_token") -> None:
    """Each problem under its field; one the form has no field for under `fallback`."""
    for name, message in error.fields.items():
        getattr(form, name, getattr(form, fallback)).errors.append(message)
