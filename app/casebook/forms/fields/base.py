"""What the response form knows about one item type (`ItemField`), and what the fields share:
labels in the form's language and the options of a scale or checklist row."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from casebook.i18n import _
from casebook.instruments.checklists import LEFT_OUT, NOT_OBSERVED
from casebook.instruments.model import Instrument, label_text
from casebook.language import form_language

Text = Callable[[Any], str]


class ItemField:
    """How the response form shows, fills and reads one item type. Each item kind names its
    field (`ItemKind.field`); the form finds it with `casebook.forms.fields.field_of`."""

    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        """The unbound WTForms field, labelled with `text(label)`."""
        raise NotImplementedError

    def initial(self, item: Any, value: Any) -> Any:
        """A stored answer as the form's data."""
        return value

    def read(self, instrument: Instrument, item: Any, field: Any) -> Any:
        """The posted field as an answer in the documented shape (None when unanswered)."""
        return field.data

    def problem(self, instrument: Instrument, item: Any, field: Any) -> str | None:
        """What the form itself refuses in the posted field (not the answer checks' job)."""
        return None


def named_fields(namespace: Mapping[str, Any]) -> dict[str, ItemField]:
    """The item fields of a module, by the name a kind gives them."""
    return {name: obj for name, obj in namespace.items() if isinstance(obj, ItemField)}


def labels(instrument: Instrument, language: str | None) -> Text:
    """Labels of this instrument in the form's language, each falling back to the
    instrument's first language."""
    chosen = form_language(instrument, language)
    return lambda label: label_text(label, chosen, instrument.languages[0])


def scale_options(
    instrument: Instrument, item: Any, language: str | None = None
) -> list[tuple[str, str, str]]:
    """(value, number, anchor label) for each point of a scale, then 'not observed'."""
    text = labels(instrument, language)
    scale = instrument.scale_for(item)
    options = [
        (str(point), str(point), text(scale.anchors.get(point)))
        for point in range(scale.min, scale.max + 1)
    ]
    if scale.not_observed:
        options.append((NOT_OBSERVED, "", _("Not observed")))
    return options


def row_options(
    instrument: Instrument, item: Any, language: str | None = None
) -> list[tuple[str, str, str]]:
    """The options of a checklist row: the scale's, then 'leave out' (with a reason)."""
    return [*scale_options(instrument, item, language), (LEFT_OUT, "", _("Leave out"))]


def read_text(field: Any) -> str:
    return (field.data or "").replace("\r\n", "\n").replace("\r", "\n")


def scale_value(value: Any) -> int | str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        return int(value)
    return value  # "not_observed", or something check_answers will explain
