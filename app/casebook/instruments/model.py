"""The instrument model: the one validated description of an interview guide, observation
checklist or coding frame. Forms, answer validation, storage, the codebook and (later) releases
all read this model; nothing else restates what an instrument says.

The YAML format is documented in docs/instruments.md; `instrument_json_schema()` is generated
from these classes and shipped as `app/casebook/instruments/instrument.schema.json`.
"""

from __future__ import annotations

import hashlib
import json
import operator
from functools import reduce
from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
INSTRUMENT_ID_PATTERN = r"^[a-z][a-z0-9_-]*$"

Id = Annotated[
    str,
    Field(pattern=ID_PATTERN, max_length=64, description="Lower-case letters, digits and _."),
]
Label = Annotated[
    str | dict[str, str],
    Field(description="Plain text, or a mapping of language code to text: {en: ..., sv: ...}."),
]
OTHER = "other"
OTHER_LABEL = {"en": "Other, please specify", "sv": "Annat, ange vad"}

Deid = Literal["keep", "drop", "redact", "shift", "generalize"]
Kind = Literal["interview", "observation", "coding"]


def label_text(
    label: str | dict[str, str] | None, language: str = "en", fallback: str | None = None
) -> str:
    """The text of a label in `language`; where it has none, in `fallback` (an instrument's
    first language), then English, then any language it has."""
    if label is None:
        return ""
    if isinstance(label, str):
        return label
    for code in (language, fallback, "en"):
        if code and label.get(code):
            return label[code]
    return next(iter(label.values()), "")


