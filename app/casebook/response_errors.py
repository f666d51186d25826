"""What can stop a response being stored: problems with it, a conflict with a newer
revision, a role that may not collect it, a response that does not exist, one that was
discarded, and one that would duplicate a response already started."""

from __future__ import annotations

from typing import Any


class ResponseProblems(ValueError):
    """The response cannot be stored; `problems` maps item paths or fields to messages."""

    def __init__(self, problems: dict[str, list[str]]):
        self.problems = problems
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in problems.items()))


class Conflict(Exception):
    """The save was based on an old revision; `current` is the stored response."""

    def __init__(self, current: dict[str, Any]):
        self.current = current
        super().__init__(f"the response is at revision {current['revision']}")


class Discarded(ResponseProblems):
    """The response was discarded: it must be restored before anything in it changes."""

    def __init__(self, current: dict[str, Any]):
        self.current = current
        super().__init__({"status": ["this draft was discarded: restore it before changing it"]})


class Duplicate(ResponseProblems):
    """Starting this response would duplicate `existing` (see casebook.duplicates): resume that
    one instead. `may_start_anyway` says whether a second one can be legitimate."""

    def __init__(self, existing: dict[str, Any], may_start_anyway: bool):
        self.existing, self.may_start_anyway = existing, may_start_anyway
        super().__init__({"uuid": [duplicate_message(existing, may_start_anyway)]})


def duplicate_message(existing: dict[str, Any], may_start_anyway: bool) -> str:
    what = "a complete" if existing["status"] == "complete" else "a draft"
    action = "open it" if existing["status"] == "complete" else "resume it"
    anyway = " (or start a new one anyway)" if may_start_anyway else ""
    return f"there is already {what} response ({existing['uuid']}): {action}{anyway}"


class NotAllowed(PermissionError):
    """The actor's role may not collect with this kind of instrument."""


class ResponseNotFound(LookupError):
    pass
