"""What every item type provides, in one class: `ItemKind`. One subclass instance per type
(the registry in `casebook.items` lists them) owns the type's pure behaviour; nothing else in
Casebook keeps a table by item type.

The pieces of a kind, and who calls them:
- `check` and `normalise`: the answer checks (`casebook.instruments.answers`);
- `answer_schema` and `generic_schema`: the JSON API (`casebook.api.answer_schemas`);
- `cells`, `wide_parts` and `wide_answered`: the release (`casebook.release.flatten`,
  `casebook.release.tables`);
- `codebook_values`: the release's codebook (`casebook.release.codebook`);
- `fake` and `candidates`: the demo study and the benchmarks (`casebook.demo`);
- `field`, `macro` and `reader` name the UI's pieces: a builder in `casebook.forms.fields`, a
  macro in `templates/casebook/collect/_items.html` and a reader in `static/casebook/form.js`.
"""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from casebook.instruments import expressions

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument

Found = list[tuple[str, str]]
Schema = dict[str, Any]
Clean = Callable[[str], str]
# (column suffix, description, SQLite type) of one column of the wide table; "" for the
# item's own column.
WidePart = tuple[str, str, type]
# The labels of a 1/0 column of the wide table (yes/no items, ticks).
YES_NO = {1: "yes", 0: "no"}


@dataclass(frozen=True)
class Cell:
    """One released scalar: `part` locates it inside a structured answer (`support.score`,
    `covered`, `2.role`); `value` holds codes, numbers, booleans and shifted dates; `label`
    the choice or anchor label; `text` the redacted free text."""

    item: str
    part: str
    value: Any = None
    label: str | None = None
    text: str | None = None


@dataclass
class Policy:
    """How one response's values are released: its date offset and its text cleaner."""

    shift_days: int
    clean: Clean


class ItemKind(ABC):
    """One item type. Subclasses implement every abstract piece; a type that takes no
    answer (a note) says so with `takes_answer = False`."""

    name: ClassVar[str]
    takes_answer: ClassVar[bool] = True
    field: ClassVar[str]  # builder in casebook.forms.fields
    macro: ClassVar[str]  # macro in templates/casebook/collect/_items.html
    reader: ClassVar[str]  # key of READERS in static/casebook/form.js
    coded: ClassVar[bool] = False  # its values are choice codes (the release's `codes` table)

    @abstractmethod
    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        """(path, message) for each problem with the shape or range of this answer."""

    def normalise(self, item: Any, value: Any) -> Any:
        """The answer without its unanswered parts (topics, rows and entries drop them)."""
        return value

    @abstractmethod
    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        """The JSON Schema of the answer to this item of this instrument version."""

    @property
    @abstractmethod
    def generic_schema(self) -> Schema:
        """The shape of any answer of this type (the OpenAPI document's `<Type>Answer`)."""

    @abstractmethod
    def cells(
        self,
        instrument: Instrument,
        item: Any,
        item_id: str,
        part: str,
        value: Any,
        policy: Policy,
        rule: str,
    ) -> Iterator[Cell]:
        """The released scalars of one answer under its release policy `rule` (never
        "drop": those are not released at all)."""

    def blank_answer(self) -> Any:
        """What a release flattens for an item shown but never answered; None: nothing."""
        return None

    @abstractmethod
    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        """The columns of the item in its version's wide table."""

    def wide_answered(self, instrument: Instrument, item: Any, value: Any) -> dict[str, Any]:
        """Column suffix -> what the wide table holds for an answered item before its cells
        are written (a multichoice: 0 for every option; its ticked ones then become 1)."""
        return {}

    def codebook_values(self, instrument: Instrument, item: Any) -> Iterator[tuple[str, Any, int]]:
        """(value, label, position) of each code the codebook lists for this item."""
        return iter(())

    def value_labels(self, instrument: Instrument, item: Any) -> dict[str, dict[Any, str]]:
        """Column suffix (as `wide_parts` names it) -> {value the wide table holds: its label},
        in order, for the columns whose values have labels (the SPSS and Stata exports)."""
        return {}

    @abstractmethod
    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        """One plausible answer in the documented shape (for the demo and benchmarks)."""

    def candidates(self, instrument: Instrument, item: Any) -> list[Any]:
        """A few values to try when a fake answer breaks the item's constraint."""
        return []


class NoAnswerKind(ItemKind):
    """A kind whose item takes no answer (a note, live events): nothing to check, no schema,
    no release columns, no fake value. `refusal` is what a posted answer is told;
    `no_schema` what asking for its schema raises."""

    takes_answer: ClassVar[bool] = False
    field: ClassVar[str] = ""  # no WTForms field
    reader: ClassVar[str] = ""  # nothing to read
    refusal: ClassVar[str]
    no_schema: ClassVar[str]

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        return [(key, self.refusal)]

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        raise ValueError(self.no_schema)

    @property
    def generic_schema(self) -> Schema:
        raise ValueError(self.no_schema)

    def cells(
        self,
        instrument: Instrument,
        item: Any,
        item_id: str,
        part: str,
        value: Any,
        policy: Policy,
        rule: str,
    ) -> Iterator[Cell]:
        return iter(())

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return []

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        return None


def released(
    kind: ItemKind,
    instrument: Instrument,
    item: Any,
    item_id: str,
    part: str,
    value: Any,
    policy: Policy,
) -> Iterator[Cell]:
    """The cells of an answer under the item's own release policy; nothing when it is
    dropped (every identifier is)."""
    rule = item.release_policy()
    if rule == "drop":
        return
    yield from kind.cells(instrument, item, item_id, part, value, policy, rule)


def numeric(item: Any, column: type) -> type:
    """A number column, or text where the release generalises the value into bands."""
    return column if item.release_policy() != "generalize" else str


def free_text(item_id: str, part: str, text: str, policy: Policy, rule: str) -> Cell:
    """Free text as released: kept as typed only where the policy says `keep`."""
    return Cell(item_id, part, text=text if rule == "keep" else policy.clean(text))


def join(part: str, more: str) -> str:
    return f"{part}.{more}" if part else more


def drop_empty(mapping: dict[str, Any]) -> dict[str, Any]:
    """The entries that are answered, by the rule `answered()` uses in expressions."""
    return {k: v for k, v in mapping.items() if expressions.answered(v)}


NOTES = [
    "{name} describes the group as a place where they are listened to.",
    "Says the meetings help to keep the goals in view between appointments.",
    "Mentions that the agenda is now set together before each meeting.",
    "Talks about returning to part-time work as the main goal for the spring.",
    "Finds it hard when several professionals talk at once; asks for shorter meetings.",
    "Describes support from family as steady, but worries about their tiredness.",
    "The case manager follows up on what was agreed; this is valued.",
    "Would like a peer supporter to join the group next term.",
]


def fake_note(rng: random.Random, name: str) -> str:
    """A few invented sentences of interview notes about `name`."""
    return " ".join(rng.choice(NOTES) for _ in range(rng.randint(1, 3))).format(name=name)
