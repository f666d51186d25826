"""The `show_if` / `constraint` expression language: parsed once here, evaluated anywhere.

An expression is parsed by a real LALR parser (lark, see `GRAMMAR`), never `eval`, into a
JSON tree. This module and `static/casebook/expressions.js` walk the same tree with the same
rules (the functions below have the same names in both files) and are tested against one
shared table of cases, `tests/expression_cases.json`.

Literals
    Numbers: `3`, `-2`, `0.5`, `-1.25` (an optional minus sign written right against the digits,
    digits, optionally `.` and more digits; no `+`, no exponent, no `.5`). Whole numbers must lie
    within +/-9007199254740991 so that Python and the browser see the same number.
    Strings: in double or single quotes, `"Åsa"`, `'it\\'s'`. Inside either kind of quotes a
    backslash escapes exactly three characters: `\\"`, `\\'` and `\\\\`; any other backslash is
    an error. All other characters, including non-ASCII ones, stand for themselves.
    `true`, `false`, `null`.
    Lists: `[lit, lit, ...]` of numbers, strings, true/false/null; they may be empty but not
    nested, and may not contain item references.

References
    An item id, `[a-z][a-z0-9_]*`, optionally followed without spaces by `.part` steps into a
    structured answer, each part `[a-z0-9_]+`: `support.score`, `topic_goals.probes.family`.
    The keywords `and or not in true false null` cannot be item ids (they may be later parts).
    `.` on its own is the value being checked (used in `constraint`); it is not a reference.
    A reference looks up `answers[id]` and then walks object keys; anything missing, or not an
    object along the way (a list, a string, ...), is `null`. A missing answer and `null` are
    the same thing.

Functions
    `answered(ref)`, `count(ref)` and `has(ref, literal)`; `ref` is an item reference or `.`.
    Any other function name, the wrong number of arguments or the wrong kind of argument is a
    parse error.

Operators, lowest precedence first
    `or`; `and`; `not` (prefix); the comparisons `==`, `!=`, `<`, `<=`, `>`, `>=`, `in`,
    `not in`; so `not x == 1` is `not (x == 1)` and `a or b and c` is `a or (b and c)`.
    Comparisons do not chain (`a < b < c` is an error: write `a < b and b < c`).
    Parentheses group. Keywords are lowercase. Any whitespace, newlines included, may separate
    tokens; none may appear inside a dotted reference or between a minus sign and its number.

Meaning (every value is one kind: null, boolean, number, string, list or object)
    answered(v): false for null, for a string that is empty or only whitespace (space, tab,
        newlines, form feed, vertical tab, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029,
        U+202F, U+205F, U+3000, U+FEFF), for an empty list, and for an object none of whose
        values is answered; otherwise true, so 0 and false are answered.
    a == b: true only if both are the same kind and equal within it: numbers numerically
        (1 == 1.0), strings exactly (case matters), lists element by element in order,
        objects key by key; null == null. `true == 1` and `0 == false` are false.
        `a != b` is `not (a == b)`.
    a < b, <=, >, >=: true only if both are numbers (compared numerically) or both are strings
        (compared by Unicode code point, so ISO dates "2024-01-31" and times "09:30" order
        correctly, "B" < "a" and "10" < "9"). Anything else, null included, is false.
    a in b: true if b is a list (a list literal or a multichoice answer) with an element equal
        to a by `==` (so `x in [null]` is true when x is missing); false otherwise.
        `a not in b` is `not (a in b)`, so it is true when b is missing or not a list.
    has(ref, lit): if ref's value is a list, whether it contains lit (by `==`); otherwise
        whether the value equals lit (so `has(x, null)` is true when x is missing).
    count(ref): the length of a list; 0 for an unanswered value; 1 for any other value.
    Truth (the operands of and/or/not and the result of the whole expression): a boolean is
        itself; any other value is true when it is answered and is not the number 0.
        `and`, `or` and `not` always give true or false.

Errors
    `parse` raises `ExpressionError` and nothing else for any text. Its message is one sentence,
    `<what> at column <n>: <hint>`, and `column` counts characters from 1 at the start of the
    text (newlines count as one character). At most `MAX_DEPTH` (50) levels of operators may
    nest inside one another. A value that is not text is an error without a column.

Trees
    `{"op": "or" | "and", "args": [t, ...]}` (a chain `a or b or c` is one node; parentheses
    keep their own node), `{"op": "not", "arg": t}`,
    `{"op": "==" | "!=" | "<" | "<=" | ">" | ">=" | "in", "left": t, "right": t}`,
    `{"op": "ref", "path": ["support", "score"]}`, `{"op": "self"}`,
    `{"op": "lit", "value": v}`, `{"op": "call", "fn": "answered" | "has" | "count",
    "args": [t, ...]}`. `a not in b` becomes `{"op": "not", "arg": {"op": "in", ...}}`.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections.abc import Callable, Mapping
from typing import Any

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedToken

__all__ = ["GRAMMAR", "MAX_DEPTH", "ExpressionError", "answered", "evaluate", "parse", "references"]

GRAMMAR = r"""
?start: or_expr