class Strict(BaseModel):
    """Base for every part of the format: unknown keys are errors, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Choice(Strict):
    value: str = Field(
        pattern=ID_PATTERN, description="The stored code, e.g. `mutual`. Quote it in YAML."
    )
    label: Label


def _unique_values(choices: list[Choice]) -> list[Choice]:
    seen: set[str] = set()
    for choice in choices:
        if choice.value in seen:
            raise ValueError(f"choice value {choice.value!r} appears twice; values must be unique")
        seen.add(choice.value)
    return choices


class Scale(Strict):
    """An integer scale with labelled anchors, shared by scale items and checklist rows."""

    min: int = 0
    max: int
    anchors: dict[int, Label] = Field(
        default_factory=dict, description="Labels for some or all points, e.g. {0: Absent}."
    )
    not_observed: bool = Field(False, description="Offer a 'not observed' answer.")

    @model_validator(mode="after")
    def _range(self) -> Scale:
        if self.min >= self.max:
            raise ValueError(f"scale min ({self.min}) must be below max ({self.max})")
        outside = [point for point in self.anchors if not self.min <= point <= self.max]
        if outside:
            raise ValueError(f"anchor {outside[0]} lies outside the scale {self.min}..{self.max}")
        return self


class ItemBase(Strict):
    """What every item shares: an id unique in the instrument, a label and help text."""

    id: Id
    label: Label
    help: Label | None = None

    in_repeat: ClassVar[bool] = True  # may be one of a repeat's items


class AnswerableBase(ItemBase):
    """What every item that takes an answer may say."""

    required: bool = False
    show_if: str | None = Field(None, description="Expression; the item is shown when it is true.")
    constraint: str | None = Field(None, description="Expression over `.` (this answer).")
    constraint_message: Label | None = None
    identifier: bool = Field(False, description="A direct identifier: never published.")
    deid: Deid | None = Field(None, description="Release policy; a safe default by type.")

    default_deid: ClassVar[str] = "keep"

    def release_policy(self) -> Deid:
        """The de-identification policy the release applies: identifiers are always dropped."""
        if self.identifier:
            return "drop"
        return self.deid or self.default_deid  # type: ignore[return-value]

    @model_validator(mode="after")
    def _identifier_not_kept(self) -> AnswerableBase:
        if self.identifier and self.deid not in (None, "drop"):
            raise ValueError(
                f"item {self.id!r} is an identifier, so its deid policy must be 'drop' "
                f"(or left out), not {self.deid!r}"
            )
        if self.constraint_message and not self.constraint:
            raise ValueError("constraint_message without a constraint")
        return self


class TextItem(AnswerableBase):
    type: Literal["text"]
    max_length: int | None = Field(None, gt=0)
    default_deid: ClassVar[str] = "redact"


class LongTextItem(AnswerableBase):
    type: Literal["longtext"]
    max_length: int | None = Field(None, gt=0)
    default_deid: ClassVar[str] = "redact"


class NumberItem(AnswerableBase):
    type: Literal["number"]
    decimal: bool = Field(False, description="Allow decimals; otherwise whole numbers only.")
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    bands: list[float] | None = Field(
        None, description="Band edges used when deid is 'generalize', e.g. [18, 30, 45, 65]."
    )

    @model_validator(mode="after")
    def _number_rules(self) -> NumberItem:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is above max ({self.max:g})")
        if self.deid == "generalize" and not self.bands:
            raise ValueError("deid 'generalize' on a number needs `bands`, e.g. [18, 30, 45, 65]")
        if self.bands and sorted(self.bands) != self.bands:
            raise ValueError("bands must be in increasing order")
        return self


class DateItem(AnswerableBase):
    type: Literal["date"]
    default_deid: ClassVar[str] = "shift"


class TimeItem(AnswerableBase):
    type: Literal["time"]


class DurationItem(AnswerableBase):
    type: Literal["duration"]
    max: int | None = Field(None, gt=0, description="Largest allowed duration in minutes.")


class BooleanItem(AnswerableBase):
    type: Literal["boolean"]


class ChoiceBase(AnswerableBase):
    choices: list[Choice] | str = Field(
        description="Inline choices, or the name of a list under `choice_lists`."
    )
    other: bool = Field(False, description="Add 'Other, please specify' with a text box.")

    @field_validator("choices")
    @classmethod
    def _choices_unique(cls, value: list[Choice] | str) -> list[Choice] | str:
        if isinstance(value, list):
            if not value:
                raise ValueError("a choice item needs at least one choice")
            _unique_values(value)
        return value

    @property
    def other_id(self) -> str:
        """The id of the derived 'please specify' text answer."""
        return f"{self.id}_other"


class SingleChoiceItem(ChoiceBase):
    type: Literal["choice"]


class MultiChoiceItem(ChoiceBase):
    type: Literal["multichoice"]


class ScaleItem(AnswerableBase):
    type: Literal["scale"]
    scale: Scale | str = Field(description="An inline scale, or the name of one under `scales`.")


class ChecklistRow(Strict):
    id: Id
    label: Label
    help: Label | None = None


class ChecklistItem(AnswerableBase):
    """Rows sharing one scale, each with an optional evidence note (a meeting checklist)."""

    type: Literal["checklist"]
    scale: Scale | str
    rows: list[ChecklistRow] = Field(min_length=1)
    evidence: bool = Field(True, description="Offer an evidence note per row.")
    evidence_label: Label = "Evidence"
    require_every_row: bool = Field(
        True,
        description="Before the response is marked complete, every row must be scored, "
        "marked 'not observed' or left out with a reason. `false` lets rows stay unscored; "
        "a release then marks them 'not scored'.",
    )
    default_deid: ClassVar[str] = "redact"
    in_repeat: ClassVar[bool] = False

    @field_validator("rows")
    @classmethod
    def _rows_unique(cls, rows: list[ChecklistRow]) -> list[ChecklistRow]:
        _no_duplicate_ids(rows, "row")
        return rows


class Probe(Strict):
    id: Id
    label: Label


class TopicItem(AnswerableBase):
    """The unit of a semi-structured interview: a main question with probes, a covered tick
    and notes. Topics may be visited in any order."""

    type: Literal["topic"]
    probes: list[Probe] = Field(default_factory=list)
    probe_ticks: bool = Field(False, description="Offer a 'covered' tick per probe.")
    default_deid: ClassVar[str] = "redact"
    in_repeat: ClassVar[bool] = False

    @field_validator("probes")
    @classmethod
    def _probes_unique(cls, probes: list[Probe]) -> list[Probe]:
        _no_duplicate_ids(probes, "probe")
        return probes


class EventCode(Strict):
    """One code of a live coding scheme: a point (a moment) or a state (with a start and a
    stop, toggled by the same button), coded against the meeting clock."""

    code: Id
    label: Label
    kind: Literal["point", "state"] = Field("point", description="A moment, or a state that lasts.")
    key: str | None = Field(
        None, pattern=r"^[a-z0-9]$", description="A keyboard key that codes it (a-z, 0-9)."
    )
    category: Id | None = Field(None, description="Groups buttons on the page and in the release.")
    subject: bool = Field(False, description="Each event names the role it concerns.")


class EventsItem(ItemBase):
    """Live event coding: a scheme of codes the observer taps against a meeting clock. The
    events are stored one by one, appended, outside the response's answers."""

    type: Literal["events"]
    events: list[EventCode] = Field(min_length=1)
    subjects: list[str] = Field(
        default_factory=list,
        description="Roles (study.yaml ids) an event may concern; empty: every study role.",
    )
    in_repeat: ClassVar[bool] = False

    @model_validator(mode="after")
    def _scheme(self) -> EventsItem:
        codes = [e.code for e in self.events]
        if len(set(codes)) != len(codes):
            raise ValueError("each event code may appear once in a scheme")
        keys = [e.key for e in self.events if e.key]
        if len(set(keys)) != len(keys):
            raise ValueError("each keyboard key may code one event only")
        return self

    def code(self, code: str) -> EventCode | None:
        return next((e for e in self.events if e.code == code), None)


class NoteItem(ItemBase):
    """Text shown to the interviewer; takes no answer."""

    type: Literal["note"]


