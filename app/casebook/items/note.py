"""Notes (`note`): text shown to the interviewer or observer. A note takes no answer, so it
has no checks, schema, release columns or fake value; the form shows it with its macro."""

from __future__ import annotations

from casebook.items.base import NoAnswerKind


class NoteKind(NoAnswerKind):
    name = "note"
    macro = "note"
    refusal = "this item is a note and takes no answer"
    no_schema = "a note takes no answer"


NOTE = NoteKind()
