"""Live event coding (`events`): the observer taps codes against a meeting clock. A tap is
not an answer: each one is stored on its own, appended (`casebook.live_events`), so the
kind takes no answer and owns instead what an event is: its checks, and how a state's taps
pair into spans with a duration (for the page's timeline, the release and agreement)."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebook.items.base import NoAnswerKind

if TYPE_CHECKING:
    from casebook.instruments.model import EventsItem, Instrument

LONGEST_MS = 24 * 3600 * 1000  # no meeting lasts a day: an offset beyond is a broken clock


@dataclass(frozen=True)
class Event:
    """One tap: its client id, offset from the start of the meeting clock, code, subject."""

    id: str
    offset_ms: int
    code: str
    subject: str | None = None


@dataclass(frozen=True)
class Span:
    """A state from one tap of its button to the next (`stop_ms` None: still on)."""

    code: str
    subject: str | None
    start_ms: int
    stop_ms: int | None

    @property
    def duration_ms(self) -> int | None:
        return None if self.stop_ms is None else self.stop_ms - self.start_ms


def clock_text(offset_ms: int) -> str:
    """00:42 or 1:02:05: an offset as the meeting clock shows it."""
    seconds = offset_ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class EventsKind(NoAnswerKind):
    name = "events"
    macro = "events"  # no WTForms field: the page's live panel posts its taps (live.js)
    refusal = "live events are recorded one by one as they are tapped, not as an answer"
    no_schema = "live events are stored one by one, not as an answer"

    def codebook_values(self, instrument: Instrument, item: Any) -> Iterator[tuple[str, Any, int]]:
        """The scheme's codes, so the release's codebook (`choices`) labels `events.code`."""
        for position, code in enumerate(item.events, start=1):
            yield code.code, code.label, position

    def subjects(self, item: EventsItem, study_roles: list[str]) -> list[str]:
        """The roles an event of this scheme may concern."""
        return list(item.subjects) or list(study_roles)

    def read_event(
        self, item: EventsItem, raw: Any, study_roles: list[str]
    ) -> tuple[Event | None, str]:
        """One posted tap as an Event, or None and what is wrong with it, in words an
        observer can act on."""
        if not isinstance(raw, dict):
            return None, "an event must be an object with id, t, code and subject"
        try:
            event_id = str(uuidlib.UUID(str(raw.get("id", ""))))
        except ValueError:
            return None, "an event needs the id the device gave it"
        offset = raw.get("t")
        if isinstance(offset, bool) or not isinstance(offset, int):
            return None, "an event needs its offset from the start in whole milliseconds"
        if not 0 <= offset <= LONGEST_MS:
            return None, f"an offset of {offset} ms lies outside a meeting (0 to 24 hours)"
        code = raw.get("code")
        scheme = item.code(code) if isinstance(code, str) else None
        at = clock_text(offset)
        if scheme is None:
            return None, f"the event at {at}: {code!r} is not a code of this scheme"
        subject = raw.get("subject") or None
        if scheme.subject and subject is None:
            return None, f"the event at {at} ({code}) needs the role it concerns"
        if not scheme.subject and subject is not None:
            return None, f"the event at {at} ({code}) concerns no one; it takes no role"
        allowed = self.subjects(item, study_roles)
        if subject is not None and subject not in allowed:
            return None, (
                f"the event at {at} ({code}): {subject!r} is not a role of this study "
                f"({', '.join(allowed)}); events name roles, never people"
            )
        return Event(event_id, offset, code, subject), ""

    def spans(self, item: EventsItem, events: Iterable[Event]) -> list[Span]:
        """The states of a meeting: taps of one state code (and subject) alternate start
        and stop in the order of their offsets, as BORIS pairs them."""
        open_at: dict[tuple[str, str | None], int] = {}
        found: list[Span] = []
        states = {e.code for e in item.events if e.kind == "state"}
        for event in sorted(events, key=lambda e: (e.offset_ms, e.id)):
            if event.code not in states:
                continue
            key = (event.code, event.subject)
            if key in open_at:
                found.append(Span(event.code, event.subject, open_at.pop(key), event.offset_ms))
            else:
                open_at[key] = event.offset_ms
        found.extend(Span(code, subject, start, None) for (code, subject), start in open_at.items())
        return sorted(found, key=lambda s: (s.start_ms, s.code, s.subject or ""))

    def actions(self, item: EventsItem, events: Iterable[Event]) -> dict[str, str]:
        """Event id -> "point", "start" or "stop": what each tap did."""
        done: dict[str, str] = {}
        on: set[tuple[str, str | None]] = set()
        states = {e.code for e in item.events if e.kind == "state"}
        for event in sorted(events, key=lambda e: (e.offset_ms, e.id)):
            key = (event.code, event.subject)
            if event.code not in states:
                done[event.id] = "point"
            elif key in on:
                on.discard(key)
                done[event.id] = "stop"
            else:
                on.add(key)
                done[event.id] = "start"
        return done


EVENTS = EventsKind()