?or_expr: and_expr ("or" and_expr)*
?and_expr: not_expr ("and" not_expr)*
?not_expr: "not" not_expr                -> not_
         | comparison
?comparison: operand
           | operand COMPARE operand     -> compare
           | operand "in" operand        -> in_
           | operand "not" "in" operand  -> not_in
?operand: literal
        | REF                            -> ref
        | "."                            -> self_
        | REF "(" [operand ("," operand)*] ")" -> call
        | "(" or_expr ")"
?literal: scalar
        | "[" [scalar ("," scalar)*] "]" -> array
?scalar: NUMBER                          -> number
       | STRING                          -> string
       | "true"                          -> true
       | "false"                         -> false
       | "null"                          -> null

COMPARE: "==" | "!=" | "<=" | ">=" | "<" | ">"
REF: /[a-z][a-z0-9_]*(\.[a-z0-9_]+)*/
NUMBER: /-?[0-9]+(\.[0-9]+)?/
STRING: /"(\\.|[^"\\])*"/s | /'(\\.|[^'\\])*'/s

%ignore /\s+/
"""

MAX_DEPTH = 50
MAX_SAFE_INTEGER = 2**53 - 1
KEYWORDS = ("and", "or", "not", "in", "true", "false", "null")
FUNCTIONS = {"answered": 1, "count": 1, "has": 2}
VALUE_HINT = 'expected a value (an item id, a number, "text", true/false/null or [list])'
LITERAL_HINT = 'a literal (a number, "text", true/false/null)'
CHARACTER_HINTS = {
    "=": 'use "==" to compare',
    "!": 'use "not", or "!=" to compare',
    "&": 'use "and"',
    "|": 'use "or"',
}
UNMATCHED_HINTS = {
    "RPAR": 'there is no "(" before it for it to close',
    "RSQB": 'there is no "[" before it for it to close',
    "COMMA": "commas only separate the arguments of a function or the items of a [list]",
}
EXPECTED_WORDS = (
    ("COMPARE", "a comparison (==, !=, <, <=, >, >=, in, not in)"),
    ("IN", '"in"'),
    ("AND", '"and"'),
    ("OR", '"or"'),
    ("COMMA", '","'),
    ("RPAR", '")"'),
    ("RSQB", '"]"'),
    ("$END", "the end of the expression"),
)
ESCAPE = re.compile(r"\\(.)", re.DOTALL)
BLANK = re.compile(
    "^[ \t\n\r\x0b\x0c\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*$"
)


class ExpressionError(ValueError):
    """An expression that cannot be read; `message` is one friendly sentence.

    `column` is the 1-based character position in the expression text of the problem, or None
    when there is no text position (a malformed tree given to `evaluate`, or a non-text value).
    """

    def __init__(self, message: str, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.column = column

    def __str__(self) -> str:
        return self.message


def _error(what: str, column: int, hint: str) -> ExpressionError:
    return ExpressionError(f"{what} at column {column}: {hint}", column)


# --- parsing -----------------------------------------------------------------------------


def _lit(value: Any) -> dict[str, Any]:
    return {"op": "lit", "value": value}


def _column(token: Token) -> int:
    return (token.start_pos or 0) + 1


class _TreeBuilder(Transformer):
    """Turns lark's parse tree into the JSON tree, checking what the grammar cannot."""

    def or_expr(self, args: list[dict]) -> dict:
        return {"op": "or", "args": args}

    def and_expr(self, args: list[dict]) -> dict:
        return {"op": "and", "args": args}

    def not_(self, args: list[dict]) -> dict:
        return {"op": "not", "arg": args[0]}

    def compare(self, args: list[Any]) -> dict:
        left, op, right = args
        return {"op": str(op), "left": left, "right": right}

    def in_(self, args: list[dict]) -> dict:
        return {"op": "in", "left": args[0], "right": args[1]}

    def not_in(self, args: list[dict]) -> dict:
        return {"op": "not", "arg": self.in_(args)}

    def self_(self, _: list) -> dict:
        return {"op": "self"}

    def ref(self, args: list[Token]) -> dict:
        path = str(args[0]).split(".")
        if path[0] in KEYWORDS:
            raise _error(
                f'keyword "{path[0]}" used as an item id',
                _column(args[0]),
                "and, or, not, in, true, false and null cannot be item ids",
            )
        return {"op": "ref", "path": path}

    def call(self, args: list[Any]) -> dict:
        name, *params = args
        column = _column(name)
        if name not in FUNCTIONS:
            raise _error(
                f'unknown function "{name}"',
                column,
                "the known functions are answered(), count() and has()",
            )
        wanted = FUNCTIONS[name]
        if len(params) != wanted:
            plural = "argument" if wanted == 1 else "arguments"
            hint = f"{name}() takes {wanted} {plural}, got {len(params)}"
            raise _error("wrong number of arguments", column, hint)
        if params[0]["op"] not in ("ref", "self"):
            hint = 'the first argument must be an item id or "."'
            raise _error(f"bad argument to {name}()", column, hint)
        if name == "has" and params[1]["op"] != "lit":
            hint = f"the second argument must be {LITERAL_HINT} or [list]"
            raise _error("bad argument to has()", column, hint)
        return {"op": "call", "fn": str(name), "args": params}

    def array(self, items: list[dict]) -> dict:
        return _lit([item["value"] for item in items])

    def number(self, args: list[Token]) -> dict:
        text = str(args[0])
        if "." in text:
            value: int | float = float(text)
            too_large = not math.isfinite(value)
        else:
            too_large = len(text.lstrip("-").lstrip("0")) > 16
            value = 0 if too_large else int(text)
            too_large = too_large or abs(value) > MAX_SAFE_INTEGER
        if too_large:
            hint = f"whole numbers must lie within -{MAX_SAFE_INTEGER} and {MAX_SAFE_INTEGER}"
            raise _error("number too large", _column(args[0]), hint)
        return _lit(value)

    def string(self, args: list[Token]) -> dict:
        body = str(args[0])[1:-1]
        for match in ESCAPE.finditer(body):
            if match.group(1) not in "\"'\\":
                char = match.group(1)
                shown = "\\" + (char if char.isprintable() else json.dumps(char)[1:-1])
                column = _column(args[0]) + 1 + match.start()
                hint = "inside quotes only \\\", \\' and \\\\ are escapes"
                raise _error(f'unknown escape "{shown}"', column, hint)
        return _lit(ESCAPE.sub(lambda match: match.group(1), body))

    def true(self, _: list) -> dict:
        return _lit(True)

    def false(self, _: list) -> dict:
        return _lit(False)

    def null(self, _: list) -> dict:
        return _lit(None)


