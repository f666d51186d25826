"""Item types: one home each. Every type in the instrument model (`ITEM_TYPES`, derived from
its classes) has one `ItemKind` here that owns its pure behaviour (see base.py for the pieces);
the UI's form field, template macro and browser reader are named by the kind. Adding a type:
docs/development.md, "Adding an item type"."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casebook.instruments.model import ITEM_TYPES, ROW_ITEM_TYPES
from casebook.items.base import Cell, ItemKind, Policy, released
from casebook.items.checklist import CHECKLIST
from casebook.items.events import EVENTS
from casebook.items.repeat import REPEAT
from casebook.items.rows import ROW_KINDS
from casebook.items.topic import TOPIC


def registry(
    kinds: Iterable[ItemKind],
    row_kinds: Iterable[str],
    item_types: tuple[str, ...],
    row_types: tuple[str, ...],
) -> dict[str, ItemKind]:
    """The kinds by type name in the model's order; refused at import time when a type of
    the model has no kind (or a kind no type), so it never fails in the middle of a save or
    a publish."""
    by_name = {kind.name: kind for kind in kinds}
    rows = set(row_kinds)
    if set(by_name) != set(item_types) or rows != set(row_types):
        raise RuntimeError(
            "every item type needs one kind in casebook.items: model types "
            f"{sorted(item_types)}, kinds {sorted(by_name)}; types a repeat may hold "
            f"{sorted(row_types)}, kinds {sorted(rows)}"
        )
    return {name: by_name[name] for name in item_types}


KINDS: dict[str, ItemKind] = registry(
    [*ROW_KINDS.values(), TOPIC, CHECKLIST, REPEAT, EVENTS], ROW_KINDS, ITEM_TYPES, ROW_ITEM_TYPES
)


def kind_of(item: Any) -> ItemKind:
    """The kind of an item (anything with a `type`, e.g. a derived 'other' text answer)."""
    return KINDS[item.type]


__all__ = ["KINDS", "Cell", "ItemKind", "Policy", "kind_of", "registry", "released"]
