"""Reading the fields of a request: a JSON object's fields, checked one by one with every
problem collected before answering 422, and the whole-number and case query parameters."""

from __future__ import annotations

from typing import Any

from flask import request

from casebook import study
from casebook.api.errors import detail, invalid
from casebook.api.schema import MAX_ID
from casebook.dates import is_date_shaped
from casebook.db import get_db, select
from casebook.nicknames import alias_problem

MAX_LIST = 200  # aliases or contacts in one request


class Fields:
    """Reads the fields of a JSON object, collecting every problem instead of stopping."""

    def __init__(self, body: dict[str, Any], known: set[str]) -> None:
        self.body = body
        self.problems: list[dict[str, str]] = []
        for name in body:
            if name not in known:
                self.add(name, "unknown field")

    def add(self, name: str, message: str) -> None:
        self.problems.append(detail(name, message))

    def _absent(self, name: str, required: bool, nullable: bool, expected: str) -> bool:
        """Whether the field is missing or null; a problem when that is not allowed."""
        if self.body.get(name) is not None:
            return False
        if name in self.body and not nullable:
            self.add(name, f"expected {expected}, not null")
        elif required:
            self.add(name, "required")
        return True

    def text(
        self,
        name: str,
        required: bool = False,
        max_length: int | None = None,
        default: str | None = "",
        nullable: bool = False,
    ) -> str | None:
        if self._absent(name, required, nullable, "text"):
            return default
        value = self.body[name]
        if not isinstance(value, str):
            self.add(name, "expected text")
            return default
        if required and not value.strip():
            self.add(name, "required: must not be blank")
        if max_length is not None and len(value) > max_length:
            self.add(name, f"at most {max_length} characters")
        return value

    def integer(
        self, name: str, required: bool = False, nullable: bool = False, minimum: int = 1
    ) -> int | None:
        if self._absent(name, required, nullable, "a whole number"):
            return None
        value = self.body[name]
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            self.add(name, "expected a whole number")
            return None
        if not minimum <= value <= MAX_ID:
            self.add(name, f"expected a whole number from {minimum} to {MAX_ID}")
            return None
        return int(value)

    def date(self, name: str) -> str | None:
        value = self.text(name, default=None, nullable=True)
        if value and not is_date_shaped(value):
            self.add(name, "a date as YYYY-MM-DD")
        return value or None

    def names(self, name: str, path: str | None = None) -> list[str]:
        value = self.body.get(name)
        path = path or name
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(path, "expected a list of names (text)")
            return []
        if len(value) > MAX_LIST or any(len(v) > 200 for v in value):
            self.add(path, f"at most {MAX_LIST} names of at most 200 characters")
        elif problem := alias_problem(value):
            self.add(path, problem)
        return value

    def case(self, name: str = "case") -> int | None:
        """A case named by its id (a number) or its code (text); None when there is none."""
        value = self.body.get(name)
        if value is None:
            self.add(name, "required: the case's id or code")
            return None
        if isinstance(value, str):
            row = study.case_by_code(get_db(), value.strip())
            if row is None:
                self.add(name, f"no case with code {value!r}")
            return row["id"] if row else None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(name, "expected the case's id (a whole number) or code (text)")
            return None
        number = self.integer(name)
        if number is not None and not _case_exists(number):
            self.add(name, f"no case with id {number}")
            return None
        return number

    def done(self) -> None:
        if self.problems:
            raise invalid(self.problems)


def _case_exists(case_id: int) -> bool:
    return bool(select(get_db(), "SELECT 1 FROM cases WHERE id = ?", [case_id]))


def query_id(name: str) -> int | None:
    """A whole-number query parameter; 422 when it is not one; an out-of-range number is
    returned as 0 so it matches nothing."""
    value = request.args.get(name)
    if value is None or value == "":
        return None
    if not value.isascii() or not value.isdigit():
        raise invalid([{"field": name, "message": "expected a whole number"}])
    number = int(value)
    return number if number <= MAX_ID else 0


def query_case() -> int | None:
    """The `?case=` query parameter (an id or a code) as a case id; None when it is not
    given, 0 (matching nothing) when no case has it."""
    value = request.args.get("case")
    if value is None or value == "":
        return None
    if value.isascii() and value.isdigit():
        return int(value) if int(value) <= MAX_ID else 0
    row = study.case_by_code(get_db(), value.strip())
    return row["id"] if row else 0
