"""A `show_if` expression as REDCap branching logic, or a refusal that says why.

The expression is parsed by Casebook's own parser (`casebook.instruments.expressions`) and
its tree translated so that REDCap shows a field exactly when Casebook would: REDCap has
`=`, `<>`, `<`, `<=`, `>`, `>=`, `and`, `or`, parentheses and `sum()`, but no `not`, so a
negation is pushed inward (De Morgan; `not x == 1` is `[x] <> '1'`). A missing answer is
'' in REDCap; where Casebook says a comparison with a missing answer is false (`x > 3`) the
translation says so too (`([x] <> '' and [x] > 3)`). Checkbox options are `[x(code)]`,
'1' when ticked and '0' when not.

What has no faithful counterpart (`.`, lists compared with lists, a yes/no compared with a
number, count() of anything but a multichoice, text ordered like numbers, quotes inside
text, items inside repeats) raises `Untranslatable` instead of a guess."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casebook.instruments import expressions
from casebook.instruments.checklists import LEFT_OUT, NOT_OBSERVED
from casebook.instruments.model import Instrument

ORDERINGS = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}  # each with its complement
# REDCap field kinds: a yes/no (1/0), a number, text (codes, dates and times included),
# the options of a checkbox, or one option of one.
SIMPLE = {
    "text": "text",
    "longtext": "text",
    "date": "date",
    "time": "text",
    "choice": "text",
    "number": "number",
    "duration": "number",
    "scale": "number",
    "boolean": "yesno",
}


class Untranslatable(ValueError):
    """A show_if REDCap branching logic cannot say; the message names what and why."""


@dataclass(frozen=True)
class Field:
    """A REDCap field an expression refers to: `[name]`, or with `options` a checkbox."""

    name: str
    kind: str  # yesno, number, text, date, checkbox, option
    options: tuple[str, ...] = ()  # a checkbox's codes; a number's codes that are no number

    @property
    def ref(self) -> str:
        return f"[{self.name}]"


def branching_logic(instrument: Instrument, expression: str) -> str:
    """REDCap branching logic that shows a field exactly when `expression` holds."""
    try:
        tree = expressions.parse(expression)
    except expressions.ExpressionError as error:
        raise Untranslatable(str(error)) from None
    return _Translator(instrument).truth(tree, negate=False)


def both(first: str, second: str) -> str:
    """Two pieces of branching logic that must both hold (a section's and an item's)."""
    if first and second:
        return f"({first}) and ({second})"
    return first or second


class _Translator:
    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.items = instrument.answerable()

    def field(self, node: dict[str, Any]) -> Field:
        if node["op"] != "ref":
            raise Untranslatable("only item answers can be compared in REDCap branching logic")
        path = node["path"]
        first = path[0]
        item = self.items.get(first)
        if item is None and first.endswith("_other") and first[: -len("_other")] in self.items:
            if len(path) == 1:
                return Field(first, "text")
        if item is None:
            raise Untranslatable(f"{'.'.join(path)} is not an item of this instrument")
        if len(path) == 1 and item.type in SIMPLE:
            blanks = (NOT_OBSERVED,) if item.type == "scale" else ()
            if blanks and not self.instrument.scale_for(item).not_observed:
                blanks = ()
            return Field(first, SIMPLE[item.type], blanks)
        if len(path) == 1 and item.type == "multichoice":
            values = tuple(c.value for c in self.instrument.choices_for(item))
            return Field(first, "checkbox", values)
        if item.type == "topic" and path[1:] == ["covered"]:
            return Field(f"{first}_covered", "yesno")
        if item.type == "topic" and path[1:] == ["notes"]:
            return Field(f"{first}_notes", "text")
        probes = {p.id for p in item.probes} if item.type == "topic" and item.probe_ticks else ()
        if len(path) == 3 and path[1] == "probes" and path[2] in probes:
            return Field(f"{first}_probes({path[2]})", "option")
        rows = {r.id for r in item.rows} if item.type == "checklist" else ()
        if len(path) == 3 and path[1] in rows and path[2] == "score":
            return Field(f"{first}_{path[1]}", "number", row_blanks(self.instrument, item))
        raise Untranslatable(f"{'.'.join(path)} ({item.type}) has no REDCap field to test")

    # --- truth: the expression as a condition ---------------------------------------------

    def truth(self, node: dict[str, Any], negate: bool) -> str:
        op = node["op"]
        if op == "not":
            return self.truth(node["arg"], not negate)
        if op in ("and", "or"):
            joiner = {"and": " or ", "or": " and "}[op] if negate else f" {op} "
            return joiner.join(f"({self.truth(arg, negate)})" for arg in node["args"])
        if op in ("==", "!="):
            return self.equality(node["left"], node["right"], negate != (op == "!="))
        if op in ORDERINGS:
            return self.ordering(op, node["left"], node["right"], negate)
        if op == "in":
            return self.membership(node["left"], node["right"], negate)
        if op == "call":
            return self.call(node, negate)
        if op == "ref":
            return self.answered_true(self.field(node), negate)
        raise Untranslatable("a constant or `.` cannot decide whether a field is shown")

    def equality(self, left: dict, right: dict, negate: bool) -> str:
        if left["op"] == "lit" and right["op"] != "lit":
            left, right = right, left
        sign = "<>" if negate else "="
        if _is_count(left):
            return f"{self.counted(left)} {sign} {_number(right)}"
        field = self.field(left)
        if field.kind in ("checkbox", "option"):
            raise Untranslatable(f"{field.name} is compared as a whole; use has() or in")
        if right["op"] == "ref":
            return f"{field.ref} {sign} {self.field(right).ref}"
        return f"{field.ref} {sign} {self.value(field, right)}"

    def value(self, field: Field, literal: dict) -> str:
        value = literal["value"]
        if literal["op"] != "lit" or isinstance(value, list):
            raise Untranslatable("only single values can be compared in REDCap branching logic")
        if value is None:
            return "''"
        if field.kind == "yesno":
            if not isinstance(value, bool):
                raise Untranslatable(f"{field.name} is yes/no and is compared with {value!r}")
            return f"'{1 if value else 0}'"
        if isinstance(value, bool):
            raise Untranslatable(f"{field.name} is not yes/no and is compared with {value}")
        if isinstance(value, str) and ("'" in value or '"' in value):
            raise Untranslatable(f"the text {value!r} holds quotes REDCap cannot escape")
        return f"'{value}'"

    def ordering(self, op: str, left: dict, right: dict, negate: bool) -> str:
        if left["op"] == "lit":
            op = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}[op]
            left, right = right, left
        if _is_count(left):
            return f"{self.counted(left)} {ORDERINGS[op] if negate else op} {_number(right)}"
        field = self.field(left)
        value = right.get("value")
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if right["op"] != "lit" or not (
            (field.kind == "number" and number) or (field.kind == "date" and isinstance(value, str))
        ):
            raise Untranslatable(f"{field.name} {op} … compares values REDCap orders differently")
        shown = value if number else self.value(field, right)
        # A missing answer, or "not observed" on a scale, is no number: never in order.
        blanks = ["''", *(f"'{code}'" for code in field.options)]
        if negate:
            missing = " or ".join(f"{field.ref} = {blank}" for blank in blanks)
            return f"{missing} or {field.ref} {ORDERINGS[op]} {shown}"
        present = " and ".join(f"{field.ref} <> {blank}" for blank in blanks)
        return f"{present} and {field.ref} {op} {shown}"

    def membership(self, left: dict, right: dict, negate: bool) -> str:
        if right["op"] == "ref":
            field = self.field(right)
            if field.kind != "checkbox" or left["op"] != "lit":
                raise Untranslatable(f"`in {field.name}` needs a multichoice and a value")
            return self.ticked(field, left["value"], negate)
        if left["op"] == "ref" and right["op"] == "lit" and isinstance(right["value"], list):
            field = self.field(left)
            pieces = [
                self.equality(left, {"op": "lit", "value": v}, negate) for v in right["value"]
            ]
            if not pieces:
                raise Untranslatable("`in []` is never true")
            return (" and " if negate else " or ").join(pieces)
        raise Untranslatable("`in` compares an item with a list, or a value with a multichoice")

    def ticked(self, field: Field, value: Any, negate: bool) -> str:
        if value not in field.options:
            raise Untranslatable(f"{value!r} is not an option of {field.name}")
        return f"[{field.name}({value})] = '{0 if negate else 1}'"

    def call(self, node: dict[str, Any], negate: bool) -> str:
        name, args = node["fn"], node["args"]
        field = self.field(args[0])
        if name == "has":
            if field.kind == "checkbox":
                return self.ticked(field, args[1]["value"], negate)
            return self.equality(args[0], args[1], negate)
        if name == "answered":
            return self.answered(field, negate)
        raise Untranslatable(f"{name}() can only be compared, e.g. count(x) > 1")

    def answered(self, field: Field, negate: bool) -> str:
        if field.kind == "checkbox":
            joiner = " and " if negate else " or "
            return joiner.join(self.ticked(field, v, negate) for v in field.options)
        if field.kind == "option":
            return f"{field.ref} = '{0 if negate else 1}'"
        return f"{field.ref} {'=' if negate else '<>'} ''"

    def answered_true(self, field: Field, negate: bool) -> str:
        """A bare reference: true when answered, and not false or 0."""
        if field.kind in ("yesno", "option"):
            return f"{field.ref} {'<>' if negate else '='} '1'"
        if field.kind == "number":
            if negate:
                return f"{field.ref} = '' or {field.ref} = 0"
            return f"{field.ref} <> '' and {field.ref} <> 0"
        return self.answered(field, negate)

    def counted(self, node: dict[str, Any]) -> str:
        """count(x) of a multichoice: how many of its options are ticked."""
        field = self.field(node["args"][0])
        if field.kind != "checkbox":
            raise Untranslatable(f"count() of {field.name}: only a multichoice is counted")
        return "sum(" + ", ".join(f"[{field.name}({v})]" for v in field.options) + ")"


def row_blanks(instrument: Instrument, item: Any) -> tuple[str, ...]:
    """The codes a checklist row takes besides its points: not observed (where the scale
    offers it) and left out."""
    observed = instrument.scale_for(item).not_observed
    return (NOT_OBSERVED, LEFT_OUT) if observed else (LEFT_OUT,)


def _is_count(node: dict[str, Any]) -> bool:
    return node["op"] == "call" and node["fn"] == "count"


def _number(node: dict[str, Any]) -> str:
    value = node.get("value")
    if node["op"] != "lit" or isinstance(value, bool) or not isinstance(value, int | float):
        raise Untranslatable("count() is compared with a number only")
    return str(value)
