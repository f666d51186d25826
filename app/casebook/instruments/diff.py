"""What changed between two versions of an instrument: items added, removed and changed
(with the keys that changed), including rows of checklists, probes of topics and the items
inside repeats, so a study lead can see what a new version means for comparability."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from casebook.instruments.model import Instrument


@dataclass
class InstrumentDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    instrument_changes: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.instrument_changes)


def diff_instruments(old: Instrument, new: Instrument) -> InstrumentDiff:
    """Compare two versions item by item (items are matched by id, wherever they moved)."""
    before, after = dict(_flat_items(old)), dict(_flat_items(new))
    result = InstrumentDiff(
        added=[path for path in after if path not in before],
        removed=[path for path in before if path not in after],
    )
    for path in after:
        if path in before:
            keys = _changed_keys(before[path], after[path])
            if keys:
                result.changed[path] = keys
    result.instrument_changes = _changed_keys(_header(old), _header(new))
    return result


def _header(instrument: Instrument) -> dict[str, Any]:
    data = instrument.definition()
    for key in ("id", "version", "sections"):
        data.pop(key, None)
    return data


def _flat_items(instrument: Instrument) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, definition) for every item and its parts, e.g. `processes.support`."""
    for section in instrument.sections:
        for item in section.items:
            data = item.model_dump(mode="json", exclude_defaults=True)
            data["section"] = section.id
            parts = {key: data.pop(key) for key in ("rows", "probes", "items") if key in data}
            yield item.id, data
            for key, children in parts.items():
                for child in children:
                    yield f"{item.id}.{child['id']}", child | {"part": key}


def _changed_keys(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return sorted(key for key in set(old) | set(new) if old.get(key) != new.get(key))


def format_diff(diff: InstrumentDiff, old_label: str, new_label: str) -> list[str]:
    """Readable lines for `casebook instruments diff`."""
    if diff.empty:
        return [f"{old_label} and {new_label} have the same content."]
    lines = [f"Changes from {old_label} to {new_label}:"]
    lines += [f"  instrument: {key} changed" for key in diff.instrument_changes]
    lines += [f"  + {path} (added)" for path in diff.added]
    lines += [f"  - {path} (removed)" for path in diff.removed]
    lines += [f"  ~ {path} ({', '.join(keys)} changed)" for path, keys in diff.changed.items()]
    return lines
