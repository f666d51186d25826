"""The floor for a release build: a plain copy of the rows `casebook publish` reads from the
private database into a fresh SQLite file (same pragmas as the build: no journal, no sync).

    python -m bench.floor PRIVATE.db OUT.db

Run as a subprocess by `bench/run.py`, so that, like `casebook publish`, it includes starting
Python. Prints the number of rows copied.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

TABLES = (
    "cases",
    "participants",
    "contacts",
    "places",
    "users",
    "waves",
    "instrument_versions",
    "responses",
    "answers",
)


def copy(private: Path, out: Path) -> int:
    out.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{private}?mode=ro", uri=True)
    target = sqlite3.connect(out)
    target.execute("PRAGMA journal_mode = OFF")
    target.execute("PRAGMA synchronous = OFF")
    copied = 0
    with target:
        for table in TABLES:
            columns = [row[1] for row in source.execute(f"PRAGMA table_info([{table}])")]
            if not columns:
                continue
            names = ", ".join(f"[{c}]" for c in columns)
            target.execute(f"CREATE TABLE [{table}] ({names})")
            marks = ", ".join("?" for _ in columns)
            cursor = source.execute(f"SELECT {names} FROM [{table}]")
            while rows := cursor.fetchmany(2000):
                target.executemany(f"INSERT INTO [{table}] VALUES ({marks})", rows)
                copied += len(rows)
    target.close()
    source.close()
    return copied


if __name__ == "__main__":
    print(copy(Path(sys.argv[1]), Path(sys.argv[2])))
