"""YAML that cannot hurt: instrument and study files are scanned event by event, before
anything is built from them, against a budget.

- a file of at most `MAX_BYTES`;
- nesting at most `MAX_DEPTH` deep (the bundled instruments nest 8 deep);
- at most `MAX_ALIASES` aliases (`*name`), and at most `MAX_NODES` values once every alias
  is expanded: a few hundred bytes of nested aliases (a "billion laughs") would otherwise
  expand to gigabytes;
- no explicit tags (`!!python/object`, `!!str`, `!anything`): instruments are plain data;
- no merge keys (`<<:`), and mapping keys are plain text, never lists or mappings.

The scan keeps a counter per anchor, never the expanded values, so memory stays small
whatever the file says. A file over budget is refused with the file and line of the place
that went over it; the budget is checked before the file is parsed into values."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
)

MAX_BYTES = 1_000_000
MAX_DEPTH = 32
MAX_ALIASES = 100
MAX_NODES = 50_000
DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[Tt ])")


class UnsafeYaml(ValueError):
    """The file goes over the budget or uses a refused feature; `line` is 1-based."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class _Open:
    """A mapping or list being read: where its count started, its anchor, and (for a
    mapping) how many keys and values it has had so far."""

    mapping: bool
    started_at: int
    anchor: str | None
    children: int = 0


@dataclass
class _Scan:
    nodes: int = 0
    aliases: int = 0
    anchors: dict[str, int] = field(default_factory=dict)
    open: list[_Open] = field(default_factory=list)


def check_text(text: str) -> None:
    """Raise UnsafeYaml if the text goes over the budget; YAML syntax errors are raised as
    ruamel's own MarkedYAMLError (the caller reports them)."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise UnsafeYaml(None, f"the file is larger than {MAX_BYTES // 1000} kB")
    scan = _Scan()
    for event in YAML(typ="rt").parse(text):
        if isinstance(event, NodeEvent):
            _node(scan, event)
        elif isinstance(event, CollectionEndEvent):
            _close(scan)


def _line(event: Any) -> int | None:
    mark = getattr(event, "start_mark", None)
    return mark.line + 1 if mark is not None else None


def _node(scan: _Scan, event: NodeEvent) -> None:
    line = _line(event)
    is_key = _next_is_key(scan)
    tag = getattr(event, "tag", None)
    if tag is not None:
        written = str(tag).replace("tag:yaml.org,2002:", "!!", 1)
        raise UnsafeYaml(line, f"the tag {written} is not allowed: instruments are plain data")
    if is_key and not isinstance(event, ScalarEvent):
        raise UnsafeYaml(line, "a key must be plain text, not a list, a mapping or an alias")
    if is_key and event.value == "<<" and event.style is None:
        raise UnsafeYaml(line, "merge keys (<<:) are not allowed: write the keys out")
    if isinstance(event, AliasEvent):
        if any(o.anchor == event.anchor for o in scan.open):
            raise UnsafeYaml(line, f"the alias *{event.anchor} is inside its own anchor")
        scan.aliases += 1
        if scan.aliases > MAX_ALIASES:
            raise UnsafeYaml(line, f"more than {MAX_ALIASES} aliases (*name) in one file")
        _count(scan, scan.anchors.get(event.anchor, 1), line)
        return
    _count(scan, 1, line)
    if event.anchor is not None and event.anchor in scan.anchors:
        raise UnsafeYaml(line, f"the anchor &{event.anchor} is defined twice")
    if isinstance(event, ScalarEvent) and event.style is None:
        _check_date(event.value, line)
    if isinstance(event, CollectionStartEvent):
        if len(scan.open) >= MAX_DEPTH:
            raise UnsafeYaml(line, f"nested more than {MAX_DEPTH} levels deep")
        opened = _Open(isinstance(event, MappingStartEvent), scan.nodes - 1, event.anchor)
        scan.open.append(opened)
        if event.anchor is not None:
            scan.anchors[event.anchor] = 1  # its real size is known when it closes
    elif event.anchor is not None:
        scan.anchors[event.anchor] = 1


def _check_date(value: str, line: int | None) -> None:
    """A plain value that looks like a date is read as one: it must be a real date."""
    match = DATE.match(value)
    if match is None:
        return
    try:
        dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise UnsafeYaml(line, f"{value!r} is not a real date (YYYY-MM-DD)") from None


def _next_is_key(scan: _Scan) -> bool:
    if not scan.open:
        return False
    parent = scan.open[-1]
    parent.children += 1
    return parent.mapping and parent.children % 2 == 1


def _count(scan: _Scan, nodes: int, line: int | None) -> None:
    scan.nodes += nodes
    if scan.nodes > MAX_NODES:
        raise UnsafeYaml(
            line,
            f"more than {MAX_NODES} values once aliases (*name) are expanded: "
            "write the values out instead of repeating aliases",
        )


def _close(scan: _Scan) -> None:
    if not scan.open:
        return
    closed = scan.open.pop()
    if closed.anchor is not None:
        scan.anchors[closed.anchor] = scan.nodes - closed.started_at