_PARSER = Lark(
    GRAMMAR,
    parser="lalr",
    lexer="basic",
    maybe_placeholders=False,
    transformer=_TreeBuilder(),
)


def parse(text: str) -> dict[str, Any]:
    """Parse an expression into its JSON tree; any problem raises `ExpressionError`."""
    if not isinstance(text, str):
        raise ExpressionError(f"an expression must be text, not {type(text).__name__}")
    try:
        tree = _PARSER.parse(text)
    except UnexpectedCharacters as error:
        raise _character_error(text, error.pos_in_stream) from None
    except UnexpectedToken as error:
        raise _token_error(text, error) from None
    except LarkError:  # pragma: no cover - lark's LALR parser raises only the two above
        raise ExpressionError("the expression cannot be read", 1) from None
    _check_depth(tree)
    return tree


def _character_error(text: str, position: int) -> ExpressionError:
    char = text[position]
    column = position + 1
    if char in "\"'":
        return _error("unterminated string", column, f"close the text with another {char}")
    shown = json.dumps(char, ensure_ascii=False)
    if char in CHARACTER_HINTS:
        return _error(f"unexpected character {shown}", column, CHARACTER_HINTS[char])
    if char.isupper():
        hint = "item ids and keywords are written in lowercase"
        return _error(f"unexpected character {shown}", column, hint)
    hint = "it is not part of the expression language"
    return _error(f"unexpected character {shown}", column, hint)


