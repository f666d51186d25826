"""The response form's field of each item type, by the name its kind gives it
(`casebook.items.ItemKind.field`): simple.py for items that take one value, structured.py for
topics, checklists and repeats."""

from __future__ import annotations

from typing import Any

from casebook.forms.fields import simple, structured
from casebook.forms.fields.base import ItemField, named_fields, row_options, scale_options
from casebook.forms.fields.structured import MAX_ROWS, row_form
from casebook.items import kind_of

FIELDS: dict[str, ItemField] = {**named_fields(vars(simple)), **named_fields(vars(structured))}


def field_of(item: Any) -> ItemField:
    """The form field of an item that takes an answer."""
    return FIELDS[kind_of(item).field]


__all__ = [
    "FIELDS",
    "MAX_ROWS",
    "ItemField",
    "field_of",
    "row_form",
    "row_options",
    "scale_options",
]
