"""The expression language in Python: the shared case table, errors, references, trees."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

import pytest
from casebook.instruments.expressions import (
    GRAMMAR,
    MAX_DEPTH,
    ExpressionError,
    answered,
    evaluate,
    parse,
    references,
)
from hypothesis import given, settings
from hypothesis import strategies as st

CASES_FILE = Path(__file__).with_name("expression_cases.json")
CASES: list[dict[str, Any]] = json.loads(CASES_FILE.read_text(encoding="utf-8"))
EVALUATIONS = [case for case in CASES if "expected" in case]
ERRORS = [case for case in CASES if "error" in case]


def case_id(case: dict[str, Any]) -> str:
    return json.dumps(case["expr"], ensure_ascii=False)[:60]


def test_the_table_is_big_and_well_formed() -> None:
    assert len(EVALUATIONS) >= 80
    assert len(ERRORS) >= 15
    assert len(EVALUATIONS) + len(ERRORS) == len(CASES)
    for case in EVALUATIONS:
        assert set(case) <= {"expr", "answers", "self", "expected"}, case
        assert isinstance(case["expected"], bool), case
        assert isinstance(case["answers"], dict), case
    for case in ERRORS:
        assert set(case) == {"expr", "error"}, case
    assert {True, False} == {case["expected"] for case in EVALUATIONS}


@pytest.mark.parametrize("case", EVALUATIONS, ids=case_id)
def test_evaluation_case(case: dict[str, Any]) -> None:
    tree = parse(case["expr"])
    result = evaluate(tree, case["answers"], case.get("self"))
    assert result is case["expected"], f"{case['expr']!r} with {case['answers']!r}"


@pytest.mark.parametrize("case", ERRORS, ids=case_id)
def test_parse_error_case(case: dict[str, Any]) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse(case["expr"])
    error = caught.value
    assert case["error"] in str(error)
    assert error.message == str(error)
    assert isinstance(error.column, int) and 1 <= error.column <= len(case["expr"]) + 1
    assert f"at column {error.column}" in error.message
    assert isinstance(error, ValueError)
    assert error.__cause__ is None  # no lark exception is chained onto it for display
    assert error.__suppress_context__ or error.__context__ is None
    assert "lark" not in error.message.lower() and "Token" not in error.message


def test_the_briefs_example_message() -> None:
    with pytest.raises(ExpressionError) as caught:
        parse("role == == 1")
    assert str(caught.value) == (
        'unexpected "==" at column 9: '
        'expected a value (an item id, a number, "text", true/false/null or [list])'
    )
    assert caught.value.column == 9


def test_non_text_is_an_expression_error_without_column() -> None:
    with pytest.raises(ExpressionError) as caught:
        parse(3)  # type: ignore[arg-type]
    assert caught.value.column is None
    assert "must be text" in str(caught.value)


def test_nesting_is_limited() -> None:
    assert parse("not " * (MAX_DEPTH - 1) + "x")["op"] == "not"
    with pytest.raises(ExpressionError, match="nested too deeply") as caught:
        parse("not " * MAX_DEPTH + "x")
    assert caught.value.column == 1
    assert parse("(" * 500 + "x" + ")" * 500) == {"op": "ref", "path": ["x"]}


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        (
            "a or b or c",
            {"op": "or", "args": [{"op": "ref", "path": [n]} for n in "abc"]},
        ),
        (
            "a and b and c or d",
            {
                "op": "or",
                "args": [
                    {"op": "and", "args": [{"op": "ref", "path": [n]} for n in "abc"]},
                    {"op": "ref", "path": ["d"]},
                ],
            },
        ),
        (
            'x not in [1, -0.5, "a", true, null]',
            {
                "op": "not",
                "arg": {
                    "op": "in",
                    "left": {"op": "ref", "path": ["x"]},
                    "right": {"op": "lit", "value": [1, -0.5, "a", True, None]},
                },
            },
        ),
        (
            "not support.score >= 3",
            {
                "op": "not",
                "arg": {
                    "op": ">=",
                    "left": {"op": "ref", "path": ["support", "score"]},
                    "right": {"op": "lit", "value": 3},
                },
            },
        ),
        (
            "has(., 'it\\'s')",
            {
                "op": "call",
                "fn": "has",
                "args": [{"op": "self"}, {"op": "lit", "value": "it's"}],
            },
        ),
        ("[]", {"op": "lit", "value": []}),
        ("(((true)))", {"op": "lit", "value": True}),
    ],
)
def test_tree_shapes(text: str, tree: dict[str, Any]) -> None:
    assert parse(text) == tree


def test_numbers_keep_whole_or_decimal() -> None:
    assert type(parse("3")["value"]) is int
    assert type(parse("3.0")["value"]) is float
    assert parse("-2")["value"] == -2


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('role == "patient" and answered(goals_discussed)', ["role", "goals_discussed"]),
        ("count(attendees) >= 2 or attendees == null", ["attendees"]),
        (
            "support.score > 2 and support.notes and support",
            ["support.score", "support.notes", "support"],
        ),
        ("b in a or not (a == c) and has(b, 1)", ["b", "a", "c"]),
        ("x not in y", ["x", "y"]),
        (". >= 0 and . <= 600", []),
        ('answered(.) and "a" in [1, 2]', []),
        ("topic_goals.probes.family", ["topic_goals.probes.family"]),
    ],
)
def test_references(text: str, found: list[str]) -> None:
    assert references(parse(text)) == found


def test_grammar_is_published() -> None:
    assert isinstance(GRAMMAR, str)
    assert "or_expr" in GRAMMAR and "COMPARE" in GRAMMAR


def test_answered_is_exported() -> None:
    assert answered(0) and answered(False) and not answered(" ") and not answered({"a": []})


def test_evaluate_rejects_a_malformed_tree() -> None:
    with pytest.raises(ExpressionError) as caught:
        evaluate({"op": "pow", "left": {"op": "lit", "value": 1}}, {})
    assert caught.value.column is None


def test_evaluate_does_not_touch_the_tree() -> None:
    tree = parse('x in ["a"] and has(y, [1]) and count(z) == 0')
    before = json.dumps(tree)
    evaluate(tree, {"x": "a", "y": [[1]]})
    assert json.dumps(tree) == before


def round_trips(tree: dict[str, Any]) -> None:
    text = json.dumps(tree, allow_nan=False)
    again = json.loads(text)
    assert again == tree
    assert json.dumps(again, allow_nan=False) == text


@pytest.mark.parametrize("case", EVALUATIONS, ids=case_id)
def test_trees_round_trip_through_json(case: dict[str, Any]) -> None:
    tree = parse(case["expr"])
    round_trips(tree)
    result = evaluate(json.loads(json.dumps(tree)), case["answers"], case.get("self"))
    assert result is case["expected"]


def parse_or_error(text: str) -> None:
    """Any text gives either a JSON tree that evaluates, or an ExpressionError with a column."""
    try:
        tree = parse(text)
    except ExpressionError as error:
        assert isinstance(error.column, int) and 1 <= error.column <= len(text) + 1
        assert f"at column {error.column}" in str(error)
        return
    round_trips(tree)
    assert isinstance(evaluate(tree, {}), bool)
    assert all(isinstance(ref, str) for ref in references(tree))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=string.printable, max_size=60))
def test_random_printable_text(text: str) -> None:
    parse_or_error(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_random_unicode_text(text: str) -> None:
    parse_or_error(text)


PIECES = [
    "x",
    "y.z",
    ".",
    "0",
    "-1.5",
    '"a"',
    "'b\\''",
    "true",
    "false",
    "null",
    "[",
    "]",
    "[1, 2]",
    "(",
    ")",
    ",",
    "and",
    "or",
    "not",
    "in",
    "==",
    "!=",
    "<",
    ">=",
    "answered(",
    "has(",
    "count(",
    "sum(",
    "x.",
    "\\",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_random_token_soup(pieces: list[str]) -> None:
    parse_or_error(" ".join(pieces))
