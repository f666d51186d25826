"""Pseudonyms and date offsets for data releases, derived from a release key with HMAC.

The key lives in the instance folder (`release.key`), apart from the web app's secret key,
and never leaves the private side. The same key gives the same codes and offsets in every
release, so analysts can follow a person across waves and releases; without the key the
codes cannot be turned back into ids.

Codes are written with digits and consonants only (no A, E, I, O, U, Y, and no L or V, which
read as 1 and U), so no code can spell a name or a word: the release's verifier would
otherwise count "…MAJA…" inside a code as a leaked name. `CODE` matches a code wherever it is
written, so the verifier can set codes aside before it scans."""

from __future__ import annotations

import hashlib
import hmac
import re
from pathlib import Path

from casebook.paths import secret_key

RELEASE_KEY_FILE = "release.key"
# Digits and consonants: nothing a name or a word can be spelt with, and none of the letters
# that read as a vowel or a digit (L, V). Changing it changes every published code once, so it
# is versioned: `CODE_SCHEME` is recorded in every release's `_release` table.
ALPHABET = "0123456789BCDFGHJKMNPQRSTWXZ"
CODE_SCHEME = 2  # 1: Crockford's base32 (with vowels), releases before issue 9
CODE_LENGTH = 4
# A pseudonym as it appears in a release: a prefix of capitals, a hyphen, the code.
CODE = re.compile(rf"(?<![\w-])[A-Z]{{1,2}}-[{ALPHABET}]{{{CODE_LENGTH},}}(?![\w-])")
MAX_SHIFT_DAYS = 180
# The prefix of every pseudonym that is not a participant's (participants' come from their
# role in study.yaml, which may not take one of these: casebook/settings.py refuses it).
PREFIXES = {
    "cases": "C",
    "participants whose role is not in study.yaml": "X",
    "contacts": "K",
    "staff": "T",
    "places": "L",
    "responses": "R",
}


def release_key(instance: Path) -> bytes:
    """The release key, created on first use, readable by the owner only."""
    return bytes.fromhex(secret_key(instance, RELEASE_KEY_FILE))


def _digest(key: bytes, kind: str, ident: str | int) -> bytes:
    return hmac.new(key, f"{kind}:{ident}".encode(), hashlib.sha256).digest()


def _base32(digest: bytes, length: int) -> str:
    number = int.from_bytes(digest, "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


class Pseudonyms:
    """Short, readable, stable codes such as `P-4K7Q` for one kind of thing.

    Codes are assigned in id order; if two ids would share a code, the later id gets a longer
    one, so adding people never changes the codes of those already published."""

    def __init__(self, key: bytes, kind: str, prefix: str, length: int = CODE_LENGTH):
        self.key, self.kind, self.prefix, self.length = key, kind, prefix, length
        self._codes: dict[str, str] = {}
        self._taken: set[str] = set()

    def assign(self, ids: list[str | int]) -> None:
        """Give codes to these ids (call with every id of this kind, in any order)."""
        for ident in sorted(ids, key=_sort_key):
            self.code(ident)

    def code(self, ident: str | int) -> str:
        key = str(ident)
        if key not in self._codes:
            digest = _digest(self.key, self.kind, key)
            length = self.length
            code = f"{self.prefix}-{_base32(digest, length)}"
            while code in self._taken:
                length += 1
                code = f"{self.prefix}-{_base32(digest, length)}"
            self._codes[key] = code
            self._taken.add(code)
        return self._codes[key]


def _sort_key(ident: str | int) -> tuple[int, str]:
    text = str(ident)
    return (0, text.zfill(20)) if text.isdigit() else (1, text)


def date_offset(key: bytes, kind: str, ident: str | int) -> int:
    """Days to shift every date of one participant (or case): never 0, at most 180 either way,
    the same in every release."""
    number = int.from_bytes(_digest(key, f"shift:{kind}", ident)[:4], "big")
    magnitude = 1 + number % MAX_SHIFT_DAYS
    return magnitude if number & (1 << 31) else -magnitude
