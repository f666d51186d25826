"""What a release build keeps for the next one: a cache file in the instance folder.

A study lead republishes often (after each review batch, after a correction); most of the
study has not changed since the last release. The cache lets the next build reuse:

- **redactions**, by text: the redacted text and what redacting it found (counts, words for
  review, near misses), valid while the redactor's rules are the same and, after a change of
  the name registry, for every text the change cannot affect (`registry_change`);
- **verification results**, by text: the texts the independent verification found clean
  (pruned to what a build read only by a build that read every value: a patched one does
  not read the rows it left);
- **responses**: per response, a fingerprint of everything its rows are made from
  (`fingerprints.response_fingerprint`, which does not need its answers read), the code
  it was last published under, how many rows it has in each table of that release, and what
  redacting its texts found. An unchanged response is left as it is in a copy of that release
  (`casebook.release.patch`) instead of being flattened again.

The cache is private (0600, like the private database; it holds the registered names the
build used and redacted texts), so it lives in the instance folder, `release-cache/`, never
beside the release: a release built with `--out` into a folder analysts can reach leaves no
names there. It is never part of the release (analysts never see it), and can
be deleted at any time: the next build is then a full one, as with `casebook publish --full`.
Redactions and verifications are kept even when a release is refused (the next attempt,
after the review, reuses them); the responses part changes only when a release is swapped
in (the records of responses left as they were are not written again), and is used only
while the release file is the one it describes. Redactions no text of the release needs any
more are pruned by every build that changed something."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from casebook.private_files import private_database_file, private_folder
from casebook.release.cleaned import Cleaned
from casebook.release.registry_change import RegistryChange, State

SUFFIX = ".cache"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS texts (digest BLOB PRIMARY KEY, cleaned BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS verified (digest BLOB PRIMARY KEY);
CREATE TABLE IF NOT EXISTS responses (
    uuid TEXT PRIMARY KEY, fingerprint BLOB, counts TEXT, texts BLOB, found BLOB, code TEXT
);
"""
RESPONSES = (
    "uuid TEXT PRIMARY KEY, fingerprint BLOB, counts TEXT, texts BLOB, found BLOB, code TEXT"
)


def cache_path(release: Path, instance: Path) -> Path:
    """The cache of `release`: in the instance folder, one file per release path."""
    where = hashlib.sha256(str(release.resolve()).encode("utf-8")).hexdigest()[:16]
    return private_folder(instance / "release-cache") / f"{release.stem}-{where}{SUFFIX}"


@dataclass
class Published:
    """One response as the cached release holds it."""

    code: str  # its pseudonym there, which says where its rows are (`row_keys`)
    fingerprint: bytes
    counts: dict[str, int]
    texts: bytes  # the digests of its texts, 16 bytes each
    found: bytes  # what redacting them found, in order (compressed JSON)


@dataclass
class Versions:
    rules: str
    rows: str
    registry: State


@dataclass
class Stats:
    """What this build reused (for the summary and the benchmark)."""

    texts_reused: int = 0
    texts_redone: int = 0
    responses_copied: int = 0
    responses_rebuilt: int = 0
    verified_reused: int = 0
    verified_redone: int = 0
    full: bool = True
    patched: bool = False  # a copy of the last release was patched in place
    merged: list[str] = field(default_factory=list)  # full-text indexes merged (`patch`)
    reasons: list[str] = field(default_factory=list)


