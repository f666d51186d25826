"""What one analyst's query may cost the analysts' Datasette, and what it may not see of the
process, through real Datasette (its in-process client). The findings: `select
randomblob(1000000000)` ran 36 s and grew the process to 7.5 GB, the time limit did not stop
it; analysts could read Datasette's `_internal` database (file paths); `fts3_tokenizer()`
returned a memory pointer. The same bombs against a real `casebook datasette` process, with
its memory measured: tests/test_datasette_process.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from casebook.config import instance_folder
from casebook.datasette_plugin import safe_functions
from casebook.datasette_plugin.limits import LENGTH_LIMIT, prepare_connection
from casebook.datasette_plugin.server import build_datasette
from casebook.db import connect
from casebook.tokens import create_token

from tests.conftest import make_app
from tests.release_fixtures import SYSTEM, build_study, release
from tests.test_release_datasette import ROOT, run


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(Datasette on a release of the test study, an analyst's bearer header)."""
    folder = tmp_path_factory.mktemp("limits")
    app = make_app(folder)
    db = connect(app.config["CASEBOOK_DATABASE"])
    build_study(db)
    secret = create_token(db, "analyst", "limits", SYSTEM).secret
    db.close()
    path, _ = release(app, folder)
    ds = build_datasette(
        path,
        Path(app.config["CASEBOOK_DATABASE"]),
        instance_folder(app),
        ROOT / "datasette-metadata.json",
    )
    return ds, {"Authorization": f"Bearer {secret}"}


def query(served, sql: str):
    ds, analyst = served
    return run(
        ds.client.get("/release.json", params={"sql": sql, "_shape": "objects"}, headers=analyst)
    )


def error_of(response) -> str:
    return response.json().get("error") or ""


def test_internal_is_neither_listed_nor_readable(served):
    ds, analyst = served
    assert "_internal" not in run(ds.client.get("/.json", headers=analyst)).json()
    for path in (
        "/_internal.json",
        "/_internal/databases.json",
        "/_internal.json?sql=select+path+from+databases",
    ):
        assert run(ds.client.get(path, headers=analyst)).status_code == 403, path
    assert run(ds.client.get("/release.json", headers=analyst)).status_code == 200


@pytest.mark.parametrize("page", ["databases", "threads", "versions", "plugins", "settings"])
def test_pages_about_the_process_are_not_served(served, page):
    ds, analyst = served
    assert run(ds.client.get(f"/-/{page}.json", headers=analyst)).status_code == 404


def test_functions_that_show_the_process_are_not_available(served):
    pointer = query(served, "select hex(fts3_tokenizer('simple')) as p").json()["rows"]
    assert pointer == [{"p": ""}]
    assert query(served, "select fts3_tokenizer('x', zeroblob(8)) as p").json()["rows"] == [
        {"p": None}
    ]
    assert error_of(query(served, "select load_extension('/tmp/evil')")) == "not authorized"
    listed = query(served, "select * from pragma_database_list").json()["rows"]
    assert listed and all(row["file"] is None for row in listed)
    assert query(served, "select sqlite_version() as v").json()["rows"][0]["v"]


@pytest.mark.parametrize(
    "sql",
    [
        "select randomblob(1000000000)",
        "select zeroblob(1000000000)",
        "select length(printf('%.*c', 3000000, 'x') || printf('%.*c', 3000000, 'x'))",
        "select replace(printf('%.*c', 3000000, 'x'), 'x', 'xx')",
    ],
)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # replace()'s
def test_a_value_beyond_the_length_limit_fails_at_once(served, sql):
    response = query(served, sql)
    assert response.status_code == 400
    assert error_of(response) in (
        "string or blob too big",
        "user-defined function raised exception",
    )


@pytest.mark.parametrize(
    "call",
    [
        "printf('%.*c', 1000000000, 'x')",
        "format('%1000000000d', 1)",
        "printf('%.*c', '1000000000', 'x')",
        "printf('%.*c%.*c', 3000000, 'x', 3000000, 'y')",
    ],
)
def test_printf_beyond_the_length_limit_answers_null_at_once(served, call):
    """As SQLite's printf does for a result too long, but without first spending 20 s."""
    assert query(served, f"select {call} as v").json()["rows"] == [{"v": None}]


def test_many_rows_of_big_values_fail_instead_of_filling_memory(served):
    bomb = (
        "with recursive c(x) as (select 1 union all select x+1 from c limit 1000)"
        " select zeroblob(1000000) from c"
    )
    response = query(served, bomb)
    assert response.status_code == 400
    assert "larger than 32 MB" in error_of(response)
    fine = query(served, bomb.replace("1000000", "1000"))
    assert fine.status_code == 200 and len(fine.json()["rows"]) == 1000


def test_long_like_patterns_are_refused(served):
    pattern = "%" + "a" * 160 + "b"
    response = query(served, f"select 'aaa' like '{pattern}'")
    assert response.status_code == 400 and "too complex" in error_of(response)
    assert query(served, "select 'resource group' like '%group%' as ok").json()["rows"][0]["ok"]


def test_quadratic_functions_answer_from_linear_stand_ins(served):
    long, half = "printf('%.*c', 3900000, 'a')", "printf('%.*c', 1900000, 'a')"
    rows = query(
        served,
        f"select instr({long}, {half} || 'b') as i, length(replace({long}, {half} || 'b', ''))"
        f" as r, length(trim({long}, {half} || 'b')) as t",
    ).json()["rows"]
    assert rows == [{"i": 0, "r": 3_900_000, "t": 0}]


SAMPLES = [
    "'hello world', 'o'",
    "'hello', ''",
    "'', 'a'",
    "NULL, 'a'",
    "'a', NULL",
    "x'00010203', x'0203'",
    "12345, 3",
    "1.5, '.'",
    "'åäö åäö', 'ö'",
    "x'68656c6c6f', 'l'",
]


@pytest.mark.parametrize("args", SAMPLES)
def test_the_stand_ins_answer_as_sqlite_does(args):
    """Each replaced function gives SQLite's own answer on ordinary input."""
    plain = sqlite3.connect(":memory:")
    guarded = sqlite3.connect(":memory:")
    prepare_connection(guarded)
    calls = [
        f"instr({args})",
        f"replace({args}, 'Z')",
        f"replace({args}, '')",
        f"trim({args})",
        f"ltrim({args})",
        f"rtrim({args})",
    ]
    for call in calls:
        expected = plain.execute(f"select {call}, typeof({call})").fetchone()
        assert guarded.execute(f"select {call}, typeof({call})").fetchone() == expected, call


@pytest.mark.parametrize(
    "call",
    [
        "printf('%d items, %s', 5, 'ok')",
        "printf('%5.2f|%-4s|%%|%x|%q', 3.14159, 'ab', 255, 'it''s')",
        "printf('%*d|%.*s', 6, 42, 3, 'abcdef')",
        "format('%03d', 7)",
        "printf(NULL)",
        "printf('no specs')",
    ],
)
def test_printf_answers_as_sqlite_does(call):
    plain = sqlite3.connect(":memory:")
    guarded = sqlite3.connect(":memory:")
    prepare_connection(guarded)
    assert (
        guarded.execute(f"select {call}").fetchone() == plain.execute(f"select {call}").fetchone()
    )


def test_printf_counts_what_a_format_asks_for():
    assert safe_functions.demanded("%5d %.3s %%", (1, "x")) == 8
    assert safe_functions.demanded("%*.*c", (10, 20, "x")) == 30
    assert safe_functions.demanded("%.*c", ("1000000000", "x")) > LENGTH_LIMIT
