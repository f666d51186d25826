"""What a cached piece of an earlier build was made with, so that a rebuild reuses it only
when the same inputs would make it again (`casebook.release.reuse`).

- `rules_version`: the redactor's and the verifier's rules (their code, word lists, the
  libraries that match phone numbers and misspellings, the Unicode tables, the phone regions
  of the study and whether it writes a short date month first). Any change redoes every text.
- `rows_version`: the code that turns a response into release rows (`casebook.release`,
  `casebook.instruments`) and the settings it reads. Any change redoes every response's rows
  (their texts may still come from the cache).
- `response_fingerprint`: one response as the build sees it: its stored row (revision and
  time of update included), what its answers' rows are, the instrument version's hash and the
  pseudonyms and date offset it is released under."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from importlib import metadata
from pathlib import Path
from typing import Any

import casebook

PACKAGE = Path(casebook.__file__).resolve().parent
RULE_LIBRARIES = ("phonenumbers", "rapidfuzz", "ahocorasick_rs")
FORMAT = 2  # bump when the cache's layout or meaning changes


def _digest_files(*folders: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".txt", ".json", ".yaml"):
                digest.update(str(path.relative_to(PACKAGE)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _versions(names: tuple[str, ...]) -> list[str]:
    found = []
    for name in names:
        try:
            found.append(f"{name}={metadata.version(name.replace('_', '-'))}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=?")
    return found


def rules_version(phone_regions: tuple[str, ...] | list[str], month_first: bool = False) -> str:
    payload = [
        FORMAT,
        _digest_files(PACKAGE / "deid", PACKAGE / "release"),
        _versions(RULE_LIBRARIES),
        unicodedata.unidata_version,
        list(phone_regions),
        *(["month_first"] if month_first else []),  # how a bare "7/22" is read
    ]
    return _hash(payload)


def rows_version(settings: Any) -> str:
    """The code that makes release rows, and the study settings (role labels, release
    options) they may depend on."""
    dumped = settings.model_dump(mode="json") if hasattr(settings, "model_dump") else settings
    # items/ makes every answer's release cells (one home per item type), so it is row code too.
    folders = (PACKAGE / "release", PACKAGE / "instruments", PACKAGE / "items")
    payload = [FORMAT, _digest_files(*folders), dumped]
    return _hash(payload)


def response_fingerprint(response: dict[str, Any], released_as: dict[str, Any]) -> bytes:
    """One response as stored, read without its answers (`source.read_responses_in`): its
    row (whose revision and time of update every save changes, answers and all:
    `casebook.responses`), the count, sum and largest rowid of its answers' rows (an answer
    added or removed by other means), its live taps; and `released_as` (its pseudonyms, date
    offset, the instrument version's hash). Reading every answer of a large study to see
    that it has not changed cost more than the rest of a republish."""
    stored = {k: v for k, v in response.items() if k not in ("answers", "raw_answers")}
    payload = json.dumps([stored, released_as], sort_keys=True, default=str)
    return hashlib.blake2b(payload.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def text_digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _hash(payload: Any) -> str:
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
