"""The item types a repeat's entries may hold, by name: every type that takes one value,
and notes. (The model says the same with `RowItem`; `casebook.items` checks they agree.)"""

from __future__ import annotations

from casebook.items.base import ItemKind
from casebook.items.boolean import BOOLEAN
from casebook.items.calendar import DATE_KIND, TIME_KIND
from casebook.items.choice import CHOICE, MULTICHOICE
from casebook.items.note import NOTE
from casebook.items.number import DURATION, NUMBER
from casebook.items.scale import SCALE
from casebook.items.text import LONGTEXT, TEXT

ROW_KINDS: dict[str, ItemKind] = {
    kind.name: kind
    for kind in (
        TEXT,
        LONGTEXT,
        NUMBER,
        DATE_KIND,
        TIME_KIND,
        DURATION,
        BOOLEAN,
        CHOICE,
        MULTICHOICE,
        SCALE,
        NOTE,
    )
}
