"""What one analyst's query may cost Datasette, and what it may not see of the process.

Measured figures and the reasons for each number: docs/security.md, "Datasette".

- On every connection: no value longer than `LENGTH_LIMIT` bytes can be made or read
  (SQLite's SQLITE_LIMIT_LENGTH), so `randomblob(1000000000)`, `zeroblob(...)` and
  `printf('%.*c', ...)` fail at once instead of allocating gigabytes in one step that no
  time limit can interrupt; SQL text is capped and nothing can be attached.
- A query's rows may hold `RESULT_BUDGET` bytes in all (`BudgetConnection`): Datasette keeps
  up to `max_returned_rows` rows of a result in memory, and a thousand rows of a few
  megabytes each would otherwise still be gigabytes.
- SQLite's heap in the whole process is capped (`HEAP_LIMIT`, PRAGMA hard_heap_limit).
- `fts3_tokenizer()` (which returns a pointer into the process's memory) answers NULL;
  `load_extension()` stays disabled (Python's default); the `file` column of
  `pragma_database_list` reads as NULL; Datasette's pages that show file paths, threads,
  versions and plugins are not served (`HIDDEN_PAGES`), and /-/metadata.json leaves out
  Casebook's own plugin settings (the private database's path)."""

from __future__ import annotations

import copy
import sqlite3
from typing import Any

from datasette.utils.asgi import Response
from datasette.views.special import JsonDataView

from casebook.datasette_plugin import safe_functions

LENGTH_LIMIT = 4_000_000
SQL_LENGTH_LIMIT = 100_000
LIKE_PATTERN_LIMIT = (
    150  # Datasette finds full-text indexes with patterns of about 40 + 2 x table name
)
RESULT_BUDGET = 32_000_000
HEAP_LIMIT = 256 * 1024 * 1024
SETTINGS = {
    "sql_time_limit_ms": 1000,
    "max_returned_rows": 1000,
    "max_csv_mb": 50,
    "facet_time_limit_ms": 200,
    "num_sql_threads": 3,
}
HIDDEN_PAGES = (
    r"^/-/(databases|threads|versions|plugins|settings|config|permissions|allow-debug"
    r"|messages|patterns|auth-token|logout)(\.json)?$"
)


class TooLarge(sqlite3.DataError):
    pass


def _refused(*_args: Any) -> None:
    """fts3_tokenizer() answers NULL: never a pointer, never a new tokenizer."""
    return None


def _authorizer(action: int, arg1: Any, arg2: Any, _db: Any, _trigger: Any) -> int:
    if action == sqlite3.SQLITE_READ and arg1 == "pragma_database_list" and arg2 == "file":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


def prepare_connection(conn: sqlite3.Connection) -> None:
    """Limits and refusals on every connection Datasette opens."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, LENGTH_LIMIT)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, SQL_LENGTH_LIMIT)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, LIKE_PATTERN_LIMIT)
    for arguments in (1, 2):
        conn.create_function("fts3_tokenizer", arguments, _refused)
    safe_functions.install(conn, LENGTH_LIMIT)
    conn.set_authorizer(_authorizer)


def limit_heap() -> None:
    """Cap SQLite's memory in this process (every connection together)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"PRAGMA hard_heap_limit = {HEAP_LIMIT}")
    finally:
        conn.close()


async def not_here(request) -> Response:
    return Response.json({"ok": False, "error": "Not available."}, status=404)


METADATA_PAGE = r"^/-/metadata(\.(?P<format>json))?$"


def public_metadata(datasette: Any, plugin: str) -> dict[str, Any]:
    """The metadata Datasette serves, without `plugin`'s own settings."""
    shown = copy.deepcopy(datasette.metadata())
    plugins = shown.get("plugins") or {}
    plugins.pop(plugin, None)
    if not plugins:
        shown.pop("plugins", None)
    return shown


def metadata_page(plugin: str) -> Any:
    """/-/metadata(.json) as Datasette serves it (same permission, same page), less the
    plugin's settings."""

    async def page(datasette, request) -> Response:
        view = JsonDataView.as_view(
            datasette, "metadata.json", lambda: public_metadata(datasette, plugin)
        )
        return await view(request, None)

    return page


def _size(value: Any) -> int:
    if isinstance(value, (str, bytes)):
        return len(value)
    return 8


class BudgetCursor:
    """A cursor whose rows may hold `budget` bytes in all; beyond that the query fails."""

    def __init__(self, cursor: sqlite3.Cursor, budget: int) -> None:
        self._cursor, self._left = cursor, budget

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> Any:
        return self

    def __next__(self) -> Any:
        row = self._cursor.__next__()
        self._left -= sum(_size(value) for value in row)
        if self._left < 0:
            raise TooLarge(
                f"the result is larger than {RESULT_BUDGET // 1_000_000} MB: "
                "select fewer or shorter columns, or fewer rows"
            )
        return row

    def execute(self, *args: Any) -> BudgetCursor:
        self._cursor.execute(*args)
        return self

    def fetchone(self) -> Any:
        return next(self, None)

    def fetchmany(self, size: int | None = None) -> list[Any]:
        size = self._cursor.arraysize if size is None else size
        rows = []
        for row in self:
            rows.append(row)
            if len(rows) >= size:
                break
        return rows

    def fetchall(self) -> list[Any]:
        return list(self)


class BudgetConnection:
    """A connection whose cursors keep to the result budget (everything else passes)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        object.__setattr__(self, "_conn", conn)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._conn, name, value)

    def cursor(self) -> BudgetCursor:
        return BudgetCursor(self._conn.cursor(), RESULT_BUDGET)

    def execute(self, *args: Any) -> BudgetCursor:
        return self.cursor().execute(*args)
