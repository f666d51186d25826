"""XLSForm `relevant` and `constraint` expressions (a subset of XPath) translated into
Casebook's expression language (casebook.instruments.expressions), or refused with a reason.

Translated: `${name}`, `.`, strings, numbers, `=`/`!=`/`<`/`<=`/`>`/`>=`, `and`, `or`,
`not(...)`, parentheses, `selected(${x}, 'v')` (-> `has(x, "v")`), `count-selected(${x})`
(-> `count(x)`), `${x} != ''` (-> `answered(x)`), `${x} = ''` (-> `not answered(x)`),
`true()`/`false()`. Anything else (arithmetic, other functions, paths) has no counterpart and
is refused: the import reports it instead of guessing."""

from __future__ import annotations

import re
from collections.abc import Callable

from casebook.instruments import expressions

TOKEN = re.compile(
    r"\s*(?:(?P<ref>\$\{[^}]*\})|(?P<str>'[^']*'|\"[^\"]*\")|(?P<num>-?\d+(?:\.\d+)?)"
    r"|(?P<op>!=|<=|>=|=|<|>)|(?P<punct>[(),])|(?P<word>[A-Za-z_][\w:.-]*)|(?P<dot>\.)"
    r"|(?P<other>\S+))"
)
OPERATORS = {"=": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


class Untranslatable(ValueError):
    """The expression uses something Casebook's expression language has no counterpart for."""


Resolver = Callable[[str], str]  # XLSForm name -> Casebook item id (raises Untranslatable)
ValueMap = Callable[[str, str], str]  # (item id, XLSForm choice name) -> Casebook value


def translate(text: str, resolve: Resolver, value: ValueMap) -> str:
    """The Casebook expression for an XLSForm expression; raises Untranslatable."""
    tokens = _tokens(text)
    parser = _Parser(tokens, resolve, value)
    result = parser.expression()
    if parser.position != len(tokens):
        raise Untranslatable(f"cannot read {' '.join(t for _, t in tokens[parser.position :])!r}")
    try:
        expressions.parse(result)
    except expressions.ExpressionError as error:
        raise Untranslatable(f"the translation {result!r} is not valid: {error}") from error
    return result


def _tokens(text: str) -> list[tuple[str, str]]:
    found = []
    for match in TOKEN.finditer(text.strip()):
        kind = match.lastgroup or "other"
        token = match.group(kind)
        if kind == "other":
            raise Untranslatable(f"{token!r} has no counterpart (arithmetic or an XPath path)")
        found.append((kind, token))
    return found


def _string(token: str) -> str:
    return token[1:-1]


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], resolve: Resolver, value: ValueMap):
        self.tokens, self.position = tokens, 0
        self.resolve, self.value = resolve, value

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.position] if self.position < len(self.tokens) else ("end", "")

    def take(self, expected: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token[0] == "end" or (expected is not None and token[1] != expected):
            raise Untranslatable(f"expected {expected or 'more'} at {token[1] or 'the end'!r}")
        self.position += 1
        return token

    def expression(self) -> str:
        parts = [self.conjunction()]
        while self.peek() == ("word", "or"):
            self.take()
            parts.append(self.conjunction())
        return " or ".join(parts)

    def conjunction(self) -> str:
        parts = [self.comparison()]
        while self.peek() == ("word", "and"):
            self.take()
            parts.append(self.comparison())
        return " and ".join(parts)

    def comparison(self) -> str:
        left = self.primary()
        if self.peek()[0] != "op":
            return left[1]
        operator = self.take()[1]
        right = self.primary()
        for ref, literal in ((left, right), (right, left)):
            if ref[0] == "ref" and literal[0] == "str" and literal[1] == '""':
                if operator in ("=", "!="):
                    negation = "not " if operator == "=" else ""
                    return f"{negation}answered({ref[1]})"
            if ref[0] == "ref" and literal[0] == "str":
                literal_value = _quote(self.value(ref[1], literal[2]))
                return (
                    f"{ref[1]} {OPERATORS[operator]} {literal_value}"
                    if ref is left
                    else f"{literal_value} {OPERATORS[operator]} {ref[1]}"
                )
        return f"{left[1]} {OPERATORS[operator]} {right[1]}"

    def primary(self) -> tuple[str, str, str]:
        """(kind, Casebook text, raw string for a string literal)."""
        kind, token = self.take()
        if kind == "ref":
            return ("ref", self.resolve(token[2:-1].strip()), "")
        if kind == "dot":
            return ("ref", ".", "")
        if kind == "str":
            return ("str", _quote(_string(token)), _string(token))
        if kind == "num":
            return ("num", token, "")
        if token == "(":
            inner = self.expression()
            self.take(")")
            return ("group", f"({inner})", "")
        if kind == "word":
            return ("call", self.call(token), "")
        raise Untranslatable(f"unexpected {token!r}")

    def call(self, name: str) -> str:
        self.take("(")
        if name in ("true", "false"):
            self.take(")")
            return name
        if name == "not":
            inner = self.expression()
            self.take(")")
            return f"not ({inner})"
        if name == "selected":
            ref = self.primary()
            self.take(",")
            literal = self.primary()
            self.take(")")
            if ref[0] != "ref" or literal[0] != "str":
                raise Untranslatable("selected() needs a ${name} and a quoted choice")
            return f"has({ref[1]}, {_quote(self.value(ref[1], literal[2]))})"
        if name == "count-selected":
            ref = self.primary()
            self.take(")")
            if ref[0] != "ref":
                raise Untranslatable("count-selected() needs a ${name}")
            return f"count({ref[1]})"
        raise Untranslatable(f"the function {name}() has no counterpart in Casebook")