def _token_error(text: str, error: UnexpectedToken) -> ExpressionError:
    token = error.token
    if token.type == "$END":
        what, column = "unexpected end of expression", len(text.rstrip()) + 1
        if not text.strip():
            what = "empty expression"
    else:
        shown = str(token) if token.type == "STRING" else json.dumps(str(token), ensure_ascii=False)
        what, column = f"unexpected {shown}", _column(token)
    accepts = _accepts(error)
    chained = token.type in ("COMPARE", "IN", "NOT") and "COMPARE" not in accepts
    if chained and "AND" in accepts:
        return _error(what, column, 'comparisons cannot be chained; join them with "and"')
    if token.type in UNMATCHED_HINTS and not accepts & {"REF", "NUMBER"}:
        return _error(what, column, UNMATCHED_HINTS[token.type])
    return _error(what, column, _expected(accepts))


def _accepts(error: UnexpectedToken) -> set[str]:
    try:
        return set(error.interactive_parser.accepts())
    except ExpressionError:  # a reduction on the way found its own problem first
        return set(error.expected)


def _expected(accepts: set[str]) -> str:
    if "REF" in accepts:
        return VALUE_HINT
    if "NUMBER" in accepts:
        return f"expected {LITERAL_HINT}" + (' or "]"' if "RSQB" in accepts else "")
    if "COMPARE" in accepts:
        accepts = accepts - {"IN"}
    words = [words for name, words in EXPECTED_WORDS if name in accepts]
    if len(words) > 1:
        return "expected " + ", ".join(words[:-1]) + " or " + words[-1]
    return f"expected {words[0]}" if words else "check the expression"


def _children(node: Mapping[str, Any]) -> list[dict[str, Any]]:
    if "args" in node:
        return list(node["args"])
    if "arg" in node:
        return [node["arg"]]
    if "left" in node:
        return [node["left"], node["right"]]
    return []


def _check_depth(tree: dict[str, Any]) -> None:
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            hint = f"at most {MAX_DEPTH} operators may nest inside one another"
            raise _error("expression nested too deeply", 1, hint)
        stack.extend((child, depth + 1) for child in _children(node))


def references(tree: Mapping[str, Any]) -> list[str]:
    """Every item reference in the tree as a dotted string, in order, without duplicates."""
    found: list[str] = []

    def visit(node: Mapping[str, Any]) -> None:
        if node["op"] == "ref" and ".".join(node["path"]) not in found:
            found.append(".".join(node["path"]))
        for child in _children(node):
            visit(child)

    visit(tree)
    return found


# --- evaluating (mirrors app/casebook/static/casebook/expressions.js function by function) --------


# The kind of a value of exactly these types, looked up before the checks below (each save
# asks it tens of times per answer, issue 14); subclasses go through the checks.
EXACT_KINDS: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "number",
    float: "number",
    str: "string",
    list: "list",
    tuple: "list",
    dict: "object",
}


