"""De-identification of free text for data releases: no Flask, no database.

    from casebook.deid import NameEntry, Registry, Redactor, redact, name_candidates, verify_texts

    registry = Registry([NameEntry("participant:1", "Per Lind", "[patient P-9XZ2]", ("Pelle",))])
    redactor = Redactor(registry)                 # build once, reuse for every cell
    redactor.redact("Pelle said Per's number is 070-123 45 67.").text
    # -> "[patient P-9XZ2] said [patient P-9XZ2]'s number is [phone]."

For a release: build one `Redactor` and redact every free-text cell with it; pass each
`Redaction` to `name_candidates(text, redactor, redaction=...)` to list unregistered names for
review without redacting twice; and always run `verify_texts` over every text cell of the
finished release file, refusing the release on any `Leak` (the redactor has known blind spots,
e.g. a short name right after a rare symbol, which the verifier does not share).

Modules: `registry` (who is registered and which tag replaces them; one-letter forms are left
out, `Registry.warnings` says so), `readable` (text as a reader sees it: invisible and
compatibility characters folded, with a map back), `names` (finding registered names, with
the rules for names that are ordinary words and for letter case), `patterns` (e-mail,
personnummer, address, URL, date) and `phones` (phone numbers: Swedish, the study's regions
through `phonenumbers`, a generic shape), `unregistered` (names nobody registered, from the
`lexicon` and context) and `nearmiss` (misspelt registered names, through `rapidfuzz`),
`redactor` (all together), `review` (words for the study lead to decide on), `verify` and
`verify_patterns` (an independent scan of a finished release), `vocab` and `context` (word
lists and the reading of a word's context), `namecontext` (the settings that say a word is a
person's name, and the language of a sentence), `addresses` (street addresses abroad),
`dates` (short Swedish date forms), `lexicon.places` (towns and countries, which are not
people; made by `bench/build_places.py` from GeoNames).
`python -m bench.measure` prints throughput and quality.

New in the redactor: `Redactor(registry, phone_regions=("SE", "GB"), unregistered=True)`;
`Redaction.near_misses` and `.unregistered` (spans with `via` "near" or "lexicon"),
`Redaction.source`; `Candidate.redacted`; `Registry(entries, safe_words)` and
`Registry.with_safe_words`, which the verifier respects too.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casebook.deid.redactor import (
        KINDS,
        NAME_TAG,
        TYPED_TAGS,
        Redaction,
        Redactor,
        Span,
        redact,
    )
    from casebook.deid.registry import PERSON, PLACE, NameEntry, Registry
    from casebook.deid.review import Candidate, name_candidates
    from casebook.deid.verify import Leak, verify_texts

# Each public name and the module that holds it. They load on first use, so that whoever needs
# only `casebook.deid.registry` (the benchmark's held-out sets, scoring) does not load the
# whole redactor and its word lists, which take seconds.
_HOME = {
    **dict.fromkeys(
        ("KINDS", "NAME_TAG", "TYPED_TAGS", "Redaction", "Redactor", "Span", "redact"), "redactor"
    ),
    **dict.fromkeys(("PERSON", "PLACE", "NameEntry", "Registry"), "registry"),
    **dict.fromkeys(("Candidate", "name_candidates"), "review"),
    **dict.fromkeys(("Leak", "verify_texts"), "verify"),
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})


__all__ = [
    "KINDS",
    "NAME_TAG",
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