class BuildCache:
    """The cache of one release path, opened for one build (a transaction till `close`)."""

    def __init__(
        self, release: Path, instance: Path, versions: Versions, *, full: bool = False
    ) -> None:
        self.path = cache_path(release, instance)
        self.release = release
        self.versions = versions
        self.stats = Stats()
        self.db = sqlite3.connect(private_database_file(self.path), isolation_level=None)
        try:
            self.db.executescript(SCHEMA)
            meta = dict(self.db.execute("SELECT key, value FROM meta"))
            if "code" not in {row[1] for row in self.db.execute("PRAGMA table_info(responses)")}:
                # a cache of an older Casebook, which did not record codes: a full build
                self.db.execute("DROP TABLE responses")
                self.db.execute(f"CREATE TABLE responses ({RESPONSES})")
                meta.pop("release", None)
        except sqlite3.DatabaseError:  # not a cache of ours, or damaged: start again
            self.db.close()
            self.path.unlink(missing_ok=True)
            self.db = sqlite3.connect(private_database_file(self.path), isolation_level=None)
            self.db.executescript(SCHEMA)
            meta = {}
        self.db.execute("PRAGMA synchronous = OFF")  # it can always be rebuilt
        self.db.execute("BEGIN")
        self.db.execute("DROP TABLE IF EXISTS responses_new")
        self.db.execute(f"CREATE TABLE responses_new ({RESPONSES})")
        state = versions.registry
        same_rules = not full and meta.get("rules") == versions.rules
        known = same_rules and "texts_registry" in meta
        old_texts = json.loads(meta["texts_registry"]) if known else None
        self.texts_change = RegistryChange(old_texts, state)
        self.published: dict[str, Published] = {}
        self.release_change = RegistryChange(None, state)
        reason = self._release_reusable(meta, same_rules, full)
        if reason is None:
            self.release_change = RegistryChange(json.loads(meta["release_registry"]), state)
            self._load_published()
            self.stats.full = False
        else:
            self.stats.reasons.append(reason)
        self.verified: set[bytes] = set()
        if same_rules:
            self.verified = {row[0] for row in self.db.execute("SELECT digest FROM verified")}
        self._used_texts: set[bytes] = set()
        self._kept_texts: list[bytes] = []  # the texts (packed digests) of responses left
        self._used_verified: set[bytes] = set()
        self._unchanged: set[str] = set()
        self._changed = False  # a text redacted or a response written in this build

    def _release_reusable(self, meta: dict[str, str], same_rules: bool, full: bool) -> str | None:
        if full:
            return "a full build was asked for"
        if not same_rules:
            return "the redaction rules changed (or no earlier build)"
        if meta.get("rows") != self.versions.rows:
            return "the code or settings that make release rows changed"
        if meta.get("release") != release_identity(self.release):
            return "the release file is not the one the last build wrote"
        return None

    def _load_published(self) -> None:
        rows = self.db.execute(
            "SELECT uuid, code, fingerprint, counts, texts, found FROM responses"
        )
        for uuid, code, fingerprint, counts, texts, found in rows:
            self.published[uuid] = Published(code, fingerprint, json.loads(counts), texts, found)

    # -- texts --------------------------------------------------------------------------

    def cleaned(self, digest: bytes, text: str) -> Cleaned | None:
        """The cached redaction of a text, if it is still valid."""
        if self.texts_change.everything or self.texts_change.affects(text):
            return None
        row = self.db.execute("SELECT cleaned FROM texts WHERE digest = ?", [digest]).fetchone()
        if row is None:
            return None
        self._used_texts.add(digest)
        return Cleaned.from_json(zlib.decompress(row[0]).decode())

    def keep_cleaned(self, digest: bytes, cleaned: Cleaned) -> None:
        self._used_texts.add(digest)
        self._changed = True
        data = zlib.compress(cleaned.to_json().encode(), 1)
        self.db.execute("INSERT OR REPLACE INTO texts VALUES (?, ?)", [digest, data])

    def used_texts(self, packed: bytes) -> None:
        """The texts of a response left as it was: their digests, 16 bytes each."""
        self._kept_texts.append(packed)

    # -- verification -------------------------------------------------------------------

    def known_clean(self, digest: bytes, text: str) -> bool:
        if digest in self._used_verified:  # found clean earlier in this build
            return True
        return digest in self.verified and not self.texts_change.affects(text)

    def keep_clean(self, digest: bytes) -> None:
        self._used_verified.add(digest)
        if digest not in self.verified:
            self.verified.add(digest)
            self.db.execute("INSERT OR IGNORE INTO verified VALUES (?)", [digest])

    # -- responses ------------------------------------------------------------------------

    def keep_response(
        self,
        uuid: str,
        code: str,
        fingerprint: bytes,
        counts: dict[str, int],
        texts: bytes,
        found: bytes,
    ) -> None:
        """`texts`: the digests of its texts; `found`: what redacting them found (packed)."""
        self._changed = True
        self.db.execute(
            "INSERT INTO responses_new VALUES (?, ?, ?, ?, ?, ?)",
            [uuid, fingerprint, json.dumps(counts, sort_keys=True), texts, found, code],
        )

    def keep_unchanged(self, uuid: str) -> None:
        """A response left in the release as the cache has it (its record stays)."""
        self._unchanged.add(uuid)

    # -- the end of a build -------------------------------------------------------------

    def finish(self, published: bool) -> None:
        """Keep the texts and verification results of this build, and, when its release was
        swapped in, the responses it holds."""
        db = self.db
        if self._changed or len(self._unchanged) != len(self.published):
            # else the release holds the texts the last build's did: nothing to prune
            for packed in self._kept_texts:
                self._used_texts.update(packed[i : i + 16] for i in range(0, len(packed), 16))
            self._prune("texts", self._used_texts)
        if not self._unchanged:  # every value of the release was verified or looked up
            self._prune("verified", self._used_verified)
        meta = {
            "rules": self.versions.rules,
            "texts_registry": json.dumps(self.versions.registry, ensure_ascii=False),
        }
        if published:
            if self._unchanged:  # the records of the responses left as they were stay
                stale = [(u,) for u in self.published if u not in self._unchanged]
                db.executemany("DELETE FROM responses WHERE uuid = ?", stale)
            else:
                db.execute("DELETE FROM responses")
            db.execute(
                "INSERT INTO responses (uuid, fingerprint, counts, texts, found, code)"
                " SELECT uuid, fingerprint, counts, texts, found, code FROM responses_new"
            )
            meta["rows"] = self.versions.rows
            meta["release_registry"] = meta["texts_registry"]
            meta["release"] = release_identity(self.release)
        db.execute("DROP TABLE responses_new")
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(meta.items()))
        db.execute("COMMIT")
        db.close()

    def abandon(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        self.db.close()

    def _prune(self, table: str, used: set[bytes]) -> None:
        stale = [(d,) for (d,) in self.db.execute(f"SELECT digest FROM {table}") if d not in used]
        self.db.executemany(f"DELETE FROM {table} WHERE digest = ?", stale)


def release_identity(path: Path) -> str:
    """Which file the release is: a rebuilt or restored release has another one."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return ""
    return f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"