class RepeatItem(AnswerableBase):
    """A group of simple items entered any number of times within bounds."""

    type: Literal["repeat"]
    items: list[RowItem] = Field(min_length=1)  # RowItem is derived below, from ITEM_CLASSES
    min: int = Field(0, ge=0)
    max: int | None = Field(None, ge=1)
    add_label: Label = "Add another"
    in_repeat: ClassVar[bool] = False

    @model_validator(mode="after")
    def _bounds(self) -> RepeatItem:
        if self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is above max ({self.max})")
        _no_duplicate_ids(self.items, "item")
        return self


# The item types, in the order the format reference lists them: the one list from which the
# discriminated unions and ITEM_TYPES are derived. Each type's behaviour lives in
# casebook.items (one kind per type); adding one: docs/development.md.
ITEM_CLASSES: tuple[type[ItemBase], ...] = (
    TopicItem,
    TextItem,
    LongTextItem,
    NumberItem,
    DateItem,
    TimeItem,
    DurationItem,
    BooleanItem,
    SingleChoiceItem,
    MultiChoiceItem,
    ScaleItem,
    ChecklistItem,
    RepeatItem,
    EventsItem,
    NoteItem,
)


def _type_name(cls: type[ItemBase]) -> str:
    return get_args(cls.model_fields["type"].annotation)[0]


def _union(classes: tuple[type[ItemBase], ...]) -> Any:
    return Annotated[reduce(operator.or_, classes), Field(discriminator="type")]


ITEM_TYPES: tuple[str, ...] = tuple(_type_name(cls) for cls in ITEM_CLASSES)
ROW_ITEM_TYPES: tuple[str, ...] = tuple(_type_name(c) for c in ITEM_CLASSES if c.in_repeat)
RowItem = _union(tuple(cls for cls in ITEM_CLASSES if cls.in_repeat))
Item = _union(ITEM_CLASSES)
RepeatItem.model_rebuild()


class Section(Strict):
    id: Id
    title: Label
    help: Label | None = None
    show_if: str | None = None
    items: list[Item] = Field(min_length=1)


def _no_duplicate_ids(things: list[Any], what: str) -> None:
    seen: set[str] = set()
    for thing in things:
        if thing.id in seen:
            raise ValueError(f"{what} id {thing.id!r} appears twice; ids must be unique")
        seen.add(thing.id)


class Instrument(Strict):
    """One version of one instrument, as written in `instruments/<id>/v<version>.yaml`."""

    id: str = Field(pattern=INSTRUMENT_ID_PATTERN, max_length=64)
    version: int = Field(ge=1)
    kind: Kind
    title: Label
    description: Label | None = None
    roles: list[str] = Field(
        default_factory=list,
        description="Participant roles an interview is for (study.yaml ids); empty for cases.",
    )
    waves: list[str] = Field(min_length=1, description="Waves (study.yaml ids) it is used in.")
    languages: list[str] = Field(default_factory=lambda: ["en"])
    choice_lists: dict[str, Annotated[list[Choice], AfterValidator(_unique_values)]] = Field(
        default_factory=dict, description="Choice lists defined once and named by items."
    )
    scales: dict[str, Scale] = Field(default_factory=dict)
    sections: list[Section] = Field(min_length=1)

    @model_validator(mode="after")
    def _interview_has_roles(self) -> Instrument:
        if self.kind == "interview" and not self.roles:
            raise ValueError("an interview must list the participant `roles` it is for")
        return self

    @property
    def about_participant(self) -> bool:
        """Interviews are about one participant; observations and codings about a case."""
        return self.kind == "interview"

    def items(self) -> list[Any]:
        """Every top-level item, in order, across sections."""
        return [item for section in self.sections for item in section.items]

    def answerable(self) -> dict[str, Any]:
        """Top-level items that take an answer, by id."""
        return {item.id: item for item in self.items() if item.type not in ("note", "events")}

    def section_of(self, item_id: str) -> Section:
        return next(s for s in self.sections if any(i.id == item_id for i in s.items))

    def choices_for(self, item: ChoiceBase) -> list[Choice]:
        """The choices of a choice item, resolving a named list; `other: true` adds
        'Other, please specify' (value `other`) unless the list already has it."""
        choices = self.choice_lists[item.choices] if isinstance(item.choices, str) else item.choices
        if item.other and all(c.value != OTHER for c in choices):
            choices = [*choices, Choice(value=OTHER, label=OTHER_LABEL)]
        return choices

    def scale_for(self, item: ScaleItem | ChecklistItem) -> Scale:
        """The scale of a scale or checklist item, resolving a named scale."""
        if isinstance(item.scale, str):
            return self.scales[item.scale]
        return item.scale

    def definition(self) -> dict[str, Any]:
        """The parsed content as plain JSON data (what is stored and hashed)."""
        return self.model_dump(mode="json", exclude_defaults=True)

    def content_hash(self) -> str:
        """sha256 of the canonical JSON of the parsed content: formatting and comments in the
        YAML do not change it; any change of meaning does."""
        canonical = json.dumps(self.definition(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()


def instrument_json_schema() -> dict[str, Any]:
    """The JSON Schema of the instrument format, generated from the model."""
    schema = Instrument.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Casebook instrument"
    return schema
