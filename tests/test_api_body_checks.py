"""The JSON API's checks of a request body's structure (app/casebook/api/body.py), which
autosaves meet several times a minute: nesting deeper than MAX_DEPTH and unpaired surrogate
escapes are refused as 400 wherever they are (keys, lists, UTF-16 bodies), and everything
else passes, including what only looks like a surrogate escape. Issue 14 made the check
look at the raw body first; these pin its boundaries through the real endpoint."""

from __future__ import annotations

import json

import pytest
from casebook.api.body import MAX_DEPTH

from tests.test_api import api, assert_error, count, tokens  # noqa: F401 - fixtures


@pytest.fixture
def admin(api):  # noqa: F811 - the fixture imported above
    return api["admin"]


def _nested(depth: int, innermost: object, kind: str) -> object:
    """A value whose innermost element sits at `depth` (the body itself is at depth 1)."""
    value = innermost
    for _ in range(depth - 2):
        value = [value] if kind == "list" else {"k": value}
    return value


def _post(client, raw: bytes):
    return client.post("/cases", data=raw, content_type="application/json")


@pytest.mark.parametrize("kind", ["list", "dict"])
def test_nesting_up_to_the_limit_passes_the_check_and_one_deeper_is_400(admin, db, kind):
    fits = {"code": "RG01", "deep": _nested(MAX_DEPTH, 1, kind)}
    too_deep = {"code": "RG02", "deep": _nested(MAX_DEPTH + 1, 1, kind)}
    empty_at_limit = {"code": "RG03", "deep": _nested(MAX_DEPTH, [], kind)}
    refused = assert_error(_post(admin, json.dumps(too_deep).encode()), 400, "malformed_json")
    assert "nested deeper" in refused["error"]["message"]
    for body in (fits, empty_at_limit):  # past the structure check: refused for the field
        assert_error(_post(admin, json.dumps(body).encode()), 422)
    assert count(db, "cases") == 0


@pytest.mark.parametrize(
    "raw",
    [
        b'{"code": "RG01", "\\udc00": 1}',
        b'{"code": "RG01", "x": [[["a", "\\uD83D"]]]}',
        b'{"code": "RG01", "x": "\\\\\\ud800"}',
        json.dumps({"code": "RG01", "x": "\\ud800"}).replace("\\\\", "\\").encode("utf-16"),
    ],
    ids=["key", "nested-upper-case", "after-an-escaped-backslash", "utf-16"],
)
def test_an_unpaired_surrogate_anywhere_is_400(admin, db, raw):
    refused = assert_error(_post(admin, raw), 400, "malformed_json")
    assert "surrogate" in refused["error"]["message"]
    assert count(db, "cases") == 0


def test_what_only_looks_like_a_surrogate_escape_and_a_pair_are_stored(admin, db):
    looks_like = _post(admin, b'{"code": "RG01", "label": "C:\\\\ud800 and \\ud83d\\ude00"}')
    assert looks_like.status_code == 201, looks_like.get_json()
    assert looks_like.get_json()["label"] == "C:\\ud800 and \U0001f600"
    assert count(db, "cases") == 1