def kind(value: Any) -> str:
    """null, boolean, number, string, list, object or other; booleans are never numbers."""
    found = EXACT_KINDS.get(type(value))
    if found is not None:
        return found
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "list"
    return "object" if isinstance(value, Mapping) else "other"


def lookup(answers: Any, path: list[str]) -> Any:
    """The value at a dotted path; null when anything along the way is missing or no object."""
    value = answers
    for part in path:
        if kind(value) != "object" or part not in value:
            return None
        value = value[part]
    return value


def answered(value: Any) -> bool:
    """False for null, blank text, [] and objects with nothing answered; true otherwise."""
    what = kind(value)
    if what == "null":
        return False
    if what == "string":
        return not BLANK.match(value)
    if what == "list":
        return len(value) > 0
    if what == "object":
        return any(answered(item) for item in value.values())
    return True


def equal(left: Any, right: Any) -> bool:
    """Same kind and equal within it: 1 == 1.0, but true != 1 and null == null."""
    what = kind(left)
    if what != kind(right) or what == "other":
        return False
    if what == "list":
        return len(left) == len(right) and all(
            equal(a, b) for a, b in zip(left, right, strict=True)
        )
    if what == "object":
        return left.keys() == right.keys() and all(equal(left[k], right[k]) for k in left)
    return left == right


ORDERINGS: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def ordered(op: str, left: Any, right: Any) -> bool:
    """Two numbers or two strings (by code point) in the given order; anything else is false."""
    what = kind(left)
    if what != kind(right) or what not in ("number", "string"):
        return False
    return ORDERINGS[op](left, right)


def member(needle: Any, haystack: Any) -> bool:
    """Whether haystack is a list holding something equal to needle."""
    return kind(haystack) == "list" and any(equal(needle, item) for item in haystack)


def has(value: Any, literal: Any) -> bool:
    """A list containing the literal, or a single value equal to it."""
    return member(literal, value) if kind(value) == "list" else equal(value, literal)


def count(value: Any) -> int:
    """The length of a list, 0 when unanswered, otherwise 1."""
    if kind(value) == "list":
        return len(value)
    return 1 if answered(value) else 0


def truthy(value: Any) -> bool:
    """A boolean is itself; anything else is true when answered and not the number 0."""
    if kind(value) == "boolean":
        return value
    return answered(value) and not (kind(value) == "number" and value == 0)


CALLS: dict[str, Callable[..., Any]] = {"answered": answered, "count": count, "has": has}


def compute(node: Mapping[str, Any], answers: Mapping[str, Any], self_value: Any) -> Any:
    """The value of one tree node (not yet reduced to true/false)."""
    op = node.get("op")

    def sub(child: Mapping[str, Any]) -> Any:
        return compute(child, answers, self_value)

    if op == "lit":
        return node["value"]
    if op == "ref":
        return lookup(answers, node["path"])
    if op == "self":
        return self_value
    if op == "not":
        return not truthy(sub(node["arg"]))
    if op == "and":
        return all(truthy(sub(arg)) for arg in node["args"])
    if op == "or":
        return any(truthy(sub(arg)) for arg in node["args"])
    if op == "call" and node.get("fn") in CALLS:
        return CALLS[node["fn"]](*[sub(arg) for arg in node["args"]])
    if op in ("==", "!="):
        return equal(sub(node["left"]), sub(node["right"])) == (op == "==")
    if op in ORDERINGS:
        return ordered(op, sub(node["left"]), sub(node["right"]))
    if op == "in":
        return member(sub(node["left"]), sub(node["right"]))
    raise ExpressionError(f"malformed expression tree: unknown op {op!r}")


def evaluate(tree: Mapping[str, Any], answers: Mapping[str, Any], self_value: Any = None) -> bool:
    """Whether the expression holds for these answers; `self_value` is what `.` stands for."""
    return truthy(compute(tree, answers, self_value))
