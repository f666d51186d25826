"""De-identification of free text for data releases: no Flask, no database.

    from app.deid import NameEntry, Registry, Redactor, redact, name_candidates, verify_texts

    registry = Registry([NameEntry("participant:1", "Per Lind", "[patient P-9XZ2]", ("Pelle",))])
    redactor = Redactor(registry)                 # build once, reuse for every cell
    redactor.redact("Pelle said Per's number is 070-123 45 67.").text
    # -> "[patient P-9XZ2] said [patient P-9XZ2]'s number is [phone]."

For a release: build one `Redactor` and redact every free-text cell with it; pass each
`Redaction` to `name_candidates(text, redactor, redaction=...)` to list unregistered names for
review without redacting twice; and always run `verify_texts` over every text cell of the
finished release file, refusing the release on any `Leak` (the redactor has known blind spots,
e.g. a short name right after a rare symbol, which the verifier does not share).

Modules: `registry` (who is registered and which tag replaces them), `names` (finding registered
names, with the rules for names that are ordinary words), `patterns` (e-mail, phone,
personnummer, address, URL, date), `redactor` (both together), `review` (unregistered words
that look like names, for the study lead), `verify` (an independent scan of a finished release),
`vocab` (the word lists in `data/`). `python -m app.deid.measure` prints throughput.
"""

from app.deid.redactor import KINDS, TYPED_TAGS, Redaction, Redactor, Span, redact
from app.deid.registry import PERSON, PLACE, NameEntry, Registry
from app.deid.review import Candidate, name_candidates
from app.deid.verify import Leak, verify_texts

__all__ = [
    "KINDS",
    "PERSON",
    "PLACE",
    "TYPED_TAGS",
    "Candidate",
    "Leak",
    "NameEntry",
    "Redaction",
    "Redactor",
    "Registry",
    "Span",
    "name_candidates",
    "redact",
    "verify_texts",
]
