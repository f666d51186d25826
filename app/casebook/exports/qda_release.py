"""What a QDA project takes from a release: the redacted notes of each response as one text
(with a heading per note), the coding frames' codes, and the codings analysts applied.

Read from the de-identified release only (opened read-only): the private database is never
opened, so nothing here can hold a name the release does not hold."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path


class NotARelease(Exception):
    """The file is missing, unreadable or not a finished Casebook release."""


@dataclass(frozen=True)
class Code:
    instrument: str
    item: str
    value: str
    label: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.instrument, self.item, self.value)


@dataclass
class CodedItem:
    instrument: str
    item: str
    label: str
    help: str | None
    codes: list[Code] = field(default_factory=list)


@dataclass
class Frame:
    """A coding frame (an instrument of kind `coding`), across the versions in the release."""

    instrument: str
    title: str
    description: str | None
    items: list[CodedItem] = field(default_factory=list)


@dataclass
class Source:
    """One response: its header, its redacted notes and, for a coding, the codes it applied."""

    response: str
    case: str
    collector: str | None
    name: str
    text: str
    codes: list[Code] = field(default_factory=list)


@dataclass
class ReleaseForQda:
    built_at: str
    frames: list[Frame]
    sources: list[Source]


def read_release(path: Path) -> ReleaseForQda:
    """The parts of the release at `path` a QDA project needs. Raises NotARelease."""
    if not path.is_file():
        raise NotARelease(f"No release at {path}: run `casebook publish` first.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise NotARelease(f"{path} cannot be opened: {error}") from error
    conn.row_factory = sqlite3.Row
    try:
        built = conn.execute("SELECT built_at FROM _release").fetchone()
        if built is None:
            raise NotARelease(f"{path} is not a finished release (its _release row is missing).")
        frames, sources = _frames(conn), _sources(conn)
    except sqlite3.DatabaseError as error:
        raise NotARelease(f"{path} is not a Casebook release: {error}") from error
    finally:
        conn.close()
    in_codebook = {c.key: c for f in frames for i in f.items for c in i.codes}
    for source in sources:  # the codebook's code (latest label); other items' values stay out
        source.codes = [in_codebook[c.key] for c in source.codes if c.key in in_codebook]
    return ReleaseForQda(built["built_at"], frames, sources)


def _frames(conn: sqlite3.Connection) -> list[Frame]:
    """Each coding frame's choice and multichoice items and their codes. A code is its stored
    value, the same in every version; labels and order come from the latest version."""
    frames: dict[str, Frame] = {}
    items: dict[tuple[str, str], CodedItem] = {}
    rows = conn.execute(
        "SELECT i.instrument, i.version, i.item, i.label, i.help, n.title, n.description "
        "FROM items i JOIN instruments n USING (instrument, version) "
        "WHERE n.kind = 'coding' AND i.type IN ('choice', 'multichoice') "
        "ORDER BY i.instrument, i.version DESC, i.position"
    )
    for row in rows:
        frame = frames.setdefault(
            row["instrument"], Frame(row["instrument"], row["title"], row["description"])
        )
        key = (row["instrument"], row["item"])
        if key not in items:
            items[key] = CodedItem(row["instrument"], row["item"], row["label"], row["help"])
            frame.items.append(items[key])
    seen: set[tuple[str, str, str]] = set()
    for row in conn.execute(
        "SELECT instrument, item, value, label FROM choices "
        "ORDER BY instrument, version DESC, item, position"
    ):
        item = items.get((row["instrument"], row["item"]))
        if item is not None and (row["instrument"], row["item"], row["value"]) not in seen:
            seen.add((row["instrument"], row["item"], row["value"]))
            item.codes.append(Code(row["instrument"], row["item"], row["value"], row["label"]))
    return sorted(frames.values(), key=lambda frame: frame.instrument)


def _sources(conn: sqlite3.Connection) -> list[Source]:
    """Every response with redacted notes, and every coding, in response-code order."""
    notes = _notes(conn)
    codes: dict[str, list[Code]] = defaultdict(list)
    for row in conn.execute(
        "SELECT response, instrument, item, value, label FROM codes "
        "WHERE kind = 'coding' ORDER BY response, item, value"
    ):
        codes[row["response"]].append(
            Code(row["instrument"], row["item"], row["value"], row["label"])
        )
    sources = []
    for row in conn.execute(
        "SELECT r.*, n.title FROM responses r "
        "JOIN instruments n USING (instrument, version) ORDER BY r.response"
    ):
        if not notes[row["response"]] and not codes[row["response"]]:
            continue
        name = f"{row['response']} {row['title']} ({row['wave']})"
        text = "\n\n".join([_header(row), *notes[row["response"]]]) + "\n"
        sources.append(
            Source(
                row["response"], row["case"], row["collector"], name, text, codes[row["response"]]
            )
        )
    return sources


def _header(row: sqlite3.Row) -> str:
    who = f", participant {row['participant']} ({row['role']})" if row["participant"] else ""
    return (
        f"Response {row['response']}: {row['title']}, version {row['version']}, "
        f"case {row['case']}{who}, wave {row['wave']}, {row['date'] or 'no date'}"
    )


def _notes(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Each response's redacted free text, one block per note headed by what it answers,
    in the order of the instrument."""
    labels = {
        (r["instrument"], r["version"], r["item"]): (r["label"], r["position"])
        for r in conn.execute("SELECT instrument, version, item, label, position FROM items")
    }
    found: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for row in conn.execute(
        "SELECT response, instrument, version, item, part, text FROM answers "
        "WHERE text IS NOT NULL AND trim(text) != '' ORDER BY response, item, part"
    ):
        key = (row["instrument"], row["version"], row["item"])
        label, position = labels.get(key, (row["item"], 0))
        heading = _heading(labels, key, label, row["part"])
        found[row["response"]].append((position, heading, row["text"].strip()))
    notes: dict[str, list[str]] = defaultdict(list)
    for response, blocks in found.items():
        notes[response] = [f"{heading}\n{text}" for _, heading, text in sorted(blocks)]
    return notes


def _heading(labels: dict, key: tuple[str, int, str], label: str, part: str) -> str:
    """`Item label`, or for a part of a structured item `Item label: Row label (evidence)`."""
    steps = [step for step in part.split(".") if step]
    if not steps or steps == ["notes"]:
        return label
    child = labels.get((key[0], key[1], f"{key[2]}.{steps[0]}"))
    what = " ".join(steps[1:]) if child else " ".join(steps)
    return f"{label}: {child[0]} ({what})" if child and what else f"{label} ({what})"
