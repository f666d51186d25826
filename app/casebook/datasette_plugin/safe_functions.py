"""Stand-ins for SQLite built-in functions that can keep a query busy for minutes inside one
step of its program, where no time limit reaches (Datasette's limit is checked between
steps): `instr`, `replace` and the two-argument trims compare every position of one long
value with every character of another (quadratic), and `printf`/`format` spend time on a
width or precision of a billion even when the result is then refused as too long.

The stand-ins answer as SQLite does, in linear time: `instr`, `replace` and the trims in
Python; `printf` checks that the widths and precisions it is asked for stay within the
length limit, then lets SQLite's own `printf` (on a side connection) do the formatting.
Measured figures: docs/security.md, "Datasette"."""

from __future__ import annotations

import re
import sqlite3
import threading
from typing import Any

_SPEC = re.compile(r"%[-+ 0#,!]*(\*|\d+)?(?:\.(\*|\d+))?(?:ll|l)?([a-zA-Z%])?")
_LEADING_INTEGER = re.compile(r"\s*[-+]?\d{1,30}")
_side = threading.local()


class TooLong(sqlite3.DataError):
    """What SQLite itself says when a value would pass the length limit."""


def _side_connection(limit: int) -> sqlite3.Connection:
    conn = getattr(_side, "conn", None)
    if conn is None:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)
        _side.conn = conn
    return conn


def _builtin(limit: int, name: str, *args: Any) -> Any:
    """SQLite's own function, on a connection where it is not replaced."""
    marks = ", ".join("?" for _ in args)
    return _side_connection(limit).execute(f"SELECT {name}({marks})", args).fetchone()[0]


def _text(limit: int, value: Any) -> str:
    """A value as SQLite reads it as text (numbers as SQLite writes them)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    cast = _side_connection(limit).execute("SELECT CAST(? AS TEXT)", [value])
    return cast.fetchone()[0]


def _as_int(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value) if abs(value) < 1e18 else 10**18
    if isinstance(value, (str, bytes)):
        text = value.decode("latin-1") if isinstance(value, bytes) else value
        found = _LEADING_INTEGER.match(text)
        return int(found[0]) if found else 0
    return 0


def demanded(fmt: str, args: tuple[Any, ...]) -> int:
    """The characters a printf format asks for in widths and precisions."""
    total, index = 0, 0
    for spec in _SPEC.finditer(fmt):
        for part in (spec[1], spec[2]):
            if part == "*":
                total += abs(_as_int(args[index])) if index < len(args) else 0
                index += 1
            elif part:
                total += int(part) if len(part) < 19 else 10**18
        if spec[3] != "%":
            index += 1
    return total


def install(conn: sqlite3.Connection, limit: int) -> None:
    """Replace the functions on this connection; `limit` is its SQLITE_LIMIT_LENGTH."""

    def too_long() -> TooLong:
        return TooLong("string or blob too big")

    def instr(haystack: Any, needle: Any) -> int | None:
        if haystack is None or needle is None:
            return None
        if isinstance(haystack, bytes) and isinstance(needle, bytes):
            return haystack.find(needle) + 1
        return _text(limit, haystack).find(_text(limit, needle)) + 1

    def replace(value: Any, old: Any, new: Any) -> str | None:
        if value is None or old is None or new is None:
            return None
        value, old, new = _text(limit, value), _text(limit, old), _text(limit, new)
        if not old:
            return value
        if len(value) + value.count(old) * (len(new) - len(old)) > limit:
            raise too_long()
        return value.replace(old, new)

    def trimmer(left: bool, right: bool):
        def trim(value: Any, chars: Any) -> str | None:
            if value is None or chars is None:
                return None
            text, drop = _text(limit, value), set(_text(limit, chars))
            if len(drop) <= 256:  # str.strip tries each character: fast when they are few
                unique = "".join(drop)
                return (
                    text.strip(unique)
                    if left and right
                    else (text.lstrip(unique) if left else text.rstrip(unique))
                )
            start, end = 0, len(text)
            while left and start < end and text[start] in drop:
                start += 1
            while right and end > start and text[end - 1] in drop:
                end -= 1
            return text[start:end]

        return trim

    def printf(fmt: Any = None, *args: Any) -> Any:
        if isinstance(fmt, (str, bytes)) and demanded(_text(limit, fmt), args) > limit:
            return None  # what SQLite's printf answers for a result beyond the limit
        return _builtin(limit, "printf", fmt, *args)

    conn.create_function("instr", 2, instr, deterministic=True)
    conn.create_function("replace", 3, replace, deterministic=True)
    for name, left, right in (("trim", True, True), ("ltrim", True, False), ("rtrim", False, True)):
        conn.create_function(name, 2, trimmer(left, right), deterministic=True)
    for name in ("printf", "format"):
        conn.create_function(name, -1, printf, deterministic=True)
